"""The project's codebook in the database.

A code's identity is its id (unique in the codebook), not its path, so moving a code in the YAML
tree keeps its codings. Codes dropped from the YAML are deactivated, never deleted: their
codings stay until ``rename`` or ``merge`` moves them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Callable

from sqlalchemy import Connection, delete, func, insert, select, update

from qda.codebook.model import Codebook, Feature, FeatureValue
from qda.errors import QdaError
from qda.store.db import inserted_id
from qda.store.schema import codes, codings, memos, settings, suggestion_decisions, summaries


@dataclass
class CodeRow:
    """A code as stored, with what the analysis layer needs."""

    id: int
    path: str
    code_key: str
    parent_id: int | None
    label: str
    label_en: str | None
    definition: str | None
    anchor_examples: list[str]
    coding_rules: str | None
    keywords: list[str]
    exclude: list[str]
    questions: list[str]
    color: str | None
    position: int
    active: bool

    @property
    def depth(self) -> int:
        return self.path.count("/")


def load_codes(conn: Connection, include_inactive: bool = False) -> list[CodeRow]:
    """All codes in codebook order (inactive ones last)."""
    query = select(*[codes.c[name] for name in CodeRow.__dataclass_fields__]).order_by(
        codes.c.active.desc(), codes.c.position)
    if not include_inactive:
        query = query.where(codes.c.active.is_(True))
    return [CodeRow(**row._mapping) for row in conn.execute(query)]


def resolve_code(conn: Connection, ref: str, include_inactive: bool = True) -> CodeRow:
    """Find a code by path (``interfaces/basisteam``) or by its bare id (``basisteam``)."""
    ref = ref.strip().strip("/")
    rows = load_codes(conn, include_inactive=include_inactive)
    for row in rows:
        if row.path == ref:
            return row
    matches = [row for row in rows if row.code_key == ref]
    if len(matches) == 1:
        return matches[0]
    raise QdaError(f"unknown code '{ref}'" if not matches else f"ambiguous code '{ref}': use its full path")


def sync_codebook(conn: Connection, codebook: Codebook) -> dict[str, Any]:
    """Make the database's codes match ``codebook``; return what changed."""
    existing = {row.code_key: row for row in load_codes(conn, include_inactive=True)}
    added: list[str] = []
    updated: list[str] = []
    deactivated: list[str] = []
    kept_codings = 0
    ids: dict[str, int] = {}
    conn.execute(update(codes).values(position=codes.c.position + 100_000))
    for position, (code, parent) in enumerate(codebook.walk()):
        values = {
            "path": code.path, "code_key": code.id, "parent_id": ids.get(parent.id) if parent else None,
            "label": code.label, "label_en": code.label_en, "definition": code.definition,
            "anchor_examples": code.anchor_examples, "coding_rules": code.coding_rules,
            "keywords": code.keywords, "exclude": code.exclude, "questions": code.questions,
            "color": code.color, "position": position, "active": True,
        }
        old = existing.pop(code.id, None)
        if old is None:
            _free_path(conn, code.path)
            ids[code.id] = inserted_id(conn.execute(insert(codes).values(**values)))
            added.append(code.path)
        else:
            if old.path != code.path:
                _free_path(conn, code.path)
            conn.execute(update(codes).where(codes.c.id == old.id).values(**values))
            ids[code.id] = old.id
            updated.append(code.path)
    for gone in existing.values():
        if gone.active:
            conn.execute(update(codes).where(codes.c.id == gone.id).values(active=False))
            deactivated.append(gone.path)
            kept_codings += _count_codings(conn, gone.id)
    conn.execute(delete(settings).where(settings.c.key.in_(("codebook", FEATURES_KEY))))
    conn.execute(insert(settings).values(key="codebook", value={
        "name": codebook.name, "name_en": codebook.name_en, "language": codebook.language,
        "description": codebook.description}))
    conn.execute(insert(settings).values(key=FEATURES_KEY, value=[asdict(f) for f in codebook.features()]))
    return {"added": added, "updated": updated, "deactivated": deactivated, "kept_codings": kept_codings}


FEATURES_KEY = "features"


def load_features(conn: Connection) -> list[Feature]:
    """The features of the loaded codebook in codebook order (kept as one settings entry: they
    are read whole, and findings refer to them by their stable id)."""
    stored = conn.execute(select(settings.c.value).where(settings.c.key == FEATURES_KEY)).scalar() or []
    return [Feature(**{**item, "values": [FeatureValue(**value) for value in item["values"]]}) for item in stored]


def _free_path(conn: Connection, path: str) -> None:
    """An inactive code may still hold a path a new code wants: move it aside."""
    conn.execute(update(codes).where(codes.c.path == path, codes.c.active.is_(False))
                 .values(path=codes.c.path + "~" + codes.c.id.cast(codes.c.path.type)))


def _count_codings(conn: Connection, code_id: int) -> int:
    return len(conn.execute(select(codings.c.id).where(codings.c.code_id == code_id)).all())


REQUIRED_FOR_CODING = ("definition", "anchor_examples", "coding_rules")
FREE_VALUES = {"flag": "yes, no", "text": "a short phrase"}  # the values of features without a value list


def code_rows(conn: Connection, include_inactive: bool = False) -> list[dict[str, Any]]:
    """The codes in codebook order with their number of codings (``qda codebook show``)."""
    counted = conn.execute(select(codings.c.code_id, func.count()).group_by(codings.c.code_id))
    counts = {code_id: number for code_id, number in counted}
    return [
        {"path": c.path, "label": c.label, "label_en": c.label_en, "color": c.color,
         "codings": counts.get(c.id, 0), "active": c.active, "definition": c.definition,
         "anchor_examples": c.anchor_examples, "coding_rules": c.coding_rules, "keywords": c.keywords}
        for c in load_codes(conn, include_inactive=include_inactive)
    ]


def codebook_problems(conn: Connection) -> tuple[list[str], int]:
    """What keeps the project's codebook from being coded with, and its number of active codes:
    an active code without definition, anchor examples or coding rules; a code dropped from the
    codebook that still holds codings; no codebook at all."""
    rows = code_rows(conn, include_inactive=True)
    problems = [f"code '{r['path']}' has no {field.replace('_', ' ')}"
                for r in rows if r["active"] for field in REQUIRED_FOR_CODING if not r[field]]
    problems += [f"code '{r['path']}' is no longer in the codebook but holds {r['codings']} codings"
                 for r in rows if not r["active"] and r["codings"]]
    if not rows:
        problems.append("no codebook loaded: run 'qda codebook load FILE'")
    return problems, len([r for r in rows if r["active"]])


def feature_rows(conn: Connection) -> list[dict[str, Any]]:
    """The features with their allowed values in one line (``qda codebook features``)."""
    return [{"id": f.id, "kind": f.kind, "code": f.code, "label": f.label, "label_en": f.label_en,
             "values": FREE_VALUES.get(f.kind) or ", ".join(
                 f"{v.id}={v.symbol or v.label}" if f.kind == "rating" else v.id for v in f.values)}
            for f in load_features(conn)]


def codebook_info(conn: Connection) -> dict[str, Any]:
    value = conn.execute(select(settings.c.value).where(settings.c.key == "codebook")).scalar()
    return value or {"name": None, "language": None, "description": None}


def rename_code(conn: Connection, old_ref: str, new_path: str) -> CodeRow:
    """Give a code a new id or place in the tree; its codings, memos and children go with it."""
    code = resolve_code(conn, old_ref)
    new_path = new_path.strip().strip("/")
    parent_path, _, new_key = new_path.rpartition("/")
    if any(row.path == new_path for row in load_codes(conn, include_inactive=True)):
        raise QdaError(f"code '{new_path}' already exists: use 'qda codebook merge {code.path} {new_path}'")
    parent_id = resolve_code(conn, parent_path).id if parent_path else None
    if parent_id is not None and (parent_id == code.id
                                  or resolve_code(conn, parent_path).path.startswith(code.path + "/")):
        raise QdaError(f"cannot move '{code.path}' below itself")
    for row in load_codes(conn, include_inactive=True):
        if row.path.startswith(code.path + "/"):
            conn.execute(update(codes).where(codes.c.id == row.id).values(path=new_path + row.path[len(code.path):]))
    conn.execute(update(codes).where(codes.c.id == code.id).values(path=new_path, code_key=new_key,
                                                                   parent_id=parent_id))
    return resolve_code(conn, new_path)


def merge_codes(conn: Connection, source_ref: str, target_ref: str) -> int:
    """Move everything coded with ``source`` to ``target`` and remove ``source``; return the
    number of codings moved. A coding the target already has is not duplicated: the source's
    memo is added to the target's and a key quote stays one; a site summary of both codes is
    joined the same way."""
    source, target = resolve_code(conn, source_ref), resolve_code(conn, target_ref)
    if source.id == target.id:
        raise QdaError("cannot merge a code into itself")
    if target.path.startswith(source.path + "/"):
        raise QdaError(f"cannot merge '{source.path}' into its own child '{target.path}'")
    moved = 0
    for coding in conn.execute(select(codings).where(codings.c.code_id == source.id)).all():
        duplicate = conn.execute(select(codings.c.id, codings.c.memo, codings.c.key_quote).where(
            codings.c.segment_id == coding.segment_id, codings.c.code_id == target.id,
            codings.c.coder == coding.coder, codings.c.char_start == coding.char_start,
            codings.c.char_end == coding.char_end)).first()
        if duplicate:
            conn.execute(delete(codings).where(codings.c.id == coding.id))
            conn.execute(update(codings).where(codings.c.id == duplicate.id).values(
                memo=_joined_text(duplicate.memo, coding.memo), key_quote=duplicate.key_quote or coding.key_quote))
        else:
            conn.execute(update(codings).where(codings.c.id == coding.id).values(code_id=target.id))
            moved += 1
    conn.execute(update(memos).where(memos.c.code_id == source.id).values(code_id=target.id))
    _move_unique(conn, suggestion_decisions, source.id, target.id, ("segment_id", "coder"))
    _move_unique(conn, summaries, source.id, target.id, ("site",), _join_summaries)
    for child in load_codes(conn, include_inactive=True):
        if child.parent_id == source.id:
            rename_code(conn, child.path, f"{target.path}/{child.code_key}")
    conn.execute(delete(codes).where(codes.c.id == source.id))
    return moved


def _joined_text(kept: str | None, added: str | None) -> str | None:
    """Two texts about the same thing as one, neither lost nor repeated."""
    if not added or added.strip() in (kept or ""):
        return kept
    if not kept:
        return added
    return f"{kept}\n\n{added}"


def _join_summaries(kept, added) -> dict[str, Any]:
    authors = list(dict.fromkeys(f"{kept.author}, {added.author}".split(", ")))
    return {"text": _joined_text(kept.text, added.text), "author": ", ".join(authors)[:100],
            "updated_at": max(kept.updated_at, added.updated_at)}


def _move_unique(conn: Connection, table, source_id: int, target_id: int, key: tuple[str, ...],
                 join: Callable[[Any, Any], dict[str, Any]] | None = None) -> None:
    """Re-point rows at the target code; where the target already has a row with the same key,
    ``join`` (kept row, source row) gives the kept row's new values, else the source row goes."""
    for row in conn.execute(select(table).where(table.c.code_id == source_id)).all():
        clash = conn.execute(select(table).where(
            table.c.code_id == target_id, *[table.c[k] == getattr(row, k) for k in key])).first()
        if clash:
            conn.execute(delete(table).where(table.c.id == row.id))
            if join:
                conn.execute(update(table).where(table.c.id == clash.id).values(**join(clash, row)))
        else:
            conn.execute(update(table).where(table.c.id == row.id).values(code_id=target_id))
