"""A syllable trigram language model with stupid backoff, stored as sorted integer arrays.

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
BACKOFF = math.log(0.4)
OOV_LOGP = math.log(1e-7)


@dataclass
class NgramLM:
    words: list[str]
    vocab: dict[str, int]
    uni: list[int]
    bi: dict[int, int]
    tri: dict[int, int]
    total: int

    @classmethod
    def from_counts(cls, words: list[str], uni: np.ndarray, bi_keys: np.ndarray,
                    bi_counts: np.ndarray, tri_keys: np.ndarray,
                    tri_counts: np.ndarray) -> NgramLM:
        return cls(
            words=words,
            vocab={w: i for i, w in enumerate(words)},
            uni=uni.tolist(),
            bi=dict(zip(bi_keys.tolist(), bi_counts.tolist(), strict=True)),
            tri=dict(zip(tri_keys.tolist(), tri_counts.tolist(), strict=True)),
            total=int(uni.sum()),
        )

    @classmethod
    def load(cls, path: Path) -> NgramLM:
        with np.load(path, allow_pickle=False) as data:
            words = str(data["words"]).split("\n")
            return cls.from_counts(words, data["uni"], data["bi_keys"], data["bi_counts"],
                                   data["tri_keys"], data["tri_counts"])

    def id(self, token: str) -> int:
        return self.vocab.get(token, -1)

    def count(self, token: str) -> int:
        i = self.vocab.get(token, -1)
        return self.uni[i] if i >= 0 else 0

    def logp(self, u: int, v: int, w: int) -> float:
        """log P(w | u v) by stupid backoff; ids of -1 are unknown tokens."""
        if w < 0:
            return OOV_LOGP
        if v >= 0:
            if u >= 0:
                c = self.tri.get((u << 2 * BITS) | (v << BITS) | w)
                if c:
                    return math.log(c / self.bi[(u << BITS) | v])
                penalty = BACKOFF
            else:
                penalty = 0.0
            c = self.bi.get((v << BITS) | w)
            if c:
                return penalty + math.log(c / self.uni[v])
            return penalty + BACKOFF + math.log((self.uni[w] + 0.5) / self.total)
        return BACKOFF + math.log((self.uni[w] + 0.5) / self.total)


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
