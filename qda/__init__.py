"""qda: qualitative coding of interview protocols at the terminal.

Data flows one way through the subpackages:
``ingest`` (protocol files -> documents and segments) -> ``coding`` (codings, memos)
-> ``analysis`` (retrievals, aggregates) -> ``report`` / ``exchange`` (reports, exports).
``store`` holds the database schema, ``codebook`` the code tree, ``cli`` the Typer layer.
"""

__version__ = "0.1.0"
