"""Accuracy metrics, all on normalised text.

Normalisation: NFC, dashes and quotes unified, tone placement folded (hoá == hóa), and
whitespace collapsed (line and page breaks count as spaces).
CER: character edit distance / reference characters. WER: the same over tokens.
Syllable accuracy: share of reference letter tokens reproduced exactly, after aligning
the token sequences; ``marked`` restricts it to reference tokens carrying a diacritic.
"""

from __future__ import annotations

import regex
from rapidfuzz.distance import Levenshtein

from diacritics.syllable import fold, strip_marks

DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
DOUBLE_QUOTES = regex.compile(r"[\u201c\u201d\u201e\u00ab\u00bb]")
SINGLE_QUOTES = regex.compile(r"[\u2018\u2019\u201a]")
LETTERS = regex.compile(r"\p{L}+")


def normalise(text: str) -> str:
    text = fold(text)
    text = DASHES.sub("-", text)
    text = DOUBLE_QUOTES.sub('"', text)
    text = SINGLE_QUOTES.sub("'", text)
    return " ".join(text.split())


def cer(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise(reference), normalise(hypothesis)
    return Levenshtein.distance(ref, hyp) / max(len(ref), 1)


def wer(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise(reference).split(), normalise(hypothesis).split()
    return Levenshtein.distance(ref, hyp) / max(len(ref), 1)


def letter_tokens(text: str) -> list[str]:
    return LETTERS.findall(normalise(text))


def syllable_accuracy(reference: str, hypothesis: str) -> tuple[float, float]:
    """(accuracy on all letter tokens, accuracy on tokens that carry marks)."""
    ref, hyp = letter_tokens(reference), letter_tokens(hypothesis)
    correct = [False] * len(ref)
    for tag, i1, i2, j1, _j2 in Levenshtein.opcodes(ref, hyp).as_list():
        if tag == "equal":
            for k in range(i2 - i1):
                correct[i1 + k] = ref[i1 + k] == hyp[j1 + k]
    marked = [i for i, tok in enumerate(ref) if strip_marks(tok) != tok]
    overall = sum(correct) / max(len(ref), 1)
    on_marked = sum(correct[i] for i in marked) / max(len(marked), 1)
    return overall, on_marked


def tokens_changed(before: str, after: str) -> float:
    """Share of tokens of ``before`` that ``after`` changed (do-no-harm rate)."""
    a, b = normalise(before).split(), normalise(after).split()
    return Levenshtein.distance(a, b) / max(len(a), 1)
