"""Substring confusions of the English model, learned from the word channel.

The channel (``channel.json``) knows whole words it saw misread ("chirc" for chức, "mirc"
for mức). Each of those pairs that differs from the word's unmarked letters in one block
teaches a rewrite ("ir" for "u"); a rewrite seen in several words applies to words the
channel never saw ("thirc" -> "thuc" -> thức). The score of a rewrite grows with the
number of words that show it.
"""

from __future__ import annotations

import math
from collections import Counter

from rapidfuzz.distance import Levenshtein

from diacritics.syllable import strip_marks

# a rewrite seen in fewer distinct word pairs is noise, and how many that is grows with the
# channel: 3 suited the 24k eng words of the train seeds' raw renders (55 rewrites); at
# 148k (cleaned pages and the written reports' too) it let in 135, noise among them ("dé"
# for a, "a" for h, "f" for t), and "3 pano" became "3 bản"; 10 keeps 49 (43 of the 55)
MIN_WORDS = 10
LONGEST_SOURCE = 3
# P(rewrite) = words / (words + PRIOR_WORDS) * SCALE: 13 words ("ir" for u) give -2.9
PRIOR_WORDS = 10
SCALE = 0.1


def learn(channel: dict[str, dict[str, float]], min_words: int = MIN_WORDS
          ) -> dict[str, list[tuple[str, float]]]:
    """{observed substring: [(true substring, log-prob), ...]} from ``{observed: {true:
    log P}}``. Only rewrites that replace something (no pure insertions: every position
    would take them) and sources of at most ``LONGEST_SOURCE`` characters."""
    words: Counter[tuple[str, str]] = Counter()
    for observed, trues in channel.items():
        for true in trues:
            block = _single_block(observed.lower(), strip_marks(true))
            if block is not None and block[0] and len(block[0]) <= LONGEST_SOURCE:
                words[block] += 1
    rules: dict[str, list[tuple[str, float]]] = {}
    for (source, target), n in words.most_common():
        if n >= min_words:
            logp = math.log(n / (n + PRIOR_WORDS) * SCALE)
            rules.setdefault(source, []).append((target, logp))
    return rules


def _single_block(a: str, b: str) -> tuple[str, str] | None:
    """The one differing stretch of ``a`` and ``b`` (None if there are several)."""
    ops = [op for op in Levenshtein.opcodes(a, b) if op.tag != "equal"]
    if not ops:
        return None
    first, last = ops[0], ops[-1]
    for prev, op in zip(ops, ops[1:], strict=False):
        if op.src_start != prev.src_end or op.dest_start != prev.dest_end:
            return None
    return a[first.src_start:last.src_end], b[first.dest_start:last.dest_end]


def apply(key: str, rules: dict[str, list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """Each reading of ``key`` with one rewrite applied, with its log-prob."""
    out = []
    for i in range(len(key)):
        for n in range(1, LONGEST_SOURCE + 1):
            for target, logp in rules.get(key[i:i + n], ()):
                out.append((key[:i] + target + key[i + n:], logp))
    return out
