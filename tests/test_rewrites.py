"""Substring confusions learned from the word channel reach words it never saw."""

from __future__ import annotations

import diacritics
from diacritics import rewrites

CHANNEL = {"chirc": {"chức": -0.1}, "mirc": {"mức": -0.2}, "dir": {"dữ": -0.3},
           "tir": {"từ": -0.4, "tử": -0.9}, "x3": {"xã": -0.1}, "ctia": {"của": -0.5}}
MIN_WORDS = 3  # the threshold for a channel this small (the real one asks for more)


def test_a_rewrite_seen_in_several_words_is_learned_and_applies_elsewhere():
    rules = rewrites.learn(CHANNEL, MIN_WORDS)
    assert [target for target, _ in rules["ir"]] == ["u"]
    assert "thuc" in {reading for reading, _ in rewrites.apply("thirc", rules)}


def test_a_rewrite_seen_once_or_twice_is_not_learned():
    rules = rewrites.learn(CHANNEL, MIN_WORDS)
    assert "3" not in rules  # only "x3"
    assert "ti" not in rules  # only "ctia"


def test_more_words_give_a_likelier_rewrite():
    few = rewrites.learn(CHANNEL, MIN_WORDS)["ir"][0][1]
    more = rewrites.learn({**CHANNEL, "sir": {"sử": -0.1}, "trir": {"trữ": -0.1}},
                           MIN_WORDS)["ir"][0][1]
    assert more > few


def test_the_learned_rewrites_repair_an_unseen_garble():
    # "gtri" for gửi: "tr" printed for "u", learned from other words of the channel
    assert diacritics.restore("Kinh gtri: S& N6i vu tinh Thanh Hoéa.").text == (
        "Kính gửi: Sở Nội vụ tỉnh Thanh Hóa.")
