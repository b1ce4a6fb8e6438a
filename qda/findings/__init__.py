"""Findings per site: the framework layer between coded passages and published overview tables.

An evaluator records a feature value (Ausprägung) per site, overall or as one level sees it, for
all waves or one, backed by evidence segments. Site attributes (Regionaldirektion, Typ, ...) group
and sort the rows of the overview tables built from them.
"""

from qda.findings.sites import list_site_attributes, set_site_attributes, site_attribute_map
from qda.findings.store import (
    Finding,
    finding_history,
    get_finding,
    list_findings,
    remove_finding,
    set_finding,
    site_findings,
)
from qda.findings.values import cell_text, parse_value, resolve_feature, value_label

__all__ = [
    "Finding", "cell_text", "finding_history", "get_finding", "list_findings", "list_site_attributes", "parse_value",
    "remove_finding", "resolve_feature", "set_finding", "set_site_attributes", "site_attribute_map",
    "site_findings", "value_label",
]
