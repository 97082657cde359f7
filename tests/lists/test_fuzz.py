"""Whatever bytes a list file holds, a loader yields entries or a ListFormatError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partpath.lists import ListFormatError, load_list
from tests.conftest import FIXTURES

CSV_PIECES = st.sampled_from(
    [b"36", b",", b'"', b"-0- ", b"\r\n", b"\n", b"individual", b"vessel", b"SDGT] [IFSR",
     b"DOB 1962", b"circa 19", b" to ", b"; ", b"a.k.a. '", b"'", b"Tax ID No. 77", b" (Russia)",
     b"\x1a", b"\x81", b"\xe9", b"\x00", b"Passport ", b"POB Giza, Egypt"]
)  # fmt: skip
REMARK_PIECES = st.sampled_from(
    ["DOB ", "alt. DOB ", "circa ", "POB ", "nationality ", "citizen ", "Gender ", "a.k.a. '",
     "f.k.a. '", "'", "Passport ", "Tax ID No. ", "Registration Number ", " (Russia)", " (",
     ")", " to ", "10 Dec 1948", "1962", "Mar 1945", "00/00/1959", "IMO ", "Vessel Registration "
     "Identification ", "issued ", "; ", ";", ".", ",", "Korea, North", "Région",
     "\u041e\u041e\u041e"]
)  # fmt: skip


@st.composite
def ofac_rows(draw: st.DrawFn) -> bytes:
    """A sdn.csv row of 12 cells whose remarks are random pieces of real remarks."""
    remarks = "".join(draw(st.lists(REMARK_PIECES | st.text(max_size=5), max_size=25)))
    cells = [
        str(draw(st.integers(min_value=0, max_value=99999))),
        draw(st.text(min_size=0, max_size=12)),
        draw(st.sampled_from(["-0- ", "individual", "vessel", "aircraft"])),
        draw(st.sampled_from(["SDGT", "SDGT] [IFSR", "-0- "])),
        *["-0- "] * 7,
        remarks,
    ]
    quoted = ['"' + cell.replace('"', '""') + '"' for cell in cells]
    return (",".join(quoted) + "\r\n").encode("utf-8")


EU_SAMPLE = (FIXTURES / "lists" / "eu_fsf_sample.xml").read_bytes()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for every example (hypothesis runs many examples per test)."""
    return tmp_path_factory.mktemp("fuzz")


def load_or_refuse(format_name: str, path: Path, data: bytes) -> None:
    """Write the bytes and load them; only a ListFormatError may escape."""
    path.write_bytes(data)
    try:
        entities = load_list(format_name, path)
    except ListFormatError as error:
        assert str(error).startswith(str(path))
    else:
        assert all(entity.entry_id and entity.names for entity in entities)


@settings(max_examples=300, deadline=None)
@given(
    data=st.binary(max_size=400)
    | st.lists(CSV_PIECES, max_size=60).map(b"".join)
    | st.lists(ofac_rows(), min_size=1, max_size=3).map(b"".join)
)
def test_ofac_csv_random_bytes(folder: Path, data: bytes) -> None:
    load_or_refuse("ofac_csv", folder / "sdn.csv", data)


@settings(max_examples=200, deadline=None)
@given(
    cut=st.integers(min_value=0, max_value=len(EU_SAMPLE)),
    noise=st.binary(max_size=8),
    keep=st.integers(min_value=0, max_value=len(EU_SAMPLE)),
)
def test_eu_xml_cut_and_spliced(folder: Path, cut: int, noise: bytes, keep: int) -> None:
    data = EU_SAMPLE[:cut] + noise + EU_SAMPLE[max(cut, keep) :]
    load_or_refuse("eu_xml", folder / "eu.xml", data)
