"""The language model is a distribution in every context, its batch scoring agrees with
its one-context scoring, and the decoder's array step finds the same path as its loop."""

from __future__ import annotations

import math

import numpy as np
import pytest

import diacritics
from diacritics import api, build
from diacritics import decoder as decoder_mod
from diacritics import lm as lm_mod
from diacritics.model import load
from samples.generate import seed_text


def test_matrix_scores_equal_one_context_scores():
    lm = load().lm
    tokens = [lm.id(t) for t in build.lm_tokens(seed_text("002"))][:2000]
    for i in range(2, len(tokens) - 30, 37):
        us = [tokens[i - 2], tokens[i - 1], -1, tokens[i]]
        vs = [tokens[i - 1], tokens[i], tokens[i], -1]
        ws = np.array([*tokens[i:i + 20], -1], dtype=np.int64)
        matrix = lm.logps_matrix(us, vs, ws)
        for row, (u, v) in enumerate(zip(us, vs, strict=True)):
            assert matrix[row] == pytest.approx(lm.logps(u, v, ws.tolist()), abs=1e-12)


def test_each_context_spreads_exactly_one_unit_of_probability():
    lm = load().lm
    everything = list(range(len(lm.words)))
    tokens = [lm.id(t) for t in build.lm_tokens(seed_text("002"))][:500]
    bos, tinh = lm.id(lm_mod.BOS), lm.id("tỉnh")
    contexts = [(bos, bos), (tokens[10], tokens[11]), (-1, tinh), (tinh, tinh), (-1, -1)]
    for u, v in contexts:
        assert math.fsum(math.exp(lp) for lp in lm.logps(u, v, everything)) == (
            pytest.approx(1.0, abs=1e-9))


LEGACY = ("Thyc hién Ké hoach s6 12/KH-UBND cua UBND x3 vé cong tic cii cach hanh chinh "
          "nim 2024, Uy ban nhan dan x3 bao céo két qua nhu sau")


def test_array_step_finds_the_loops_path(monkeypatch):
    decoder = api._decoder()
    words = LEGACY.split()
    slots = [decoder.slot(w, "legacy") for w in words]
    monkeypatch.setattr(decoder_mod, "MATRIX_FROM", 1)
    by_arrays = decoder.best_path(slots, "legacy")
    monkeypatch.setattr(decoder_mod, "MATRIX_FROM", 10**9)
    by_loop = decoder.best_path(slots, "legacy")
    assert by_arrays == by_loop
    assert "cải cách hành chính" in diacritics.restore(LEGACY).text


def test_cached_scores_give_the_same_repair_as_a_cold_start():
    decoder = api._decoder()
    first = diacritics.restore(LEGACY).text
    assert decoder._slots and decoder._lm_scores
    api.clear_caches()
    assert not decoder._slots and not decoder._lm_scores
    assert diacritics.restore(LEGACY).text == first
