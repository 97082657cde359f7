"""Truncated, malformed, mis-encoded and empty list files: a ListFormatError that names
the file and the record, never a bare traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from partpath.exc import InvalidInput
from partpath.lists import FORMATS, ListFormatError, load_list
from tests.conftest import FIXTURES

LISTS = FIXTURES / "lists"
SDN_ROW = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
NAMES = {
    "ofac_csv": "sdn.csv",
    "ofac_xml": "sdn.xml",
    "un_xml": "consolidated.xml",
    "eu_xml": "eu.xml",
    "uk_csv": "ConList.csv",
    "csl_csv": "csl.csv",
    "bis_dpl": "dpl.txt",
    "ftm_json": "entities.ftm.json",
}


def write(folder: Path, name: str, data: bytes) -> Path:
    """A file with the given bytes."""
    path = folder / name
    path.write_bytes(data)
    return path


def test_the_error_is_invalid_input_with_file_and_record(tmp_path: Path) -> None:
    path = write(tmp_path, "sdn.csv", b"36,only three,columns\r\n")
    with pytest.raises(ListFormatError) as caught:
        load_list("ofac_csv", path)
    assert isinstance(caught.value, InvalidInput)
    assert caught.value.status_code == 422
    assert str(caught.value) == f"{path}, line 1: expected 12 columns, found 3"


def test_ofac_csv_decodes_windows_1252_and_the_end_byte(tmp_path: Path) -> None:
    row = SDN_ROW.replace("AEROCARIBBEAN", "CAF\xc9 AEROCARIBE").encode("cp1252")
    (entity,) = load_list("ofac_csv", write(tmp_path, "sdn.csv", row + b"\x1a"))
    assert entity.caption == "CAFÉ AEROCARIBE AIRLINES"


def test_a_byte_that_is_neither_utf8_nor_cp1252(tmp_path: Path) -> None:
    data = SDN_ROW.encode() + b'37,"BAD \x81 BYTE",-0- ,"CUBA"\r\n'
    with pytest.raises(ListFormatError, match=r"sdn\.csv, line 2: byte 0x81 at offset \d+"):
        load_list("ofac_csv", write(tmp_path, "sdn.csv", data))


def test_csv_rows_with_a_wrong_column_count(tmp_path: Path) -> None:
    data = (SDN_ROW + '37,"SHORT ROW",-0- ,"CUBA"\r\n').encode()
    with pytest.raises(ListFormatError, match=r"sdn\.csv, line 2: expected 12 columns, found 4"):
        load_list("ofac_csv", write(tmp_path, "sdn.csv", data))
    conlist = (LISTS / "ConList.csv").read_bytes() + b"LATE,ROW,,\r\n"
    with pytest.raises(ListFormatError, match=r"ConList\.csv, line 10: expected 36 columns"):
        load_list("uk_csv", write(tmp_path, "ConList.csv", conlist))


def test_a_side_file_row_with_a_wrong_column_count(tmp_path: Path) -> None:
    write(tmp_path, "sdn.csv", SDN_ROW.encode())
    write(tmp_path, "alt.csv", b'36,12,"aka","AERO-CARIBBEAN"\r\n')
    with pytest.raises(ListFormatError, match=r"alt\.csv, line 1: expected 5 columns, found 4"):
        load_list("ofac_csv", tmp_path)


def test_an_unterminated_quote(tmp_path: Path) -> None:
    data = (SDN_ROW + '37,"NEVER CLOSED,-0- \r\n').encode()
    with pytest.raises(ListFormatError, match=r"sdn\.csv, line 2: malformed CSV"):
        load_list("ofac_csv", write(tmp_path, "sdn.csv", data))


def test_a_non_numeric_ent_num_and_an_unknown_type(tmp_path: Path) -> None:
    data = SDN_ROW.replace("36,", "X36,", 1).encode()
    with pytest.raises(ListFormatError, match="expected a numeric ent_num in column 1"):
        load_list("ofac_csv", write(tmp_path, "sdn.csv", data))
    data = SDN_ROW.replace("-0- ", '"robot"', 1).encode()
    with pytest.raises(ListFormatError, match="unknown SDN_Type 'robot'"):
        load_list("ofac_csv", write(tmp_path, "sdn.csv", data))


def test_a_truncated_xml_names_the_open_record(tmp_path: Path) -> None:
    text = (LISTS / "eu_fsf_sample.xml").read_bytes()
    cut = write(tmp_path, "eu.xml", text[: text.index(b"<nameAlias", text.index(b"900303"))])
    with pytest.raises(ListFormatError) as caught:
        load_list("eu_xml", cut)
    message = str(caught.value)
    assert message.startswith(f"{cut}, line 37, column")
    assert "the XML ends early (truncated?)" in message
    assert "inside sanctionEntity[3] that starts on line 32" in message


def test_a_truncated_real_un_list(tmp_path: Path, shared_data: Path) -> None:
    text = (shared_data / "lists" / "un" / "UN_consolidated.xml").read_bytes()
    cut = write(tmp_path, "UN_consolidated.xml", text[: len(text) // 2])
    with pytest.raises(ListFormatError, match=r"inside (INDIVIDUAL|ENTITY)\[\d+\] that starts"):
        load_list("un_xml", cut)


def test_malformed_xml_and_a_wrong_root(tmp_path: Path) -> None:
    broken = b'<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS><INDIVIDUAL>\n<<\n'
    with pytest.raises(ListFormatError, match=r"line 4, column \d+: malformed XML \(not well"):
        load_list("un_xml", write(tmp_path, "un.xml", broken))
    page = b"<html><body>Service unavailable</body></html>"
    with pytest.raises(ListFormatError, match="expected the root element <export>, found <html>"):
        load_list("eu_xml", write(tmp_path, "eu.xml", page))


def test_an_xml_record_without_its_id(tmp_path: Path) -> None:
    data = b"<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME>" + (
        b"<REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER></ENTITY>"
        b"<ENTITY><REFERENCE_NUMBER>QDe.2</REFERENCE_NUMBER></ENTITY>"
        b"</ENTITIES></CONSOLIDATED_LIST>"
    )
    with pytest.raises(ListFormatError, match=r"line 1, ENTITY\[2\]: expected <REFERENCE_NUMBER>"):
        load_list("un_xml", write(tmp_path, "un.xml", data))


@pytest.mark.parametrize("encoding", ["aUTF-8", "Shift_JIS"])
def test_an_xml_declaring_an_unreadable_encoding(tmp_path: Path, encoding: str) -> None:
    data = (LISTS / "eu_fsf_sample.xml").read_bytes().replace(b"UTF-8", encoding.encode(), 1)
    path = write(tmp_path, "eu.xml", data)
    with pytest.raises(ListFormatError, match=r"eu\.xml, line 1: the XML declares an encoding"):
        load_list("eu_xml", path)


def test_xml_with_no_records(tmp_path: Path) -> None:
    data = b"<sdnList><publshInformation/></sdnList>"
    with pytest.raises(ListFormatError, match=r"no <sdnEntry> records"):
        load_list("ofac_xml", write(tmp_path, "sdn.xml", data))


@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_an_empty_file(tmp_path: Path, format_name: str) -> None:
    path = write(tmp_path, NAMES[format_name], b"\x1a")
    with pytest.raises(ListFormatError, match=r": the file is empty$") as caught:
        load_list(format_name, path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize("format_name", ["csl_csv", "bis_dpl", "uk_csv"])
def test_a_header_of_another_format(tmp_path: Path, format_name: str) -> None:
    path = write(tmp_path, NAMES[format_name], b"name\tcountry\r\nACME\tRU\r\n")
    with pytest.raises(ListFormatError, match="expected"):
        load_list(format_name, path)


def test_bad_json_lines(tmp_path: Path) -> None:
    good = b'{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n'
    with pytest.raises(ListFormatError, match=r"line 2: malformed JSON"):
        load_list("ftm_json", write(tmp_path, "x.json", good + b'{"id": "b",\n'))
    with pytest.raises(ListFormatError, match=r"line 1: expected \"properties\""):
        load_list("ftm_json", write(tmp_path, "x.json", b'{"id": "a", "schema": "Person"}\n'))
    with pytest.raises(ListFormatError, match=r"line 1: expected a \"name\""):
        data = b'{"id": "a", "schema": "Company", "properties": {}}\n'
        load_list("ftm_json", write(tmp_path, "x.json", data))


def test_unknown_files_formats_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ListFormatError, match="not an OFAC legacy CSV file name"):
        load_list("ofac_csv", write(tmp_path, "names.csv", SDN_ROW.encode()))
    with pytest.raises(ListFormatError, match=r"unknown list format \(known: ofac_csv"):
        load_list("pdf", tmp_path)
    with pytest.raises(ListFormatError, match=r"missing\.xml: cannot read the file"):
        load_list("un_xml", tmp_path / "missing.xml")
    write(tmp_path / "", "alt.csv", b'36,12,"aka","AERO-CARIBBEAN",-0- \r\n')
    with pytest.raises(ListFormatError, match=r"no sdn\.csv / cons_prim\.csv given with it"):
        load_list("ofac_csv", tmp_path / "alt.csv")
