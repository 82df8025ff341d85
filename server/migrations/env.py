"""Alembic environment of the central server: runs on the connection handed over by server.migrate."""

from alembic import context

from server.models import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table="loket_server_version")
with context.begin_transaction():
    context.run_migrations()
