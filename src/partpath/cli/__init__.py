"""The ``partpath`` command line: a thin face over the library, one module per domain."""

from partpath.cli import evidence, markings, reports  # noqa: F401 (each registers its commands)
from partpath.cli.base import app

__all__ = ["app"]
