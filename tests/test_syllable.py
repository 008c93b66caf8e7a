import pytest

from diacritics.syllable import (
    document_style,
    fold,
    iy_spellings,
    place_tone,
    split_tone,
    strip_marks,
)


@pytest.mark.parametrize(
    "word, base, tone",
    [("hoá", "hoa", 1), ("Người", "Ngươi", 2), ("TRIỂN", "TRIÊN", 3), ("nghiệp", "nghiêp", 5)],
)
def test_split_tone(word, base, tone):
    assert split_tone(word) == (base, tone)


@pytest.mark.parametrize(
    "base, tone, old, new",
    [("hoa", 1, "hóa", "hoá"), ("thuy", 3, "thủy", "thuỷ"), ("khoe", 3, "khỏe", "khoẻ"),
     ("toan", 1, "toán", "toán"), ("quyêt", 1, "quyết", "quyết"), ("giai", 3, "giải", "giải"),
     ("mua", 2, "mùa", "mùa"), ("thuơ", 3, "thuở", "thuở"), ("gi", 2, "gì", "gì")],
)
def test_place_tone_both_styles(base, tone, old, new):
    assert place_tone(base, tone, "old") == old
    assert place_tone(base, tone, "new") == new


def test_fold_and_strip():
    assert fold("Hoà thuỷ") == fold("Hòa thủy")
    assert strip_marks("Đảng ủy xã") == "Dang uy xa"


def test_document_style():
    assert document_style("văn hoá, thuỷ lợi, hoà giải") == "new"
    assert document_style("văn hóa, thủy lợi, hòa giải") == "old"
    assert document_style("không có dấu hiệu") is None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("kí", "ký", True), ("Quí", "quý", True), ("tỉ", "tỷ", True), ("lý", "lí", True),
    ("kí", "kỳ", False),  # another tone: another word
    ("ý", "í", False),  # no consonant before it
    ("tuy", "tui", False),  # a vowel before it
    ("kí", "kí", False),
])
def test_iy_spellings(a, b, same):
    assert iy_spellings(a, b) is same
