"""Site attributes: variables of a site (Regionaldirektion, Typ, start date) that group and sort
the rows of overview tables. They belong to the site, not to each of its protocols."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from sqlalchemy import Connection, delete, insert, select, update

from qda.errors import QdaError
from qda.store.schema import documents, findings, site_attributes

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def parse_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """``["rd=RD NRW", "typ=gE"]`` as a dict; an empty value removes the attribute."""
    result = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        key = key.strip()
        if not equals or not _KEY.match(key):
            raise QdaError(f"'{pair}' is not KEY=VALUE (keys: lower case letters, digits and _)")
        result[key] = value.strip()
    if not result:
        raise QdaError("give at least one KEY=VALUE")
    return result


def known_sites(conn: Connection) -> list[str]:
    """Sites with protocols, attributes or findings, alphabetically."""
    names: set[str] = set()
    for column in (documents.c.site, site_attributes.c.site, findings.c.site):
        names.update(site for site in conn.execute(select(column).distinct()).scalars() if site)
    return sorted(names, key=str.casefold)


def set_site_attributes(conn: Connection, site: str, values: dict[str, str]) -> None:
    """Set (or, with an empty value, remove) attributes of ``site``."""
    site = site.strip()
    if not site:
        raise QdaError("a site needs a name")
    now = dt.datetime.now(dt.timezone.utc)
    for key, value in values.items():
        where = (site_attributes.c.site == site, site_attributes.c.key == key)
        if not value:
            conn.execute(delete(site_attributes).where(*where))
        elif conn.execute(select(site_attributes.c.id).where(*where)).first():
            conn.execute(update(site_attributes).where(*where).values(value=value, updated_at=now))
        else:
            conn.execute(insert(site_attributes).values(site=site, key=key, value=value, updated_at=now))


def site_attribute_map(conn: Connection) -> dict[str, dict[str, str]]:
    """site → {key: value} for every site with attributes."""
    result: dict[str, dict[str, str]] = {}
    query = select(site_attributes.c.site, site_attributes.c.key, site_attributes.c.value)
    for site, key, value in conn.execute(query):
        result.setdefault(site, {})[key] = value
    return result


def list_site_attributes(conn: Connection) -> tuple[list[str], list[dict[str, Any]]]:
    """The attribute keys (sorted) and one row per known site with its attributes and protocols."""
    attributes = site_attribute_map(conn)
    keys = sorted({key for values in attributes.values() for key in values})
    counts: dict[str, int] = {}
    for site in conn.execute(select(documents.c.site)).scalars():
        if site:
            counts[site] = counts.get(site, 0) + 1
    rows = [{"site": site, **{key: attributes.get(site, {}).get(key, "") for key in keys},
             "protocols": counts.get(site, 0)} for site in known_sites(conn)]
    return keys, rows
