"""qda: qualitative coding of interview protocols at the terminal.

Data flows one way through the subpackages:
``ingest`` (protocol files -> documents and segments) -> ``coding`` (codings, memos)
-> ``analysis`` (retrievals, aggregates) -> ``report`` / ``exchange`` (reports, exports).
``store`` holds the database schema, ``codebook`` the code tree, ``cli`` the Typer layer.
"""

from typing import Any

__version__ = "0.1.0"
__all__ = ["init_project", "open_project"]


def __getattr__(name: str) -> Any:
    """``qda.open_project`` and ``qda.init_project``, imported on first use (the CLI starts faster)."""
    if name in __all__:
        from qda import project

        return getattr(project, name)
    raise AttributeError(f"module 'qda' has no attribute {name!r}")
