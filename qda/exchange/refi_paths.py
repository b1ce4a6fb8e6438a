"""Find the archive member a REFI path names: lenient about spelling, strict about the archive.

Tools write ``internal://GUID.txt`` (the standard), a bare ``board_2017.txt`` or
``sources/board_2017.txt``, URL-encoded names (``Interview%20Bochum.txt``), ``file://`` URLs
or absolute paths into the folder the archive was unpacked to. All of these are looked up
among the archive's members (case-insensitively, names compared in NFC); a path that leaves
the archive (``..``, an absolute path or URL not ending in a member, ``relative://`` links to
files beside the project, ``http://``) is refused with a reason. Nothing outside the archive
is ever opened.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from typing import Iterable
from urllib.parse import unquote, urlsplit

_DRIVE = re.compile(r"^/?[A-Za-z]:/")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def resolve_member(names: Iterable[str], reference: str, base_path: str | None = None) -> tuple[str | None, str]:
    """``(member, "")`` when ``reference`` names a member of the archive, else ``(None, why)``."""
    index = {_key(name): name for name in names}
    path, refusal = _path_of(reference.strip())
    if path is None:
        return None, refusal
    for spelling in dict.fromkeys((path, unquote(path))):
        found = _inside(spelling, base_path, index) if _is_absolute(spelling) else _relative(spelling, index)
        if found:
            return found, ""
    if _is_absolute(path):
        return None, f"'{reference}' points outside the archive"
    if posixpath.normpath(path).split("/")[0] == "..":
        return None, f"'{reference}' leaves the archive"
    return None, f"'{reference}' is not in the archive"


def _path_of(reference: str) -> tuple[str | None, str]:
    match = _SCHEME.match(reference)
    scheme = match.group(1).lower() if match else None
    if match is None:
        path = reference
    elif scheme == "internal":
        path = reference[match.end():]
    elif scheme == "file":
        parts = urlsplit(reference)
        path = f"//{parts.netloc}{parts.path}" if parts.netloc not in ("", "localhost") else parts.path
    elif scheme == "relative":
        return None, f"'{reference}' is a file beside the project, not in the archive"
    else:
        return None, f"'{reference}' is not a file in the archive"
    return path.replace("\\", "/"), ""


def _is_absolute(path: str) -> bool:
    return path.startswith("/") or bool(_DRIVE.match(path))


def _relative(path: str, index: dict[str, str]) -> str | None:
    normal = posixpath.normpath(path)
    if normal.split("/")[0] == "..":
        return None
    return next((index[key] for key in (_key(normal), _key(f"sources/{normal}")) if key in index), None)


def _inside(path: str, base_path: str | None, index: dict[str, str]) -> str | None:
    """An absolute path names a member when it lies under the project's ``basePath`` or ends
    in ``sources/<member>`` (the folder the archive was unpacked to)."""
    path = posixpath.normpath(_DRIVE.sub("/", path))
    if base_path:
        base = posixpath.normpath(_DRIVE.sub("/", base_path.replace("\\", "/")))
        if _key(path).startswith(_key(base.rstrip("/") + "/")):
            return _relative(path[len(base.rstrip("/")) + 1:], index)
    parts = path.strip("/").split("/")
    if len(parts) == 1:
        return index.get(_key(parts[0]))
    return index.get(_key("/".join(parts[-2:]))) if parts[-2].lower() == "sources" else None


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()
