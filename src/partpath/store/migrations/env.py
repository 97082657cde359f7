"""Alembic environment: runs migrations on the engine that partpath hands over."""

from __future__ import annotations

from alembic import context

import partpath.store.evidence
import partpath.store.graph
import partpath.store.lists
import partpath.store.markings
import partpath.store.trade  # noqa: F401  (each registers its tables)
from partpath.store.base import Base

target_metadata = Base.metadata
engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
