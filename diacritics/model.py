"""The loaded repair model: language model, syllable index, abbreviations, OCR channel."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from diacritics.lm import NgramLM
from diacritics.syllable import split_tone, strip_marks

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_DIR_ENV = "DIACRITICS_MODEL_DIR"  # points the engine at another built model


def model_dir() -> Path:
    return Path(os.environ.get(MODEL_DIR_ENV) or DATA_DIR)


@dataclass
class Model:
    lm: NgramLM
    valid: set[str]  # lowercase, old-style tone placement
    by_stripped: dict[str, list[str]]  # "cai" -> ["các", "cái", "cải", ...] by frequency
    abbreviations: dict[str, str]  # stripped upper form -> proper form ("HDND" -> "HĐND")
    # proper form, lower case -> the LM's words of what it stands for ("cccd" -> ("căn",
    # "cước", "công", "dân"))
    expansions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    two_syllable_words: frozenset[str] = frozenset()  # "khoáng sản", folded, lower-case
    dashed_pairs: frozenset[str] = frozenset()  # "tế xã" of "kinh tế - xã hội", as above
    capitals: dict[str, float] = field(default_factory=dict)  # see case.py
    before_capitals: dict[str, float] = field(default_factory=dict)
    given_names: dict[str, int] = field(default_factory=dict)  # syllable -> names it ends
    channel: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    info: dict[str, object] = field(default_factory=dict)

    def variants(self, stripped_lower: str) -> list[str]:
        return self.by_stripped.get(stripped_lower, [])

    def same_base(self, syllable: str) -> list[str]:
        """Variants differing from ``syllable`` only by tone (not by ă/â/ê/ô/ơ/ư/đ)."""
        base = split_tone(syllable)[0]
        return [v for v in self.variants(strip_marks(syllable)) if split_tone(v)[0] == base]


def _load_channel(data_dir: Path) -> dict[str, dict[str, dict[str, float]]]:
    path = data_dir / "channel.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load(data_dir: Path | None = None) -> Model:
    data_dir = data_dir or model_dir()
    lm = NgramLM.load(data_dir / "lm.npz")
    info = json.loads((data_dir / "lexicon.json").read_text(encoding="utf-8"))
    valid = set(info.pop("valid_syllables"))
    by_stripped: dict[str, list[str]] = defaultdict(list)
    for syllable in sorted(valid, key=lambda s: (-lm.count(s), s)):
        by_stripped[strip_marks(syllable)].append(syllable)
    abbreviations = {strip_marks(a).upper(): a for a in info.pop("abbreviations")}
    expansions = {a: tuple(words) for a, words in info.pop("abbreviation_expansions", {}).items()}
    words = frozenset(info.pop("two_syllable_words", []))
    return Model(lm=lm, valid=valid, by_stripped=dict(by_stripped),
                 abbreviations=abbreviations, expansions=expansions,
                 two_syllable_words=words,
                 dashed_pairs=frozenset(info.pop("dashed_pairs", [])),
                 capitals=info.pop("capitals", {}),
                 before_capitals=info.pop("before_capitals", {}),
                 given_names=info.pop("given_names", {}),
                 channel=_load_channel(data_dir), info=info)
