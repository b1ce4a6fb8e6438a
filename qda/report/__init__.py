"""Case reports per site (Markdown, HTML, DOCX), summaries, approvals, and the heatmap."""

from qda.report.approvals import approve, fingerprint
from qda.report.build import write_all, write_report
from qda.report.data import ReportCorpus, SiteReport, site_report
from qda.report.summaries import get_summary, list_summaries, set_summary

__all__ = [
    "ReportCorpus", "SiteReport", "approve", "fingerprint", "get_summary", "list_summaries", "set_summary",
    "site_report", "write_all", "write_report",
]
