"""The store: SQLAlchemy models, history of every change, sessions and migrations."""

from partpath.store.base import AppendOnly, Base, Revision, Versioned, new_id
from partpath.store.session import Store, init_store, open_store

__all__ = [
    "AppendOnly",
    "Base",
    "Revision",
    "Store",
    "Versioned",
    "init_store",
    "new_id",
    "open_store",
]
