"""A syllable trigram language model (interpolated absolute discounting), stored as sorted
integer arrays.

Tokens are lowercase syllables in old-style tone placement (``syllable.fold``), plus
``<s>`` (sentence start) and ``<num>`` (any number). N-grams are packed into 64-bit keys
(20 bits per syllable id) and loaded into dicts, which is the fastest lookup in Python.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BITS = 20
MASK = (1 << BITS) - 1
BOS, NUM = "<s>", "<num>"
DISCOUNT = 0.75
OOV_LOGP = math.log(1e-7)


@dataclass
class NgramLM:
    words: list[str]
    vocab: dict[str, int]
    uni: list[int]
    bi: dict[int, int]
    tri: dict[int, int]
    total: int
    followers: list[int]  # distinct words seen after each word
    after: list[int]  # total count of bigrams starting with each word
    bi_followers: dict[int, int]  # distinct words seen after each word pair
    bi_after: dict[int, int]  # total count of trigrams starting with each word pair

    @classmethod
    def from_counts(cls, words: list[str], uni: np.ndarray, bi_keys: np.ndarray,
                    bi_counts: np.ndarray, tri_keys: np.ndarray,
                    tri_counts: np.ndarray) -> NgramLM:
        followers = np.bincount(bi_keys >> BITS, minlength=len(words))
        after = np.bincount(bi_keys >> BITS, weights=bi_counts, minlength=len(words))
        contexts, first, per_context = np.unique(tri_keys >> BITS, return_index=True,
                                                 return_counts=True)
        totals = np.add.reduceat(tri_counts.astype(np.int64), first) if len(first) else first
        return cls(
            words=words,
            vocab={w: i for i, w in enumerate(words)},
            uni=uni.tolist(),
            bi=dict(zip(bi_keys.tolist(), bi_counts.tolist(), strict=True)),
            tri=dict(zip(tri_keys.tolist(), tri_counts.tolist(), strict=True)),
            total=int(uni.sum()),
            followers=followers.tolist(),
            after=after.astype(np.int64).tolist(),
            bi_followers=dict(zip(contexts.tolist(), per_context.tolist(), strict=True)),
            bi_after=dict(zip(contexts.tolist(), totals.tolist(), strict=True)),
        )

    @classmethod
    def load(cls, path: Path) -> NgramLM:
        with np.load(path, allow_pickle=False) as data:
            words = str(data["words"]).split("\n")
            return cls.from_counts(words, data["uni"], data["bi_keys"], data["bi_counts"],
                                   data["tri_keys"], data["tri_counts"])

    def _unigram(self, w: int) -> float:
        """Add-one-half unigram probability, the base every higher order backs off to."""
        return (self.uni[w] + 0.5) / (self.total + 0.5 * len(self.uni))

    def unigram_logp(self, token: str) -> float:
        i = self.vocab.get(token, -1)
        return math.log(self._unigram(i)) if i >= 0 else OOV_LOGP

    def id(self, token: str) -> int:
        return self.vocab.get(token, -1)

    def count(self, token: str) -> int:
        i = self.vocab.get(token, -1)
        return self.uni[i] if i >= 0 else 0

    def logp(self, u: int, v: int, w: int) -> float:
        """log P(w | u v); ids of -1 are unknown tokens."""
        if w < 0:
            return OOV_LOGP
        p = self._unigram(w)
        if v >= 0:
            cv = self.after[v]
            if cv:
                c = self.bi.get((v << BITS) | w, 0)
                p = (max(c - DISCOUNT, 0.0) + DISCOUNT * self.followers[v] * p) / cv
            if u >= 0:
                context = (u << BITS) | v
                cuv = self.bi_after.get(context, 0)
                if cuv:
                    c = self.tri.get((context << BITS) | w, 0)
                    p = (max(c - DISCOUNT, 0.0)
                         + DISCOUNT * self.bi_followers.get(context, 0) * p) / cuv
        return math.log(p)


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
