"""Vietnamese numbers in words, as an amount is written out after its figures ("(Bằng
chữ: Bốn trăm tám mươi lăm triệu sáu trăm nghìn đồng)").

Every budget submission, payment order and resolution on funds writes its amounts so, but
the LM's text had few of them ("trăm tám" 0 times, "tám mươi" once): on a new submission
the legacy garble of such a line came out "trạm tâm mười". ``amount_lines`` writes a few
hundred such lines for the LM, with the spellings offices use side by side ("nghìn" and
"ngàn", "linh" and "lẻ", "tư" and "bốn" after "mươi").

Contract: ``spell(n, rng) -> words`` for 0 <= n < 10**15; ``amount_lines(count, seed) ->
lines``. Deterministic for a given seed. ``amount_word_fixes(line) -> [(start, end,
word)]``: the words of an amount written out after its figures, mended from the figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import regex
from rapidfuzz.distance import Levenshtein

from diacritics.syllable import fold, iy_spellings, strip_marks

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu", "tỷ", "nghìn tỷ")
LABELS = ("bằng chữ", "bằng chữ", "số tiền bằng chữ", "viết bằng chữ")


def _group(n: int, leading: bool, rng: random.Random) -> list[str]:
    """The words of a group of three digits; ``leading``: no group stands before it."""
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    words = []
    if hundreds or not leading:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if ones and words:
            words += [rng.choice(("linh", "lẻ")), DIGITS[ones]]
        elif ones:
            words.append(DIGITS[ones])
        return words
    if tens == 1:
        words.append("mười")
        if ones:
            words.append("lăm" if ones == 5 else DIGITS[ones])
        return words
    words += [DIGITS[tens], "mươi"]
    if ones == 1:
        words.append("mốt")
    elif ones == 4:
        words.append(rng.choice(("tư", "bốn")))
    elif ones == 5:
        words.append("lăm")
    elif ones:
        words.append(DIGITS[ones])
    return words


def spell(n: int, rng: random.Random) -> str:
    if not 0 <= n < 10 ** 15:
        raise ValueError(f"no words for {n}")
    if n == 0:
        return DIGITS[0]
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    words: list[str] = []
    for scale in range(len(groups) - 1, -1, -1):
        if groups[scale] == 0:
            continue
        words += _group(groups[scale], not words, rng)
        name = SCALES[scale]
        if name == "nghìn":
            name = rng.choice(("nghìn", "nghìn", "ngàn"))
        if name:
            words += name.split()
    return " ".join(words)


# the spellings offices use side by side, each the other's alternative
ALTERNATIVES = {"linh": "lẻ", "lẻ": "linh", "tư": "bốn", "bốn": "tư", "nghìn": "ngàn",
                "ngàn": "nghìn"}
# an amount in figures, then its words in brackets ("18.500.000 đồng (Mười tám triệu năm
# trăm nghìn đồng)", "(Bằng chữ: ...)"), on one line
AMOUNT_IN_WORDS = regex.compile(
    r"(?P<figures>\d{1,3}(?:\.\d{3})+)\s*(?:đồng\s*)?\((?:[\p{L} ]{1,20}:\s*)?"
    r"(?P<words>\p{L}+(?: \p{L}+)*?)(?: đồng)?\)")


class _First(random.Random):
    """The first of every choice: ``spell`` with one spelling per word."""

    def choice(self, seq):  # type: ignore[override]
        return seq[0]


FIRST_SPELLINGS = _First(0)


def amount_word_fixes(line: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of an amount's words in brackets that is one letter
    off (marks aside; two from four letters on) the word its figures spell, or its
    alternative ("nghìn" or "ngàn"): the English model's "(Mui tam triéu ...)" had been
    read "(Múa tám triệu ...)" though "18.500.000" stood before it. Only where every word
    is the figures' word so near."""
    fixes = []
    for m in AMOUNT_IN_WORDS.finditer(line):
        amount = int(m.group("figures").replace(".", ""))
        if amount >= 10 ** 15:
            continue
        right = spell(amount, FIRST_SPELLINGS).split()
        words = list(regex.finditer(r"\p{L}+", m.group("words")))
        if len(words) != len(right):
            continue
        near = []
        for word, spelled in zip(words, right, strict=True):
            text = word.group()
            options = [spelled, *([ALTERNATIVES[spelled]] if spelled in ALTERNATIVES else [])]
            letters = strip_marks(text.lower())
            distance = {o: Levenshtein.distance(letters, strip_marks(o)) for o in options}
            best = min(options, key=distance.__getitem__)
            if distance[best] > (2 if len(best) >= 4 else 1):
                break
            if fold(text.lower()) != fold(best) and not iy_spellings(text, best):  # tỉ, tỷ
                start = m.start("words") + word.start()
                near.append((start, start + len(text),
                             best[0].upper() + best[1:] if text[0].isupper() else best))
        else:
            fixes.extend(near)
    return fixes


def amount_lines(count: int, seed: int = 2027) -> Iterator[str]:
    """Amounts of a commune's or district's budget lines, from a million đồng to tens
    of billions, in figures and in words; in figures each is the LM's ``<amount>``, so
    that "<num> đồng" gains nothing (a garbled "86 wong", Số lượng, had become "86 đồng")."""
    rng = random.Random(seed)
    for _ in range(count):
        amount = rng.randint(100, 999) * 10 ** rng.randint(4, 8)
        if rng.random() < 0.3:  # a sum of items, not a round figure
            amount += rng.randint(1, 999) * 1000
        figures = f"{amount:,}".replace(",", ".")
        words = spell(amount, rng)
        # in small letters and with no colon before them, which would start a sentence
        # for the LM: "Ba mươi" at a sentence's start had pulled a list's "2. Bà" its way
        yield f"{figures} đồng ({rng.choice(LABELS)} {words} đồng)."
