"""Noisy-channel decoding of one line: candidates per word, beam search with the LM.

Each line is first classified by the damage it shows:
- ``vie``: Vietnamese with marks (Tesseract ``vie`` output); the written word is very
  likely right, alternatives are tone/shape variants and near misses;
- ``stripped``: no marks at all, every word a valid unmarked syllable: all marked
  variants of each word compete on LM score alone;
- ``legacy``: text OCR'd without the Vietnamese model: words are garbled ("cira",
  "x3", "dugc"); candidates come from the learned OCR channel and fuzzy matches.
The best path maximises  sum(channel log-prob) + LM_WEIGHT[mode] * sum(LM log-prob).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import regex
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from diacritics import case, rewrites, syllable
from diacritics import lm as lm_mod
from diacritics.codes import to_roman
from diacritics.document_cache import DocumentCache
from diacritics.model import Model
from diacritics.names import MIDDLE_NAMES, SURNAMES, TITLES
from diacritics.syllable import (
    PLAIN_VOWEL,
    fold,
    is_syllable_shape,
    nfc,
    place_tone,
    split_tone,
    strip_marks,
    tone_marks,
)

# Legacy constants were chosen on train renders with a model and channel built from the
# other train seed only (build on 002, read 003, and the reverse): CER 2.3/2.6% -> 1.4/1.5%.
LM_WEIGHT = {"vie": 1.0, "stripped": 1.0, "legacy": 0.8}
# paths kept per word. Legacy garble has twenty candidates a word, and a phrase's
# second word may be what makes its first right ("nhom th tuc": "nhóm thì" leads until
# "tục" comes, "nhóm thủ tục"): 8 -> 16 mended 8 words of seeds 000/001 (4 wrong ones
# turned into other wrong ones, no right one changed; legacy dev WER cleaned 1.85 ->
# 1.79%, raw 9.22 -> 9.11%) for about 5% more time: the floor cut prunes most new paths
BEAM = {"vie": 4, "stripped": 12, "legacy": 16}
LOG_KEEP = {"vie": math.log(0.97), "stripped": 0.0, "legacy": math.log(0.2)}
LOG_TONE_ERROR = math.log(0.0003)  # vie: a different tone on the same base
# vie: a plain syllable read with a tone mark (a speck above or below the vowel): in the
# learned channel 8-14x as common as any other tone misreading (29 of 1,920 plain words
# against 6 of 5,228 marked ones on one train seed's renders, 33/4,167 against 19/12,594
# on the other's). x8: dev 5.65/6.08% -> 5.64/6.00%; x16 edited the Debian guide's prose
LOG_TONE_ADDED = math.log(0.0003 * 8)
# vie: a tone read as another by habit, (tone read, tone printed) -> log-probability, where
# the font makes it so: a hook above read as an acute ("tống hợp", "Tố công nghệ số",
# "thiếu số"). Tesseract did that to 1.7% of the hook words of the dev reports rendered
# in Liberation Serif (Times New Roman's metrics, the font official documents are typed
# in; 134 of 7,922) and to 0.25% in our render fonts (20): that font's rate. Dev errors in
# Liberation 229 -> 210, 190 with trust withheld from such words (repair.py); errors on
# our renders' dev pages and the repair of 551 dev, seed and probe texts the same. And a
# grave lost ("trồng" read "trông", "về" "vê"): 0.1% of the grave words of our renders' dev
# pages (10 of 9,511), 0.28% in Liberation Serif. At 0.1%, Liberation 166 -> 162 errors,
# ours the same; at 0.28%, one word of ours ("chẵn") lost. And a dot below lost ("hộ"
# read "hô", "Nội" "Nôi"), as often: 0.09% of such words (11 of 12,766), 0.01% (1) in
# Liberation Serif; at 0.1%, errors on our renders 96 -> 95, in Liberation 155 as before
LOG_TONE_MISREADS: dict[tuple[int, int], float] = {(1, 3): math.log(0.017),
                                                    (0, 2): math.log(0.001),
                                                    (0, 5): math.log(0.001)}
LOG_SHAPE_ERROR = math.log(0.0001)  # vie: a different vowel shape (ô/ơ, ă/â, ...)
LOG_INVALID_FIX = math.log(0.3)  # vie: an invalid word's marked variants
LOG_INVALID_KEEP = math.log(0.05)  # vie: keep an invalid word (names, foreign words)
LOG_EDIT = math.log(0.01)  # legacy: per character edit
# a capital inside a sentence is a capital, and a reading that starts with another letter
# costs an edit more (it had changed names: "Đình Khai" read "Đình thái", "Y Thuyén" "Y
# huyện"), unless the English model prints that capital for the reading's first letter
# (small, without marks): on the channel's dev pages "Ién" lớn, "Jén" lên, "Tuan" luận,
# "Man" lần, "Wy" lý, "Gng" ứng, "Geng" đồng, "Gong" công, "Pang" Đảng, "Hoi" Đổi,
# "FauGng" dưỡng, "Céng" dụng
MISREAD_CAPITALS = {"i": "l", "j": "l", "t": "l", "m": "l", "w": "l", "g": "udc", "p": "d",
                    "h": "d", "f": "d", "c": "d"}
LOG_I_FOR_A = math.log(0.25)  # legacy: "i" printed for ă/â
# legacy: "ai" printed for "ơi" (mới read "mai" 4 times in the real scans of seeds 000/001,
# never in the renders the channel learned from: "thai" for thời twice)
LOG_AI_FOR_OI = math.log(0.25)
HORN_O = frozenset("ơớờởỡợ")
LOG_EXACT_STRIPPED = math.log(0.3)  # legacy: marks lost but letters right
# legacy: "ưn" before a final g printed "m", alone or after a stroke read "i", "t", "G" or
# "U" ("timg" từng, "nhimg" những, "mg", "img", "tmg", "Gmg", "Umg" ứng: 21 times in the
# real scans of seeds 000/001); the onset before it stays
UNG_AS_MG = regex.compile(r"^(?P<onset>[bcdđghklmnpqrstvx]*?)(?P<stroke>[itgu]?)mg$")
LOG_UNG_AS_MG = math.log(0.25)
LOG_REAL_WORD_EDIT = math.log(0.0001)  # vie: a real word one letter off another
REAL_WORD_PAIR_MIN = 10  # the pair a one-letter reading must make with a neighbour
REAL_WORD_FORMS = 30  # unmarked forms one letter off a word that are tried, commonest first
# the share of a syllable's uses beside one word that binds the two into one word ("vắc"
# is mostly seen before "xin"): a reading's pair with that word is no evidence alone
BOUND_SHARE = 0.5
# a consonant before another that starts a syllable, as names of the Central Highlands'
# peoples begin ("Blơng", "Kpă", "Hlim", "Drang"), or a letter Vietnamese spelling has not
# before a syllable ("Y Wơn", "Y Jơn", "Jrai"); no Vietnamese word does. A held-out dev
# report's "Y Wơn Knul" had become "Y sơn Knul"
FOREIGN_ONSET = regex.compile(
    r"^(?:(?!kh|ng|nh|ph|th|tr)[bdđhkmnpst](?=[bdđhklmnprstv])|[fjwz])")
# a final no Vietnamese syllable has, which names of the Central Highlands' places and
# peoples end with ("Đăk Tuôr", "Ea Kar", "Cư M'gar"); a new dev decision's "Tuôr" had
# become "Tuổi". Not l: OCR reads a final i as l ("Sở Nộl vụ"), which is decoded
FOREIGN_FINAL = regex.compile(r"r$")
# a syllable ending in a stop takes the sắc or nặng tone only: one with a Vietnamese letter
# and another tone (none, huyền, hỏi, ngã) is one whose tone OCR misread, not a name ("Lôc
# Văn Pản" for Lộc in a new decision's table). Of JVnSegmenter's 20k names, every one so
# shaped is a name that lost its mark ("LÔC", "PHƯƠC", "Đăc")
STOP_FINAL = regex.compile(r"(?:c|ch|p|t)$")
STOP_TONES = (1, 5)
MAX_FUZZY = 12
LONGEST_SYLLABLE = 7  # letters: "nghiêng"
# legacy words glued from syllables (Decoder.glued_garble): letters at least, and how often
# each pair of three parts or more must be seen together (a unit's or a drug's spelling,
# "ki lô gam", "pê ni xi lin", has few)
GLUED_MIN_LETTERS = 5
GLUED_PAIR_MIN = 10
SEEN_INVALID_MIN = 3  # uses in the LM's text that make a non-syllable a word ("chip")
# of those uses, the share written with a capital that makes it a name ("Xtiêng", 12 of 13)
SEEN_NAME_SHARE = 0.5
# candidates whose right context Decoder.confidence scores; a legacy edit's confidence
# only annotates it (no decision reads it), so fewer candidates do there
CONFIDENCE_CANDIDATES = {"vie": 8, "stripped": 8, "legacy": 4}
# pruned by channel + unigram; legacy 24 -> 20 ran ~10% faster for dev WER 4.40/5.37% ->
# 4.39/5.53% on cleaned eng pages (16: 4.44/5.58%, ~20% faster). With today's channel
# and LM, 16 moved no dev WER on rendered garble, but misread words of seeds 000/001
# that 20 reads right ("điện tử" -> "tế", "giảm bớt" -> "bề"): real scans' garble puts
# the right reading further down
MAX_CANDIDATES = {"vie": 6, "stripped": 12, "legacy": 20}
# how much a capital inside a sentence (or its absence) counts, per mode (case.py). In vie
# text only a word's own capital counts: a name's syllables keep their marks there ("các
# thôn A Ka, Ta Rá" in a new notice had become "Ta Ra", the LM's "chúng ta ra"); small
# letters and the next word's case had changed words of the Debian UI translations
# ("root" ruột); on the raw vie dev pages neither changed a word
CASE_WEIGHT = {"vie": 0.5, "stripped": 1.0, "legacy": 0.5}
# a family name's or middle name's syllables, in those places of a person's name: x100
# (dev stripped 98.50 -> 98.52% at x20, where x5 and x100 scored the same; with place
# names at weight 1, x100 98.57 -> 98.58%, x1000 98.575%; legacy dev the same)
LOG_NAME_ROLE = math.log(100.0)
# the last words of a person's name (held-out names, marks stripped: 78.98 -> 80.22% at 3;
# at 1, before a name's word before a comma had its role, 78.92 -> 79.57%; new documents'
# legacy garble 5.20 -> 5.16% at 1, 5.15% at 3)
GIVEN_NAME_WEIGHT = 3.0
# the share of its uses a word has before a number in the LM's text to be a label there
# (Decoder.number_label): tháng 35%, điều 30%, khoản 46%; quý 1%, its numerals Roman
NUMBER_LABEL_SHARE = 0.2
# the words each other place of a person's name favours by LOG_NAME_ROLE
NAME_ROLE_WORDS = {"surname": SURNAMES, "middle": MIDDLE_NAMES, "title": TITLES}
# a path this far (log-prob) behind the best one leaves the beam: the words ahead seldom
# make up so much. On the dev text (train seeds both ways: stripped, raw vie and legacy
# pages) 10 changed no WER or accuracy figure (8 lost a legacy word, 7 a stripped one);
# the LM is consulted 60% less often on clean vie text, 20% less on legacy garble. Legacy
# 7: no dev WER moved (cleaned and raw eng pages, train seeds both ways), ~20% faster;
# one word of seed 001 changed, to the right one ("3 thông" -> "3 không"); a margin of 6
# lost words on cleaned pages (seed 003's WER 1.23 -> 1.30%)
BEAM_MARGIN = {"vie": 10.0, "stripped": 10.0, "legacy": 7.0}
# the next word's readings that can keep a reading below the beam's width in it
# (``Decoder._rescued``): those within this much of its best channel score
LOOKAHEAD_CHANNEL = 2.0
# the LM's tokens that stand for no word: sentence marks, numbers, a phrase break
NON_WORD_TOKENS = frozenset({lm_mod.BOS, lm_mod.EOS, lm_mod.NUM, lm_mod.AMOUNT,
                             lm_mod.PERCENT, lm_mod.COMMA})
# the English model reads "ở" alone as "6" ("hòa giải 6 cơ sở", "nhà 6, cây trồng" in the
# garble of two new documents; seed 000's "toàn trình 6 một số"), but a lone 6 inside a
# sentence is mostly the number ("6 tháng đầu năm", "dưới 6 tuổi"): the LM chooses, the
# word at odds of 0.3 (the English-model garble of 13 dev batches: 1927 -> 1924 word errors
# cleaned, against 0.1; seeds 000/001 the same). So for "số" read "56" on raw pages ("một
# 56 điểm", "Quyết định 56 06/QĐ-TTg", "56 hóa": 14 times in the raw English-model reads of
# the 24 dev batches, 10 now right; "có 56 hộ", "Điều 56" stay numbers)
LONE_DIGIT_WORDS = {"6": "ở", "56": "số"}
LOG_LONE_DIGIT_WORD = math.log(0.3)
# and an l with a vowel as a 1 with a digit: "sạt lở" and "lở mồm long móng" read "16"
# (six times in new documents' garble), "lộ trình" "16" or "10", "gọi tắt là" "14"; the
# number or the syllables of those letters (l + o, l + a), the LM choosing
DIGIT_SYLLABLE = regex.compile(r"1[046]")
DIGIT_SYLLABLE_READINGS = 6  # the commonest syllables of the letters that are tried
# obscenities, which the LM's news and word lists hold: repair never writes one that the
# text did not ("Các hộ" in legacy garble, "Cac hé6", had come out one of them)
OBSCENE = frozenset("cặc lồn buồi địt đụ đéo cứt".split())
# Roman numerals, which the LM's text holds in small letters as headings ("ii", "iv"): no
# reading of another word (a new written report's headings had pushed "lũ" out of a
# garbled "li"'s candidates for "ii"; place names make them valid); but "vi", "xi",
# which are syllables too
ROMAN_NUMERALS = frozenset(to_roman(n).lower() for n in range(2, 40)) - {"v", "x", "vi", "xi"}
# what repair never writes for another word
NEVER_READ = OBSCENE | ROMAN_NUMERALS
LM_CACHE_SIZE = 300_000  # entries of (context, candidates) -> LM scores kept at most

# every letter with a Vietnamese mark, those with two marks too ("ệ", "ố", "ừ")
_MARKED = "ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự"
MARK_LETTERS = regex.compile(f"[{_MARKED}]", regex.I)
# the same as a set: a membership test per word is cheaper than a search (line_mode counts
# over every word of a document)
MARKED_CHARS = frozenset(_MARKED + _MARKED.upper())
# the letters only Vietnamese has (not French's "à", "é", "è", ...)
VI_ONLY_CHARS = frozenset(regex.sub(r"[àáèéìíòóùúý]", "", _MARKED + _MARKED.upper(),
                                    flags=regex.I))
# the "?" of a legacy word, as ``legacy_horns`` writes it: a letter
HORN = "ʔ"
# digits and symbols the English model prints for Vietnamese letters
# ("ø" is a g: "øạo" gạo in our OCR of a new report, "øov.vn" in addresses, codes.py)
GARBLE_MAP = {"0": "o", "3": "a", "4": "a", "6": "o", "8": "a", "§": "o", "&": "o", "@": "a",
              "$": "s", "¢": "c", "°": "o", "1": "l", "€": "e", "¥": "y", "ø": "g"}
GARBLE_LETTERS = str.maketrans(GARBLE_MAP)  # the same, for str.translate
# the English model prints "€" and "¢" for an e with marks (ệ, ề, ê: "nghi€p" nghiệp,
# "hi¢u" hiệu, "di€u" điều in seeds 000/001), and beside the e it read ("nhi€ém"); "¢"
# also for an o with marks ("d¢" độ, "S¢" Sở) and a c ("¢4c" các)
MARKED_VOWEL_SYMBOLS = {"€": ("e", ""), "¢": ("e", "o", "")}


def _distinct_words(ids: tuple[int, ...]) -> tuple[int, ...]:
    """``Slot.words`` of a slot's candidate ids: unknown words (-1) told apart by place."""
    return tuple(w if w >= 0 else -2 - k for k, w in enumerate(ids))


@dataclass
class Slot:
    """One word position: the candidates (folded lowercase) and their channel log-probs."""

    original: str  # the core as written
    candidates: list[tuple[str, float]]
    keep_index: int | None  # which candidate equals the original (None: none does)
    ids: tuple[int, ...]  # the candidates' LM ids
    channel: tuple[float, ...]  # the candidates' channel log-probs
    words: tuple[int, ...]  # what tells candidates apart in the LM: the id, or -2 - k


def unknown_word(word: str, model: Model) -> bool:
    """Whether ``word`` (folded, lower case) is neither a syllable nor a word the LM's text
    writes (``SEEN_INVALID_MIN`` times or more)."""
    return word not in model.valid and model.lm.count(word) < SEEN_INVALID_MIN


def _abbreviation(word: str, model: Model) -> bool:
    """Capitals that are no syllable ("VNĐ", "USD", "TC")."""
    if len(word) < 2 or not word.isupper():
        return False
    letters = strip_marks(word.lower())
    return not PLAIN_VOWEL.search(letters) or letters not in model.by_stripped


def line_mode(words: list[str], model: Model) -> str:
    letters = [w for w in words if w.isalpha()]
    if not letters:
        return "vie"
    # abbreviations are kept as written in every kind of text, so they say nothing of
    # whether its words have their marks ("1,5 tỷ VNĐ; USD; Phòng TC-KH"); that the
    # English model read them so ("QD-UBND", "TT HDND") says something of the rest
    words_of_marks = [w for w in letters if not _abbreviation(w, model)] or letters
    marked = sum(not VI_ONLY_CHARS.isdisjoint(w) for w in words_of_marks) / len(words_of_marks)
    if marked >= 0.25:
        return "vie"
    with_marks = [w for w in words_of_marks if not MARKED_CHARS.isdisjoint(w)]
    # marks only Vietnamese and French share ("hoàn thành trong quý và"): Vietnamese when
    # the words that carry them are syllables as written, which 14-44% of the marked words
    # of the dev pages' legacy garble are (a quarter of its words or fewer carry marks)
    if len(with_marks) >= 0.25 * len(words_of_marks) and sum(
            fold(w.lower()) in model.valid for w in with_marks) >= 0.9 * len(with_marks):
        return "vie"
    anymark = sum(not MARKED_CHARS.isdisjoint(w) for w in letters)
    valid_stripped = sum(strip_marks(w.lower()) in model.by_stripped for w in letters)
    if anymark == 0 and valid_stripped / len(letters) >= 0.9:
        return "stripped"
    return "legacy"


LEGACY_HORN = regex.compile(
    r"(?<=\p{L}[ti])\?"
    # an apostrophe after a u or o, inside the syllable: a vowel or a final follows it
    r"|(?<=\p{L}[uoUO])['’](?=[^\W\dbcdđghklmnpqrstvxzfjwBCDĐGHKLMNPQRSTVXZFJW_]"
    r"|(?i:ch|ng|nh|[cmnpt])(?!\p{L}))")


def legacy_horns(text: str) -> str:
    """``text`` with the "?" the English model prints for the hook of an ư ("cht?c"
    chức, "ct?" cứ, "xi?" xử, "si?" sử, "tri?" trữ, "tt?" tử: a t or i, then "?", in the
    dev pages' legacy garble) as ``HORN``, a letter, so that the word is one: same
    length, so spans hold. So is an apostrophe printed for the horn of an ư or ơ inside
    a syllable ("THU'C" thực, "chu'a" chưa, "vu'c" vực: seed 001 and new documents'
    garble); not between two syllables ("co’so" is cơ sở)."""
    return LEGACY_HORN.sub(HORN, text) if "?" in text or "'" in text or "’" in text else text


def garble_keys(core_lower: str) -> list[str]:
    """Readings of a garbled token as plain letters ("x3" -> "xa", "16ng" -> "long",
    "K&" -> "ko", "ka", "ke", "nghi€p" -> "nghiep", "nhi€ém" -> "nhiem")."""
    base = strip_marks(core_lower)
    if HORN in base:  # "cht?c" chức, "xi?" xử: the t or i and the "?" are the ư
        base = regex.sub(rf"[ti]{HORN}", "u", base).replace(HORN, "")  # "thu'c": u, horn
    keys = {base.translate(GARBLE_LETTERS)}
    if "1" in base:
        keys.add("".join("i" if ch == "1" else GARBLE_MAP.get(ch, ch) for ch in base))
    at = base.find("&")
    if at >= 0 and base.count("&") == 1:
        # the English model prints "&" for most marked vowels: ở (S& Sở), ế (K& Kế),
        # ấ (c&p cấp), ã (x& xã), ề (m&m mềm) in the learned channel
        keys |= {key[:at] + vowel + key[at + 1:] for key in list(keys) for vowel in "ae"}
    for symbol, readings in MARKED_VOWEL_SYMBOLS.items():
        at = base.find(symbol)
        if at >= 0 and base.count(symbol) == 1:
            keys |= {key[:at] + reading + key[at + 1:] for key in list(keys)
                     for reading in readings}
    return [k for k in keys if regex.fullmatch(r"\p{L}+", k)]


@lru_cache(maxsize=100_000)
def _fuzzy(key: str, forms: tuple[str, ...], max_dist: int,
           limit: int = MAX_FUZZY) -> tuple[tuple[str, int], ...]:
    found = process.extract(key, forms, scorer=Levenshtein.distance, score_cutoff=max_dist,
                            limit=limit)
    return tuple((form, int(dist)) for form, dist, _ in found)


def best_cuts(text: str, parts: int, is_part: Callable[[str], bool],
              pair_count: Callable[[str, str], float], least: float = 1,
              shortest: int = 1) -> tuple[int, ...]:
    """Where to cut ``text`` into ``parts`` pieces of ``shortest`` to
    ``LONGEST_SYLLABLE`` characters that are each a part (``is_part``), each pair of them
    counted ``least`` times at least: the cuts whose weakest pair counts most (the
    first such, cutting early), or none."""
    best_count, best = least - 1, ()

    def walk(at: int, before: str | None, cuts: tuple[int, ...], weakest: float) -> None:
        """Cut on from ``at``; ``weakest``: the least count of the pairs cut so far."""
        nonlocal best_count, best
        last = len(cuts) == parts - 1
        for end in ([len(text)] if last else range(
                at + shortest, min(len(text) - shortest + 1, at + LONGEST_SYLLABLE + 1))):
            piece = text[at:end]
            if len(piece) < shortest or not is_part(piece):
                continue
            count = weakest if before is None else min(weakest, pair_count(before, piece))
            if count <= best_count:
                continue
            if last:
                best_count, best = count, cuts
            else:
                walk(end, piece, (*cuts, end), count)

    walk(0, None, (), math.inf)
    return best


def _ung_readings(key: str) -> list[str]:
    """The unmarked letters of the "ưng" syllables a legacy word ending in "mg" may be
    (``UNG_AS_MG``): "tmg" is "ung" (its t the stroke of ư: ứng) or "tung" (its t the
    onset: từng)."""
    m = UNG_AS_MG.match(key)
    if m is None:
        return []
    onset, stroke = m.group("onset"), m.group("stroke")
    readings = [onset + "ung"]
    if stroke and stroke in "tg":
        readings.append(onset + stroke + "ung")
    return readings


def stop_with_wrong_tone(lower: str) -> bool:
    """Whether ``lower`` (small letters) is shaped like a syllable with a stop final and a
    letter only Vietnamese writes, but with a tone no such syllable has (``STOP_FINAL``)."""
    base, tone = split_tone(lower)
    return tone not in STOP_TONES and not base.isascii() and \
        STOP_FINAL.search(base) is not None and is_syllable_shape(lower)


def misread_stop_tone(lower: str, valid: Collection[str]) -> bool:
    """Whether ``lower`` (folded, small letters) is a ``stop_with_wrong_tone`` whose sắc
    or nặng reading is a syllable."""
    if not stop_with_wrong_tone(lower):
        return False
    base = split_tone(lower)[0]
    return any(fold(place_tone(base, kept)) in valid for kept in STOP_TONES)


def name_shape(lower: str) -> bool:
    """Whether a word no lexicon has is shaped like a syllable, or like one but for a
    consonant before its onset (``FOREIGN_ONSET``) or after its final (``FOREIGN_FINAL``)."""
    core = lower[:-1] if FOREIGN_FINAL.search(lower) else lower
    return is_syllable_shape(core) or (
        FOREIGN_ONSET.match(core) is not None and is_syllable_shape(core[1:]))


class Decoder:
    def __init__(self, model: Model):
        self.model = model
        # commonest first: rapidfuzz returns equally distant forms in this order, so a
        # short key's dozens of forms one edit away ("ko": co, do, ke, ...) are cut to the
        # common ones, not to whichever rare syllables sort first alphabetically
        lm = model.lm
        self.forms = tuple(sorted(model.by_stripped,
                                  key=lambda f: (-lm.count(model.variants(f)[0]), f)))
        self.eng = model.channel.get("eng", {})
        self.vie = model.channel.get("vie", {})
        self.rewrites = rewrites.learn(self.eng)
        self.capital_prior = sum(model.capitals.values()) / max(1, sum(lm.uni))
        self.before_capital_prior = sum(model.before_capitals.values()) / max(1, sum(lm.uni))
        self._given_total = max(1, sum(model.given_names.values()))
        # (word, mode, capital on it, capital after it, name role, unknown name, capital
        # before a number) -> the Slot's fields
        self._slots: dict[tuple[str, str, bool | None, bool | None, str | None, bool, bool | None],
                          tuple] = {}
        # the same, by the word as written: most words come again as they were
        self._written: dict[tuple[str, str, bool, bool | None, bool | None, str | None,
                                  bool, bool], Slot] = {}
        self._lm_scores: dict[tuple[int, int, tuple[int, ...]], list[float]] = {}
        self._variants_by_id: dict[str, list[tuple[str, int]]] = {}

    def clear_caches(self) -> None:
        """Forget the words and contexts seen so far (for timing a cold start)."""
        self._slots.clear()
        self._written.clear()
        self._lm_scores.clear()
        self._variants_by_id.clear()
        _fuzzy.cache_clear()
        syllable.clear_caches()

    # -- candidates ----------------------------------------------------------------------
    def slot(self, core: str, mode: str, inside: bool = False,
             next_word: str | None = None, name_role: str | None = None,
             label: bool = False) -> Slot:
        """``inside``: the word follows another of its sentence, so a capital on it is
        evidence (names, institutions) and so is its absence; ``next_word``: the word that
        follows it in its sentence, whose capital is evidence too; ``name_role``:
        "surname" or "middle" when the word starts a person's name, "given" when it ends
        one, "title" before one (``api._name_role``); ``label``: a number follows the
        word, so its capital may start a label ("Tháng 8/2027", "Điều 3", a table's cell
        that no tab parts from the one before): it does not count against a reading that
        mostly comes before a number (``number_label``). A garbled plan's "Thang 8/2027"
        had been read "Thắng", a name."""
        use_case = bool(self.capital_prior and CASE_WEIGHT[mode])
        if mode == "vie":  # a capital only (CASE_WEIGHT); most words have none
            titled = True if inside and use_case and core[:1].isupper() and \
                case.is_title(core) else None
            before = None
        else:
            titled = case.evidence(core) if inside and use_case else None
            before = case.evidence(next_word, mode == "legacy") if next_word and use_case \
                and self.before_capital_prior else None
        # (asked only of a capitalised word, as an unknown name must be: most words are
        # spared a regex)
        name_follows = mode == "vie" and core[:1].isupper() and next_word is not None and \
            case.is_title(next_word)
        written = (core, mode, inside, titled, before, name_role, label, name_follows)
        seen = self._written.get(written)
        if seen is not None:
            return seen
        lower = fold(nfc(core)).lower()
        # a capitalised word inside a vie sentence, shaped like a syllable though the
        # lexicon lacks it ("thôn Khuổi Nặm"), or like one after a consonant no Vietnamese
        # onset has ("Ksor Blơng", "Kpă", "H'Hlim": names of the Central Highlands), or
        # with a final r no Vietnamese syllable has ("buôn Đăk Tuôr", "Ea Kar"): a
        # name, kept as a real word is; and so before a capitalised word, the name's next
        # (a table cell's "Khuổi Khon", the hamlet's name, had become "Khươi", in two new
        # documents' renders); one with marks is not decoded at all
        # (``_candidates``). "Blơng" had become "long", a given name. So, anywhere, is a
        # capitalised non-syllable that the LM's text writes as a name (``_seen_name``):
        # "tiếng" + "Xtiêng hỗ trợ" on the next line had become "Tiếng". Never a word with
        # two tone marks, as no syllable or name has: OCR doubled a marked vowel ("Thanh
        # Nhúứt" for Nhứt in a new letter's render)
        marks = tone_marks(core) if mode == "vie" else []
        two_tones = len(marks) > 1
        unknown_name = mode == "vie" and core[:1].isupper() and \
            lower not in self.model.valid and not two_tones and \
            not misread_stop_tone(lower, self.model.valid) and (
                ((inside or name_follows) and name_shape(lower)) or self._seen_name(lower))
        key = (lower, mode, titled, before, name_role, unknown_name, label and titled,
               two_tones)
        cached = self._slots.get(key)
        if cached is None:
            if len(self._slots) > 200_000:
                self._slots.clear()
            candidates, keep = self._candidates(lower, mode, unknown_name)
            if two_tones and keep is not None and len(candidates) > 1:
                # read as written, it is no word: its readings with one of its tones are
                # all there is ("Thanh Nhúứt" had stayed, no reading beating an unknown
                # word; of its readings "nhựt" had led "nhứt")
                readings = [(c, lp) for k, (c, lp) in enumerate(candidates)
                            if k != keep and split_tone(c)[1] in marks]
                # the word with one of its doubled vowels, or with one of its two marks,
                # first, where it is a syllable: a new submission's "đồng chẳẵn)" had
                # become "chuẩn", a reading one edit off with one of its tones ("hòà
                # giải" is "hòa")
                written_lower = nfc(core).lower()
                once = sorted({fold(written_lower[:n] + kept + written_lower[n + 1:])
                               for n, ch in enumerate(written_lower) if tone_marks(ch)
                               for kept in ("", split_tone(ch)[0])})
                readings = [(c, LOG_INVALID_FIX) for c in once if c in self.model.valid] \
                    or readings
                if readings:
                    candidates, keep = readings, None
            if mode == "vie" and titled:
                # a word read as written owes its capital nothing (an unknown name's
                # "Blơng" had lost to "long"); another may not take it lightly
                candidates = [(c, lp + (c != lower) * CASE_WEIGHT[mode] * min(
                    0.0, self._case_logp(c, titled, None, label))) for c, lp in candidates]
            elif titled is not None or before is not None:
                candidates = [(c, lp + CASE_WEIGHT[mode] * self._case_logp(
                    c, titled, before, label)) for c, lp in candidates]
            if titled and mode == "legacy":
                first = strip_marks(lower[:1])
                kept = first + MISREAD_CAPITALS.get(first, "")
                candidates = [(c, lp + (LOG_EDIT if strip_marks(c[:1]) not in kept else 0.0))
                              for c, lp in candidates]
            if name_role == "given":
                candidates = [(c, lp + self._given_name_logp(c)) for c, lp in candidates]
            elif name_role:
                names = NAME_ROLE_WORDS[name_role]
                candidates = [(c, lp + LOG_NAME_ROLE * (c in names)) for c, lp in candidates]
            ids = tuple(self.model.lm.id(c) for c, _ in candidates)
            cached = self._slots[key] = (
                candidates, keep, ids, tuple(lp for _, lp in candidates),
                _distinct_words(ids))
        if len(self._written) > 200_000:
            self._written.clear()
        slot = self._written[written] = Slot(core, *cached)
        return slot

    def _seen_name(self, word: str) -> bool:
        """Whether the LM's text has ``word`` (lower case, no syllable nor shaped like
        one) ``SEEN_INVALID_MIN`` times or more, with a capital in ``SEEN_NAME_SHARE`` of
        them: a name it knows."""
        count = self.model.lm.count(word)
        # not one shaped like a syllable: the LM's text holds names that lost their marks
        # ("Quynh"), which OCR's misreadings must not be kept as
        return count >= SEEN_INVALID_MIN and not is_syllable_shape(word) and \
            self.model.capitals.get(word, 0.0) >= SEEN_NAME_SHARE * count

    def number_label(self, syllable: str) -> bool:
        """Whether the LM's text has a number after ``syllable`` in ``NUMBER_LABEL_SHARE``
        of its uses or more: tháng, năm, ngày, điều, khoản (not đang, đảng, thắng)."""
        lm = self.model.lm
        count = lm.count(syllable)
        return count > 0 and lm.pair_count(lm.id(syllable), lm.number) >= \
            NUMBER_LABEL_SHARE * count

    def _given_name_logp(self, syllable: str) -> float:
        """What a syllable gains as the last word of a person's name: log(1 + weight x
        how much more often it ends a name than the LM's text uses it). "Oanh" ends 1 name
        in 400 and the LM's text holds it 25 times: after "Nguyen Thi Kieu" it is no
        longer "bánh"; a common word that ends names too ("Phong", "Hà") gains little."""
        share = self.model.given_names.get(syllable, 0) / self._given_total
        i = self.model.lm.id(syllable)
        uni = self.model.lm.uni_p[i] if i >= 0 else math.exp(lm_mod.OOV_LOGP)
        return math.log(1.0 + GIVEN_NAME_WEIGHT * share / uni)

    def _case_logp(self, syllable: str, titled: bool | None, before: bool | None,
                   label: bool = False) -> float:
        """What the word's case (``titled``) and the next word's (``before``) say of
        ``syllable``; a capital before a number (``label``) says nothing against a label
        (``number_label``)."""
        model, count = self.model, self.model.lm.count(syllable)
        logp = 0.0
        if titled is not None:
            logp += case.capital_logp(model.capitals.get(syllable, 0.0), count, titled,
                                      self.capital_prior)
            if label and titled and self.number_label(syllable):
                logp = max(0.0, logp)
        if before is not None:
            logp += case.capital_logp(model.before_capitals.get(syllable, 0.0), count,
                                      before, self.before_capital_prior)
        return logp

    def _candidates(self, lower: str, mode: str, unknown_name: bool = False
                    ) -> tuple[list[tuple[str, float]], int | None]:
        if unknown_name and not MARKED_CHARS.isdisjoint(lower):
            # the LM has never seen it and would trade it for a word with its letters
            # ("xóm Khến" had been read "Khen")
            return [(lower, LOG_KEEP["vie"])], 0
        valid = lower in self.model.valid
        cands: dict[str, float] = {}

        def add(cand: str, logp: float) -> None:
            if logp > cands.get(cand, -math.inf) and (cand not in NEVER_READ or cand == lower):
                cands[cand] = logp

        if mode == "vie":
            if valid:
                add(lower, LOG_KEEP["vie"])
                base, tone = split_tone(lower)
                learned = self.vie.get(lower, {})
                for v in self.model.variants(strip_marks(lower)):
                    v_base, v_tone = split_tone(v)
                    if v_base != base:
                        add(v, LOG_SHAPE_ERROR)
                    else:
                        # a tone the channel saw misread so by habit ("chỉ" for chi, 16
                        # times in 21) costs what the channel says, not a rare error's price
                        add(v, max(LOG_TONE_ADDED if tone and not v_tone else
                                   LOG_TONE_MISREADS.get((tone, v_tone), LOG_TONE_ERROR),
                                   learned.get(v, -math.inf)))
            elif lower.isascii() and not is_syllable_shape(lower) and not any(
                    ch in GARBLE_MAP for ch in lower):
                # a foreign word or name ("Data", "Computing"): keep. Not a word with a
                # mark Vietnamese has not: Tesseract's "ï" in "triển khaï" is a speck on an i
                add(lower, 0.0)
            else:
                # a word the LM's text writes so, though no syllable ("chip"), is a word
                add(lower, LOG_KEEP["vie"] if unknown_name or
                    self.model.lm.count(lower) >= SEEN_INVALID_MIN else LOG_INVALID_KEEP)
                # its letters' marked variants; a digit or symbol read as its letter first
                # ("1ý" lý, "gia0" giao)
                for key in garble_keys(lower):
                    for v in self.model.variants(key):
                        add(v, LOG_INVALID_FIX)
                for cand, logp in self.vie.get(lower, {}).items():
                    add(cand, logp)
                if not self.model.variants(strip_marks(lower)) and len(lower) >= 3:
                    self._add_fuzzy(strip_marks(lower), add, max_dist=1)
        elif mode == "stripped":
            variants = self.model.variants(lower)
            for v in variants:
                add(v, 0.0)
            if not variants:
                add(lower, 0.0)
        else:  # legacy
            if valid and MARK_LETTERS.search(lower) or len(lower) > 2 and not \
                    is_syllable_shape(lower) and self.model.lm.count(lower) >= SEEN_INVALID_MIN:
                # a marked syllable, or a foreign word the LM's text writes ("email",
                # "video", "virus"): no garble the English model makes reads so
                add(lower, LOG_KEEP["legacy"])
            elif len(lower) == 1:
                # a lone letter may be one ("điểm b"), but is as seldom as a one-edit guess
                add(lower, LOG_KEEP["legacy"] + LOG_EDIT)
            for cand, logp in self.eng.get(lower, {}).items():
                add(cand, logp)
            keys = garble_keys(lower)
            if lower not in self.eng and not any(self.model.variants(k) for k in keys):
                # a word shaped like no syllable one learned rewrite off a misreading the
                # channel saw ("thire" is "thirc" with its c read "e": thức)
                for reading, rewrite_logp in rewrites.apply(lower, self.rewrites):
                    for cand, logp in self.eng.get(reading, {}).items():
                        add(cand, rewrite_logp + logp)
            for key in keys:
                for v in self.model.variants(key):
                    add(v, LOG_EXACT_STRIPPED)
                # the English model reads ă/â as "i" ("nim" năm, "vin" văn, "ting" tăng)
                for n, ch in enumerate(key):
                    if ch == "i":
                        for v in self.model.variants(key[:n] + "a" + key[n + 1:]):
                            add(v, LOG_EXACT_STRIPPED + LOG_I_FOR_A)
                # and "ơi" as "ai" on real scans ("giai doan mai", "thu tuc hanh chinh mai":
                # mới): after a consonant, a reading with ơ that is commoner than every
                # reading of the letters as printed (mới, thời; not for tại, giải, khai,
                # whose ơ readings would only slow and risk the search)
                printed = None
                for n in range(1, len(key) - 1):
                    if key[n:n + 2] == "ai" and key[n - 1] not in "aeiouy":
                        if printed is None:
                            printed = max((self.model.lm.count(v)
                                           for v in self.model.variants(key)), default=0)
                        for v in self.model.variants(key[:n] + "oi" + key[n + 2:]):
                            if not HORN_O.isdisjoint(v) and self.model.lm.count(v) > printed:
                                add(v, LOG_EXACT_STRIPPED + LOG_AI_FOR_OI)
                for reading, logp in rewrites.apply(key, self.rewrites):
                    for v in self.model.variants(reading)[:6]:
                        add(v, LOG_EXACT_STRIPPED + logp)
                for reading in _ung_readings(key):
                    for v in self.model.variants(reading)[:6]:
                        add(v, LOG_EXACT_STRIPPED + LOG_UNG_AS_MG)
                # short keys admit one edit, unless they have no vowel at all ("Gmg")
                short = len(key) <= 3 and PLAIN_VOWEL.search(key)
                self._add_fuzzy(key, add, max_dist=1 if short else 2)
            if not cands:
                add(lower, 0.0)
        lm = self.model.lm
        prior = {c: logp + lm.unigram_logp(c) for c, logp in cands.items()}
        ordered = sorted(cands.items(), key=lambda kv: -prior[kv[0]])
        limit = MAX_CANDIDATES[mode]
        if len(ordered) > limit:
            # prune only the weak guesses (fuzzy matches); exact and learned ones stay,
            # however seldom the channel saw a misreading: "dé" is độ 11 times in 116,
            # and the two dozen marked forms of "de" had crowded it out ("mức dé 3")
            learned = {"legacy": self.eng, "vie": self.vie}.get(mode, {}).get(lower, {})
            strong, weak = [], []
            for c, lp in ordered:
                (strong if lp >= LOG_EXACT_STRIPPED or c == lower or c in learned
                 else weak).append((c, lp))
            ordered = sorted(strong + weak[: max(0, limit - len(strong))],
                             key=lambda kv: -prior[kv[0]])
        keep = next((i for i, (c, _) in enumerate(ordered) if c == lower), None)
        return ordered, keep

    def _add_fuzzy(self, key: str, add, max_dist: int) -> None:
        for form, dist in _fuzzy(key, self.forms, max_dist):
            if dist == 0:
                continue
            for v in self.model.variants(form)[:6]:
                add(v, LOG_EXACT_STRIPPED + dist * LOG_EDIT)

    def glued_garble(self, word: str) -> tuple[str, ...] | None:
        """Legacy garble of syllables printed without a space ("toantrinh", "H6sotruc",
        "CONGHOA", "Baotro": the English model drops the spaces of a table's cells and a
        header's capitals), cut into two to four parts of a syllable's letters each: the
        parts as written, or None. Only a word that is nothing as a whole: no garble the
        channel knows, no syllable's letters nor near them (``_near_syllable``: "chira" is
        chữa, not "chi ra"; "thiva" thửa), no word of the LM's text; and only where each pair of
        parts is seen together in the LM (``GLUED_PAIR_MIN`` times from three parts on),
        the cut whose weakest pair is seen most."""
        lower = word.lower()
        if len(lower) < GLUED_MIN_LETTERS or lower in self.eng or \
                fold(lower) in self.model.valid or \
                self.model.lm.count(lower) >= SEEN_INVALID_MIN:
            return None
        keys = [k for k in garble_keys(lower) if len(k) == len(lower)]
        if not keys or any(self.model.variants(k) or self._near_syllable(k) for k in keys):
            return None
        for parts in range(2, 5):
            for key in sorted(keys):
                cuts = best_cuts(key, parts, self._glued_part, self._pair_evidence,
                                 1 if parts == 2 else GLUED_PAIR_MIN, shortest=2)
                if cuts:
                    ends = (*cuts, len(word))
                    return tuple(word[a:b] for a, b in zip((0, *cuts), ends, strict=True))
        return None

    def _near_syllable(self, key: str) -> bool:
        """Whether a syllable's letters are one edit off ``key``, or, for a key of
        ``GLUED_MIN_LETTERS``, two edits and at most one letter shorter: the English
        model's garble of one syllable ("chure" chức, "cudng" cường)."""
        # the candidates' own search (two edits), so that the cache answers it: its forms
        # come nearest first
        most = 2 if len(key) <= GLUED_MIN_LETTERS else 1
        return any(0 < dist <= most and len(form) >= len(key) - 1
                   for form, dist in _fuzzy(key, self.forms, 2))

    def _glued_part(self, letters: str) -> bool:
        return bool(self.model.variants(letters))

    def _pair_evidence(self, first: str, second: str) -> int:
        """How often the LM saw the likeliest marked readings of two syllables' letters
        side by side."""
        lm = self.model.lm
        return max(lm.pair_count(i, j) for _, i in self._variant_ids(first)[:8]
                   for _, j in self._variant_ids(second)[:8])

    def isolated_word_readings(self, lower: str, b: int, a: int, b2: int = -1,
                               a2: int = -1) -> list[str]:
        """Readings of a word (a real one, or one kept as written) that stands in no pair
        the LM has seen with either neighbour ("tinh thần tách nhiệm", "các Tĩnh vực"):
        the syllables one letter off it that make a pair of at least
        ``REAL_WORD_PAIR_MIN`` with the word before (LM id ``b``) or after (``a``; -1 for
        none). A neighbour bound to the word beyond it (``b2`` before ``b``, ``a2`` after
        ``a``: one that word is mostly seen with, ``BOUND_SHARE``) is part of a word of
        two syllables: a reading counts its pair only where the LM has seen the three
        together ("vắc xin sởi", measles vaccine, in a held-out dev report had become
        "vắc xin lỗi", xin lỗi being sorry)."""
        lm = self.model.lm
        left_bound = b2 >= 0 and lm.pair_count(b2, b) >= BOUND_SHARE * lm.uni[b2] > 0
        right_bound = a2 >= 0 and lm.pair_count(a, a2) >= BOUND_SHARE * lm.uni[a2] > 0
        found = []
        for form, dist in _fuzzy(strip_marks(lower), self.forms, 1, REAL_WORD_FORMS):
            if dist == 0:
                continue
            for v, i in self._variant_ids(form):
                if (lm.pair_count(b, i) >= REAL_WORD_PAIR_MIN and (
                        not left_bound or lm.triple_seen(b2, b, i))) or (
                        lm.pair_count(i, a) >= REAL_WORD_PAIR_MIN and (
                        not right_bound or lm.triple_seen(i, a, a2))):
                    found.append(v)
        return found

    def _variant_ids(self, form: str) -> list[tuple[str, int]]:
        found = self._variants_by_id.get(form)
        if found is None:
            found = self._variants_by_id[form] = [(v, self.model.lm.id(v))
                                                  for v in self.model.variants(form)]
        return found

    def digit_word_slot(self, token: str) -> Slot:
        """A number alone in a legacy sentence that the English model may have printed for
        a word (``LONE_DIGIT_WORDS``, ``DIGIT_SYLLABLE``): the number, scored as the LM's
        number token, or the word (for two digits, the commonest syllables of the letters
        they stand for), each at ``LOG_LONE_DIGIT_WORD``."""
        lm = self.model.lm
        words = [LONE_DIGIT_WORDS[token]] if token in LONE_DIGIT_WORDS else [
            v for v in self.model.variants(token.translate(GARBLE_LETTERS))
            if v not in OBSCENE][:DIGIT_SYLLABLE_READINGS]
        candidates = [(token, 0.0), *((w, LOG_LONE_DIGIT_WORD) for w in words)]
        ids = (lm.id(lm_mod.NUM), *(lm.id(w) for w in words))
        return Slot(token, candidates, 0, ids, tuple(lp for _, lp in candidates),
                    _distinct_words(ids))

    def with_readings(self, slot: Slot, readings: list[str], penalty: float = 0.0) -> Slot:
        """``slot`` with ``readings`` added as one-letter misreadings of it, priced
        ``LOG_REAL_WORD_EDIT`` less ``penalty`` (``damage.reading_penalty``)."""
        known = {c for c, _ in slot.candidates}
        extra = [(r, LOG_REAL_WORD_EDIT - penalty) for r in readings if r not in known]
        if not extra:
            return slot
        candidates = slot.candidates + extra
        ids = slot.ids + tuple(self.model.lm.id(c) for c, _ in extra)
        return Slot(slot.original, candidates, slot.keep_index, ids,
                    slot.channel + tuple(lp for _, lp in extra),
                    _distinct_words(ids))

    # -- search --------------------------------------------------------------------------
    def best_path(self, slots: list[Slot | str], mode: str,
                  start: tuple[int, int] | None = None,
                  cache: DocumentCache | None = None) -> list[int]:
        """Index of the chosen candidate per slot (context tokens are plain strings);
        ``start``: the LM ids of the two words before the line (a sentence that wraps),
        else the line starts a sentence; ``cache``: the document's words so far, which
        add to their candidates' scores."""
        lm = self.model.lm
        logp = lm.logp
        bos = lm.id(lm_mod.BOS)
        u0, v0 = start or (bos, bos)
        # beam entry: (score, u, v, backpointer); a backpointer is (choice, previous one)
        beam: list[tuple[float, int, int, tuple | None]] = [(0.0, u0, v0, None)]
        width = BEAM[mode]
        lm_weight = LM_WEIGHT[mode]
        margin = BEAM_MARGIN[mode]
        first = itemgetter(0)
        cached_logps = self._lm_scores.get  # _lm_logps's cache, read first: most are there
        tri_contexts, bits = lm.tri_after, lm_mod.BITS
        for position, slot in enumerate(slots):
            if isinstance(slot, str):
                if slot == lm_mod.EOS:  # how well each path ends its sentence counts too
                    eos = lm.id(lm_mod.EOS)
                    beam = [(s + lm_weight * logp(u, v, eos), u, v, back)
                            for s, u, v, back in beam]
                if slot in (lm_mod.BOS, lm_mod.EOS):
                    best = max(beam, key=first)
                    beam = [(best[0], bos, bos, best[3])]
                else:
                    w = lm.id(slot)
                    beam = [(s + lm_weight * logp(u, v, w), v, w, back)
                            for s, u, v, back in beam]
                continue
            ids, channel, words = slot.ids, slot.channel, slot.words
            if cache is not None:
                channel = cache.adjusted(ids, channel)
            expanded: dict[tuple[int, int], tuple[float, int, int, tuple | None]] = {}
            get = expanded.get
            # Once the best entry is expanded, its width-th best total is a floor: nothing
            # below it can reach the next beam; nor can a total ``margin`` below that
            # entry's best, which the margin cut below would drop. An entry whose score
            # plus the best channel score (LM log-probs are <= 0) is below the floor can
            # be skipped whole. The cut is exact but for ``_rescued`` entries, which come
            # from above the floor only (taking the width-th total out of the floor changed
            # no word of the dev text or new documents, and cost 5% of the time). On
            # legacy dev pages it skips a quarter of the entries, and four in five of the
            # other expansions stop at their total.
            floor = -math.inf
            # candidates by channel score, best first: once one's channel score cannot
            # reach the floor, nor can the rest's (LM log-probs are <= 0)
            by_channel = [(channel[k], k) for k in
                          sorted(range(len(ids)), key=channel.__getitem__, reverse=True)]
            ceiling = by_channel[0][0]
            beam.sort(key=first, reverse=True)
            contexts_done: set[tuple[int, int]] = set()
            for score, u, v, back in beam:
                if score + ceiling < floor:
                    break
                # a context the LM has no trigram of scores as its last word alone
                # (``NgramLM.backed_off``, written out: this is the hot loop)
                if u >= 0 and (u << bits | v) not in tri_contexts:
                    u = -1
                # an entry whose context an entry before it had (both back off to the same
                # last word) scores each candidate below that one's: it can add nothing
                if (u, v) in contexts_done:
                    continue
                contexts_done.add((u, v))
                scored = cached_logps((u, v, ids)) or self._lm_logps(u, v, ids)
                least = floor - score
                top = -math.inf
                for lp, k in by_channel:
                    if lp < least:
                        break
                    total = score + lp + lm_weight * scored[k]
                    if total < floor:
                        continue
                    if total > top:
                        top = total
                    key = (v, words[k])
                    best = get(key)
                    if best is None or total > best[0]:
                        expanded[key] = (total, v, ids[k], (k, back))
                if floor == -math.inf:
                    floor = top - margin
                    if len(expanded) >= width and len(beam) > 1:
                        floor = max(floor, sorted([e[0] for e in expanded.values()],
                                                  reverse=True)[width - 1])
            # sorted, not heapq.nlargest: the same order (both are stable), and faster on
            # the few dozen entries a slot has
            ranked = sorted(expanded.values(), key=first, reverse=True)
            beam = ranked[:width]
            least = beam[0][0] - margin
            if len(ranked) > width and position + 1 < len(slots):
                beam += self._rescued(ranked[width:], least, slots[position + 1])
            if beam[-1][0] < least:
                beam = [entry for entry in beam if entry[0] >= least]
        back = max(beam, key=first)[3]
        choices: list[int] = []
        while back is not None:
            choices.append(back[0])
            back = back[1]
        return choices[::-1]

    def _rescued(self, pruned: list[tuple[float, int, int, tuple | None]], least: float,
                 following: Slot | str) -> list[tuple[float, int, int, tuple | None]]:
        """The entries below the beam's width (``pruned``, best first; none below
        ``least``) whose last word the LM has seen before one of the next slot's likely
        readings (channel scores within ``LOOKAHEAD_CHANNEL`` of its best): the next
        word may make them. In legacy text after a comma "vác" outscores "vắc" and
        a dozen readings of "vac" outscore both, so "bò, vac xin" had lost "vắc xin"."""
        if isinstance(following, str):
            # a word kept as written (one the OCR engine was sure of) is the one reading
            # ("Tỉnh" + a sure "hình": tình had left the beam before "hình" could keep it)
            word = -1 if following in NON_WORD_TOKENS else self.model.lm.id(following)
            if word < 0:
                return []
            likely = [word]
        else:
            top = max(following.channel)
            likely = [n for n, c in zip(following.ids, following.channel, strict=True)
                      if n >= 0 and c >= top - LOOKAHEAD_CHANNEL]
        pairs, bits = self.model.lm.bi, lm_mod.BITS
        kept = []
        # the same word ends several entries (after different words): look it up once
        verdicts: dict[int, bool] = {}
        for entry in pruned:
            if entry[0] < least:
                break
            word = entry[2]
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = verdicts[word] = word >= 0 and not pairs.keys().isdisjoint(
                    [word << bits | n for n in likely])
            if verdict:
                kept.append(entry)
        return kept

    def _lm_logps(self, u: int, v: int, ids: tuple[int, ...]) -> list[float]:
        """The LM scores of a slot's candidates after ``u v``, kept: the same words follow
        the same two again and again in a document."""
        cache = self._lm_scores
        scored = cache.get((u, v, ids))
        if scored is None:
            if len(cache) > LM_CACHE_SIZE:
                cache.clear()
            scored = cache[u, v, ids] = self.model.lm.logps(u, v, ids)
        return scored

    def chosen_ids(self, slots: list[Slot | str], choices: list[int]) -> list[int]:
        """LM ids of the decoded line: context tokens and each slot's chosen candidate."""
        lm = self.model.lm
        picks = iter(choices)
        return [lm.id(s) if isinstance(s, str) else lm.id(s.candidates[next(picks)][0])
                for s in slots]

    def confidence(self, slots: list[Slot | str], chosen: list[int], index: int,
                   slot_pos: int, mode: str = "vie",
                   start: tuple[int, int] | None = None,
                   cache: DocumentCache | None = None) -> float:
        """Posterior of candidate ``index`` at ``slot_pos`` given the chosen neighbours
        (two each side); ``chosen`` comes from ``chosen_ids``, ``start`` and ``cache`` as
        in ``best_path``."""
        lm = self.model.lm
        slot = slots[slot_pos]
        assert not isinstance(slot, str)
        bos, eos = lm.id(lm_mod.BOS), lm.id(lm_mod.EOS)
        left = [bos if w == eos else w for w in
                [*(start or (bos, bos)), *chosen[max(0, slot_pos - 2):slot_pos]][-2:]]
        right = chosen[slot_pos + 1:slot_pos + 3]
        if eos in right:  # what follows a sentence's end is no context of its words
            right = right[:right.index(eos) + 1]
        ids = slot.ids
        channel = slot.channel if cache is None else cache.adjusted(ids, slot.channel)
        # the context as ``best_path`` backs it off, whose scores are then at hand
        u, v = lm.backed_off(*left), left[1]
        scores = [logp + lm_lp for logp, lm_lp in
                  zip(channel, self._lm_logps(u, v, ids), strict=True)]
        # only the strongest few can take posterior mass; scoring the right context for
        # two dozen legacy candidates cost a third of the decoding time
        ranked = sorted(range(len(ids)), key=scores.__getitem__, reverse=True)
        scored = sorted({*ranked[:CONFIDENCE_CANDIDATES[mode]], index})
        logp = lm.logp
        for k in scored:
            ctx = [left[1], ids[k]]
            for r in right:
                scores[k] += logp(ctx[-2], ctx[-1], r)
                ctx.append(r)
        top = max(scores[k] for k in scored)
        z = sum(math.exp(scores[k] - top) for k in scored)
        return math.exp(scores[index] - top) / z
