"""Case reports per site (Markdown, HTML, DOCX), summaries, approvals, and the heatmap.

The names below are loaded on first use (PEP 562): the CLI reaches ``qda.report.summaries``
without importing python-docx and matplotlib.
"""

from importlib import import_module

_EXPORTS = {
    "approve": "qda.report.approvals", "fingerprint": "qda.report.approvals",
    "write_all": "qda.report.build", "write_report": "qda.report.build",
    "ReportCorpus": "qda.report.data", "SiteReport": "qda.report.data", "site_report": "qda.report.data",
    "get_summary": "qda.report.summaries", "list_summaries": "qda.report.summaries",
    "set_summary": "qda.report.summaries",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'qda.report' has no attribute '{name}'")
    return getattr(import_module(_EXPORTS[name]), name)
