"""The language model is a distribution in every context, the decoder's beam search finds
the best path, and its caches do not change what it finds."""

from __future__ import annotations

import dataclasses
import itertools
import math
from pathlib import Path

import pytest
import regex

import diacritics
from diacritics import api, build
from diacritics import decoder as decoder_mod
from diacritics import lm as lm_mod
from diacritics.model import load
from samples.generate import seed_text


def test_each_context_spreads_exactly_one_unit_of_probability():
    lm = load().lm
    everything = list(range(len(lm.words)))
    tokens = [lm.id(t) for t in build.lm_tokens(seed_text("002"))][:500]
    bos, tinh = lm.id(lm_mod.BOS), lm.id("tỉnh")
    contexts = [(bos, bos), (tokens[10], tokens[11]), (-1, tinh), (tinh, tinh), (-1, -1)]
    for u, v in contexts:
        assert math.fsum(math.exp(lp) for lp in lm.logps(u, v, everything)) == (
            pytest.approx(1.0, abs=1e-9))


def test_one_word_scores_as_it_does_among_many():
    """``logp`` repeats ``logps``'s arithmetic for one word: the two must agree exactly,
    or the confidence of an edit would disagree with the path the decoder chose."""
    lm = load().lm
    tokens = [lm.id(t) for t in build.lm_tokens(seed_text("002"))][:400]
    words = sorted({*tokens, -1, lm.amount, lm.number, lm.id(lm_mod.EOS)})
    contexts = [*zip(tokens, tokens[1:], strict=False), (-1, tokens[5]), (-1, -1),
                (tokens[3], -1)]
    for u, v in contexts[::7]:
        many = lm.logps(u, v, [lm.number if w == lm.amount else w for w in words])
        assert [lm.logp(u, v, w) for w in words] == many


LEGACY = ("Thyc hién Ké hoach s6 12/KH-UBND cua UBND x3 vé cong tic cii cach hanh chinh "
          "nim 2024, Uy ban nhan dan x3 bao céo két qua nhu sau")


def test_a_context_without_trigrams_scores_as_its_last_word_alone():
    """The decoder shares one cache entry among such contexts."""
    lm = load().lm
    tokens = [lm.id(t) for t in build.lm_tokens(seed_text("002"))][:300]
    candidates = sorted(set(tokens))
    unseen = [(u, v) for u, v in zip(tokens[1:], tokens, strict=False)
              if u >= 0 and v >= 0 and (u << lm_mod.BITS | v) not in lm.tri_after]
    assert len(unseen) > 10
    for u, v in unseen:
        assert lm.logps(u, v, candidates) == lm.logps(-1, v, candidates)
        assert lm.backed_off(u, v) == -1
    seen = [(u, v) for u, v in zip(tokens, tokens[1:], strict=False)
            if u >= 0 and (u << lm_mod.BITS | v) in lm.tri_after]
    assert seen and all(lm.backed_off(u, v) == u for u, v in seen)


def test_beam_search_finds_the_best_path_of_all(monkeypatch):
    decoder = api._decoder()
    lm = decoder.model.lm
    # four candidates each: few enough paths to score them all
    slots = [_first(decoder.slot(w, "legacy"), 4) for w in "cong tic cii cach".split()]
    monkeypatch.setitem(decoder_mod.BEAM, "legacy", 1000)  # keeps every state: exact
    weight, bos = decoder_mod.LM_WEIGHT["legacy"], lm.id(lm_mod.BOS)

    def score(path: tuple[int, ...]) -> float:
        total, u, v = 0.0, bos, bos
        for slot, k in zip(slots, path, strict=True):
            w = slot.ids[k]
            total += slot.candidates[k][1] + weight * lm.logp(u, v, w)
            u, v = v, w
        return total

    best = max(itertools.product(*(range(len(s.ids)) for s in slots)), key=score)
    assert decoder.best_path(slots, "legacy") == list(best)
    assert [slots[i].candidates[k][0] for i, k in enumerate(best)] == [
        "công", "tác", "cải", "cách"]
    assert "cải cách hành chính" in diacritics.restore(LEGACY).text


def _first(slot: decoder_mod.Slot, n: int) -> decoder_mod.Slot:
    return dataclasses.replace(slot, candidates=slot.candidates[:n], ids=slot.ids[:n],
                               channel=slot.channel[:n], words=slot.words[:n])


def test_the_beam_cut_keeps_what_a_plain_beam_search_keeps():
    """The decoder skips expansions that cannot reach the beam; a plain beam search of
    the same width, written out here, must choose the same paths (seed 000's garble).
    Both drop an entry the mode's margin behind the best and keep, beyond the width, an
    entry whose word the LM has seen before one of the next word's likely readings."""
    decoder = api._decoder()
    lm = decoder.model.lm
    width, weight = decoder_mod.BEAM["legacy"], decoder_mod.LM_WEIGHT["legacy"]
    bos = lm.id(lm_mod.BOS)
    text = (Path(__file__).parent.parent / "samples/seeds/000_262f73c38c7053dd.txt").read_text()
    lines = [[decoder.slot(w, "legacy") for w in regex.findall(r"\p{L}+", line)]
             for line in text.splitlines()[:40]]
    for slots in filter(None, lines):
        beam = [(0.0, bos, bos, ())]
        for n, slot in enumerate(slots):
            expanded: dict = {}
            for score, u, v, path in beam:
                for k, (w, lp) in enumerate(zip(slot.ids, slot.channel, strict=True)):
                    total = score + lp + weight * lm.logp(u, v, w)
                    key = (v, w if w >= 0 else -2 - k)
                    if key not in expanded or total > expanded[key][0]:
                        expanded[key] = (total, v, w, (*path, k))
            ranked = sorted(expanded.values(), key=lambda e: e[0], reverse=True)
            likely = [] if n + 1 == len(slots) else [
                w for w, lp in zip(slots[n + 1].ids, slots[n + 1].channel, strict=True)
                if w >= 0 and lp >= max(slots[n + 1].channel) - decoder_mod.LOOKAHEAD_CHANNEL]
            least = ranked[0][0] - decoder_mod.BEAM_MARGIN["legacy"]
            beam = [e for e in ranked[:width] if e[0] >= least] + [
                e for e in ranked[width:] if e[0] >= least
                and e[2] >= 0 and any(lm.pair_count(e[2], w) for w in likely)]
        assert decoder.best_path(slots, "legacy") == list(beam[0][3])


def test_cached_scores_give_the_same_repair_as_a_cold_start():
    decoder = api._decoder()
    first = diacritics.restore(LEGACY).text
    assert decoder._slots and decoder._lm_scores
    api.clear_caches()
    assert not decoder._slots and not decoder._lm_scores
    assert diacritics.restore(LEGACY).text == first
