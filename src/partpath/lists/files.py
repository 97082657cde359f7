"""Reading list files: decoding, CSV rows with their line numbers, XML records with theirs.

Every failure becomes a :class:`ListFormatError` naming the file and the line or
element, never a bare ``UnicodeDecodeError``, ``csv.Error`` or ``ParseError``.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from partpath.lists.errors import ListFormatError

END_OF_FILE = b"\x1a"
"""DOS end-of-file mark (Ctrl-Z) that OFAC's legacy files end with."""


def read_raw(path: Path) -> bytes:
    """The file's bytes as they are (to store unaltered); refuse a missing file."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ListFormatError(path, "", f"cannot read the file ({exc.strerror})") from exc


def read_bytes(path: Path) -> bytes:
    """The file's bytes without a trailing 0x1A; refuse a missing or empty file."""
    data = read_raw(path).rstrip(END_OF_FILE)
    if not data.strip():
        raise ListFormatError(path, "", "the file is empty")
    return data


def read_text(path: Path) -> str:
    """The file decoded as UTF-8 (with or without BOM), else as Windows-1252."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = (
            f"byte 0x{data[exc.start]:02X} at offset {exc.start} is neither UTF-8 "
            "nor Windows-1252 text"
        )
        raise ListFormatError(path, f"line {line}", problem) from exc


def csv_rows(path: Path, text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Each non-blank CSV record with the line number it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ListFormatError(path, f"line {start}", f"malformed CSV ({exc})") from exc


def expect_columns(path: Path, line: int, cells: list[str], count: int) -> None:
    """Refuse a row that does not have the format's number of columns."""
    if len(cells) != count:
        problem = f"expected {count} columns, found {len(cells)}"
        raise ListFormatError(path, f"line {line}", problem)


@dataclass(frozen=True, slots=True)
class XmlRecord:
    """One record element of an XML list, namespaces stripped, with where it starts."""

    element: ET.Element
    line: int
    where: str
    """e.g. "line 10353, INDIVIDUAL[245]"."""


def local_name(tag: str) -> str:
    """An element tag without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1]


class _RecordReader:
    """Pulls record elements out of an XML file line by line, keeping memory flat."""

    def __init__(self, path: Path, root: str, records: frozenset[str]) -> None:
        self.path, self.root, self.records = path, root, records
        self.parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
        self.stack: list[ET.Element] = []
        self.counts: dict[str, int] = {}
        self.open_record = ""

    def run(self) -> Iterator[XmlRecord]:
        """Feed the file line by line; yield each record as soon as it is complete."""
        data = read_bytes(self.path)
        line = 0
        for line, chunk in enumerate(io.BytesIO(data), 1):
            self._feed(chunk, line)
            yield from self._events(line)
        self._close(line)
        if not self.counts:
            expected = " or ".join(f"<{tag}>" for tag in sorted(self.records))
            raise ListFormatError(self.path, "", f"no {expected} records in the file")

    def _feed(self, chunk: bytes, line: int) -> None:
        try:
            self.parser.feed(chunk)
        except ET.ParseError as exc:
            raise self._error(exc, line) from exc
        except (LookupError, ValueError) as exc:
            # expat's answer to an encoding it does not know or cannot read (multi-byte)
            problem = f"the XML declares an encoding that cannot be read ({exc})"
            raise ListFormatError(self.path, f"line {line}", problem) from exc

    def _close(self, line: int) -> None:
        try:
            self.parser.close()
        except ET.ParseError as exc:
            raise self._error(exc, line, "the XML ends early (truncated?)") from exc

    def _error(self, exc: ET.ParseError, line: int, hint: str = "") -> ListFormatError:
        at_line, column = getattr(exc, "position", (line, 0))
        inside = f" inside {self.open_record}" if self.open_record else ""
        problem = f"malformed XML ({hint or exc}){inside}"
        return ListFormatError(self.path, f"line {at_line}, column {column}", problem)

    def _events(self, line: int) -> Iterator[XmlRecord]:
        try:
            events = list(self.parser.read_events())
        except ET.ParseError as exc:  # the pull parser re-raises feed errors here
            raise self._error(exc, line) from exc
        for item in events:
            event, element = item[0], item[-1]
            if not isinstance(element, ET.Element):
                continue  # only start and end events were asked for
            if event == "start":
                self._start(element, local_name(element.tag), line)
            else:
                yield from self._end(element, local_name(element.tag))

    def _start(self, element: ET.Element, tag: str, line: int) -> None:
        if not self.stack and tag != self.root:
            problem = f"expected the root element <{self.root}>, found <{tag}>"
            raise ListFormatError(self.path, f"line {line}", problem)
        self.stack.append(element)
        if tag in self.records:
            index = self.counts[tag] = self.counts.get(tag, 0) + 1
            self.open_record = f"{tag}[{index}] that starts on line {line}"
            element.set("__where__", f"line {line}, {tag}[{index}]")

    def _end(self, element: ET.Element, tag: str) -> Iterator[XmlRecord]:
        element.tag = tag
        self.stack.pop()
        if tag not in self.records:
            return
        where = element.attrib.pop("__where__")
        line = int(where.split(",")[0].removeprefix("line "))
        yield XmlRecord(element, line, where)
        self.open_record = ""
        if self.stack:
            self.stack[-1].remove(element)


def xml_records(path: Path, root: str, records: frozenset[str]) -> Iterator[XmlRecord]:
    """The record elements (e.g. INDIVIDUAL, ENTITY) of an XML list, in file order."""
    return _RecordReader(path, root, records).run()


def child_text(element: ET.Element, path: str) -> str | None:
    """The stripped text at ``path`` under ``element``, None when absent or blank."""
    text = element.findtext(path)
    if text is None:
        return None
    return text.strip() or None


def children_text(element: ET.Element, path: str) -> list[str]:
    """The stripped, non-blank texts of every element at ``path``."""
    texts = (found.text.strip() for found in element.iterfind(path) if found.text)
    return [text for text in texts if text]


def as_paths(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """One path, several, or a directory (its files, sorted), as a list of paths."""
    given = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
    found: list[Path] = []
    for path in given:
        if path.is_dir():
            found.extend(sorted(child for child in path.iterdir() if child.is_file()))
        else:
            found.append(path)
    return found
