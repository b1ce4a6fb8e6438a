"""The document filters every listing takes (``--site``, ``--level``, ``--role``, ``--wave``).

People type ``bochum``, ``duesseldorf``, ``operativ`` or ``Teamleitung Basisteam``; the database
holds ``Bochum``, ``Düsseldorf``, ``operational`` and ``TL Basisteam``. :meth:`DocumentFilter.parse`
maps what was typed to the stored spelling (case, umlauts, spaces and dashes do not matter; German
aliases are accepted) and rejects an unknown value with one line listing the valid ones, the same
in every command. Library functions that take ``site=``/``level=``/... go through it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Connection, Select, select

from qda.errors import QdaError
from qda.ingest.metadata import LEVEL_ALIASES, LEVELS
from qda.store.schema import documents

# German names of the role codes in the interview guides -> the code
ROLE_ALIASES = {
    "geschäftsführung": "GF", "geschäftsführer": "GF", "geschäftsführerin": "GF",
    "projektleitung": "PL", "projektleiter": "PL", "projektleiterin": "PL", "controlling": "CF",
    "kommune": "KO", "agentur für arbeit": "AA", "arbeitgeber": "AG", "arbeitgeberservice": "AG-S",
    "integrationsfachkraft": "IFK", "integrationsfachkräfte": "IFK",
    "teamleitung projektteam": "TL Projektteam", "teamleitung basisteam": "TL Basisteam",
    "teamleitung leistung": "TL Leistung", "teamleitung arbeitgeberservice": "TL Arbeitgeberservice",
    "kunde": "eLb", "kundin": "eLb", "leistungsberechtigte": "eLb", "erwerbsfähige leistungsberechtigte": "eLb",
}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SITE_PREFIX = re.compile(r"^(jobcenter|jc) ")


def match_key(text: str) -> str:
    """What two spellings of one value share: ``Düsseldorf``, ``duesseldorf``, ``TL-Basisteam`` ~ ``tl basisteam``."""
    return re.sub(r"[\s_\-]+", " ", text.casefold().translate(_UMLAUTS)).strip()


@dataclass(frozen=True)
class DocumentFilter:
    """Documents to keep, by their stored metadata; ``None`` keeps every value."""

    site: str | None = None
    level: str | None = None
    role: str | None = None
    wave: int | None = None

    @classmethod
    def parse(cls, conn: Connection, site: str | None = None, level: str | None = None,
              role: str | None = None, wave: int | None = None) -> DocumentFilter:
        """The filter for what the user typed, in the stored spelling; :class:`QdaError` if a value
        matches nothing the project knows."""
        return cls(site=resolve_site(conn, site) if site is not None else None,
                   level=resolve_level(level) if level is not None else None,
                   role=_resolve_role(conn, role) if role is not None else None,
                   wave=wave)

    def apply(self, query: Select) -> Select:
        """``query`` (which joins ``documents``) narrowed to the matching documents."""
        for name in (item.name for item in fields(self)):
            value = getattr(self, name)
            if value is not None:
                query = query.where(documents.c[name] == value)
        return query


def filtered(conn: Connection, query: Select, **filters: Any) -> Select:
    """``query`` narrowed by ``site=``, ``level=``, ``role=``, ``wave=`` as typed by a user."""
    return DocumentFilter.parse(conn, **filters).apply(query)


def resolve_site(conn: Connection, site: str) -> str:
    """The stored spelling of ``site`` (``bochum``, ``Jobcenter Bochum`` -> ``Bochum``)."""
    return _stored(conn, "site", site, _site_key(site), "sites", _site_key)


def resolve_level(level: str) -> str:
    """``strategic``, ``operational`` or ``client`` for a level or its German alias (any case)."""
    key = match_key(level)
    key = LEVEL_ALIASES.get(key, key)
    if key not in LEVELS:
        raise QdaError(f"unknown level '{level}' (levels: {', '.join(LEVELS)})")
    return key


def _resolve_role(conn: Connection, role: str) -> str:
    key = match_key(role)
    aliases = {match_key(alias): match_key(code) for alias, code in ROLE_ALIASES.items()}
    return _stored(conn, "role", role, aliases.get(key, key), "roles", match_key)


def _site_key(site: str) -> str:
    return _SITE_PREFIX.sub("", match_key(site))


def _stored(conn: Connection, column: str, typed: str, key: str, plural: str, key_of: Callable[[str], str]) -> str:
    stored = [value for value in conn.execute(select(documents.c[column]).distinct()).scalars() if value]
    for same in (lambda value: value == typed, lambda value: value.casefold() == typed.casefold(),
                 lambda value: key_of(value) == key):  # closest first: "Koeln" and "Köln" may be two sites
        found = sorted(value for value in stored if same(value))
        if len(found) > 1:
            raise QdaError(f"{column} '{typed}' may be any of {', '.join(found)}: write it as stored")
        if found:
            return found[0]
    valid = ", ".join(sorted(stored, key=str.casefold)) or "none imported"
    raise QdaError(f"unknown {column} '{typed}' ({plural}: {valid})")
