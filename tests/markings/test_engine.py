"""The identification engine on fictional rules: evidence, ambiguity, bad input."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partpath.markings import identify_marking, load_rule_book
from partpath.markings.rules import RuleBook
from partpath.markings.text import clean_text, split_tokens
from tests.markings.conftest import REFERENCE, fictional_book


def test_a_decoded_suffix_gives_the_orderable_number_and_its_meaning(book: RuleBook) -> None:
    result = identify_marking("ACM1234IQF-R", book, REFERENCE)
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        "Acme Semiconductor", "Acme Semiconductor", "ACM1234", "ACM1234IQF-R",
    )  # fmt: skip
    assert [(p.field, p.code, p.meaning) for p in result.suffix] == [
        ("grade", "I", "industrial"), ("package", "QF", "QFN"), ("reel", "-R", "tape and reel"),
    ]  # fmt: skip
    assert (result.category, result.hs_code, result.chpl_tier) == ("RF transceiver", "854239", "1")
    assert any("acme.yml:" in line for line in result.explanation)


def test_a_name_in_the_text_raises_confidence_and_a_date_code_gives_a_window(
    book: RuleBook,
) -> None:
    plain = identify_marking("ACM1234", book, REFERENCE)
    named = identify_marking("Acme Semi ACM1234 #1947", book, REFERENCE)
    assert named.confidence > plain.confidence
    assert (named.date_code, named.date_from, named.date_to) == (
        "#1947", dt.date(2019, 11, 18), dt.date(2019, 11, 24),
    )  # fmt: skip
    assert named.sanctions["2022-02-24 2022 invasion export controls"] == "before"


def test_a_maker_specific_date_format_from_the_rule_file(book: RuleBook) -> None:
    result = identify_marking("ACM1234 A202312", book, REFERENCE)
    assert (result.date_from, result.date_to) == (dt.date(2023, 3, 20), dt.date(2023, 3, 26))


def test_a_date_code_on_the_line_above_the_number_is_read_when_none_follows_it(
    book: RuleBook,
) -> None:
    result = identify_marking("A202312 ACM1234", book, REFERENCE)
    assert (result.date_code, result.date_from) == ("A202312", dt.date(2023, 3, 20))
    # a code after the number comes first; a word further before it is not read
    assert identify_marking("A202312 ACM1234 A202401", book, REFERENCE).date_code == "A202401"
    assert identify_marking("A202312 board ACM1234", book, REFERENCE).date_code is None


def test_an_acquired_brand_reports_its_current_owner(book: RuleBook) -> None:
    result = identify_marking("RR100A", book, REFERENCE)
    assert (result.brand, result.manufacturer) == ("Roadrunner Devices", "Acme Semiconductor")
    assert any("since 2015-06-01" in line for line in result.explanation)


def test_a_second_sourced_number_names_no_maker_unless_the_text_does(book: RuleBook) -> None:
    alone = identify_marking("XX555", book, REFERENCE)
    assert alone.unknown and alone.manufacturer is None
    assert alone.base_part == "XX555" and "several makers" in (alone.reason or "")
    assert "(makers in the rules that sell it: Acme Semiconductor, Bolt Microsystems)" in (
        alone.reason or ""
    )
    named = identify_marking("Bolt Microsystems XX555", book, REFERENCE)
    assert (named.unknown, named.manufacturer) == (False, "Bolt Microsystems")


def test_a_number_two_makers_claim_equally_is_unknown(book: RuleBook) -> None:
    result = identify_marking("TIE123", book, REFERENCE)
    assert result.unknown and "equally" in (result.reason or "")
    assert "Acme Semiconductor" in (result.reason or "") and "Bolt" in (result.reason or "")


def test_the_printed_name_wins_over_another_makers_grammar(book: RuleBook) -> None:
    result = identify_marking("RRD BLT123", book, REFERENCE)
    assert (result.manufacturer, result.brand) == ("Acme Semiconductor", "Roadrunner Devices")
    assert result.confidence < 0.6


def test_two_makers_named_is_unknown(book: RuleBook) -> None:
    result = identify_marking("Acme Semiconductor / Bolt Microsystems", book, REFERENCE)
    assert result.unknown and "several makers" in (result.reason or "")


@pytest.mark.parametrize(
    "text",
    [
        "\u0410CM1234",  # Cyrillic A
        "ACM1234\u00a0",  # no-break space
        "acm1234",  # lower case
        "  ACM1234  ",
        "\u0410\u0421\u041c1234",  # Cyrillic A, C, M
    ],
)
def test_look_alikes_and_case_do_not_hide_a_part(book: RuleBook, text: str) -> None:
    assert identify_marking(text, book, REFERENCE).base_part == "ACM1234"


@pytest.mark.parametrize("sign", ["\u00b5", "\u03bc"])  # micro sign, Greek mu
def test_the_micro_sign_is_read_as_the_u_it_stands_for(sign: str) -> None:
    """NEC's uPD numbers are printed with a micro sign (uPD166105GS in renesas.yml)."""
    result = identify_marking(f"{sign}PD166105GS-E1-AY", reference=REFERENCE)
    assert (result.manufacturer, result.base_part) == ("Renesas Electronics", "UPD166105GS")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no marking text"),
        ("   \n\t ", "no marking text"),
        ("\x00\x01\x02", "no marking text"),
        ("lorem ipsum dolor", "no maker's name"),
        ("AC 12", "no maker's name"),
    ],
)
def test_nothing_to_identify_is_unknown_with_a_reason(
    book: RuleBook, text: str, reason: str
) -> None:
    result = identify_marking(text, book, REFERENCE)
    assert result.unknown and reason in (result.reason or "")
    assert result.confidence == 0


def test_a_100_kb_string_is_answered(book: RuleBook) -> None:
    result = identify_marking("ACM1234 " + "x" * 100_000, book, REFERENCE)
    assert result.base_part == "ACM1234"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.binary(max_size=300).map(lambda b: b.decode("latin-1")))
def test_any_text_gives_an_answer_or_unknown(text: str) -> None:
    result = identify_marking(text, fictional_book(), REFERENCE)
    assert 0 <= result.confidence <= 1
    assert result.unknown == (result.manufacturer is None)


def test_a_known_prefix_printed_apart_is_read_with_the_rest(book: RuleBook) -> None:
    result = identify_marking("ACM 1234IQF", book, REFERENCE)
    assert (result.base_part, result.mpn) == ("ACM1234", "ACM1234IQF")


@pytest.mark.parametrize(
    ("text", "brand"),
    [("FPGA Coyote-7", "Acme Semiconductor"), ("FPGA COYOTE7", "Acme Semiconductor"),
     ("Microcontroller Roadster", "Roadrunner Devices")],
)  # fmt: skip
def test_a_product_line_name_names_its_maker(book: RuleBook, text: str, brand: str) -> None:
    result = identify_marking(text, book, REFERENCE)
    assert (result.manufacturer, result.brand) == ("Acme Semiconductor", brand)
    assert result.base_part is None
    assert any("a product line of" in line for line in result.explanation)


def test_a_product_line_beside_a_part_number_adds_evidence(book: RuleBook) -> None:
    plain = identify_marking("ACM1234", book, REFERENCE)
    assert identify_marking("ACM1234 Coyote", book, REFERENCE).confidence > plain.confidence
    assert not any("product line" in line for line in plain.explanation)


def test_a_product_line_names_its_former_maker_unless_made_after_it_changed_hands(
    book: RuleBook,
) -> None:
    old = identify_marking("WB100 0915", book, REFERENCE)
    assert (old.manufacturer, old.past_owners) == ("Acme Semiconductor", ["Bolt Microsystems"])
    assert any("Bolt Microsystems made this product line until 2010-06-30" in line
               for line in old.explanation)  # fmt: skip
    new = identify_marking("WB100 1915", book, REFERENCE)
    assert (new.manufacturer, new.past_owners) == ("Acme Semiconductor", [])


@pytest.mark.parametrize(
    ("text", "code"),
    [("XX555 Q1947", "Q1947"), ("XX555 Q 1947", "Q 1947"), ("Q1947 XX555", "Q1947"),
     ("Q 1947 XX555 0815", "Q 1947")],
)  # fmt: skip
def test_a_date_code_only_one_maker_prints_names_it_for_a_second_sourced_number(
    book: RuleBook, text: str, code: str
) -> None:
    """Printed glued or as two words, after the number or before it (lines recorded out of
    order); a generic code after the number does not hide it."""
    assert identify_marking("XX555 1947", book, REFERENCE).unknown  # YYWW: everybody's
    result = identify_marking(text, book, REFERENCE)
    assert result.manufacturer == "Acme Semiconductor"
    assert any("printed only by Acme Semiconductor" in line for line in result.explanation)
    if "0815" in text:  # the code after the number is read first: week 15 of 2008
        assert result.date_code == "0815"
    else:
        assert result.date_code == code
        assert (result.date_from, result.date_to) == (
            dt.date(2019, 11, 18),
            dt.date(2019, 11, 24),
        )


def test_a_date_code_split_over_two_words_needs_them_side_by_side(book: RuleBook) -> None:
    assert identify_marking("XX555 Q ACM 1947", book, REFERENCE).date_code != "Q 1947"
    assert identify_marking("Q XX555 1947", book, REFERENCE).unknown


@pytest.mark.parametrize(
    ("text", "mpn"),
    [("NS100IQF", "NS100IQF"), ("NS100 IQF-R", "NS100IQF-R"), ("NS100", None),
     ("NS100 XYZ", None), ("NS100X IQF", None)],
)  # fmt: skip
def test_a_family_that_needs_its_suffix_takes_it_from_the_same_or_the_next_token(
    book: RuleBook, text: str, mpn: str | None
) -> None:
    result = identify_marking(text, book, REFERENCE)
    assert result.mpn == mpn
    assert result.unknown is (mpn is None)


def test_a_mark_inside_a_longer_name_is_part_of_that_name(book: RuleBook) -> None:
    """Acme's mark ACM begins Bolt's name "ACM Bolt Division": the name is read, not the mark."""
    result = identify_marking("ACM Bolt Division BLT123", book, REFERENCE)
    assert result.manufacturer == "Bolt Microsystems"
    alone = identify_marking("ACM BLT123", book, REFERENCE)  # the mark alone is Acme's
    assert alone.manufacturer == "Acme Semiconductor"


def test_a_part_number_broken_across_two_tokens_is_read_whole(book: RuleBook) -> None:
    result = identify_marking("ACM12 34IQF", book, REFERENCE)
    assert (result.manufacturer, result.mpn) == ("Acme Semiconductor", "ACM1234IQF")
    assert identify_marking("RR100A 12", book, REFERENCE).base_part == "RR100A"  # read alone
    assert identify_marking("ACM12 XYZ", book, REFERENCE).unknown


def test_a_one_word_maker_name_printed_against_a_number_names_the_maker(book: RuleBook) -> None:
    result = identify_marking("Oscillator BOLTCO555 2020", book, REFERENCE)
    assert result.manufacturer == "Bolt Microsystems"
    assert identify_marking("Oscillator QUUX555 2020", book, REFERENCE).unknown


@pytest.mark.parametrize(
    ("text", "joined"),
    [("74HC595D,118", "74HC595D,118"), ("(HEF4013BT,653)", "HEF4013BT,653"),
     ("Cap 0.1uF, 100 pcs", None), ("4,700", None), ("74HC595D,11", None), ("AB1 *,118", None)],
)  # fmt: skip
def test_a_part_number_keeps_the_packing_code_after_its_comma(
    text: str, joined: str | None
) -> None:
    tokens = [t.text for t in split_tokens(clean_text(text))]
    assert (joined in tokens) if joined else not any("," in t for t in tokens)


def test_a_model_number_glued_to_the_last_word_of_a_name_still_names_the_maker(
    book: RuleBook,
) -> None:
    """ "Raspberry Pi5": the name's last word carries the model number."""
    assert identify_marking("Acme Semi3 board", book, REFERENCE).manufacturer == (
        "Acme Semiconductor"
    )
    assert identify_marking("Acme3 Semi board", book, REFERENCE).unknown


def test_the_pieces_of_a_dashed_word_no_grammar_reads_whole_are_read_alone(
    book: RuleBook,
) -> None:
    """A lot code and a part code printed as one dashed word (``9VK17-D9PSK``)."""
    result = identify_marking("9QK17-ACM1234", book, REFERENCE)
    assert (result.manufacturer, result.base_part) == ("Acme Semiconductor", "ACM1234")
    # a number ending in a short dash suffix (SRV05-4, LM1117-3.3) is one number, whose
    # front is not offered to other grammars as a code of its own
    assert identify_marking("QQ-ACM1234-7", book, REFERENCE).unknown


@pytest.mark.parametrize(("text", "base"), [("RR-123A", "RR123A"), ("Board RR-123A-7", "RR123A")])
def test_a_dash_where_the_maker_prints_a_space_after_a_series_name_is_read_as_the_space(
    book: RuleBook, text: str, base: str
) -> None:
    """``TEN-5-2411`` transcribed for ``TEN 5-2411``: letters, a dash, then digits."""
    result = identify_marking(text, book, REFERENCE)
    assert (result.manufacturer, result.base_part) == ("Acme Semiconductor", base)


@pytest.mark.parametrize(
    ("text", "base"), [("ROS 2500+", "ROS-2500"), ("VCO ROS 2500", "ROS-2500")]
)
def test_a_space_where_the_maker_prints_a_dash_after_a_series_prefix_is_read_as_the_dash(
    text: str, base: str
) -> None:
    """Mini-Circuits' families end their prefix in a dash (ROS-2500+ in mini-circuits.yml)."""
    result = identify_marking(text, reference=REFERENCE)
    assert (result.manufacturer, result.base_part) == ("Mini-Circuits", base)


@pytest.mark.parametrize("text", ["ADC driver", "ADC AD7980", "ROS X2500"])
def test_no_dash_is_put_before_a_word_or_a_code_that_starts_with_a_letter(text: str) -> None:
    """ADC- is a Mini-Circuits prefix too, but "ADC driver" is a description."""
    assert identify_marking(text, reference=REFERENCE).manufacturer != "Mini-Circuits"


@pytest.mark.parametrize("text", ["RR-X123", "ROADRUNNERS-123"])
def test_no_dash_is_dropped_before_letters_or_after_a_long_word(book: RuleBook, text: str) -> None:
    assert identify_marking(text, book, REFERENCE).unknown


def test_a_date_code_only_one_maker_prints_names_it_without_a_part_number(
    book: RuleBook,
) -> None:
    """A top mark no grammar reads, beside a code only Acme prints: the code names Acme."""
    result = identify_marking("ZZ99 Q1947", book, REFERENCE)
    assert (result.manufacturer, result.base_part, result.date_code) == (
        "Acme Semiconductor",
        None,
        "Q1947",
    )
    assert any("printed only by Acme Semiconductor" in line for line in result.explanation)
    assert identify_marking("ZZ99 1947", book, REFERENCE).unknown  # YYWW: everybody's
    assert identify_marking("Item Q1947", book, REFERENCE).unknown  # no top mark beside it


@pytest.mark.parametrize(("text", "read"), [("ACM12O4", "ACM1204"), ("ACMI234", "ACM1234")])
def test_a_letter_taken_for_its_look_alike_digit_is_read_when_nothing_else_is(
    book: RuleBook, text: str, read: str
) -> None:
    result = identify_marking(text, book, REFERENCE)
    assert (result.manufacturer, result.base_part) == ("Acme Semiconductor", read)
    assert any("taken for" in line for line in result.explanation)
    assert result.confidence < identify_marking(read, book, REFERENCE).confidence


@pytest.mark.parametrize("text", ["XX55S", "ACM12O4 Bolt Microsystems"])
def test_no_look_alike_reading_for_a_shared_number_or_beside_a_printed_name(
    book: RuleBook, text: str
) -> None:
    result = identify_marking(text, book, REFERENCE)
    assert not any("taken for" in line for line in result.explanation)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ABCDEGILMNOPQSTXZ0123456789#-/ ,", max_size=60))
def test_marking_like_text_against_the_bundled_rules_gives_an_answer_or_unknown(
    text: str,
) -> None:
    """Words of letters, digits, '#', dashes and commas: the paths for dashed words,
    look-alike readings and distinctive date codes, against every bundled rule file."""
    result = identify_marking(text, _bundled(), REFERENCE)
    assert 0 <= result.confidence <= 1
    assert result.unknown == (result.manufacturer is None)
    assert (result.date_from is None) == (result.date_to is None)
    if result.date_from and result.date_to:
        assert result.date_from <= result.date_to <= REFERENCE


@pytest.mark.parametrize("text", ["ACM1234 IQF", "ACM1234 / IQF", "ACM1234 - IQF / Q1947"])
def test_a_suffix_on_the_next_marking_line_is_read_with_its_base(book: RuleBook, text: str) -> None:
    """Marking lines recorded as "line / line" (the issue's "ADI / AD9361 / BBCZ / #1947")."""
    assert identify_marking(text, book, REFERENCE).mpn == "ACM1234IQF"


@cache
def _bundled() -> RuleBook:
    return load_rule_book()
