"""Alembic environment, run only from :mod:`qda.store.migrate` with an open connection.

There is no alembic.ini: qda builds the configuration in code and hands over a connection that
is already inside a transaction, so a migration run is all or nothing.
"""

from alembic import context

from qda.store.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
