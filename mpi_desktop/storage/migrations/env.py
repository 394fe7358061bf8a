"""Alembic runs only inside the program, on the connection `storage.schema` hands it."""

from alembic import context

from mpi_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
