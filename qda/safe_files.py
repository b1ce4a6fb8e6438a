"""Reading untrusted exchange files: ZIP members checked before use, XML without entities.

Nothing is ever extracted to disk: members are read into memory after their names and sizes
pass the checks, so a crafted archive cannot write outside any folder or fill the disk.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from qda.errors import QdaError

MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200
_DRIVE = re.compile(r"^[A-Za-z]:")


class SafeZip:
    """A ZIP archive whose member names and sizes have been checked."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise QdaError("not a valid .qdpx file (corrupt or not a ZIP archive)", path) from exc
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise QdaError(f"too many files in the archive ({len(infos)} > {MAX_MEMBERS})", path)
        total = 0
        for info in infos:
            self._check(info)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise QdaError(f"refusing to unpack {total / 1e6:.0f} MB (ZIP bomb guard)", path)
        self.names = {info.filename for info in infos if not info.is_dir()}

    def _check(self, info: zipfile.ZipInfo) -> None:
        name = info.filename.replace("\\", "/")
        parts = PurePosixPath(name).parts
        if name.startswith("/") or _DRIVE.match(name) or ".." in parts:
            raise QdaError(f"unsafe file name in the archive: '{info.filename}' (points outside the project)",
                           self.path)
        if info.file_size > MAX_MEMBER_BYTES:
            raise QdaError(f"'{info.filename}' is too large ({info.file_size / 1e6:.0f} MB)", self.path)
        if info.compress_size and info.file_size > 1_000_000 and info.file_size / info.compress_size > MAX_RATIO:
            raise QdaError(f"'{info.filename}' unpacks {info.file_size // info.compress_size}-fold (ZIP bomb guard)",
                           self.path)

    def read(self, name: str) -> bytes:
        """A member's bytes, read no further than its declared size."""
        with self.archive.open(name) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
        if len(data) > MAX_MEMBER_BYTES:
            raise QdaError(f"'{name}' is larger than it claims (ZIP bomb guard)", self.path)
        return data

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def parse_xml(data: bytes, where: Path | str) -> Element:
    """Parse XML refusing DTDs with entities and external references (billion laughs, XXE)."""
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise QdaError(f"XML with entity declarations or external references refused ({type(exc).__name__})",
                       where) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise QdaError(f"invalid XML: {exc}", where, line) from None
