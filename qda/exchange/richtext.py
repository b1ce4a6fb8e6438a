"""Text of a REFI source's rich text (.docx, .odt, .rtf) when its plain text is missing.

NVivo, for one, writes each ``sources/<GUID>.txt`` as a single newline and keeps the text in
the ``richTextPath`` document. The paragraphs are read here; a tool's plain text puts one
newline between paragraphs, which is what selection offsets then count, while qda stores a
blank line between them so that each paragraph becomes a segment. :func:`paragraph_text`
returns the stored text with the offset map between the two.
"""

from __future__ import annotations

import io
import zipfile

from defusedxml import ElementTree as SafeET

from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
from qda.ingest.readers import open_zip

RICH_TEXT_SUFFIXES = (".docx", ".odt", ".rtf")
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def rich_text_paragraphs(data: bytes, suffix: str, where: str) -> list[str]:
    """The paragraphs of a .docx, .odt or .rtf held in memory; QdaError when unreadable."""
    if suffix == ".rtf":
        from striprtf.striprtf import rtf_to_text

        text, _ = decode_bytes(data, where)
        if not text.lstrip().startswith("{\\rtf"):
            raise QdaError("not an RTF file (missing {\\rtf header)", where)
        return rtf_to_text(text, errors="ignore").replace("\r\n", "\n").rstrip("\n").split("\n")
    if suffix not in (".docx", ".odt"):
        raise QdaError(f"cannot read text from a '{suffix}' file (qda reads .docx, .odt, .rtf)", where)
    with open_zip(io.BytesIO(data), where, suffix) as archive:
        return _docx_paragraphs(data) if suffix == ".docx" else _odt_paragraphs(archive, where)


def _docx_paragraphs(data: bytes) -> list[str]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise QdaError(f"cannot read .docx: {exc}") from exc
    paragraphs = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            paragraphs.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        else:
            paragraphs.append(block.text)
    return paragraphs


def _odt_paragraphs(archive: zipfile.ZipFile, where: str) -> list[str]:
    try:
        content = SafeET.fromstring(archive.read("content.xml"))
    except KeyError:
        raise QdaError("not an OpenDocument text (no content.xml)", where) from None
    tags = (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    return ["".join(element.itertext()) for element in content.iter() if element.tag in tags]


def paragraph_text(paragraphs: list[str]) -> tuple[str, list[int]]:
    """(paragraphs joined by blank lines, map) where ``map[i]`` is the position in that text of
    position ``i`` in the paragraphs joined by single newlines."""
    mapping: list[int] = []
    stored = 0
    for number, paragraph in enumerate(paragraphs):
        mapping.extend(range(stored, stored + len(paragraph) + 1))
        stored += len(paragraph) + (2 if number < len(paragraphs) - 1 else 0)
    return "\n\n".join(paragraphs), mapping or [0]
