"""Words that typed Vietnamese text writes without marks on purpose: abbreviations in
capitals ("Trung tâm SOC", "Chủ tịch HND xã") and words of other languages ("sử dụng
data", "cài set") among words with their marks.

Such a word is no syllable as written, and its letters are those of syllables ("sóc",
"đặt", "sét") or of an abbreviation it is near (HND, Hội Nông dân, is one letter short
of HĐND), so repair had changed it. Text without damage keeps it as written
(``api.restore`` reads it as context, as it does a word the OCR engine is sure of, and
does not read it as the frequent abbreviation); in damaged text, or where the OCR
engine doubted it, it may be a syllable whose marks OCR lost or an abbreviation OCR
misread.

Contract: ``kept_as_written(lines, model) -> {(line, start, end)}``.
"""

from __future__ import annotations

from diacritics.model import Model
from diacritics.syllable import WORD, fold, strip_marks


def kept_as_written(lines: list[str], model: Model) -> set[tuple[int, int, int]]:
    """The spans (line, start, end) of words without marks, no syllable as written, that
    stand among other words as a typed abbreviation or foreign word does:
    - in capitals, beside a word with small letters, and beside no word in capitals that
      is a syllable's letters (a heading's "XA CHIENG PAC", a name in capitals);
    - in small letters, beside a word with marks (not in a line typed without them,
      which the decoder gives its marks)."""
    spans: set[tuple[int, int, int]] = set()
    for number, line in enumerate(lines):
        words = list(WORD.finditer(line))
        for k, word in enumerate(words):
            text = word.group()
            if len(text) < 2 or not text.isascii() or fold(text.lower()) in model.valid:
                continue
            neighbours = [w.group() for w in words[max(0, k - 1):k + 2] if w is not word]
            if text.isupper():
                kept = any(not n.isupper() for n in neighbours) and not any(
                    len(n) > 1 and n.isupper() and strip_marks(n.lower()) in model.by_stripped
                    for n in neighbours)
            else:
                kept = text.islower() and any(not n.isascii() for n in neighbours)
            if kept:
                spans.add((number, word.start(), word.end()))
    return spans
