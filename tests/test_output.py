"""Tables for an 80-column terminal: ids, codes and numbers whole on one line, long text cut with
'…' (whole with --wide and in json/csv), short headers, and a note for columns left out."""

import io
import json
import textwrap

import pytest
from rich.console import Console

from qda.cli.output import _fit_text, _layout, emit

LONG_KEY = "RSK-OP-TL-Projektteam-W2"
CODEBOOK = """\
name: Breite Codes
codes:
  - id: contact_density
    label: Kontaktdichte und Häufigkeit der persönlichen Gespräche
    definition: Häufigkeit der Kontakte.
    children:
      - id: frequency
        label: Häufigkeit
        definition: Wie oft Gespräche stattfinden.
        keywords: [Gespräch, vier Wochen, eingeladen]
  - id: interfaces
    label: Schnittstellen zwischen Projektteam, Basisteam und Arbeitgeberservice
    definition: Zusammenarbeit.
    children:
      - id: arbeitgeberservice
        label: Arbeitgeberservice
        definition: Zusammenarbeit mit dem AG-S.
        keywords: [Arbeitgeberservice, offene Stellen]
"""
PROTOCOL = """\
---
id: {key}
site: {site}
level: operational
role: TL Projektteam
wave: 2
---
2.2 Wie oft finden Gespräche statt?

Die Kundinnen und Kunden werden alle vier Wochen zu einem persönlichen Gespräch eingeladen, {n}.

4.2 Wie funktioniert die Zusammenarbeit mit dem Arbeitgeberservice und den Basisteams im Haus?

Der Arbeitgeberservice meldet offene Stellen jede Woche an das Projektteam, und das klappt gut.
"""
CODINGS = [  # (document, segment, code, coder)
    (LONG_KEY, 1, "contact_density/frequency", "coder_a"), (LONG_KEY, 1, "contact_density/frequency", "coder_b"),
    (LONG_KEY, 2, "interfaces/arbeitgeberservice", "coder_a"), ("MS-CL-ELB-W1", 2, "interfaces", "coder_b"),
    ("MS-CL-ELB-W1", 1, "contact_density/frequency", "coder_a"),
]
LISTINGS = [
    ("docs",), ("segments", "--format", "table"), ("code", "list"), ("agreement", "--coders", "coder_a,coder_b"),
    ("agreement", "--coders", "coder_a,coder_b", "--themes"),
    ("agreement", "disagreements", "--coders", "coder_a,coder_b"), ("retrieve", "--code", "contact_density/frequency"),
    ("cooccur", "--codes", "2"), ("memo", "list"), ("summary", "list"), ("codebook", "show", "--format", "table"),
    ("report", "status"), ("suggest",), ("code", "pin", "--list"), ("review", "list"),
]
KEY_FIELDS = ("doc_key", "document", "code", "path", "site", "coder", "coded_by", "theme")


@pytest.fixture
def wide_project(project, tmp_path, run_cli):
    folder = tmp_path / "protocols"
    folder.mkdir()
    for key, site in ((LONG_KEY, "Rhein-Sieg-Kreis"), ("MS-CL-ELB-W1", "Mettmann")):
        (folder / f"{key}.txt").write_text(PROTOCOL.format(key=key, site=site, n=key), encoding="utf-8")
    (tmp_path / "codebook.yaml").write_text(CODEBOOK, encoding="utf-8")
    assert run_cli("import", folder).exit_code == 0
    assert run_cli("codebook", "load", tmp_path / "codebook.yaml").exit_code == 0
    for document, segment, code, coder in CODINGS:
        assert run_cli("code", "add", document, segment, code, "--coder", coder).exit_code == 0
    assert run_cli("memo", "add", "Die Übergabe klappt nur, wenn das Basisteam den Bogen vollständig ausfüllt.",
                   "--doc", LONG_KEY, "--segment", "2").exit_code == 0
    assert run_cli("summary", "set", "Rhein-Sieg-Kreis", "interfaces",
                   "Die Zusammenarbeit mit dem Arbeitgeberservice ist eng und verlässlich geregelt.").exit_code == 0
    assert run_cli("review", "comment", "Rhein-Sieg-Kreis", "interfaces",
                   "Die Übergabe an das Basisteam ist im Bericht noch nicht beschrieben.").exit_code == 0
    return project


def keys_in(rows: list[dict], fields: list[str]) -> set[str]:
    """Ids, codes, sites and coders in a listing's json rows (comma-joined coder lists split)."""
    found = set()
    for row in rows:
        for field in fields:
            if isinstance(row.get(field), str) and row[field]:
                found.update(part.strip() for part in row[field].split(","))
    return found


@pytest.mark.parametrize("listing", LISTINGS, ids=" ".join)
def test_every_listing_keeps_ids_and_codes_whole_at_80_columns(wide_project, runner, listing):
    from qda.cli.main import app

    def run(*extra):
        result = runner.invoke(app, ["--project", str(wide_project.root), *listing, *extra], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        return result.stdout

    lines = run().splitlines()
    assert max(len(line) for line in lines) <= 80
    header = lines[next(i for i, line in enumerate(lines) if line.startswith("───")) - 1].split()
    expected = keys_in(json.loads(run("--format", "json")), [field for field in KEY_FIELDS if field in header])
    assert expected  # the listing shows ids or codes to check
    whole = {token.strip(",") for line in lines for token in line.split()}
    assert sorted(key for key in expected if key not in whole) == []


def test_long_text_is_cut_with_an_ellipsis_and_whole_with_wide():
    text = "Die Kundin berichtet, dass die Eingliederungsvereinbarung gemeinsam erarbeitet und später angepasst wird."
    rows = [{"document": LONG_KEY, "segment": 12, "code": "interfaces/arbeitgeberservice", "text": text}]
    cut, wide = Console(width=80, record=True), Console(width=80, record=True)
    emit(rows, "table", console=cut)
    emit(rows, "table", console=wide, wide=True)
    cut_lines = cut.export_text().splitlines()
    assert any(line.rstrip().endswith("…") for line in cut_lines) and "angepasst" not in cut.export_text()
    assert " ".join(" ".join(wide.export_text().split()).split()).count("angepasst wird.") == 1
    assert max(len(line) for line in cut_lines + wide.export_text().splitlines()) <= 80


def test_headers_are_short_and_json_keeps_the_names(capsys):
    rows = [{"code": "egv", "percent": 99.5, "cohen_kappa": 0.91, "bp_kappa": 0.98, "alpha": 0.9}]
    console = Console(width=80, record=True, file=io.StringIO())
    emit(rows, "table", console=console)
    header = console.export_text().splitlines()[0].split()
    assert header == ["code", "%", "κ", "κ_BP", "α"]
    emit(rows, "json")
    assert json.loads(capsys.readouterr().out)[0].keys() == rows[0].keys()


def test_columns_that_do_not_fit_are_left_out_spare_ones_first_with_a_note():
    rows = [{"document": "MS-CL-ELB-W1", "code": "interfaces/arbeitgeberservice", "start": 1200, "end": 1450,
             "origin": "imported", "coder": "coder_a", "text": "Die Kundin berichtet ausführlich über ihre Lage."}]
    console = Console(width=80, record=True)
    emit(rows, "table", console=console, spare=("start", "end"))
    output = console.export_text()
    assert "1200" not in output and "1450" not in output and "coder_a" in output and "Die Kundin" in output
    assert output.splitlines()[-1] == "not shown at 80 columns: start, end (see --format csv or json)"


def test_layout_tightens_the_gap_before_leaving_columns_out():
    assert _layout([30, 30, 15], set(), 80, []) == (2, [0, 1, 2])
    assert _layout([30, 30, 18], set(), 80, []) == (1, [0, 1, 2])
    assert _layout([30, 30, 19, 5], set(), 80, [1]) == (1, [0, 2, 3])
    assert _layout([30, 30, 40], {2}, 80, []) == (2, [0, 1, 2])  # text needs only 16


def test_text_columns_share_the_room_left_narrow_ones_whole():
    assert _fit_text([20, 10, 60], {1, 2}, [0, 1, 2], 70) == {0: 20, 1: 10, 2: 40}
    assert _fit_text([20, 50, 60], {1, 2}, [0, 1, 2], 70) == {0: 20, 1: 25, 2: 25}


def test_ids_stay_whole_in_a_narrow_console():
    rows = [{"doc_key": "BO-CL-ELB-W1", "site": "Düsseldorf", "level": "operational", "role": "TL Projektteam",
             "wave": 1, "date": "2013-10-22", "segments": 16, "words": 900}]
    console = Console(width=60, record=True)
    emit(rows, "table", console=console)
    output = textwrap.dedent(console.export_text())
    assert "BO-CL-ELB-W1" in output and "TL Projektteam" in output


STREAMED_ROWS = [{"id": 1, "text": "Zeile\nzwei", "coders": ["a", "b"], "meta": {"nested": [1, {"x": None}]}},
                 {"id": 2, "text": "„Übergabe“", "coders": [], "meta": {}}, {}]


@pytest.mark.parametrize("rows", [STREAMED_ROWS, STREAMED_ROWS[:1], []])
def test_json_written_row_by_row_is_the_json_of_the_list(rows):
    from qda.cli.output import json_pieces

    assert "".join(json_pieces(iter(rows))) == json.dumps(rows, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_emit_prints_an_iterator_as_it_prints_a_list(capsys, fmt):
    emit(STREAMED_ROWS[:2], fmt)
    from_list = capsys.readouterr().out
    taken = []

    def rows():
        for row in STREAMED_ROWS[:2]:
            taken.append(row["id"])
            yield row
    emit(rows(), fmt)
    assert capsys.readouterr().out == from_list and taken == [1, 2]
    assert "Übergabe" in from_list


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_an_error_making_the_first_row_leaves_no_partial_output(capsys, fmt):
    def failing():
        raise RuntimeError("model missing")
        yield {}

    with pytest.raises(RuntimeError):
        emit(failing(), fmt, ["a", "b"])
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_tuple_rows_print_as_the_dicts_of_their_columns(capsys, fmt):
    columns = ["id", "text", "coders", "meta"]
    emit(STREAMED_ROWS[:2], fmt, columns)
    from_dicts = capsys.readouterr().out
    emit(iter([tuple(row[c] for c in columns) for row in STREAMED_ROWS[:2]]), fmt, columns)
    assert capsys.readouterr().out == from_dicts
    assert "Übergabe" in from_dicts


def test_tuple_rows_in_csv_are_neutralised_like_dict_rows(capsys):
    emit([("=HYPERLINK(1)", 2.5, None)], "csv", ["evidence", "score", "site"])
    assert capsys.readouterr().out.splitlines()[1] == "'=HYPERLINK(1),2.5,"


def test_csv_cells_keep_numbers_and_neutralise_text(capsys):
    import datetime as dt

    emit([("-1", -1, -0.5, float("nan"), float("inf"), True, dt.date(2024, 3, 1), ["=x"], "+49 30", "@a")], "csv",
         ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
    assert capsys.readouterr().out.splitlines()[1] == "-1,-1,-0.5,,,True,2024-03-01,\"[\"\"=x\"\"]\",'+49 30,'@a"
