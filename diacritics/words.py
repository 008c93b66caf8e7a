"""What the LM says about syllables side by side.

Many repair rules ask whether two syllables make one word: a dash or colon between them
is then a speck ("nâng - cao", "xây: dựng"), a capital on the second is a misread small
letter ("nhiệm Vụ"), and a line that ends with the first and a line that starts with the
second hold one word the page broke ("đơn" + "Vị cấp xã"). The measure is the bigram
count squared over the product of the two syllables' counts.

Contract: ``one_word(before, after, model, least) -> bool``, ``mark_in_word``,
``broken_word(first, line, model) -> match | None``, ``continued_small_word(last, line,
model) -> match | None`` (a word the sentence goes on with, alone on its line: "như" +
"Sau:"), ``glued_syllables(word, model) ->
(first, second, ...) | None``, ``split_capital``, ``lower_syllable_first``; all read the
model only.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from diacritics import lm as lm_mod
from diacritics.decoder import LONGEST_SYLLABLE, MARKED_CHARS, best_cuts, name_shape
from diacritics.model import Model
from diacritics.syllable import fold, strip_marks

NUMBER = regex.compile(r"^\d+(?:[.,:]\d+)*$")
LOWER_START = regex.compile(r"^\p{Ll}")
LETTERS_ONLY = regex.compile(r"[\p{L}\p{M}]+")
# specks and dashes before the first word of a line; not the bullets of a list ("*", "+",
# "•"), whose items may start in lower case
LEAD_MARK = r"[\s_.,:;'\"\-–]"  # a mark or speck a line may start with
TITLE_START = regex.compile(r"^\p{Lu}\p{Ll}")
LOWER_WORD = regex.compile(r"^\p{Ll}{2,}(?![)\p{L}])")
LOWER_SYLLABLE = regex.compile(r"\p{Ll}+")
# bigram^2 / (count(a) * count(b)) from which two syllables are one word: "nâng cao" 0.1,
# "chính sách" 0.014; the dash-joined pairs of the train seeds and dev documents ("tế - xã",
# "học - kỹ") stay below 0.0006
WORD_PAIR_MIN = 0.005
TITLE_PAIR_MIN = 0.02
COLON_PAIR_MIN = 0.0005
# capitals shaped like their small letters, which OCR prints for them
LOOK_ALIKE_CAPITALS = "COSVXZWÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ"
# the same capital on the first word of a line, the second syllable of a word the line
# before broke ("nâng -" + "Cao năng suất", "đơn" + "Vị cấp xã")
LINE_START_LOOK_ALIKE = regex.compile(
    rf"^(?P<lead>{LEAD_MARK}*)(?P<second>[{LOOK_ALIKE_CAPITALS}]\p{{Ll}}+)(?!\p{{L}})")


# a syllable written with a capital inside sentences in this share of its uses or more is
# a name's ("Sơmei" 0.67, "Prông" 0.71, "Rông" and "Đôn" 0.21; "hội" 0.15, "nông" 0.17,
# common words under 0.05)
NAME_SYLLABLE_SHARE = 0.2
# a line that goes on with the sentence of the line before (it ends with a word in small
# letters) and starts with a word in title case, its capital shaped like its small letter
# ("như" + "Sau:", which a Times-like font's renders wrapped and Tesseract read so, 4 times
# in the dev reports rendered in Liberation Serif): a word sentences capitalise inside them
# in under this share of its uses ("sau" 0.000; "sở" 0.18, "công" 0.11, "sơn" 0.57) ...
SMALL_INSIDE_SHARE = 0.01
# ... which the LM has after that word this many times or more
CONTINUED_PAIR_MIN = 10
ALONE_BUT_A_MARK = regex.compile(r"[,;.:]?\s*")
# each pair of a word glued from more syllables in a table's cell: "bảo trợ xã hội" has 26
# at least; a unit's or a drug's spelling has few ("ki lô gam" 1, "pê ni xi lin" 2)
CELL_PAIR_MIN = 10
# two capitalised words glued, each one syllable long at most
TWO_NAMES_GLUED = regex.compile(r"(\p{Lu}\p{Ll}{1,6})(\p{Lu}\p{Ll}{1,6})")
# ... the first a syllable the LM has this often at least ("Văn" 5358, "Nông" 695): an OCR
# slip inside a foreign word ("ZaÌo" for Zalo) makes no name of "Za" (4)
GLUED_NAME_FIRST_MIN = 50


def glued_syllables(word: str, model: Model, capitals_line: bool = False,
                    in_columns: bool = False) -> tuple[str, ...] | None:
    """A word that is no syllable but two valid ones glued, with Vietnamese marks and seen
    together in the LM ("cụthể" -> "cụ", "thể"; in capitals too on a line (or a column) in capitals,
    as Tesseract glues the words of a header: "QUẢNGNINH"; a manual's placeholder inside
    a sentence, "các TẬPTIN", is written so); the cut the LM has seen most often. Failing
    two, on a line in capitals three ("BANNHÂNDÂN" -> "BAN", "NHÂN", "DÂN"), each pair
    seen together, and in a table's cells (``in_columns``: a line of tab-parted columns)
    three or four ("Bảotrợxãhội", a new report's scan), each pair seen ``CELL_PAIR_MIN``
    times. A foreign word ("Data", "code") has no marks and stays whole, and so does a
    place name its writer glued ("xã Đăksơmei", "huyện Krôngpa"): a capitalised word whose
    later syllable is a name's (``NAME_SYLLABLE_SHARE``), which the split would leave in
    small letters ("Đăk sơmei"); OCR that glues two words of a name keeps both capitals:
    a common syllable and a capitalised word shaped like a name's (``name_shape``) with
    marks are two words ("Nông VănSlằn" in a new decision's table cell), brand names are
    written without (``TWO_NAMES_GLUED``: "MoMo", "MobiFone")."""
    lower = word.lower()
    if len(word) < 4 or MARKED_CHARS.isdisjoint(lower) or not LETTERS_ONLY.fullmatch(word) \
            or fold(lower) in model.valid:
        return None
    two_names = TWO_NAMES_GLUED.fullmatch(word)
    if two_names:
        first, second = two_names.groups()
        return (first, second) if model.lm.count(fold(first.lower())) >= GLUED_NAME_FIRST_MIN \
            and name_shape(second.lower()) else None
    if not (word[1:].islower() or capitals_line and word.isupper()):
        return None
    # three only in a header's capitals or a table's cells: in prose a word of three
    # syllables glued is mostly a foreign word's spelling ("kilôgam", "Hêrôin", "côcain" in
    # the law codes)
    capitals = capitals_line and word.isupper()
    most = 4 if in_columns else 3 if capitals else 2
    if len(word) > max(3, most) * LONGEST_SYLLABLE:  # no more syllables are so long
        return None
    for parts in range(2, most + 1):
        if parts > 2 and len(word) < 6:
            break
        least = 1 if parts == 2 or parts == 3 and capitals else CELL_PAIR_MIN
        cuts = best_cuts(lower, parts, lambda piece: fold(piece) in model.valid,
                         lambda a, b: model.lm.bigram_count(fold(a), fold(b)), least)
        if cuts:
            ends = (*cuts, len(word))
            parts_cut = tuple(word[start:end] for start, end in zip((0, *cuts), ends,
                                                                     strict=True))
            if word[0].isupper() and word[1:].islower() and any(
                    _name_syllable(part, model) for part in parts_cut[1:]):
                return None
            return parts_cut
    return None


def capitalised_share_reaches(key: str, model: Model, share: float) -> bool:
    """Whether sentences write the syllable ``key`` (``fold``ed, small letters) with a
    capital in ``share`` of its uses or more (``case.py``'s counts)."""
    return model.capitals.get(key, 0.0) >= share * max(model.lm.count(key), 1)


def _name_syllable(syllable: str, model: Model) -> bool:
    """Whether ``syllable`` is a name's: capitalised in ``NAME_SYLLABLE_SHARE`` of its uses."""
    return capitalised_share_reaches(fold(syllable.lower()), model, NAME_SYLLABLE_SHARE)


def split_capital(text: str, following: str, model: Model) -> bool:
    """Whether ``text`` is a capital that OCR split from the rest of its word: no
    syllable after it, a syllable with it ("N" "ghị" -> "Nghị")."""
    return len(text) == 1 and text.isupper() and LETTERS_ONLY.fullmatch(following) is not None \
        and following.islower() and fold(following) not in model.valid \
        and fold((text + following).lower()) in model.valid


def _small_if_titled(word: str) -> str:
    """``word`` in small letters when only its first is a capital ("Cơ", "Thời"), as a
    table's head or a sentence's start writes a word; else as it is ("UBND")."""
    return word.lower() if TITLE_START.match(word) and word[1:].islower() else word


def mark_in_word(before: str, after: str, model: Model) -> bool:
    """Whether a mark (a colon, a quote) stands between the two syllables of one word: a
    dictionary word ("khoáng: sản", "quy: trình", 'bảo "hiểm') that the LM also sees as
    one (pair measure 0.0005), or a pair the LM sees as one by the dash's measure ("xây:
    dựng"). The LM's measure alone at 0.0005 also took the colon of "các lĩnh vực: đất
    đai", which no dictionary has. The first syllable may have a capital ("Cơ: quan",
    "Thời: gian" in a table's head)."""
    before = _small_if_titled(before)
    if one_word(before, after, model):
        return True
    return one_word(before, after, model, COLON_PAIR_MIN) and (
        f"{fold(before)} {fold(after)}" in model.two_syllable_words)


def speck_colon(previous: str, before: str, after: str, following: str,
                model: Model) -> bool:
    """Whether a colon glued to ``before`` is a speck inside a word (``mark_in_word``):
    not when it ends a label begun by ``previous`` (``label_colon``); nor, when the two
    are a dictionary's word that the LM seldom sees whole (below ``WORD_PAIR_MIN``), when
    ``after`` makes a word with ``following`` (the word after it, "" for none) at least as
    much: "hành chính: công khai" is a label, though "chính công" is in the dictionary;
    "thủ tục: hành chính" is a speck, the LM seeing "tục hành" as one word."""
    if not mark_in_word(before, after, model) or label_colon(previous, before, after, model):
        return False
    before = _small_if_titled(before)
    return one_word(before, after, model) or not (
        following and pair_bond(after, following, model) >= pair_bond(before, after, model))


def label_colon(previous: str, before: str, after: str, model: Model) -> bool:
    """Whether a colon after ``before`` ends a label begun by ``previous`` ("Địa chỉ: số
    12": "địa chỉ" is a word, and "chỉ số" one too): the LM finds a break after the two at
    least as likely as ``after`` ("thủ tục: hành chính" is a speck, "hành" follows "thủ
    tục" more often than a break does)."""
    previous = _small_if_titled(previous)
    if not (one_word(previous, before, model)
            or f"{fold(previous)} {fold(before)}" in model.two_syllable_words):
        return False
    lm = model.lm
    word, stop, comma = lm.logps(lm.id(fold(previous)), lm.id(fold(before)),
                                 [lm.id(fold(after)), lm.id(lm_mod.EOS), lm.id(lm_mod.COMMA)])
    return word <= max(stop, comma)


def lower_syllable_first(text: str, model: Model) -> bool:
    """Whether ``text`` starts with a lower-case Vietnamese syllable, as a sentence does
    not ("cơ quan"; not "a)", nor a program's name such as "dpkg")."""
    m = LOWER_WORD.match(text)
    # by its letters, so that stripped text ("lich") and its repair ("lịch") agree
    return m is not None and strip_marks(m.group()) in model.by_stripped


def one_word(before: str, after: str, model: Model, least: float = WORD_PAIR_MIN) -> bool:
    """Whether two lower-case syllables make one word ("nâng cao", "xây dựng"): their
    bigram count squared over the product of their counts reaches ``least``."""
    measure = pair_measure(before, after, model)
    return measure > 0 and measure >= least


def pair_measure(before: str, after: str, model: Model) -> float:
    """How much two lower-case syllables are one word: their bigram count squared over
    the product of their counts (0 for words that are no syllables' letters)."""
    together, first, second = _pair_counts(before, after, model)
    return together * together / max(1, first * second)


def pair_bond(before: str, after: str, model: Model) -> float:
    """How much two lower-case syllables hold together, from the rarer one's side: their
    bigram count over the smaller of their counts ("thủ tục" 0.52: half of each one's
    uses; a word that also goes on to much else still holds to a rare partner)."""
    together, first, second = _pair_counts(before, after, model)
    return together / max(1, min(first, second))


def _pair_counts(before: str, after: str, model: Model) -> tuple[int, int, int]:
    """The LM's counts of two lower-case syllables side by side and of each alone
    (zeros for words that are no syllables' letters, or a pair never seen)."""
    if not (LOWER_SYLLABLE.fullmatch(before) and LOWER_SYLLABLE.fullmatch(after)):
        return 0, 0, 0
    lm = model.lm
    a, b = fold(before), fold(after)
    together = lm.bigram_count(a, b)
    return (together, lm.count(a), lm.count(b)) if together else (0, 0, 0)


def garbled_colon(previous: str, before: str, after: str, following: str,
                  readings: Callable[[str], list[str]], model: Model) -> bool:
    """Whether a colon between two words of legacy garble stands inside one word, as
    ``mark_in_word`` asks of text with marks, asked of the words' likeliest ``readings``
    (lower case, best first): the English model prints the hook of "thủ", "chủ", "phù"
    as a colon ("thi: tuc hanh chinh", 22 times in the train renders' garble, "chi: yéu",
    "phi: hop") and reads specks so ("xay: dung", "don: vi"). Not when a word beside the
    pair makes a word as much with its end of it: ``after`` with ``following`` ("môi
    trường: tỷ lệ" had read "tương tự"), or ``previous`` (the word before, in the same
    phrase; "" for none) with ``before``, or when the LM ends a label after ``previous``
    and ``before`` (``label_colon``): the colon then ends a label."""
    firsts, seconds = readings(before), readings(after)
    inside, first, second = max(((pair_bond(x, y, model), x, y) for x in firsts
                                 for y in seconds if mark_in_word(x, y, model)),
                                default=(0.0, "", ""))
    if not inside:
        return False
    if following and max((pair_bond(y, z, model) for y in seconds
                          for z in readings(following)), default=0.0) >= inside:
        return False
    # "Hộ tịch: tự chấm", "kiến nghị: việc cấp lại", and the LM's labels ("như sau: đây"
    # is no "sau đây"); not "giải quyết thủ: tục"
    return not (previous and any(
        pair_bond(p, x, model) >= inside or label_colon(p, first, second, model)
        for p in readings(previous) for x in firsts))


def continued_small_word(last: str, line: str, model: Model) -> regex.Match[str] | None:
    """The word of ``line`` when it is the line's one word, a mark after it at most, and
    a small-letter word that OCR read with a capital: a capital shaped like its small
    letter starts it, sentences seldom capitalise it inside them (``SMALL_INSIDE_SHARE``)
    and the LM has it after ``last``, the word the line before ends with
    (``CONTINUED_PAIR_MIN``): "như" + "Sau:". A line of more words may start a sentence
    after a heading that ends without a stop ("2. Yêu cầu" + "Các nhiệm vụ phải", "1.
    Chính quyền số" + "Xã đã đưa vào": 8 dev renders' lines). Text with marks only:
    without them a syllable's letters stand for names too ("Sáu")."""
    start = LINE_START_LOOK_ALIKE.match(line)
    word = fold(start.group("second").lower()) if start else ""
    if start and ALONE_BUT_A_MARK.fullmatch(line, start.end()) and word in model.valid \
            and not capitalised_share_reaches(word, model, SMALL_INSIDE_SHARE) \
            and model.lm.bigram_count(fold(last), word) >= CONTINUED_PAIR_MIN:
        return start
    return None


def broken_word(first: str, line: str, model: Model) -> regex.Match[str] | None:
    """The first word of ``line`` when a capital that looks like its small letter starts
    it and it is the rest of the word that ``first`` (the last word of the line before)
    starts: "đơn" + "Vị cấp xã", "bổ" + "Sung, cập nhật". A dictionary's word, as a
    line may also end a heading ("Chọn chương trình của bạn" + "Có thể bạn")."""
    start = LINE_START_LOOK_ALIKE.match(line)
    second = start.group("second").lower() if start else ""
    if start and one_word(first, second, model, TITLE_PAIR_MIN) and (
            f"{fold(first)} {fold(second)}" in model.two_syllable_words):
        return start
    return None
