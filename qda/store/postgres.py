"""PostgreSQL session setup: UTC, and timestamps handed back as naive UTC datetimes.

SQLite returns stored times without a zone; returning the same from PostgreSQL keeps every
listing, export and fingerprint identical on both engines whatever the server's time zone.
"""

from __future__ import annotations

import datetime as dt

from psycopg.types.datetime import TimestamptzBinaryLoader, TimestamptzLoader

SESSION_OPTIONS = {"options": "-c timezone=UTC"}


class _NaiveUtc:
    def load(self, data):
        return super().load(data).astimezone(dt.timezone.utc).replace(tzinfo=None)


class _NaiveUtcLoader(_NaiveUtc, TimestamptzLoader):
    pass


class _NaiveUtcBinaryLoader(_NaiveUtc, TimestamptzBinaryLoader):
    pass


def on_connect(dbapi_connection, _record) -> None:
    """Engine ``connect`` listener: load ``timestamptz`` as naive UTC."""
    dbapi_connection.adapters.register_loader("timestamptz", _NaiveUtcLoader)
    dbapi_connection.adapters.register_loader("timestamptz", _NaiveUtcBinaryLoader)
