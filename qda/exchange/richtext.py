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

from qda.errors import QdaError
from qda.ingest.decode import decode_bytes
from qda.ingest.readers import docx_paragraphs, odt_paragraphs, open_zip
from qda.safe_files import parse_xml

RICH_TEXT_SUFFIXES = (".docx", ".odt", ".rtf")


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
    return docx_paragraphs(document.iter_inner_content())


def _odt_paragraphs(archive: zipfile.ZipFile, where: str) -> list[str]:
    if "content.xml" not in archive.namelist():
        raise QdaError("not an OpenDocument text (no content.xml)", where)
    return odt_paragraphs(parse_xml(archive.read("content.xml"), where))


def paragraph_text(paragraphs: list[str]) -> tuple[str, list[int]]:
    """(paragraphs joined by blank lines, map) where ``map[i]`` is the position in that text of
    position ``i`` in the paragraphs joined by single newlines."""
    mapping: list[int] = []
    stored = 0
    for number, paragraph in enumerate(paragraphs):
        mapping.extend(range(stored, stored + len(paragraph) + 1))
        stored += len(paragraph) + (2 if number < len(paragraphs) - 1 else 0)
    return "\n\n".join(paragraphs), mapping or [0]
