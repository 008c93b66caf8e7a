"""The document's own words count for the rest of it: a rare word it keeps using gains,
a common one next to nothing, and text with its marks is not touched."""

from __future__ import annotations

import diacritics
from diacritics.document_cache import CACHE_MIN_USES, DocumentCache
from diacritics.model import load
from diacritics.syllable import strip_marks

LIVESTOCK = ("Hiện nay đàn trâu có 390 con, đàn bò 1.025 con, đàn lợn 6.480 con.\n"
             "Đề nghị hỗ trợ vắc xin để tiêm phòng bổ sung cho đàn vật nuôi.")


def test_only_a_word_the_document_uses_far_more_than_the_lm_text_does_gains():
    lm = load().lm
    cache = DocumentCache(lm)
    cache.add_text("đàn lợn, đàn bò và đàn trâu; kết quả của các hộ, các xã, kết quả")
    herd, common, result, once = (lm.id(w) for w in ("đàn", "các", "quả", "lợn"))
    gained = cache.adjusted((herd, common, result, once), (0.0, 0.0, 0.0, 0.0))
    assert gained[0] > 0.5
    # "các" is as common in the LM's text; "quả" (of "kết quả") is common in a CCHC
    # report, but not CACHE_MIN_RATIO times more than there: a legacy "qua" stays qua
    assert gained[1:3] == (0.0, 0.0)
    assert gained[3] == 0.0  # used once: fewer than CACHE_MIN_USES
    assert CACHE_MIN_USES == 2


def test_a_word_read_earlier_in_the_document_settles_an_ambiguous_reading():
    # "cho dan vat nuoi": dân (people) is the LM's reading; in a report that has counted
    # its herds three times it is đàn (a herd)
    restored = diacritics.restore(strip_marks(LIVESTOCK)).text
    assert restored.splitlines()[1].endswith("cho đàn vật nuôi.")
    alone = diacritics.restore(strip_marks(LIVESTOCK.splitlines()[1])).text
    assert alone.endswith("cho dân vật nuôi.")


def test_text_with_its_marks_comes_out_unchanged():
    assert diacritics.restore(LIVESTOCK).text == LIVESTOCK
