"""The Vietnamese syllable: base letters, tone, and where the tone mark sits.

A syllable such as "hoá" is a base ("hoa", with any shape marks: ă â ê ô ơ ư đ) plus one
of six tones. Two placement styles exist for open "oa", "oe", "uy" syllables: the old
style puts the mark on the first vowel ("hóa", "thủy"), the new style on the second
("hoá", "thuỷ"). ``fold`` maps both to one form so they compare equal.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# tone index: 0 none (ngang), 1 acute (sắc), 2 grave (huyền), 3 hook (hỏi), 4 tilde (ngã),
# 5 dot below (nặng)
TONE_MARKS = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
MARK_OF_TONE = {v: k for k, v in TONE_MARKS.items()}
SHAPE_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
VOWELS = set("aăâeêioôơuưy")
SHAPED_VOWELS = set("ăâêôơư")
WORD = regex.compile(r"\p{L}+")
PLAIN_VOWEL = regex.compile(r"[aeiouy]")  # a vowel's letter without marks
NEW_STYLE_PAIRS = {"oa", "oe", "uy"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=200_000)
def split_tone(syllable: str) -> tuple[str, int]:
    """("hoá" -> ("hoa", 1)); the base keeps case and shape marks."""
    tone = 0
    kept = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        else:
            kept.append(ch)
    return nfc("".join(kept)), tone


def tone_marks(word: str) -> list[int]:
    """The tone of each tone mark ``word`` carries, in order: one at most in a syllable;
    two where OCR doubled a marked vowel ("Nhúứt"), which ``split_tone`` and ``fold``
    would hide, keeping one."""
    return [TONE_MARKS[ch] for ch in unicodedata.normalize("NFD", word) if ch in TONE_MARKS]


def iy_spellings(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one syllable in the two spellings of a final i after a
    consonant ("kí"/"ký", "lí"/"lý", "quí"/"quý", "tỉ"/"tỷ"): both are correct, and a
    document keeps the one it writes."""
    base_a, tone_a = split_tone(a.lower())
    base_b, tone_b = split_tone(b.lower())
    onset = base_a[:-1]
    return (tone_a == tone_b and base_a != base_b and onset == base_b[:-1]
            and {base_a[-1], base_b[-1]} == {"i", "y"}
            and (onset == "qu" or bool(onset) and not VOWELS.intersection(onset)))


class _StripTable(dict):
    """``str.translate`` table, filled as characters are first seen: combining marks go,
    đ becomes d, everything else stays."""

    def __missing__(self, code: int) -> int | str | None:
        ch = chr(code)
        value = None if unicodedata.combining(ch) else {"đ": "d", "Đ": "D"}.get(ch, code)
        self[code] = value
        return value


_STRIP = _StripTable()


@lru_cache(maxsize=200_000)
def strip_marks(text: str) -> str:
    """Every diacritic removed and đ -> d: the form diacritic-less text is typed in."""
    return unicodedata.normalize("NFD", text).translate(_STRIP)


def plain_letters(text: str) -> str:
    """The letters of ``text``, lower case, without their marks: how two readings of a
    word compare, marks, digits and punctuation aside."""
    return regex.sub(r"[^\p{L}]", "", strip_marks(text)).lower()


def _tone_position(base_lower: str, style: str) -> int | None:
    """Index in ``base_lower`` of the vowel that carries the tone mark."""
    positions = [i for i, ch in enumerate(base_lower) if ch in VOWELS]
    if not positions:
        return None
    # "gi" and "qu" onsets: their i/u is part of the onset when another vowel follows.
    if base_lower.startswith("qu") and len(positions) > 1 and positions[0] == 1:
        positions = positions[1:]
    elif base_lower.startswith("gi") and len(positions) > 1 and positions[0] == 1:
        positions = positions[1:]
    cluster = [i for i in positions if i <= positions[0] + 2]
    # keep only a contiguous run of vowels starting at the first vowel
    run = [cluster[0]]
    for i in cluster[1:]:
        if i == run[-1] + 1:
            run.append(i)
    shaped = [i for i in run if base_lower[i] in SHAPED_VOWELS]
    if shaped:
        return shaped[-1]  # "ươ" -> ơ; otherwise the single shaped vowel
    if len(run) == 1:
        return run[0]
    has_final = run[-1] < len(base_lower) - 1
    if len(run) == 3:
        return run[1]
    if has_final:
        return run[1]
    pair = base_lower[run[0]] + base_lower[run[1]]
    if style == "new" and pair in NEW_STYLE_PAIRS:
        return run[1]
    return run[0]


@lru_cache(maxsize=200_000)
def place_tone(base: str, tone: int, style: str = "old") -> str:
    """Put ``tone`` on the right vowel of ``base`` ("hoa", 1, "new" -> "hoá")."""
    if tone == 0:
        return nfc(base)
    pos = _tone_position(base.lower(), style)
    if pos is None:
        return nfc(base)
    decomposed = unicodedata.normalize("NFD", base)
    # map the NFC index to the position in the decomposed string
    count = -1
    for j, ch in enumerate(decomposed):
        if not unicodedata.combining(ch):
            count += 1
        if count == pos:
            k = j + 1
            while k < len(decomposed) and unicodedata.combining(decomposed[k]):
                k += 1
            return nfc(decomposed[:k] + MARK_OF_TONE[tone] + decomposed[k:])
    return nfc(base)


def restyle(syllable: str, style: str) -> str:
    base, tone = split_tone(syllable)
    return place_tone(base, tone, style) if tone else syllable


def fold(text: str) -> str:
    """NFC text with every syllable's tone in one (old-style) position: hoá == hóa."""
    # a word or two are folded again and again as a document is read; a text only once
    return _fold_short(text) if len(text) <= 32 else _fold(text)


def _fold(text: str) -> str:
    return WORD.sub(lambda m: restyle(m.group(), "old"), nfc(text))


_fold_short = lru_cache(maxsize=200_000)(_fold)


def clear_caches() -> None:
    """Forget the syllables seen so far (for timing a cold start)."""
    for cached in (split_tone, strip_marks, place_tone, _fold_short):
        cached.cache_clear()


def style_of(syllable: str) -> str | None:
    """"new" or "old" when ``syllable`` shows a placement style (open oa/oe/uy), else None."""
    base, tone = split_tone(syllable)
    if not tone:
        return None
    lower = base.lower()
    if lower[-2:] not in NEW_STYLE_PAIRS or lower.startswith(("qu", "gi")) and len(lower) <= 3:
        return None
    if nfc(syllable) == place_tone(base, tone, "new") != place_tone(base, tone, "old"):
        return "new"
    if nfc(syllable) == place_tone(base, tone, "old") != place_tone(base, tone, "new"):
        return "old"
    return None


# what a word's last but one letter is when its syllable may show a style (open oa, oe,
# uy: style_of), in NFC text: most words are passed over without splitting off the tone
STYLE_PAIR_FIRSTS = frozenset(unicodedata.normalize("NFC", v + mark)
                              for v in "oOuU" for mark in ("", *TONE_MARKS))


def document_style(text: str) -> str | None:
    """The style of ``text`` (NFC) by its words' votes; None on a tie."""
    votes = {"new": 0, "old": 0}
    for m in WORD.finditer(text):
        word = m.group()
        s = style_of(word) if word[-2:-1] in STYLE_PAIR_FIRSTS else None
        if s:
            votes[s] += 1
    if votes["new"] == votes["old"]:
        return None
    return "new" if votes["new"] > votes["old"] else "old"


SYLLABLE_SHAPE = regex.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:[aăâeêioôơuưy]{1,3})(?:ch|ng|nh|[cmnpt])?$"
)


def is_syllable_shape(token: str) -> bool:
    """Does ``token`` (lowercase) look like a Vietnamese syllable (onset, vowels, final)?"""
    base, _ = split_tone(token)
    return bool(SYLLABLE_SHAPE.match(base))
