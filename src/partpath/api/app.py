"""The FastAPI application: the store opened at startup, one table of error handlers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from partpath import __version__
from partpath.api import cases, graph, items, lists, markings, photos, reports, screening
from partpath.config import Settings, load_settings
from partpath.exc import PartpathError
from partpath.store import open_store

ROUTERS = [
    cases.router,
    items.router,
    photos.router,
    markings.router,
    reports.router,
    screening.router,
    lists.router,
    graph.router,
]


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    store = open_store(app.state.settings)
    app.state.store = store
    try:
        yield
    finally:
        store.close()


async def _partpath_error(request: Request, error: Exception) -> Response:
    status = error.status_code if isinstance(error, PartpathError) else 500
    return JSONResponse({"detail": str(error)}, status_code=status)


async def _invalid_request(request: Request, error: Exception) -> Response:
    problems = error.errors() if isinstance(error, RequestValidationError) else []
    detail = "; ".join(f"{'.'.join(map(str, p['loc']))}: {p['msg']}" for p in problems)
    return JSONResponse({"detail": detail or "invalid request"}, status_code=422)


async def _unexpected(request: Request, error: Exception) -> Response:
    # The server still logs the traceback (Starlette re-raises after this reply).
    detail = f"unexpected server error ({type(error).__name__}); see the server log"
    return JSONResponse({"detail": detail}, status_code=500)


ErrorHandler = Callable[[Request, Any], Coroutine[Any, Any, Response]]

ERROR_HANDLERS: dict[int | type[Exception], ErrorHandler] = {
    PartpathError: _partpath_error,  # each subclass carries its own status_code
    RequestValidationError: _invalid_request,
    Exception: _unexpected,
}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The partpath API over the store in ``settings`` (default: from the environment).

    The store is opened when the app starts and closed when it stops; the
    OpenAPI documentation is served at ``/docs``.
    """
    app = FastAPI(
        title="partpath",
        version=__version__,
        docs_url="/docs",
        lifespan=_lifespan,
        exception_handlers=ERROR_HANDLERS,
    )
    app.state.settings = settings or load_settings()
    for router in ROUTERS:
        app.include_router(router)
    return app
