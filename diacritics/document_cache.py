"""What a document has said so far, as evidence for the rest of it (a cache language
model, after Kuhn and De Mori, 1990).

A report on livestock writes "lợn" on every other line, a decision names its commune
again and again: words the LM's text holds seldom, so that where the marks are gone
("con lon") or garbled the LM reads the commoner word ("còn lớn"). ``restore`` adds each
decoded line's words here, and the decoder scores a candidate the document has already
used ``CACHE_MIN_USES`` times as the LM interpolated with the document's own word
frequencies: log(1 + ``CACHE_WEIGHT`` * P_document(w) / P_LM(w)), the LM's unigram
standing in for its context; ``CACHE_PRIOR_WORDS`` pseudo-words of nothing damp the
first lines, where one use would be a large share. Only a word the document uses at
least ``CACHE_MIN_RATIO`` times as often as the LM's text does gains: a report on
livestock uses "lợn" 240 times as often, "lúa" 80, "đàn" 55; a CCHC report uses "quả"
(of "kết quả") 8.5 times as often, and without the floor its "qua hệ thống" and "qua
đó" had become "quả", "quá" in seed 001.

Only for text without marks (stripped or legacy garble), where the decoder chooses among
many readings of each word; text with its marks keeps its words as written anyway.
"""

from __future__ import annotations

import math
from collections import Counter

import regex

from diacritics.lm import NgramLM
from diacritics.syllable import fold

# on documents unlike the LM's text (held-out written reports, new documents) 0.02 gained
# less and 0.2 no more, measured before the ratio floor came in; with it, 0.2 read one
# more word of the held-out reports right
CACHE_WEIGHT = 0.1
CACHE_PRIOR_WORDS = 200
CACHE_MIN_USES = 2
CACHE_MIN_RATIO = 20.0
WORD = regex.compile(r"\p{L}+")


class DocumentCache:
    """The words decoded so far in one document, counted by LM id."""

    def __init__(self, lm: NgramLM) -> None:
        self._lm = lm
        self._counts: Counter[int] = Counter()
        self._words = 0
        self._bonus: dict[int, float] = {}  # by LM id, for the words that gain

    def add_text(self, text: str) -> None:
        """Count the words of a decoded line."""
        seen = []
        for match in WORD.finditer(text):
            w = self._lm.id(fold(match.group().lower()))
            if w >= 0:
                self._counts[w] += 1
                self._words += 1
                seen.append(w)
        # once per line, not per slot (the decoder asks for every word of every line),
        # and only for the line's words and those that gained before: a word the line
        # does not use has a smaller share than before, so it cannot newly gain
        words = self._words + CACHE_PRIOR_WORDS
        uni_p, counts, bonus = self._lm.uni_p, self._counts, self._bonus
        for w in {*seen, *bonus}:
            ratio = counts[w] / words / uni_p[w]
            if counts[w] >= CACHE_MIN_USES and ratio >= CACHE_MIN_RATIO:
                bonus[w] = math.log1p(CACHE_WEIGHT * ratio)
            else:
                bonus.pop(w, None)

    def adjusted(self, ids: tuple[int, ...], channel: tuple[float, ...]) -> tuple[float, ...]:
        """``channel`` (a slot's candidate scores) with each candidate's bonus added."""
        bonus = self._bonus
        if bonus.keys().isdisjoint(ids):
            return channel
        return tuple(score + bonus.get(w, 0.0) for score, w in zip(channel, ids, strict=True))
