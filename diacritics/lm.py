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
    uni_p: list[float]  # add-one-half unigram probability: the base of every back-off
    bi: dict[int, int]
    tri: dict[int, int]
    followers: list[int]  # distinct words seen after each word
    after: list[int]  # total count of bigrams starting with each word
    bi_followers: dict[int, int]  # distinct words seen after each word pair
    bi_after: dict[int, int]  # total count of trigrams starting with each word pair
    arrays: dict[str, np.ndarray]  # the same counts as sorted arrays, for batch lookups

    @classmethod
    def from_counts(cls, words: list[str], uni: np.ndarray, bi_keys: np.ndarray,
                    bi_counts: np.ndarray, tri_keys: np.ndarray,
                    tri_counts: np.ndarray) -> NgramLM:
        followers = np.bincount(bi_keys >> BITS, minlength=len(words))
        after = np.bincount(bi_keys >> BITS, weights=bi_counts, minlength=len(words))
        contexts, first, per_context = np.unique(tri_keys >> BITS, return_index=True,
                                                 return_counts=True)
        totals = np.add.reduceat(tri_counts.astype(np.int64), first) if len(first) else first
        uni_p = (uni + 0.5) / (uni.sum() + 0.5 * len(uni))
        return cls(
            words=words,
            vocab={w: i for i, w in enumerate(words)},
            uni=uni.tolist(),
            uni_p=uni_p.tolist(),
            bi=dict(zip(bi_keys.tolist(), bi_counts.tolist(), strict=True)),
            tri=dict(zip(tri_keys.tolist(), tri_counts.tolist(), strict=True)),
            followers=followers.tolist(),
            after=after.astype(np.int64).tolist(),
            bi_followers=dict(zip(contexts.tolist(), per_context.tolist(), strict=True)),
            bi_after=dict(zip(contexts.tolist(), totals.tolist(), strict=True)),
            arrays={"bi_keys": bi_keys, "bi_counts": bi_counts.astype(np.float64),
                    "tri_keys": tri_keys, "tri_counts": tri_counts.astype(np.float64),
                    "uni_p": uni_p,
                    "after": after.astype(np.float64),
                    "followers": followers.astype(np.float64)},
        )

    @classmethod
    def load(cls, path: Path) -> NgramLM:
        with np.load(path, allow_pickle=False) as data:
            words = str(data["words"]).split("\n")
            return cls.from_counts(words, data["uni"], data["bi_keys"], data["bi_counts"],
                                   data["tri_keys"], data["tri_counts"])

    def unigram_logp(self, token: str) -> float:
        i = self.vocab.get(token, -1)
        return math.log(self.uni_p[i]) if i >= 0 else OOV_LOGP

    def id(self, token: str) -> int:
        return self.vocab.get(token, -1)

    def count(self, token: str) -> int:
        i = self.vocab.get(token, -1)
        return self.uni[i] if i >= 0 else 0

    def bigram_count(self, a: str, b: str) -> int:
        i, j = self.id(a), self.id(b)
        return self.bi.get((i << BITS) | j, 0) if i >= 0 and j >= 0 else 0

    def logp(self, u: int, v: int, w: int) -> float:
        """log P(w | u v); ids of -1 are unknown tokens."""
        return self.logps(u, v, [w])[0]

    def logps(self, u: int, v: int, ws: list[int]) -> list[float]:
        """``[logp(u, v, w) for w in ws]``, with the context's share computed once: the
        decoder's inner loop scores every candidate of a slot in each beam context."""
        out = []
        cv = self.after[v] if v >= 0 else 0
        if cv:
            v_key = v << BITS
            v_backoff = DISCOUNT * self.followers[v]
        context = (u << BITS) | v
        cuv = self.bi_after.get(context, 0) if u >= 0 and v >= 0 else 0
        if cuv:
            uv_key = context << BITS
            uv_backoff = DISCOUNT * self.bi_followers.get(context, 0)
        bi, tri, uni_p = self.bi, self.tri, self.uni_p
        for w in ws:
            if w < 0:
                out.append(OOV_LOGP)
                continue
            p = uni_p[w]
            if cv:
                c = bi.get(v_key | w, 0)
                p = ((c - DISCOUNT if c > DISCOUNT else 0.0) + v_backoff * p) / cv
                if cuv:
                    c = tri.get(uv_key | w, 0)
                    p = ((c - DISCOUNT if c > DISCOUNT else 0.0) + uv_backoff * p) / cuv
            out.append(math.log(p))
        return out

    def logps_matrix(self, us: list[int], vs: list[int], ws: np.ndarray) -> np.ndarray:
        """``logps`` for many contexts at once: row i holds ``logps(us[i], vs[i], ws)``.
        The same arithmetic on arrays; worth it when a slot has many candidates."""
        a = self.arrays
        u = np.array(us, dtype=np.int64)
        v = np.array(vs, dtype=np.int64)
        known_w = ws >= 0
        p = np.broadcast_to(np.where(known_w, a["uni_p"][np.maximum(ws, 0)], 1.0),
                            (len(v), len(ws)))
        known_v = v >= 0
        cv = np.where(known_v, a["after"][np.maximum(v, 0)], 0.0)
        seen_v = cv > 0
        if seen_v.any():
            c = _lookup(a["bi_keys"], a["bi_counts"], (v << BITS)[:, None] | ws[None, :])
            backoff = DISCOUNT * np.where(known_v, a["followers"][np.maximum(v, 0)], 0.0)
            with np.errstate(divide="ignore", invalid="ignore"):
                bi_p = (np.maximum(c - DISCOUNT, 0.0) + backoff[:, None] * p) / cv[:, None]
            p = np.where(seen_v[:, None], bi_p, p)
        contexts = (u << BITS) | v
        cuv = np.array([self.bi_after.get(k, 0) if i >= 0 and j >= 0 else 0
                        for k, i, j in zip(contexts.tolist(), us, vs, strict=True)],
                       dtype=np.float64)
        seen_uv = cuv > 0
        if seen_uv.any():
            c = _lookup(a["tri_keys"], a["tri_counts"], (contexts << BITS)[:, None] | ws[None, :])
            backoff = DISCOUNT * np.array([self.bi_followers.get(k, 0)
                                           for k in contexts.tolist()], dtype=np.float64)
            with np.errstate(divide="ignore", invalid="ignore"):
                tri_p = (np.maximum(c - DISCOUNT, 0.0) + backoff[:, None] * p) / cuv[:, None]
            p = np.where(seen_uv[:, None], tri_p, p)
        return np.where(known_w[None, :], np.log(p), OOV_LOGP)


def _lookup(keys: np.ndarray, counts: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """The count of each query key in the sorted ``keys`` (0 where absent)."""
    at = np.minimum(np.searchsorted(keys, queries), len(keys) - 1)
    return np.where(keys[at] == queries, counts[at], 0.0)


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
