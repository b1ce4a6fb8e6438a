"""The codebook as REFI ``.qdc`` and as a printable coding guide (Kodierleitfaden, md or docx).

The guide lists each code with its definition, anchor examples and coding rule, the way
Mayring's and Kuckartz's coding guides do; German headings by default, English on request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qda import __version__
from qda.codebook.store import CodeRow
from qda.exchange.xmlbuild import CODEBOOK_NS, Builder, add_code_tree, serialise

HEADINGS = {
    "de": {"title": "Kodierleitfaden", "code": "Code", "definition": "Definition", "anchors": "Ankerbeispiele",
           "rules": "Kodierregel", "none": "—", "codes": "Codes"},
    "en": {"title": "Coding guide", "code": "Code", "definition": "Definition", "anchors": "Anchor examples",
           "rules": "Coding rule", "none": "—", "codes": "codes"},
}


def codebook_qdc(code_rows: list[CodeRow]) -> bytes:
    """A REFI-QDA codebook (``CodeBook`` in ``urn:QDA-XML:codebook:1.0``)."""
    builder = Builder(CODEBOOK_NS)
    root = builder.root("CodeBook", origin=f"qda {__version__}")
    add_code_tree(builder, builder.sub(root, "Codes"), code_rows)
    return serialise(root)


def guide_entries(code_rows: list[CodeRow], language: str) -> list[dict[str, Any]]:
    """One entry per code: numbered heading, label, and the three parts of a codebook entry."""
    numbers: dict[int, str] = {}
    counters: dict[int | None, int] = {}
    entries = []
    for code in code_rows:
        parent = code.parent_id if code.parent_id in numbers else None
        counters[parent] = counters.get(parent, 0) + 1
        numbers[code.id] = f"{numbers[parent]}.{counters[parent]}" if parent else str(counters[parent])
        label = code.label_en if language == "en" and code.label_en else code.label
        entries.append({"number": numbers[code.id], "depth": numbers[code.id].count("."), "label": label,
                        "path": code.path, "definition": code.definition, "anchors": code.anchor_examples,
                        "rules": code.coding_rules})
    return entries


def guide_markdown(name: str, code_rows: list[CodeRow], language: str = "de") -> str:
    """The coding guide as Markdown."""
    words = HEADINGS[language]
    lines = [f"# {words['title']}: {name}", "", f"{len(code_rows)} {words['codes']}", ""]
    for entry in guide_entries(code_rows, language):
        lines += [f"{'#' * min(entry['depth'] + 2, 6)} {entry['number']} {entry['label']} (`{entry['path']}`)", ""]
        lines += [f"**{words['definition']}:** {entry['definition'] or words['none']}", ""]
        lines += [f"**{words['anchors']}:**", ""]
        lines += [f"> {anchor}" for anchor in entry["anchors"]] or [words["none"]]
        lines += ["", f"**{words['rules']}:** {entry['rules'] or words['none']}", ""]
    return "\n".join(lines)


def guide_docx(name: str, code_rows: list[CodeRow], out: Path, language: str = "de") -> None:
    """The coding guide as a Word document with a heading per code."""
    import docx

    words = HEADINGS[language]
    document = docx.Document()
    document.add_heading(f"{words['title']}: {name}", level=0)
    for entry in guide_entries(code_rows, language):
        document.add_heading(f"{entry['number']} {entry['label']} ({entry['path']})", level=min(entry["depth"] + 1, 9))
        _labelled(document, words["definition"], entry["definition"] or words["none"])
        document.add_paragraph().add_run(f"{words['anchors']}:").bold = True
        for anchor in entry["anchors"] or [words["none"]]:
            document.add_paragraph(anchor, style="Quote")
        _labelled(document, words["rules"], entry["rules"] or words["none"])
    document.save(str(out))


def _labelled(document, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(text)
