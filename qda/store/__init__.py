"""The project database: schema (SQLAlchemy Core) and engine setup for SQLite and PostgreSQL."""

from qda.store.db import connect, transaction
from qda.store.schema import metadata

__all__ = ["connect", "transaction", "metadata"]
