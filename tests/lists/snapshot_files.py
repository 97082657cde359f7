"""Small list files the snapshot tests write: OFAC legacy CSV (invented entries) in the
publisher's layout (no header, quoted text, ``-0-`` for empty, CRLF, a final 0x1A)."""

from __future__ import annotations

from pathlib import Path

EMPTY = "-0- "


def _line(cells: list[str | int | None]) -> str:
    return ",".join(
        EMPTY if c is None else str(c) if isinstance(c, int) else f'"{c}"' for c in cells
    )


def write_ofac_csv(
    folder: Path, names: dict[int, str], prefix: str = "", aliases: dict[int, str] | None = None
) -> list[Path]:
    """sdn.csv, alt.csv and add.csv (or cons_prim/alt/add.csv with ``prefix="cons_"``) in
    ``folder``, one entity per ``names`` item; returns their paths (no alt file without
    aliases: OFAC's reader refuses an empty file)."""
    folder.mkdir(parents=True, exist_ok=True)
    primary = [
        _line([num, name, None, "RUSSIA-EO14024", None, None, None, None, None, None, None, None])
        for num, name in names.items()
    ]
    alt = [_line([num, num * 10, "aka", alias, None]) for num, alias in (aliases or {}).items()]
    add = [_line([num, num * 10 + 1, "ul. Lenina 1", "Moscow", "Russia", None]) for num in names]
    files = {
        ("cons_prim.csv" if prefix else "sdn.csv"): primary,
        f"{prefix}alt.csv": alt,
        f"{prefix}add.csv": add,
    }
    paths = []
    for name, lines in files.items():
        if not lines:
            continue
        path = folder / name
        path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252") + b"\x1a")
        paths.append(path)
    return paths
