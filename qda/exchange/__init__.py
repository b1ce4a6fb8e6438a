"""Exchange with other tools and analysts: REFI-QDA .qdpx and .qdc, coding guides, tidy tables.

The tidy tables (``qda.exchange.tidy``) need pandas; import them from there, so that the REFI
and codebook exports (and the CLI) start without loading pandas.
"""

from qda.exchange.codebook_export import codebook_qdc, guide_docx, guide_markdown
from qda.exchange.refi_export import ExportReport, export_refi
from qda.exchange.refi_import import RefiImportReport, import_refi

__all__ = [
    "ExportReport", "RefiImportReport", "codebook_qdc", "export_refi", "guide_docx", "guide_markdown", "import_refi",
]
