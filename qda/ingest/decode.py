"""Bytes to text for plain-text protocols: BOMs, UTF-8, UTF-16 without BOM, cp1252.

Protocols come from Word-era Windows machines, so the fallback for non-UTF-8 text is cp1252
(a superset of Latin-1 for printable text), which is what such files almost always are.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from qda.errors import QdaError

BINARY_SAMPLE = 20_000
READ_CHUNK = 1 << 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below 32, except \t \n \f \r
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without BOM shows NUL in every other byte for Latin-script text."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data`` and return (text, encoding name); binary data is an error."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding:
        bom_length = next(len(bom) for bom, name in _BOMS if name == encoding)
        data = data[bom_length:]
    else:
        encoding = _utf16_without_bom(data)
    if encoding is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if b"\x00" in data:
                raise QdaError("binary file, not a text protocol", path) from None
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise QdaError(f"cannot decode as {encoding}: {exc.reason}", path) from None
    _reject_binary(text, path)
    return normalize_text(text), encoding


def _reject_binary(text: str, path: str) -> None:
    """NUL anywhere, or more than 1 % control characters (other than line breaks, tabs and form
    feeds) in the first 20,000 characters: binary content."""
    sample = text[:BINARY_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in text or controls > max(10, len(sample) // 100):
        line = text.count("\n", 0, max(text.find("\x00"), 0)) + 1
        raise QdaError("binary content, not a text protocol", path, line)


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no BOM: the form all offsets are counted in."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def decoded_lines(path: Path) -> Iterator[str]:
    """The lines of a text file as :func:`decode_bytes` decodes, checks and normalises the whole
    file (line breaks as ``\\n``), read one at a time so that a large file is never held whole."""
    name = str(path)
    with path.open("rb") as raw:
        head = raw.read(4000)
        bom, encoding = next(((bom, codec) for bom, codec in _BOMS if head.startswith(bom)), (b"", None))
        encoding, errors = encoding or _utf16_without_bom(head), "strict"
        if encoding is None:
            raw.seek(0)
            encoding, errors = _utf8_or_cp1252(raw, name)
        raw.seek(len(bom))
        try:
            yield from _checked_lines(io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=None), name)
        except UnicodeDecodeError as exc:
            raise QdaError(f"cannot decode as {encoding}: {exc.reason}", name) from None


def _utf8_or_cp1252(raw: io.BufferedReader, name: str) -> tuple[str, str]:
    """UTF-8 if the whole file is valid UTF-8, else cp1252 (a file with NUL bytes is binary)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in iter(lambda: raw.read(READ_CHUNK), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return "utf-8", "strict"
    except UnicodeDecodeError:
        raw.seek(0)
        if any(b"\x00" in chunk for chunk in iter(lambda: raw.read(READ_CHUNK), b"")):
            raise QdaError("binary file, not a text protocol", name) from None
        return "cp1252", "replace"


def _checked_lines(lines: Iterator[str], name: str) -> Iterator[str]:
    """:func:`_reject_binary` and :func:`normalize_text` a line at a time."""
    sample_left, controls = BINARY_SAMPLE, 0
    for number, line in enumerate(lines, 1):
        if "\x00" in line:
            raise QdaError("binary content, not a text protocol", name, number)
        if sample_left > 0:
            controls += len(_CONTROL.findall(line, 0, sample_left))
            sample_left -= len(line)
            if sample_left <= 0 and controls > max(10, BINARY_SAMPLE // 100):
                raise QdaError("binary content, not a text protocol", name, 1)
        yield unicodedata.normalize("NFC", line.replace("\ufeff", ""))
    if sample_left > 0 and controls > max(10, (BINARY_SAMPLE - sample_left) // 100):
        raise QdaError("binary content, not a text protocol", name, 1)
