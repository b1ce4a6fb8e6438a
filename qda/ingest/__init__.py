"""From protocol files to documents and segments.

``readers`` turn a file into plain text plus the metadata found inside it, ``metadata`` merges
that with sidecar CSVs and command-line options, ``segment`` cuts the text into segments with
exact offsets, and ``importer`` stores it all in one transaction.

The names below load on first use: the codebook loader and most commands need only
``qda.ingest.decode``, and the importer with its readers takes a while to import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qda.ingest.importer import ImportReport, import_paths
    from qda.ingest.segment import Segment, segment_text

_HOMES = {"ImportReport": "importer", "import_paths": "importer", "Segment": "segment", "segment_text": "segment"}
__all__ = ["ImportReport", "Segment", "import_paths", "segment_text"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'qda.ingest' has no attribute '{name}'")
    return getattr(importlib.import_module(f"qda.ingest.{_HOMES[name]}"), name)
