"""The project database: schema (SQLAlchemy Core), engines for SQLite and PostgreSQL, migrations
(:mod:`qda.store.migrate`) and portable snapshots (:mod:`qda.store.dump`)."""

from qda.store.db import connect, run_write, transaction
from qda.store.schema import metadata

__all__ = ["connect", "run_write", "transaction", "metadata"]
