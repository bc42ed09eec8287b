"""Alembic environment. Migrations run in code at start-up (app.db.migrate) on the open,
encrypted connection handed over in `config.attributes["connection"]`."""

from __future__ import annotations

from alembic import context

from app.db.models import Base
from app.db.types import Hours, UtcDateTime, ValueEnum

target_metadata = Base.metadata


def render_item(type_, obj, autogen_context):
    """Render our column types as the plain types they store, so migrations stay stable."""
    if type_ == "type":
        if isinstance(obj, ValueEnum):
            return "sa.String(length=32)"
        if isinstance(obj, UtcDateTime):
            return "sa.DateTime()"
        if isinstance(obj, Hours):
            return "sa.Integer()"
    return False


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run only in code, on an open store connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
