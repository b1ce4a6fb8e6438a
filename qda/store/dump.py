"""A portable snapshot of a project database: JSON Lines, one header line, then one line per row.

The snapshot names its schema revision and holds plain JSON values (times as ISO text, binary as
base64), so it moves a project between SQLite and PostgreSQL and between qda versions: a restore
builds the dump's revision in the (empty) target, loads the rows and then upgrades to the newest
revision, all in one transaction. The tables are read from the database itself, so a project
whose schema is behind can be saved before ``qda db upgrade``.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from sqlalchemy import Connection, DateTime, Engine, LargeBinary, MetaData, Table, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from qda import __version__
from qda.errors import QdaError
from qda.store.migrate import (
    VERSION_TABLE,
    known_revisions,
    recreate_connection,
    schema_state,
    schema_transaction,
    upgrade_connection,
)

FORMAT = "qda-dump"
FORMAT_VERSION = 1
BATCH = 1000
READ_BATCH = 100  # rows fetched at a time: a document row holds its whole text
BATCH_CHARACTERS = 2_000_000  # rows inserted at a time: at most BATCH, and about this much text


def _tables(conn: Connection) -> list[Table]:
    """The project's tables as they are in the database, parents before children."""
    reflected = MetaData()
    reflected.reflect(conn)
    return [table for table in reflected.sorted_tables if table.name != VERSION_TABLE]


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows per table, parents before children."""
    return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one() for table in _tables(conn)}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def dump(engine: Engine, out: IO[str]) -> dict[str, int]:
    """Write every row of every table to ``out`` from one consistent snapshot; return row counts.
    Rows are read in batches (a server-side cursor on PostgreSQL), so memory stays flat."""
    with _snapshot(engine) as conn:
        state = schema_state(conn)
        if state.empty:
            raise QdaError("the database has no tables: nothing to dump")
        tables = _tables(conn)
        counts = row_counts(conn)
        header = {"format": FORMAT, "format_version": FORMAT_VERSION, "revision": state.current,
                  "engine": engine.dialect.name, "qda": __version__,
                  "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "rows": counts}
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for table in tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in conn.execute(select(table).order_by(*order).execution_options(yield_per=READ_BATCH)):
                line = {"table": table.name, "row": {key: _plain(value) for key, value in row._mapping.items()}}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return counts


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees one moment: SQLite's implicit (deferred) read transaction in
    WAL mode does, without blocking writers; PostgreSQL needs REPEATABLE READ for it."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        yield conn


def restore(engine: Engine, source: IO[str], name: str = "dump") -> dict[str, int]:
    """Load a dump into an empty database, then upgrade it; nothing is written if anything fails.
    Rows are read line by line and inserted in batches of bounded size, so memory stays flat."""
    header = _read_header(source.readline(), name)
    try:
        with schema_transaction(engine) as conn:
            _require_empty(conn)
            recreate_connection(conn, header["revision"])
            loaded = _load_rows(conn, _rows(source, name), {table.name: table for table in _tables(conn)}, name)
            if loaded != {table: count for table, count in header["rows"].items() if count}:
                raise QdaError(f"the dump is incomplete: rows per table {dict(loaded)} do not match its header", name)
            upgrade_connection(conn)
    except IntegrityError as error:
        reason = str(error.orig).strip().splitlines()[0]
        raise QdaError(f"the dump's rows break the database's rules ({reason}); nothing was restored", name) from None
    return {table: loaded[table] for table in header["rows"]}


def _read_header(line: str, name: str) -> dict[str, Any]:
    try:
        header = json.loads(line)
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise QdaError("not a qda dump (the first line is not a qda-dump header)", name, 1)
    if header.get("format_version") != FORMAT_VERSION or header.get("revision") not in known_revisions():
        raise QdaError(f"the dump (format {header.get('format_version')}, schema revision {header.get('revision')}) "
                       "was made by a newer qda: update qda", name, 1)
    return header


def _require_empty(conn: Connection) -> None:
    if schema_state(conn).empty:
        return
    filled = [table for table, count in row_counts(conn).items() if count]
    if filled:
        raise QdaError(f"the target database is not empty ({', '.join(filled)}): restore into a new project "
                       "(qda init DIR [--database URL]) or an empty database")


def _rows(source: IO[str], name: str) -> Iterator[tuple[int, str, dict[str, Any], int]]:
    """(line number, table, row, length of the line) of each row line."""
    for number, line in enumerate(source, start=2):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            yield number, item["table"], item["row"], len(line)
        except (json.JSONDecodeError, KeyError, TypeError):
            raise QdaError("not a dump row (expected {\"table\": ..., \"row\": {...}})", name, number) from None


def _load_rows(conn: Connection, rows, tables: dict[str, Table], name: str) -> Counter:
    loaded: Counter = Counter()
    batch: list[dict[str, Any]] = []
    batch_size = 0
    current: Table | None = None
    deferred: list[tuple[Table, dict[str, Any]]] = []
    for number, table_name, row, size in rows:
        table = tables.get(table_name)
        if table is None:
            raise QdaError(f"unknown table '{table_name}' for this schema revision", name, number)
        if table is not current:
            _flush(conn, current, batch)
            current, batch, batch_size = table, [], 0
        values, later = _split_self_references(table, _typed(table, row, name, number))
        batch.append(values)
        batch_size += size
        if later:
            deferred.append((table, later))
        if len(batch) >= BATCH or batch_size >= BATCH_CHARACTERS:
            _flush(conn, current, batch)
            batch, batch_size = [], 0
        loaded[table_name] += 1
    _flush(conn, current, batch)
    for table, values in deferred:
        key = {column.name: values.pop(column.name) for column in table.primary_key.columns}
        conn.execute(update(table).where(*[table.c[k] == v for k, v in key.items()]).values(**values))
    _reset_sequences(conn, tables.values())
    return loaded


def _typed(table: Table, row: dict[str, Any], name: str, number: int) -> dict[str, Any]:
    """Row values as the target columns want them (times and bytes back from their JSON text)."""
    unknown = set(row) - set(table.columns.keys())
    if unknown:
        raise QdaError(f"table '{table.name}' has no column {', '.join(sorted(unknown))}", name, number)
    values = {}
    for key, value in row.items():
        column_type = table.c[key].type
        try:
            if value is not None and isinstance(column_type, DateTime):
                value = dt.datetime.fromisoformat(value)
            elif value is not None and isinstance(column_type, LargeBinary):
                value = base64.b64decode(value, validate=True)
        except (TypeError, ValueError) as error:
            raise QdaError(f"{table.name}.{key}: {error}", name, number) from None
        values[key] = value
    return values


def _split_self_references(table: Table, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A row may point at a later row of its own table (a code's parent): set those links after."""
    later = {}
    for key in table.foreign_keys:
        column = key.parent.name
        if key.column.table is table and values.get(column) is not None:
            later[column] = values[column]
            values = {**values, column: None}
    if later:
        later.update({column.name: values[column.name] for column in table.primary_key.columns})
    return values, later


def _flush(conn: Connection, table: Table | None, batch: list[dict[str, Any]]) -> None:
    if table is not None and batch:
        conn.execute(insert(table), batch)


def _reset_sequences(conn: Connection, tables) -> None:
    """Rows came with their ids: PostgreSQL's id sequences must continue after the largest."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" in table.c and table.c.id.primary_key:
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), COALESCE(MAX(id), 1), "
                f"MAX(id) IS NOT NULL) FROM {table.name}"))


def dump_file(engine: Engine, path: Path) -> dict[str, int]:
    """:func:`dump` to ``path``, written under a temporary name and renamed when complete."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as out:
            counts = dump(engine, out)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return counts


def restore_file(engine: Engine, path: Path) -> dict[str, int]:
    """:func:`restore` from ``path``."""
    if not path.is_file():
        raise QdaError("no such file", path)
    try:
        with path.open(encoding="utf-8") as source:
            return restore(engine, source, str(path))
    except UnicodeDecodeError:
        raise QdaError("not a qda dump (not UTF-8 text)", path) from None
