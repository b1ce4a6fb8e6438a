"""Small helpers to write REFI XML: namespaced elements, UTC timestamps, the code tree."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Iterable

from lxml import etree

from qda.exchange.descriptions import compose
from qda.exchange.guids import guid

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"


class Builder:
    """Makes elements in one namespace; ``None`` attribute values are left out."""

    def __init__(self, namespace: str):
        self.namespace = namespace

    def root(self, tag: str, **attributes: Any) -> etree._Element:
        return self._set(etree.Element(f"{{{self.namespace}}}{tag}", nsmap={None: self.namespace}), attributes)

    def sub(self, parent: etree._Element, tag: str, text: str | None = None, **attributes: Any) -> etree._Element:
        element = self._set(etree.SubElement(parent, f"{{{self.namespace}}}{tag}"), attributes)
        if text is not None:
            element.text = text
        return element

    @staticmethod
    def _set(element: etree._Element, attributes: dict[str, Any]) -> etree._Element:
        for key, value in attributes.items():
            if value is not None:
                element.set(key, str(value).lower() if isinstance(value, bool) else str(value))
        return element


def utc(value: dt.datetime | None) -> str | None:
    """xsd:dateTime in UTC; SQLite hands back naive datetimes, which qda stores as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def code_guid(code: Any) -> str:
    return guid("code", code.code_key)


def add_code_tree(
    builder: Builder, parent: etree._Element, codes: Iterable[Any],
    extra: Callable[[etree._Element, Any], None] | None = None,
) -> None:
    """Nested ``Code`` elements (colour, description) under ``parent``; ``extra`` may add
    children such as NoteRefs after the description."""
    codes = list(codes)
    children: dict[int | None, list[Any]] = {}
    known = {code.id for code in codes}
    for code in codes:
        children.setdefault(code.parent_id if code.parent_id in known else None, []).append(code)

    def add(element: etree._Element, code: Any) -> None:
        node = builder.sub(element, "Code", guid=code_guid(code), name=code.label, isCodable=True, color=code.color)
        description = compose(code)
        if description:
            builder.sub(node, "Description", description)
        if extra:
            extra(node, code)
        for child in children.get(code.id, []):
            add(node, child)

    for code in children.get(None, []):
        add(parent, code)


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
