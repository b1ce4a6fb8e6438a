"""The sample corpus as a coded project, for the tests that compare outputs with a reference
written before an implementation changed (tests/data/*/reference.json)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
TRANSCRIPTS = REPO / "transcripts"


def build_project(root: Path):
    """The sample corpus imported with both coders' codings, its findings and two summaries."""
    from qda.cli.main import app
    from qda.codebook import load_codebook_file, sync_codebook
    from qda.coding.io import import_codings
    from qda.ingest import import_paths
    from qda.project import init_project

    project = init_project(root / "project")
    assert import_paths(project.engine, [TRANSCRIPTS / "protocols"]).failed == []
    with project.engine.begin() as conn:
        sync_codebook(conn, load_codebook_file(REPO / "codebooks" / "ejo-implementation.yaml"))
        for coder in ("coder_a", "coder_b"):
            import_codings(conn, TRANSCRIPTS / "codings" / f"{coder}.csv")
    runner = CliRunner()
    for args in (["finding", "import", "--lenient", str(TRANSCRIPTS / "findings.yaml")],
                 ["summary", "set", "Bochum", "egv", "Die EGV wird überwiegend als Standardtext genutzt."],
                 ["summary", "set", "Krefeld", "contact_density", "Monatliche Kontakte, meist persönlich."]):
        result = runner.invoke(app, ["--project", str(project.root), *args])
        assert result.exit_code == 0, result.output
    return project


def printed(project, commands: list[list[str]]) -> dict[str, str]:
    """What ``qda ARGS`` prints for each of ``commands``, keyed by the arguments."""
    from qda.cli.main import app

    runner = CliRunner()
    found = {}
    for args in commands:
        result = runner.invoke(app, ["--project", str(project.root), *args])
        assert result.exit_code == 0, (args, result.output)
        found[" ".join(args)] = result.stdout
    return found


def fingerprint(output: object, limit: int = 2000) -> object:
    """A long text as its SHA-256, length and first lines (the reference files stay small and a
    difference still shows where it starts); anything shorter as it is."""
    if not isinstance(output, str) or len(output) <= limit:
        return output
    import hashlib

    return {"sha256": hashlib.sha256(output.encode("utf-8")).hexdigest(), "length": len(output),
            "head": output[:600]}
