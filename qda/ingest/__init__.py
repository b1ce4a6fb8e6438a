"""From protocol files to documents and segments.

``readers`` turn a file into plain text plus the metadata found inside it, ``metadata`` merges
that with sidecar CSVs and command-line options, ``segment`` cuts the text into segments with
exact offsets, and ``importer`` stores it all in one transaction.
"""

from qda.ingest.importer import ImportReport, import_paths
from qda.ingest.segment import Segment, segment_text

__all__ = ["ImportReport", "Segment", "import_paths", "segment_text"]
