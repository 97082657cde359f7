"""Dependencies shared by the routers: the open store and a session per request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from partpath.store import Store


def get_store(request: Request) -> Store:
    """The store the app opened at startup."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def get_session(
    store: StoreDep,
    x_partpath_user: Annotated[
        str | None, Header(description="who is acting; default: the server's configured user")
    ] = None,
) -> Iterator[Session]:
    """A session that commits when the route succeeds, logging changes under the actor."""
    with store.session(actor=(x_partpath_user or "").strip() or None) as session:
        yield session


# scope="function": commit before the response is sent, so a failed commit is reported.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
