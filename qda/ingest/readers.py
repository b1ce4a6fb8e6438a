"""Readers for protocol files: each returns the plain text and the metadata the file itself carries.

Imported files are untrusted: sizes are capped, ZIP containers (.docx, .odt) are checked for
unpacked size before parsing, and XML is parsed without entity resolution.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml

from qda.errors import QdaError
from qda.ingest.decode import decode_bytes, normalize_text
from qda.safe_yaml import BoundedLoader, ExplainingLoader, check_bounds

DEFAULT_MAX_BYTES = 20_000_000
MAX_UNPACKED_BYTES = 50_000_000  # a protocol's text and styles; images alone may exceed it
MAX_ZIP_RATIO = 100  # Office XML packs 5- to 20-fold
FRONT_MATTER_MAX_VALUES = 1_000  # after alias expansion
FRONT_MATTER_MAX_DEPTH = 8
METADATA_KEYS = ("id", "site", "level", "role", "wave", "date", "interviewer")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass
class RawProtocol:
    """What a reader found in one file, before metadata from elsewhere is merged in."""

    path: Path
    text: str
    format: str
    metadata: dict[str, Any] = field(default_factory=dict)
    metadata_lines: dict[str, int] = field(default_factory=dict)
    encoding: str = "utf-8"
    first_line: int = 1  # line of the file where ``text`` starts (after front matter); text formats only
    paragraph_numbers: list[int] | None = None  # Word/ODF: the source paragraph of each text paragraph


def read_protocol(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawProtocol:
    """Read one protocol file, choosing the reader by its extension."""
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise QdaError(f"unsupported file type '{suffix}' (use .txt, .md, .docx, .odt or .rtf)", path)
    size = path.stat().st_size
    if size == 0:
        raise QdaError("empty file", path)
    if size > max_bytes:
        raise QdaError(
            f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit; see --max-size)", path
        )
    protocol = reader(path)
    if not protocol.text.strip():
        raise QdaError("no text in file", path)
    return protocol


def read_text_file(path: Path) -> RawProtocol:
    """.txt and .md: decoded with BOM and encoding detection, YAML front matter split off."""
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    metadata, lines, body = split_front_matter(text, path)
    first_line = text[:len(text) - len(body)].count("\n") + 1
    return RawProtocol(path, body, path.suffix.lower().lstrip("."), metadata, lines, encoding, first_line)


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], dict[str, int], str]:
    """Split a leading ``---`` YAML block from the body; return (metadata, key lines, body)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n"):
            raise QdaError("front matter opened with '---' but never closed", path, 1)
        return {}, {}, text
    block = match.group(1) or ""
    try:
        check_bounds(block, path, FRONT_MATTER_MAX_VALUES, FRONT_MATTER_MAX_DEPTH, first_line=2)
        try:
            data, lines = _load_front_matter(block, _DatesAsText)
        except yaml.YAMLError:  # say what is wrong in the words (and line) of PyYAML's own parser
            data, lines = _load_front_matter(block, _ExplainedDatesAsText)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise QdaError(f"invalid front matter: {getattr(exc, 'problem', exc)}", path, line) from exc
    if not isinstance(data, dict):
        raise QdaError("front matter must be a mapping of key: value", path, 2)
    return data, lines, text[match.end():]


def _load_front_matter(block: str, loader_class: type) -> tuple[Any, dict[str, int]]:
    """The front matter's data and the line of each top-level key, from one parse."""
    loader = loader_class(block)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}, {}
        mapping = isinstance(node, yaml.MappingNode)
        lines = {key.value: key.start_mark.line + 2 for key, _ in node.value} if mapping else {}
        return loader.construct_document(node) or {}, lines
    finally:
        loader.dispose()


class _DatesAsText(BoundedLoader):
    """Dates stay text, so ``date: 2024-13-45`` gets the metadata check's message, not a crash."""


class _ExplainedDatesAsText(ExplainingLoader):
    """:class:`_DatesAsText` in pure Python, for its clearer error messages."""


_DatesAsText.yaml_implicit_resolvers = _ExplainedDatesAsText.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in BoundedLoader.yaml_implicit_resolvers.items()
}


def open_zip(source: Path | IO[bytes], where: Path | str, suffix: str) -> zipfile.ZipFile:
    """The ZIP container (.docx, .odt) at ``source``, refused when it unpacks to more than
    :data:`MAX_UNPACKED_BYTES` or, beyond a megabyte, more than :data:`MAX_ZIP_RATIO` times its
    packed size (a ZIP bomb). Every reader of such containers opens them here."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise QdaError(f"not a valid {suffix} file (corrupt or not a ZIP container)", where) from exc
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    problem = None
    if unpacked > MAX_UNPACKED_BYTES:
        problem = f"refusing to unpack {unpacked / 1e6:.0f} MB (more than {MAX_UNPACKED_BYTES / 1e6:.0f} MB)"
    elif unpacked > 1_000_000 and unpacked > MAX_ZIP_RATIO * max(packed, 1):
        problem = f"refusing to unpack: {unpacked // max(packed, 1)}-fold compression (ZIP bomb guard)"
    if problem:
        archive.close()
        raise QdaError(problem, where)
    return archive


def _part_xml(archive: zipfile.ZipFile, name: str, path: Path):
    """A part of the container parsed without entities; malformed XML is one error naming it."""
    from qda.safe_files import parse_xml

    return parse_xml(archive.read(name), f"{path}: {name}")


def read_docx(path: Path) -> RawProtocol:
    """.docx via python-docx: body paragraphs and tables in order; metadata from a leading
    two-column table whose first column holds known keys, and from custom document properties."""
    import docx

    with open_zip(path, path, path.suffix) as archive:
        metadata = _docx_custom_properties(archive, path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise QdaError(f"cannot read .docx: {exc}", path) from exc
    blocks = list(document.iter_inner_content())
    if blocks and _is_metadata_table(blocks[0]):
        metadata.update(_table_metadata(blocks.pop(0)))
    paragraphs = docx_paragraphs(blocks)
    props = document.core_properties
    if props.title and "title" not in metadata:
        metadata["title"] = props.title
    text, numbers = _joined(paragraphs)
    return RawProtocol(path, normalize_text(text), "docx", metadata, paragraph_numbers=numbers)


def docx_paragraphs(blocks: Iterable[Any]) -> list[str]:
    """The texts of a Word body's paragraphs and tables in order, one per paragraph or table row
    (cells joined by " | "); used for protocols and for REFI rich texts alike."""
    paragraphs: list[str] = []
    for block in blocks:
        if hasattr(block, "rows"):
            paragraphs.extend(" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        else:
            paragraphs.append(block.text)
    return paragraphs


def odt_paragraphs(content: Any) -> list[str]:
    """The texts of an OpenDocument's paragraphs and headings (``content.xml``), in order."""
    tags = (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    return ["".join(element.itertext()) for element in content.iter() if element.tag in tags]


def _joined(paragraphs: list[str]) -> tuple[str, list[int]]:
    """The non-empty paragraphs as one text, blank-line separated, and each one's number among
    all paragraphs (empty ones included, a table row counting as one), as Word users count them."""
    kept = [(number, text.strip()) for number, text in enumerate(paragraphs, start=1) if text.strip()]
    return "\n\n".join(text for _, text in kept) + "\n", [number for number, _ in kept]


def _is_metadata_table(block: Any) -> bool:
    if not hasattr(block, "rows") or not block.rows:
        return False
    keys = [row.cells[0].text.strip().lower() for row in block.rows if len(row.cells) >= 2]
    return bool(keys) and sum(key in METADATA_KEYS for key in keys) >= max(1, len(keys) // 2)


def _table_metadata(table: Any) -> dict[str, Any]:
    return {
        row.cells[0].text.strip().lower(): row.cells[1].text.strip()
        for row in table.rows
        if len(row.cells) >= 2 and row.cells[0].text.strip()
    }


def _docx_custom_properties(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    """Word's "custom properties" (File > Properties > Custom) live in docProps/custom.xml."""
    if "docProps/custom.xml" not in archive.namelist():
        return {}
    root = _part_xml(archive, "docProps/custom.xml", path)
    found = {}
    for prop in root:
        name = prop.get("name", "").strip().lower()
        if name and len(prop):
            found[name] = (prop[0].text or "").strip()
    return found


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def read_odt(path: Path) -> RawProtocol:
    """.odt: paragraphs and headings from content.xml, user-defined fields from meta.xml."""
    with open_zip(path, path, path.suffix) as archive:
        if "content.xml" not in archive.namelist():
            raise QdaError("not an OpenDocument text (no content.xml)", path)
        content = _part_xml(archive, "content.xml", path)
        meta = _part_xml(archive, "meta.xml", path) if "meta.xml" in archive.namelist() else None
    paragraphs = odt_paragraphs(content)
    metadata = {}
    if meta is not None:
        for field_ in meta.iter(f"{{{_ODF_META}}}user-defined"):
            metadata[field_.get(f"{{{_ODF_META}}}name", "").strip().lower()] = (field_.text or "").strip()
    text, numbers = _joined(paragraphs)
    return RawProtocol(path, normalize_text(text), "odt", metadata, paragraph_numbers=numbers)


def read_rtf(path: Path) -> RawProtocol:
    """.rtf via striprtf; front matter written at the top of the document is honoured."""
    from striprtf.striprtf import rtf_to_text

    raw, encoding = decode_bytes(path.read_bytes(), str(path))
    if not raw.lstrip().startswith("{\\rtf"):
        raise QdaError("not an RTF file (missing {\\rtf header)", path, 1)
    text = normalize_text(rtf_to_text(raw, errors="ignore"))
    metadata, lines, body = split_front_matter(text.lstrip("\n"), path)
    return RawProtocol(path, body, "rtf", metadata, lines, encoding)


READERS: dict[str, Callable[[Path], RawProtocol]] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".docx": read_docx,
    ".odt": read_odt,
    ".rtf": read_rtf,
}
