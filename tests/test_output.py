"""Table layout: short columns stay on one line while they fit; text columns take the rest."""

from rich.console import Console

from qda.cli.output import _unwrapped_columns, emit


def test_narrowest_short_columns_are_kept_unwrapped_within_the_width():
    assert _unwrapped_columns([12, 10, 14, 4], width=80) == {0, 1, 2, 3}
    assert _unwrapped_columns([12, 10, 14, 4], width=32) == {1, 3, 0}
    assert _unwrapped_columns([12, 40, 4], width=40) == {2, 0}


def test_document_ids_are_never_broken_in_an_80_column_table():
    console = Console(width=80, record=True)
    rows = [{"doc_key": "BO-CL-ELB-W1", "site": "Düsseldorf", "level": "operational", "role": "TL-Projektteam",
             "wave": 1, "date": "2013-10-22", "segments": 16, "words": 900}]
    emit(rows, "table", console=console)
    assert "BO-CL-ELB-W1" in console.export_text()
