"""REFI variables (MAXQDA document variables, NVivo case attributes, QualCoder attributes) and
qda's document metadata, both ways.

A variable whose name is one of :data:`FIELD_NAMES` (German or English, any case) fills that
metadata field; values are then checked the way protocol metadata is (``Operative Ebene`` is
the level ``operational``, ``Welle 2`` the wave 2). ``--map-variable NAME=FIELD`` overrides the
name rule. Every other variable becomes a free attribute under its own (lower-case) name and
keeps its type: Boolean, Integer and Float values stay numbers, dates stay ISO strings.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from qda.errors import QdaError
from qda.ingest.metadata import CORE_FIELDS

FIELD_NAMES = {
    "site": ("site", "standort", "jobcenter", "ort", "location"),
    "level": ("level", "ebene", "interviewebene", "interview level"),
    "role": ("role", "rolle", "funktion", "position"),
    "wave": ("wave", "welle", "erhebungswelle", "round", "runde"),
    "date": ("date", "datum", "interviewdatum", "interview date"),
    "interviewer": ("interviewer", "interviewerin", "interviewer:in", "interviewer*in"),
}
_BY_NAME = {name: field for field, names in FIELD_NAMES.items() for name in names}
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def parse_field_map(items: list[str]) -> dict[str, str]:
    """``["Standort=site", "Gruppe=role"]`` as ``{"standort": "site", ...}``; FIELD may also be
    any attribute name, so a variable can be renamed on the way in."""
    mapping = {}
    for item in items:
        name, sep, target = item.partition("=")
        if not sep or not name.strip() or not re.fullmatch(r"[\w.\-]+", target.strip()):
            raise QdaError(f"--map-variable expects NAME=FIELD (FIELD: {', '.join(CORE_FIELDS)} or an attribute"
                           f" name), not '{item}'")
        mapping[name.strip().lower()] = target.strip().lower()
    return mapping


def target_field(name: str, field_map: dict[str, str]) -> str:
    """The metadata field or attribute a variable called ``name`` goes to."""
    key = " ".join(name.strip().lower().split())
    return field_map.get(key) or _BY_NAME.get(key) or key


def typed_value(kind: str, text: str) -> Any:
    """A REFI ``<Kind>Value`` as Python: booleans and numbers as such, the rest as text."""
    text = text.strip()
    if kind == "BooleanValue":
        return text.lower() in ("true", "1")
    if kind == "IntegerValue":
        return int(text)
    if kind == "FloatValue":
        return float(text)
    return text


def field_value(field: str, value: Any) -> Any:
    """A value as the metadata field wants it (a DateTime for ``date`` keeps its day)."""
    if field == "date" and isinstance(value, str) and _ISO_DATETIME.match(value):
        return value[:10]
    return value


def variable_type(values: list[Any]) -> str:
    """The REFI ``typeOfVariable`` that holds every value of an attribute."""
    if values and all(isinstance(v, bool) for v in values):
        return "Boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "Integer"
    if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "Float"
    return "Text"


def value_text(kind: str, value: Any) -> str:
    """A value written as its REFI type wants it (xsd:boolean, xsd:decimal without exponent)."""
    if kind == "Boolean":
        return "true" if value else "false"
    if kind == "Float":
        return f"{Decimal(repr(float(value))):f}"
    return str(value)
