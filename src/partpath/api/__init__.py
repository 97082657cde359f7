"""The HTTP API: FastAPI routers over the library, one per domain package."""

from partpath.api.app import create_app

__all__ = ["create_app"]
