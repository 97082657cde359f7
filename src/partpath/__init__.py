"""partpath: trace the foreign-made parts in recovered weapons to their makers and routes."""

__version__ = "0.1.0"
