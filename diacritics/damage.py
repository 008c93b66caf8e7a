"""How much damage a text shows on its face, and what that says of its real words.

In vie text, a real word that pairs with neither neighbour in the LM may be a misread
letter of another ("tinh thần tách nhiệm"), so its one-letter readings join its slot
(``Decoder.isolated_word_readings``), priced as OCR output of poor scans has them
(``decoder.LOG_REAL_WORD_EDIT``). Correct text pairs a word with nothing the LM knows far
more often than it misreads one: the LM's text is reports, and a manual's "hệ vỏ" (shell)
or "ghi ra" (write out) had become "hệ số" and "ghi rõ". In text that shows no damage on
its face (no speck, no small-letter word that is neither a syllable nor a word the LM has
seen) the one-letter readings cost more (``reading_penalty``); in text with some damage,
nothing more. On dev text the two kinds part cleanly: no 40-line page of clean
report text shows any damage (the dev reports, the written reports and both train seeds),
and 58 of 59 pages of Tesseract's ``vie`` output of the channel's renders show 0.47% or
more (the other holds 60 words).
"""

from __future__ import annotations

from diacritics.codes import URL_OR_MAIL
from diacritics.decoder import unknown_word
from diacritics.model import Model
from diacritics.numbers import PIPE_TABLE_ROW
from diacritics.specks import is_speck
from diacritics.syllable import WORD, fold

# the damage rate at which the extra cost is gone, and the penalty (log-prob) on a
# one-letter reading in a long text with no damage at all: 20 times less likely, about
# the rate of an author's typo among a clean text's words. Chosen on dev text only (the
# closing note of stop 72)
DAMAGE_RATE_LIMIT = 0.004
CLEAN_TEXT_PENALTY = 3.0
# the rate is estimated as if one mark of damage had been seen in this many words more:
# a line or two without damage says little ("tổng hợp nội Hùng" is still "nội dung")
PRIOR_WORDS = 250


def damage_marks(text: str, model: Model) -> tuple[int, int]:
    """The marks of damage in ``text`` and its words. Marks are specks standing alone
    (``specks.is_speck``; not the strokes of a table drawn with them) and small-letter
    words that are neither a syllable nor a word the LM has seen (web and mail addresses
    left out)."""
    words = damaged = 0
    for line in text.split("\n"):
        table_row = PIPE_TABLE_ROW.match(line) is not None
        for chunk in line.split():
            # most chunks are one word in small letters or with a capital first: the
            # checks below, on every chunk, cost a repair of tone errors 3% of its time
            if chunk.isalpha() and (chunk.islower() or chunk[0].isupper()):
                words += 1
                damaged += chunk.islower() and unknown_word(fold(chunk), model)
                continue
            if URL_OR_MAIL.search(chunk):
                continue
            if is_speck(chunk):  # a modifier letter alone too ("ˆ")
                damaged += not (table_row and chunk == "|")
                continue
            for word in WORD.findall(chunk):
                words += 1
                damaged += word.islower() and unknown_word(fold(word), model)
    return damaged, words


def damage_rate(marks: int, words: int) -> float:
    """The share of damaged words in text of ``words`` words with ``marks`` marks of
    damage, estimated with ``PRIOR_WORDS``."""
    return (marks + 1) / (words + PRIOR_WORDS)


def reading_penalty(marks: int, words: int) -> float:
    """What a one-letter reading of a real word costs more in text of ``words`` words with
    ``marks`` marks of damage: ``CLEAN_TEXT_PENALTY`` at a rate of none, falling to nothing
    at ``DAMAGE_RATE_LIMIT``."""
    return CLEAN_TEXT_PENALTY * max(0.0, 1.0 - damage_rate(marks, words) / DAMAGE_RATE_LIMIT)


def shows_damage(marks: int, words: int) -> bool:
    """Whether text of ``words`` words with ``marks`` marks of damage is damaged at the
    rate where a one-letter reading costs nothing more: one mark in 250 words or fewer
    (a text with no mark never is)."""
    return damage_rate(marks, words) >= DAMAGE_RATE_LIMIT
