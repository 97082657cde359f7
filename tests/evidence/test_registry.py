"""The evidence registry on a real store: records, versions, no deletes, custody."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partpath.evidence.cases import create_case, get_case, update_case
from partpath.evidence.custody import list_custody, record_custody
from partpath.evidence.history import record_history
from partpath.evidence.items import add_component, add_item, get_item, update_component
from partpath.evidence.records import CaseIn, ComponentIn, CustodyIn, ItemIn
from partpath.exc import Conflict, InvalidInput, NotFound
from partpath.store import Store


def _case_with_item(store: Store) -> tuple[str, str]:
    with store.session(actor="alice") as session:
        create_case(session, CaseIn(id="EX-1", title="Exercise"))
        item = add_item(session, "EX-1", ItemIn(ref="A1", weapon_system="Kh-101"))
        component = add_component(
            session, item.id, ComponentIn(ref="U1", marking_lines=["ADI", "AD9361", "BBCZ"])
        )
        return item.id, component.id


def test_every_change_is_a_new_version_with_who_and_when(store: Store) -> None:
    _, component_id = _case_with_item(store)
    with store.session(actor="bob") as session:
        update_component(session, component_id, {"maker_verified": "Analog Devices"})
    with store.session() as session:
        history = record_history(session, component_id)
    assert [(r.version, r.action, r.actor) for r in history] == [
        (1, "create", "alice"),
        (2, "update", "bob"),
    ]
    assert history[0].data["maker_verified"] is None
    assert history[1].data["maker_verified"] == "Analog Devices"
    assert history[0].data["marking_lines"] == ["ADI", "AD9361", "BBCZ"]


def test_setting_the_same_value_makes_no_version(store: Store) -> None:
    _case_with_item(store)
    with store.session() as session:
        update_case(session, "EX-1", {"title": "Exercise"})
    with store.session() as session:
        assert get_case(session, "EX-1").version == 1


def test_records_are_never_hard_deleted(store: Store) -> None:
    item_id, _ = _case_with_item(store)
    with pytest.raises(Conflict, match="never deleted"), store.session() as session:
        session.delete(get_item(session, item_id))
    with store.session() as session:
        assert get_item(session, item_id).ref == "A1"


def test_custody_events_are_append_only(store: Store) -> None:
    item_id, _ = _case_with_item(store)
    when = dt.datetime(2024, 1, 2, 10, 30)
    with store.session(actor="carol") as session:
        event = record_custody(
            session, item_id, CustodyIn(occurred_at=when, action="recovered", custodian="Team 3")
        )
        event_id = event.id
    with pytest.raises(Conflict, match="append-only"), store.session() as session:
        (stored,) = list_custody(session, item_id)
        stored.custodian = "someone else"
    with store.session() as session:
        (stored,) = list_custody(session, item_id)
    assert (stored.id, stored.custodian, stored.recorded_by) == (event_id, "Team 3", "carol")


def test_unknown_ids_and_duplicates_are_clear_errors(store: Store) -> None:
    item_id, _ = _case_with_item(store)
    with pytest.raises(NotFound, match="no case 'NOPE'"), store.session() as session:
        get_case(session, "NOPE")
    with pytest.raises(Conflict, match="already has an item 'A1'"), store.session() as session:
        add_item(session, "EX-1", ItemIn(ref="A1", weapon_system="Shahed-136"))
    with pytest.raises(InvalidInput, match="latitude"), store.session() as session:
        from partpath.evidence.items import update_item

        update_item(session, item_id, {"latitude": 123.0})


def test_item_found_by_ref_within_its_case(store: Store) -> None:
    item_id, _ = _case_with_item(store)
    with store.session() as session:
        assert get_item(session, "A1", case_id="EX-1").id == item_id


def test_retiring_keeps_the_record_and_the_reason(store: Store) -> None:
    from partpath.evidence.history import retire_record
    from partpath.evidence.items import list_components

    item_id, component_id = _case_with_item(store)
    with store.session(actor="dave") as session:
        retire_record(session, component_id, "entered twice")
    with store.session() as session:
        assert list_components(session, item_id) == []
        last = record_history(session, component_id)[-1]
    assert (last.version, last.action, last.actor, last.note) == (
        2,
        "retire",
        "dave",
        "entered twice",
    )
    with pytest.raises(Conflict, match="already retired"), store.session() as session:
        retire_record(session, component_id, "again")
    with pytest.raises(InvalidInput, match="reason"), store.session() as session:
        retire_record(session, item_id, "  ")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_are_an_image_or_a_clear_error(data: bytes) -> None:
    from partpath.evidence.photos import read_image_facts

    try:
        facts = read_image_facts(data, "fuzz.bin")
    except InvalidInput as error:
        assert str(error).startswith("fuzz.bin: ")
    else:
        assert facts.width > 0 and facts.height > 0


def test_exif_time_and_gps_are_read_from_the_file() -> None:
    import io

    from PIL import ExifTags, Image

    from partpath.evidence.photos import read_image_facts

    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2024:01:02 10:30:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (50.0, 27.0, 0.36)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (30.0, 31.0, 24.24)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "grey").save(buffer, format="JPEG", exif=exif)
    facts = read_image_facts(buffer.getvalue(), "photo.jpg")
    assert (facts.media_type, facts.width, facts.height) == ("image/jpeg", 40, 30)
    assert facts.exif_taken_at == "2024:01:02 10:30:00"
    assert (facts.gps_latitude, facts.gps_longitude) == (50.4501, 30.5234)
