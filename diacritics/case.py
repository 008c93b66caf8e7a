"""What a capital inside a sentence says about a word.

The language model reads lower case, so it cannot tell "Lê Văn Thắng" from "lễ vạn
thắng", nor "xã Tiên Phong" from "tiền phong", once the marks are gone. But reports
capitalise names and institutions inside sentences and little else, and a syllable's
share of capitalised uses there is steady: "Văn", "Lê", "Thạnh" are mostly written with a
capital, "vạn", "lễ", "thành" mostly not. ``make lexicon`` counts, per syllable, its
capitalised uses after another word of the same sentence; repair scores a candidate of a
word seen capitalised (or not) there by that share.

The word before a capital says as much ("Sở Nội vụ", "xã Tiên Phong": "Số" and "xá" are
seldom followed by a name), so the uses before a capital are counted too.

Contract: ``inside_words(line)`` yields (start, end, word, word before) of the words that
follow another word of their sentence on the line; ``evidence(word)`` is what a word's
case says (a capital, lower case, nothing); ``capital_logp(capitals, count, titled,
prior)`` is log P(written as seen | syllable); ``sentence_case(line)`` says whether a
training line counts (title-case headings do not).
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import regex

CHUNK = regex.compile(r"\S+")
# a word follows another of its sentence when the chunk before it ends in a letter, a
# digit or a comma (or a symbol OCR prints for a letter: "S&" for Sở); not after a full
# stop, a colon, a bullet or at the line start
# the symbols the English model prints for letters ("S&" Sở, "nghi€p" nghiệp); their
# readings are decoder.GARBLE_MAP's
LETTER_SYMBOLS = "§&@$¢°€¥"
CONTINUES = regex.compile(r"[\p{L}\p{M}\d," + regex.escape(LETTER_SYMBOLS) + "]$")
WORD = regex.compile(r"\p{L}+")
TITLE = regex.compile(r"^\p{Lu}\p{Ll}*$")
PRIOR_USES = 2.0  # the prior share counts as this many uses


def continues_sentence(chunk: str) -> bool:
    """Whether the word after ``chunk`` follows another of its sentence (``CONTINUES``)."""
    # most chunks end in a letter: the test first, the pattern only for the rest
    return chunk[-1:].isalpha() or CONTINUES.search(chunk) is not None


def inside_words(line: str) -> Iterator[tuple[int, int, str, str]]:
    previous = ""
    for chunk in CHUNK.finditer(line):
        text = chunk.group()
        if previous and continues_sentence(previous):
            for word in WORD.finditer(text):
                before = WORD.findall(previous)
                yield (chunk.start() + word.start(), chunk.start() + word.end(), word.group(),
                       before[-1] if before else "")
                break  # the first word of a chunk only ("Phòng/Ban" is one position)
        previous = text


def inside_capitals(line: str) -> Iterator[tuple[int, str, str]]:
    """(start, word, before) of the capitalised words of ``inside_words``: ``before`` is
    the word before it, or "" when that word, in small letters, stands inside a name.
    "ban" in "Ủy ban" + "Thường vụ" follows a capital, and the next capital goes on with
    that name: it opens none, as "xã" + "Tiên Phong" or "bản" + "Tá Phìn" do. Counted
    there, "ban" had been followed by a capital 4.6 times as often as "bản" per use (2.1
    times without: "Ban" + "Chỉ đạo"), and a highland report without marks read "ban Tá
    Phìn" for the hamlet."""
    found = list(CHUNK.finditer(line))
    chunks = [chunk.group() for chunk in found]
    for n in range(1, len(chunks)):
        if not continues_sentence(chunks[n - 1]):
            continue
        word = WORD.search(chunks[n])
        if word is None or not is_title(word.group()):
            continue
        before = WORD.findall(chunks[n - 1])
        previous = before[-1] if before else ""
        if previous.islower() and len(before) == 1 and n >= 2 and \
                continues_sentence(chunks[n - 2]):
            earlier = WORD.findall(chunks[n - 2])
            if earlier and is_title(earlier[-1]):
                previous = ""
        yield found[n].start() + word.start(), word.group(), previous


def sentence_case(line: str) -> bool:
    """Whether ``line`` reads as running text: most words lower-case, or a lower-case
    start ("xã Tiên Phong"). A heading or menu path in title case ("Chèn Biểu Đồ") says
    nothing about names."""
    words = WORD.findall(line)
    return bool(words) and (words[0].islower() or sum(w.islower() for w in words) * 2
                            > len(words))


def is_title(word: str) -> bool:
    return bool(TITLE.match(word)) and len(word) >= 2


def evidence(word: str, garbled: bool = False) -> bool | None:
    """True for a capitalised word, False for a lower-case one, None for capitals
    throughout or mixed case (no evidence). In ``garbled`` text a capital and a small
    letter start a capitalised word whatever follows: the English model prints a mark's
    letter as a capital or a digit ("NoO1" for Nội, on the line after seed 000's "Sở")."""
    if is_title(word) or garbled and word[:1].isupper() and word[1:2].islower():
        return True
    return False if word.islower() else None


def capital_logp(capitals: float, count: float, titled: bool, prior: float) -> float:
    """log P(a capital or not | syllable), from its capitalised uses inside sentences
    and its count (both weighted as the LM counts them), smoothed towards ``prior``, the
    share over all syllables: a rare syllable is not taken for a name."""
    share = (capitals + PRIOR_USES * prior) / (count + PRIOR_USES)
    share = min(max(share, 0.001), 0.999)
    return math.log(share if titled else 1.0 - share)
