"""Alembic environment of the central jobcenter's database (issue 19 point 7). Migrations run
in code (`fremskudt-central upgrade`, app/sync/central_schema.py) on the connection handed
over in `config.attributes["connection"]`, for SQLite (SQLCipher) and PostgreSQL alike."""

from __future__ import annotations

from alembic import context

from app.sync.central_schema import central_metadata

target_metadata = central_metadata()


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("central migrations run only in code, on an open connection")
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
