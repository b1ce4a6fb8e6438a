"""--site, --level and --role: any case, German spellings, and one error for an unknown value everywhere."""

import json

import pytest

from qda.filters import DocumentFilter, match_key

UNKNOWN = {
    ("--site", "Kiel"): "error: unknown site 'Kiel' (sites: Bochum, Krefeld)",
    ("--level", "tactical"): "error: unknown level 'tactical' (levels: strategic, operational, client)",
    ("--role", "GF"): "error: unknown role 'GF' (roles: eLb, IFK)",
}
FILTERED_COMMANDS = [
    ("docs",), ("segments",), ("code", "list"), ("code", "export"), ("retrieve", "--code", "egv"),
    ("cooccur", "--codes", "1"), ("matrix",), ("export", "codings"), ("export", "segments"), ("suggest",),
    ("agreement", "--coders", "a,b"), ("agreement", "disagreements", "--coders", "a,b"),
]
FEWER_FILTERS = {  # commands without every filter: the ones they have
    ("code", "export"): {"--site"},
    ("agreement", "--coders", "a,b"): {"--site", "--level"},
    ("agreement", "disagreements", "--coders", "a,b"): {"--site", "--level"},
}


def doc_keys(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return sorted(row["doc_key"] for row in json.loads(result.output))


@pytest.mark.parametrize("args, expected", [
    (("--site", "bochum"), ["BO-OP-IFK-W1"]),
    (("--site", "KREFELD"), ["KR-CL-ELB-W1", "KR-OP-IFK-W1"]),
    (("--site", "Jobcenter Krefeld"), ["KR-CL-ELB-W1", "KR-OP-IFK-W1"]),
    (("--level", "Operativ"), ["BO-OP-IFK-W1", "KR-OP-IFK-W1"]),
    (("--level", "kunden"), ["KR-CL-ELB-W1"]),
    (("--role", "ifk"), ["BO-OP-IFK-W1", "KR-OP-IFK-W1"]),
    (("--role", "Integrationsfachkraft", "--site", "krefeld"), ["KR-OP-IFK-W1"]),
    (("--role", "Kundin"), ["KR-CL-ELB-W1"]),
])
def test_docs_filters_ignore_case_and_accept_german_names(loaded_project, run_cli, args, expected):
    assert doc_keys(run_cli("docs", *args, "--format", "json")) == expected


@pytest.mark.parametrize("command", FILTERED_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("option", list(UNKNOWN), ids=lambda option: option[0])
def test_an_unknown_value_is_the_same_one_line_error_in_every_command(loaded_project, run_cli, command, option):
    if option[0] not in FEWER_FILTERS.get(command, {option[0]}):
        pytest.skip(f"{' '.join(command)} has no {option[0]}")
    result = run_cli(*command, *option)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [UNKNOWN[option]]


def test_report_and_summaries_take_the_site_in_any_case(loaded_project, run_cli):
    assert run_cli("summary", "set", "bochum", "egv", "Die EGV ist ein Standardtext.").exit_code == 0
    listed = run_cli("summary", "list", "--site", "BOCHUM", "--format", "json")
    assert [(row["site"], row["code"]) for row in json.loads(listed.output)] == [("Bochum", "egv")]
    report = run_cli("report", "site", "bochum")
    assert report.exit_code == 0 and "Bochum" in report.output and "Krefeld" not in report.output
    assert run_cli("report", "site", "Kiel").output.strip() == UNKNOWN[("--site", "Kiel")]


def test_the_filter_holds_the_stored_spelling(loaded_project):
    with loaded_project.engine.connect() as conn:
        parsed = DocumentFilter.parse(conn, site="  krefeld ", level="Strategische Ebene", role="IFK", wave=1)
    assert parsed == DocumentFilter(site="Krefeld", level="strategic", role="IFK", wave=1)


@pytest.mark.parametrize("typed, stored", [
    ("duesseldorf", "Düsseldorf"), ("TL-Basisteam", "TL Basisteam"), ("tl_projektteam", "TL Projektteam"),
    ("RHEIN-SIEG-KREIS", "Rhein-Sieg-Kreis"),
])
def test_spellings_of_one_value_share_their_key(typed, stored):
    assert match_key(typed) == match_key(stored)
    assert match_key("Bochum") != match_key("Bochum-Süd")


def test_a_site_spelled_exactly_is_that_site_even_when_another_folds_to_it(project, tmp_path, run_cli):
    folder = tmp_path / "two-cologne"
    folder.mkdir()
    for key, site in (("KA-OP-IFK-W1", "Köln"), ("KB-OP-IFK-W1", "Koeln")):
        (folder / f"{key}.txt").write_text(
            f"---\nid: {key}\nsite: {site}\nlevel: operational\nrole: IFK\nwave: 1\n---\nText aus {site}.\n",
            encoding="utf-8")
    assert run_cli("import", folder).exit_code == 0
    assert doc_keys(run_cli("docs", "--site", "Koeln", "--format", "json")) == ["KB-OP-IFK-W1"]
    assert doc_keys(run_cli("docs", "--site", "Köln", "--format", "json")) == ["KA-OP-IFK-W1"]
    assert doc_keys(run_cli("docs", "--site", "köln", "--format", "json")) == ["KA-OP-IFK-W1"]
    ambiguous = run_cli("docs", "--site", "Jobcenter KOELN")
    assert ambiguous.exit_code == 1
    assert "error: site 'Jobcenter KOELN' may be any of Koeln, Köln: write it as stored" in ambiguous.output
