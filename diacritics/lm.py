"""A syllable trigram language model (interpolated absolute discounting with one discount
per count, as in Chen and Goodman's modified Kneser-Ney), stored as sorted integer arrays
of raw counts; the smoothed tables are derived at load time.

Kneser-Ney's lower orders (distinct preceding words instead of counts) were tried and left
out: they scored 0.1 point better on stripped dev text but starve place names, which the
name lists only ever show at a line start ("UBND xã Quang" lost its "Quảng"); tried again
with the case evidence of ``case.py`` in place, they scored lower.

Tokens are lowercase syllables in old-style tone placement (``syllable.fold``), plus
``<s>`` (sentence start), ``</s>`` (the end of a sentence that a stop, semicolon,
question or exclamation mark ends; not a colon, not a line end), ``<num>`` (any number)
and ``,`` (a phrase break: a comma, a bracket, a quote or a spaced dash). N-grams are
packed into 64-bit keys (20 bits per syllable id) and loaded into dicts, which is the
fastest lookup in Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import regex

BITS = 20
MASK = (1 << BITS) - 1
BOS, EOS, NUM, COMMA = "<s>", "</s>", "<num>", ","
# a number of two thousands separators or more ("20.000.000", "1.980.000.000") is an
# amount, mostly of money: as context it is a token of its own, so that "đồng" after it is
# not "động" or "dòng"; but text has too few amounts to learn what precedes one, so it is
# predicted as any number is ("từ 1.000.000 đồng đến 3.000.000": "đến <num>", not "đen")
AMOUNT = "<amount>"
AMOUNT_NUMBER = regex.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")


# a percentage ("tăng 17,5%", "đạt 87,4%"): a token of its own, as what goes before and
# after one is not what goes with a count ("78,9% tăng" is no "5 tầng")
PERCENT = "<pct>"


def number_token(number: str) -> str:
    """The LM token of a number: ``PERCENT`` (it ends with "%"), ``AMOUNT`` or ``NUM``."""
    if number.endswith("%"):
        return PERCENT
    return AMOUNT if AMOUNT_NUMBER.fullmatch(number) else NUM

# what breaks a phrase as a comma does (and is read as one): brackets, quotes, a dash
# between spaces ("Văn hóa - Xã hội"; not the hyphen of "KT-XH")
PHRASE_BREAK = regex.compile(r"[()\[\]“”\"]|(?<=\s)[-–](?=\s)")
PHRASE_MARKS = frozenset("()[]“”\"-–")
# what is taken off an n-gram seen once, twice, three or more times (counts are weighted:
# a "2" is mostly one sighting in a weight-2 source); chosen on the train split (bench/dev.py)
DISCOUNTS = (0.0, 0.9, 1.5, 2.5)
OOV_LOGP = math.log(1e-7)


@dataclass
class NgramLM:
    words: list[str]
    vocab: dict[str, int]
    uni: list[int]
    uni_p: list[float]  # add-one-half unigram probability: the base of every back-off
    uni_logp: list[float]  # its log, which candidate pruning asks for again and again
    bi: dict[int, int]  # raw bigram counts
    bi_mass: dict[int, float]  # discounted bigram counts, as the model uses them
    tri_mass: dict[int, float]  # discounted trigram counts
    after: list[float]  # total of the bigram counts starting with each word
    bi_backoff: list[float]  # the mass taken off those counts, left to the lower order
    tri_after: dict[int, float]  # the same two for each word pair
    tri_backoff: dict[int, float]
    amount: int = -1  # the ids of AMOUNT and NUM: an amount is predicted as a number
    number: int = -1

    @classmethod
    def from_counts(cls, words: list[str], uni: np.ndarray, bi_keys: np.ndarray,
                    bi_counts: np.ndarray, tri_keys: np.ndarray,
                    tri_counts: np.ndarray) -> NgramLM:
        uni_p = (uni + 0.5) / (uni.sum() + 0.5 * len(uni))
        bi_mass, bi_taken = _discount(bi_counts)
        after = np.bincount(bi_keys >> BITS, weights=bi_counts, minlength=len(words))
        bi_backoff = np.bincount(bi_keys >> BITS, weights=bi_taken, minlength=len(words))
        tri_mass, tri_taken = _discount(tri_counts)
        contexts, first = np.unique(tri_keys >> BITS, return_index=True)
        if len(first):
            tri_after = np.add.reduceat(tri_counts.astype(np.float64), first)
            tri_backoff = np.add.reduceat(tri_taken, first)
        else:
            tri_after = tri_backoff = np.zeros(0)
        vocab = {w: i for i, w in enumerate(words)}
        return cls(
            words=words,
            vocab=vocab,
            amount=vocab.get(AMOUNT, -1),
            number=vocab.get(NUM, -1),
            uni=uni.tolist(),
            uni_p=uni_p.tolist(),
            uni_logp=[math.log(p) for p in uni_p.tolist()],
            bi=dict(zip(bi_keys.tolist(), bi_counts.tolist(), strict=True)),
            bi_mass=dict(zip(bi_keys.tolist(), _shared(bi_mass), strict=True)),
            tri_mass=dict(zip(tri_keys.tolist(), _shared(tri_mass), strict=True)),
            after=after.tolist(),
            bi_backoff=bi_backoff.tolist(),
            tri_after=dict(zip(contexts.tolist(), _shared(tri_after), strict=True)),
            tri_backoff=dict(zip(contexts.tolist(), _shared(tri_backoff), strict=True)),
        )

    @classmethod
    def load(cls, path: Path) -> NgramLM:
        with np.load(path, allow_pickle=False) as data:
            words = str(data["words"]).split("\n")
            return cls.from_counts(words, data["uni"], data["bi_keys"], data["bi_counts"],
                                   data["tri_keys"], data["tri_counts"])

    def unigram_logp(self, token: str) -> float:
        i = self.vocab.get(token, -1)
        return self.uni_logp[i] if i >= 0 else OOV_LOGP

    def id(self, token: str) -> int:
        return self.vocab.get(token, -1)

    def count(self, token: str) -> int:
        i = self.vocab.get(token, -1)
        return self.uni[i] if i >= 0 else 0

    def bigram_count(self, a: str, b: str) -> int:
        return self.pair_count(self.id(a), self.id(b))

    def pair_count(self, i: int, j: int) -> int:
        """``bigram_count`` by ids."""
        return self.bi.get((i << BITS) | j, 0) if i >= 0 and j >= 0 else 0

    def trigram_seen(self, a: str, b: str, c: str) -> bool:
        """Whether the three tokens stood in this order in the LM's text."""
        return self.triple_seen(self.id(a), self.id(b), self.id(c))

    def triple_seen(self, u: int, v: int, w: int) -> bool:
        """``trigram_seen`` by ids."""
        return min(u, v, w) >= 0 and (((u << BITS) | v) << BITS | w) in self.tri_mass

    def backed_off(self, u: int, v: int) -> int:
        """``u``, or -1 when no trigram follows the pair ``u v``: ``logps`` scores such a
        context as its last word alone, and the decoder caches its scores once for all."""
        return u if u >= 0 and (u << BITS | v) in self.tri_after else -1

    def logp(self, u: int, v: int, w: int) -> float:
        """log P(w | u v); ids of -1 are unknown tokens. The arithmetic of ``logps``, for
        one word: the decoder's confidence asks for single words half a million times on
        a few dozen pages of legacy text."""
        if w == self.amount >= 0:
            w = self.number
        if w < 0:
            return OOV_LOGP
        cv = self.after[v] if v >= 0 else 0.0
        if not cv:
            return self.uni_logp[w]
        cuv = self.tri_after.get((u << BITS) | v, 0.0) if u >= 0 else 0.0
        bi_share = self.bi_mass.get((v << BITS) | w, 0.0) + self.bi_backoff[v] * self.uni_p[w]
        if not cuv:
            return math.log(bi_share / cv)
        context = (u << BITS) | v
        return math.log((self.tri_mass.get((context << BITS) | w, 0.0)
                         + self.tri_backoff[context] * bi_share / cv) / cuv)

    def logps(self, u: int, v: int, ws: list[int] | tuple[int, ...]) -> list[float]:
        """``[logp(u, v, w) for w in ws]``, with the context's share computed once: the
        decoder's inner loop scores every candidate of a slot in each beam context."""
        uni_p, log = self.uni_p, math.log
        cv = self.after[v] if v >= 0 else 0.0
        if not cv:
            return [self.uni_logp[w] if w >= 0 else OOV_LOGP for w in ws]
        bi, v_key, v_backoff = self.bi_mass, v << BITS, self.bi_backoff[v]
        context = (u << BITS) | v
        cuv = self.tri_after.get(context, 0.0) if u >= 0 else 0.0
        if not cuv:
            return [log((bi.get(v_key | w, 0.0) + v_backoff * uni_p[w]) / cv) if w >= 0
                    else OOV_LOGP for w in ws]
        tri, uv_key, uv_backoff = self.tri_mass, context << BITS, self.tri_backoff[context]
        return [log((tri.get(uv_key | w, 0.0)
                     + uv_backoff * (bi.get(v_key | w, 0.0) + v_backoff * uni_p[w]) / cv) / cuv)
                if w >= 0 else OOV_LOGP for w in ws]


def _discount(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each n-gram's count less its discount, and the discount (what goes to back-off)."""
    counts = counts.astype(np.float64)
    taken = np.minimum(np.array(DISCOUNTS)[np.minimum(counts, 3).astype(np.int64)], counts)
    return counts - taken, taken


def _shared(values: np.ndarray) -> list[float]:
    """``values.tolist()`` with one float object per distinct value: counts repeat a few
    values hundreds of thousands of times, and each float object costs 24 bytes."""
    distinct, where = np.unique(values, return_inverse=True)
    objects = distinct.tolist()
    return [objects[i] for i in where.tolist()]


def save(path: Path, words: list[str], uni: np.ndarray, bi: dict[int, int],
         tri: dict[int, int]) -> None:
    bi_keys = np.fromiter(bi.keys(), dtype=np.int64, count=len(bi))
    tri_keys = np.fromiter(tri.keys(), dtype=np.int64, count=len(tri))
    order_b, order_t = np.argsort(bi_keys), np.argsort(tri_keys)
    bi_counts = np.fromiter(bi.values(), dtype=np.int64, count=len(bi))
    tri_counts = np.fromiter(tri.values(), dtype=np.int64, count=len(tri))
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez_compressed(
        tmp, words=np.array("\n".join(words)), uni=uni.astype(np.int64),
        bi_keys=bi_keys[order_b], bi_counts=bi_counts[order_b].astype(np.int32),
        tri_keys=tri_keys[order_t], tri_counts=tri_counts[order_t].astype(np.int32),
    )
    tmp.replace(path)
