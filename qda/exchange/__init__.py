"""Exchange with other tools and analysts: REFI-QDA .qdpx and .qdc, coding guides, tidy tables."""

from qda.exchange.codebook_export import codebook_qdc, guide_docx, guide_markdown
from qda.exchange.refi_export import ExportReport, export_refi
from qda.exchange.refi_import import RefiImportReport, import_refi
from qda.exchange.tidy import coding_table, segment_table, write_table

__all__ = [
    "ExportReport", "RefiImportReport", "codebook_qdc", "coding_table", "export_refi", "guide_docx",
    "guide_markdown", "import_refi", "segment_table", "write_table",
]
