"""The REFI-QDA 1.0 XML schemas shipped inside the package (``qda/data/refi/``).

They travel with the code so that export validation works on any installation, offline.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SCHEMAS = ("Project.xsd", "Codebook.xsd")


def schema_path(name: str) -> Path:
    """The file of schema ``name`` (``Project.xsd`` or ``Codebook.xsd``)."""
    if name not in SCHEMAS:
        raise ValueError(f"unknown REFI-QDA schema '{name}' (use {', '.join(SCHEMAS)})")
    return Path(str(files("qda") / "data" / "refi" / name))
