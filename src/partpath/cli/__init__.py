"""The ``partpath`` command line: a thin face over the library, one module per domain."""

# Each module registers its commands when imported.
from partpath.cli import evidence, graph, lists, markings, reports, screening, trade  # noqa: F401
from partpath.cli.base import app

__all__ = ["app"]
