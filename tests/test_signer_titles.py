"""A signer's title in capitals, a mark misread, is the title."""

import pytest

import diacritics
from diacritics.signer_titles import signer_title_fixes


@pytest.mark.parametrize(("read", "title"), [
    ("Nơi nhận:\tCHU TỊCH", "Nơi nhận:\tCHỦ TỊCH"),  # dev batch 68's render, at 90
    ("CHU TỊCH", "CHỦ TỊCH"),
    ("KT. CHỦ TICH", "KT. CHỦ TỊCH"),
    ("- Lưu: VT, VP.\tPHO CHU TICH", "- Lưu: VT, VP.\tPHÓ CHỦ TỊCH"),
    ("GIAM ĐỐC", "GIÁM ĐỐC"),
])
def test_a_signers_title_with_a_mark_misread_is_the_title(read, title):
    assert diacritics.restore(read).text == title


@pytest.mark.parametrize("line", [
    "Nơi nhận:\tCHỦ TỊCH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN",
    "Chu tịch",  # not in capitals: no title column
    "CHU VĂN AN",  # a name in capitals
    "ĐỒNG CHÍ CHU TỊCH",  # more than a title in the column
])
def test_titles_as_written_and_other_columns_stay(line):
    assert signer_title_fixes([line]) == []
