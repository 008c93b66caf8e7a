"""The document's own words count for the rest of it: a rare word it keeps using gains,
a common one nothing, and text with its marks is not touched."""

from __future__ import annotations

import math
from collections import Counter

import pytest

import diacritics
from diacritics import document_cache as dc
from diacritics.document_cache import CACHE_MIN_USES, DocumentCache
from diacritics.model import load
from diacritics.syllable import fold, strip_marks

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


def test_the_bonus_is_the_formula_line_after_line():
    """The bonuses are updated per line for the line's words and those that gained
    before; after every line they equal the formula over all counts."""
    lm = load().lm
    cache = DocumentCache(lm)
    counts: Counter[int] = Counter()
    gained: set[int] = set()
    lines = [*LIVESTOCK.splitlines(), "đàn lợn giảm, giá lợn hơi giảm",
             *["các hộ chăn nuôi được hỗ trợ giống và vắc xin"] * 30]
    for line in lines:
        cache.add_text(line)
        counts.update(w for w in (lm.id(fold(m.group().lower()))
                                  for m in dc.WORD.finditer(line)) if w >= 0)
        words = sum(counts.values()) + dc.CACHE_PRIOR_WORDS
        ids = tuple(counts)
        expected = tuple(
            math.log1p(dc.CACHE_WEIGHT * counts[w] / words / lm.uni_p[w])
            if counts[w] >= dc.CACHE_MIN_USES
            and counts[w] / words / lm.uni_p[w] >= dc.CACHE_MIN_RATIO else 0.0
            for w in ids)
        assert cache.adjusted(ids, (0.0,) * len(ids)) == pytest.approx(expected)
        gained |= {w for w, bonus in zip(ids, expected, strict=True) if bonus}
    # some word gained early and lost it as the document went on about other things
    assert any(not cache.adjusted((w,), (0.0,))[0] for w in gained)
