"""``qda agreement disagreements`` prints exactly what it printed before it was made to stream:
the reference (tests/data/disagreements/reference.json) was written by the implementation that
held every row, over the sample corpus's two coders, for both units, code and theme choices,
filters and every format. Rewrite it (only when an output is meant to change) with
``python tests/test_disagreements_reference.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from reference_helpers import build_project, fingerprint, printed

REFERENCE = Path(__file__).resolve().parent / "data" / "disagreements" / "reference.json"
PAIR = ["agreement", "disagreements", "--coders", "coder_a,coder_b"]
COMMANDS: list[list[str]] = [
    *[[*PAIR, "-f", fmt] for fmt in ("csv", "json", "table")],
    [*PAIR, "--unit", "sentence", "-f", "csv"], [*PAIR, "--unit", "sentence", "-f", "json"],
    [*PAIR, "--themes", "-f", "csv"], [*PAIR, "--themes", "--unit", "sentence", "-f", "table"],
    [*PAIR, "--code", "egv", "-f", "json"], [*PAIR, "--code", "contact_density", "--themes", "-f", "csv"],
    [*PAIR, "--site", "Bochum", "-f", "csv"], [*PAIR, "--level", "client", "-f", "table", "--wide"],
    [*PAIR, "--site", "Krefeld", "--level", "strategic", "--unit", "sentence", "-f", "json"],
    ["agreement", "disagreements", "--coders", "coder_b,coder_a", "-f", "csv"],
]


@pytest.fixture(scope="module")
def sample_outputs(tmp_path_factory):
    project = build_project(tmp_path_factory.mktemp("disagreements-reference"))
    try:
        return printed(project, COMMANDS)
    finally:
        project.database.dispose()


def test_every_disagreement_listing_is_as_before(sample_outputs):
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert sorted(sample_outputs) == sorted(reference)
    for command, expected in reference.items():
        assert fingerprint(sample_outputs[command]) == expected, command


def test_the_listing_has_disagreements(sample_outputs):
    rows = json.loads(sample_outputs[" ".join([*PAIR, "-f", "json"])])
    assert len(rows) > 100 and {"coder_a", "coder_b"} == {row["coded_by"] for row in rows}
    assert all(row["text"] for row in rows)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        made = build_project(Path(folder))
        written = printed(made, COMMANDS)
        made.database.dispose()
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    fingerprints = {key: fingerprint(text) for key, text in written.items()}
    REFERENCE.write_text(json.dumps(fingerprints, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {REFERENCE} ({len(written)} outputs)", file=sys.stderr)
