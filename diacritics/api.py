"""Public API: ``restore(text) -> Restored(text, edits)``.

Guarantees: NFC output; exactly as many lines out as in; words left alone are copied
byte for byte; changed words keep the input's letter case (except a syllable OCR printed
in capitals inside a lower-case sentence: "đối VỚI các", "rÕ") and follow the document's
tone-placement style (old style "hóa" when the input shows none). Numbers, dates, URLs
and document codes are kept, except that known symbols regain their Đ ("QD-UBND" ->
"QĐ-UBND"). Specks read as text go: stray symbols and lone apostrophes; in text read by
the Vietnamese model, a lone consonant or rare marked letter ("s", "ị"); a lone "."
between a word and a lower-case word (on the next line too) or a number, a lone ";"
after a word inside a line, a lone ":" after a word, a lone mark after a mark ("nước. .
4.", "tiến độ, ,") or at the start of a line; a full stop glued to a word that a lower-case
word follows ("các. cơ quan"); a colon inside a word ("xây: dựng"); a stop after a
comma, colon or stop ("ban,.", "TTHC:."); marks glued to the front of a word ("'định",
"_chịu") or of a list number ("_6."); a dash that ends a line after a word, starts one
before a lower-case word, doubles another, follows a comma, or splits a word ("nâng -
cao"); a line of nothing but marks (left empty, so the line count holds); in vie text,
a syllable's onset alone ("ng") and the garbage read after a paragraph's last sentence
("đồng. Ki Thiện so 0H oi"). Two syllables printed without a space ("phụcvụ") are
split; a capital split from the rest of its word ("N ghị") is joined.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import regex
from rapidfuzz.distance import Levenshtein

from diacritics import case
from diacritics import lm as lm_mod
from diacritics.decoder import (
    GARBLE_LETTERS,
    GARBLE_MAP,
    MARK_LETTERS,
    Decoder,
    Slot,
    garble_keys,
    line_mode,
)
from diacritics.model import Model, load
from diacritics.names import (
    PLACE_UNITS,
    SURNAME_BY_LETTERS,
    NameFix,
    anchored_place_fixes,
    name_spellings,
    signer_surname_fixes,
)
from diacritics.numbers import DigitFix, digit_fixes
from diacritics.syllable import (
    document_style,
    fold,
    is_syllable_shape,
    nfc,
    restyle,
    strip_marks,
)


@dataclass(frozen=True)
class Edit:
    line: int  # 0-based line index in the input
    start: int  # character offsets within that line of the input
    end: int
    original: str
    replacement: str
    confidence: float


@dataclass
class Restored:
    text: str
    edits: list[Edit] = field(default_factory=list)


CHUNK = regex.compile(r"\S+")
CORE = regex.compile(r"[\p{L}\p{M}0-9" + regex.escape(case.LETTER_SYMBOLS) + "]+")
# a number with separators ("1.980.000.000", "98,5") is one word, one <num>, as the LM
# counts it (build.TOKEN), not one per group of digits
NUMBER_OR_CORE = regex.compile(r"\d+(?:[.,]\d+)+|" + CORE.pattern)
SENTENCE_END = regex.compile(r"[.;:!?…]")
URL_OR_MAIL = regex.compile(r"(?i)^(?:https?://|www\.)|@\w+\.")
# a unit or abbreviation written with a slash ("V/v", về việc; "km/h") is a code too
CODE = regex.compile(r"\d.*[/\\]|[/\\].*\d|^/\p{Lu}|^\p{Lu}[\p{Lu}\d]*(?:[-&/][\p{Lu}\d]+)+\W*$"
                     r"|^\p{L}{1,2}/\p{L}{1,2}\W*$")
GLUED_NUMBER = regex.compile(r"^(\p{L}{2,})(\d{1,4})$")
NUMBER = regex.compile(r"^\d+(?:[.,:]\d+)*$")
LETTERS_ONLY = regex.compile(r"[\p{L}\p{M}]+")
# a word of a person's name: a capital, then small letters (a comma or stop may follow)
NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+[,.;]?")
ROMAN_NUMERAL = regex.compile(r"[IVXL]{1,5}")
CAPITALS_INSIDE = regex.compile(
    r"(?<=\p{Ll}[,;]?[ \t])\p{Lu}{2,}(?=[,;.:]|[ \t]+\p{Ll}|[ \t]*$)"
    r"|(?<!\p{L})\p{Ll}+\p{Lu}\p{L}*")
SPECK = regex.compile(r"^[\p{S}\p{P}\p{Lm}]+$")  # "ˆ" (a modifier letter) is a speck too
# "- Lưu: VT." (kept in the archive, văn thư) ends nearly every document's recipient list;
# Tesseract reads the VT as "VL", "VI", "VD" or "VÌ"
ARCHIVE_MARK = regex.compile(r"^(\W*Lưu\s*:\s*)(V[LIDÌ1|l])(?!\p{L})")
# punctuation that stands alone in real text: bullets, ellipses, the legal end mark "./.",
# runs of openers then closers such as "%),", ").", "(*)", a sign in brackets as tables
# of scores write a rise or fall ("tăng (+) 5 điểm"), and an arrow ("=> Đạt")
CONVENTIONAL = regex.compile(
    r"^(?:[-–—+*•…&/=<>#№→]|=>|->|\.{3}|\./\.|/\.|[(\[][-+±][)\]][,.;:]?"
    r"|[(\[“\"‘'«]*[%.,;:!?)\]”\"’'»*]*)$")
# a line of nothing but one- or two-character marks ("- :", "' .") is specks read as text
SPECK_LINE = regex.compile(r"^\s*(?:[\p{P}\p{S}]{1,2}\s+)*[\p{P}\p{S}]{1,2}\s*$")
# a lone mark that follows a word ends nothing there (_lone_stop says where): a speck
LONE_STOP = regex.compile(r"^(?:[.:;,]|\.\.)$")  # ".." is no mark: a speck read twice
# a line that opens with a list marker: a dash, or a number before a heading ("6. Xây")
LIST_MARKER = regex.compile(r"^[\s_.'\"]*(?:[-–]|\d{1,2}\.\s+\p{Lu})")
# marks glued to the front of a word that no report writes there: "'định", "_chịu",
# "-.liệu"; and before a list number or letter at the start of a line: "_6.", ".1.",
# ":34.", "-15.", "_-20.", "-a)"
LEADING_SPECK = regex.compile(r"^(?:[-–]?[_'.:]+|[_'.:]*[-–](?=\p{Ll}|\d))(?=[\p{L}\d])")
NUMBER_MARKER = regex.compile(r"^\d{1,2}\.$")
GLUED_QUOTE = regex.compile(r'^["“](\p{Ll}+)[,.;:]?$')  # a quote that opens no phrase
# a list number glued to its heading's first word ("2.Cai cach", "3.Viec")
GLUED_LIST_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.(?=\p{Lu}\p{Ll})")
# specks and dashes before the first word of a line; not the bullets of a list ("*", "+",
# "•"), whose items may start in lower case
LEAD_MARK = r"[\s_.,:;'\"\-–]"  # a mark or speck a line may start with
LEADING_MARKS = regex.compile(rf"^{LEAD_MARK}+")
GARBLED_BULLET = regex.compile(r"^[_.'~]*[-–=][-–=_.'~]*$")
LETTERED_ITEM = regex.compile(r"(\s*)([a-zđ])\)")
LOWER_START = regex.compile(r"^\p{Ll}")
TITLE_START = regex.compile(r"^\p{Lu}\p{Ll}")
ENDS_IN_LETTER = regex.compile(r"\p{L}$")
ENDS_IN_WORD = regex.compile(r"[\p{L}\d]$")
AFTER_PUNCTUATION = regex.compile(r"[.,;:]$")  # "nước. . 4.", "tổ chức, . cá nhân"
# a lower-case (or capitalised) word with one full stop, and the lower-case word that
# follows it; correct reports never write this (none in the train seeds or dev documents)
STRAY_STOP = regex.compile(r"^(?=\p{L}{2})\p{Lu}?\p{Ll}+\.$")
# "ngày. 24/10/2025", "ngày: 12/8/2025", "năm. 2015": a stop between a lower-case time
# word and the date it announces, on the same line (not "hằng năm." before a list
# number "2.")
DATE_AFTER = {"ngày": regex.compile(r"^\d{1,2}/\d{1,2}/\d{4}\W*$"),
              "tháng": regex.compile(r"^\d{1,2}/\d{4}\W*$"),
              "năm": regex.compile(r"^(?:19|20)\d\d(?![.\d])\W*$")}
DOUBLED_STOP = regex.compile(r"\p{L}\)?(?:[,.;:]\.|[,;]:)$")  # not an ellipsis ("làm,...")
LOWER_WORD = regex.compile(r"^\p{Ll}{2,}(?![)\p{L}])")
DASH = regex.compile(r"^[-–—]$")
# a document code whose hyphen OCR read twice, the rest as a word of its own
# ("428/QĐ- -UBND"): one code again. Only the doubled hyphen is OCR's for sure: typists
# write "06/QĐ- TTg" and "HĐND- UBND" too (the clean seeds do), so those stay.
BROKEN_CODE = regex.compile(r"^(?:\S*\d\S*/\S*\p{Lu}|\p{Lu}{2,})-$")
CODE_REST = regex.compile(r"^-(\p{Lu}[\p{Lu}\d&]+\p{Ll}?)(\p{P}*)$")
LOWER_SYLLABLE = regex.compile(r"\p{Ll}+")
# bigram^2 / (count(a) * count(b)) from which two syllables are one word: "nâng cao" 0.1,
# "chính sách" 0.014; the dash-joined pairs of the train seeds and dev documents ("tế - xã",
# "học - kỹ") stay below 0.0006
WORD_PAIR_MIN = 0.005
TITLE_PAIR_MIN = 0.02
COLON_PAIR_MIN = 0.0005
# the one-letter words of the train seeds and dev documents ("y", "ý", "ở") are counted
# 280 times and more in the LM; the marked letters specks are read as ("ị", "ễ", "ì") under 40
SINGLE_LETTER_MIN = 50
UNITS_BY_LETTERS = frozenset(strip_marks(u) for u in PLACE_UNITS)
CITING_WORDS = {"diem", "tiet", "muc"}  # without marks, as _cited_letter compares
LIST_JOINS = {"va", "hoac", "den"}
LOOK_ALIKE_CAPITALS = "COSVXZWÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢ"
SECOND_SYLLABLE_CAPITAL = regex.compile(
    r"(?<!\p{L})(?P<first>\p{Ll}+)(?P<gap>[ \t])"
    rf"(?P<second>[{LOOK_ALIKE_CAPITALS}]\p{{Ll}}+)(?!\p{{L}})")
# the same capital on the first word of a line, the second syllable of a word the line
# before broke ("nâng -" + "Cao năng suất", "đơn" + "Vị cấp xã")
LINE_START_LOOK_ALIKE = regex.compile(
    rf"^(?P<lead>{LEAD_MARK}*)(?P<second>[{LOOK_ALIKE_CAPITALS}]\p{{Ll}}+)(?!\p{{L}})")
# a word in capitals that starts a line, before a lower-case word
LINE_START_CAPITALS = regex.compile(rf"(?<=^{LEAD_MARK}*)\p{{Lu}}{{2,}}(?=\s+\p{{Ll}})")
# the word a line ends with, past dashes and specks: the first syllable of a broken word
LAST_WORD = regex.compile(r"(?<!\p{L})(\p{Ll}+)[\s_\-–]*$")
# "HD" stays: it is the symbol of a hướng dẫn (Nghị định 30/2020, appendix III)
CODE_SYMBOLS = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "DU": "ĐU", "DH": "ĐH", "CD": "CĐ",
                "BCD": "BCĐ", "DT": "ĐT", "DTN": "ĐTN", "TTHDND": "TTHĐND"}
# the abbreviations of document types (Nghị định 30/2020, appendix III) glued to an issuer
GLUED_SYMBOL = regex.compile(
    r"(?<=/)(NQ|Q[ĐD]|CT|QC|Qy[ĐD]|TB|H[ĐD]|CTr|KH|PA|[ĐD]A|BC|BB|TTr|C[ĐD]|GUQ|GM|GGT|PC)"
    r"(UBND|H[ĐD]ND|[ĐD]U|BCĐ|BCD|VP)(?![\p{L}\d])")
VIE_MIN_CONFIDENCE = 0.9
# the abbreviations reports write hundreds of times each (50 to 1,400 times in the LM's
# text; the next, "MTTQ", 33): a misread of one is still read as it
FREQUENT_ABBREVIATIONS = ("UBND", "HĐND", "TTHC", "CCHC")
# capitals OCR prints for one another (read, meant), marks stripped ("TƯHC" is "TUHC"):
# I, U and E as on the dev pages ("TIHC", "TƯHC", "CCHẼ"), and shapes as close as those
LOOK_ALIKES = {("I", "T"), ("U", "T"), ("Y", "T"), ("L", "T"), ("E", "C"), ("G", "C"),
               ("O", "C"), ("O", "D"), ("B", "D"), ("N", "H"), ("M", "N"), ("H", "N"),
               ("V", "U")}
# a syllable's onsets of two letters or more ("gi" and "qu" are words too): alone, specks
# or a word whose rhyme OCR lost
ONSETS = frozenset({"ch", "gh", "kh", "ng", "ngh", "nh", "ph", "th", "tr"})
# a line's tail after a sentence's end: words and commas, no mark that ends anything
GARBAGE_TAIL = regex.compile(r"(?<=\p{L}[.!?])\s+(\p{L}[^.;:!?]*?)\s*$")
NAME_LIKE = regex.compile(r"\p{Lu}(?:'\p{Lu})?\p{Ll}+")  # "Thiện", "H'Blan"
ABBREVIATION_LIKE = regex.compile(r"\p{Lu}{3,}")  # "UBMT", "HDNN"; not "TS", "HC"
WORD_CHARACTER = regex.compile(r"[\p{L}\d]")
OPENER = regex.compile(r"[“\"(\[]")
# chosen on dev renders (002 and 003 both ways): -10 cut fewer, -8 cut "Văn hóa,Thể thao
# và Du" from a real line; none of the clean reports or law codes has a tail so scored
GARBAGE_TAIL_LOGP = -9.0
GARBAGE_TAIL_WORDS = 6
OWN_WORD_MIN = 3  # uses in one document that make a word its own (_add_isolated_word_readings)
TIME_UNITS = {"năm", "tháng", "quý", "tuần", "ngày"}
# a heading's Roman numeral with its I's read as "1", "l" or "|" ("|.", "1V.", "V11.")
ROMAN_HEADING = regex.compile(
    r"^(\s*)([|l1I]{1,3}|[|l1I]?[VX][|l1I]{0,3})\.(?=\s+\p{Lu}{2,})")
ROMAN_I = str.maketrans("|l1", "III")


@cache
def _decoder() -> Decoder:
    return Decoder(load())


def clear_caches() -> None:
    """Forget the candidates, LM scores and syllable forms of the words seen so far; the
    model stays loaded. Repair of a long batch reuses them; a benchmark times a cold
    start."""
    _decoder().clear_caches()


def model_info() -> dict[str, object]:
    model = load()
    return {"name": "syllable-trigram", "vocabulary": model.info.get("vocabulary"),
            "trigrams": model.info.get("trigrams"), "sources": model.info.get("sources")}


def apply_case(original: str, candidate: str) -> str:
    letters = [ch for ch in original if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return candidate.upper()
    if letters and original[0].isupper() or (not original[0].isalpha() and letters
                                             and letters[0].isupper()):
        return candidate[:1].upper() + candidate[1:]
    return candidate


LEADING_CODE_SPECK = regex.compile(r"^[_'‘’`]+(?=\d)")
# Tesseract reads Đ as the Icelandic Eth (Ð, same length), sometimes doubled ("QĐÐ")
ETH = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})


def fix_code(chunk: str) -> str:
    """Đ inside known document symbols: 22/QD-UBND -> 22/QĐ-UBND; the hyphen OCR lost
    between a document type and its issuer: 45/KHUBND -> 45/KH-UBND; a speck glued to the
    front of a number or date: '30/7/2025 -> 30/7/2025."""
    chunk = LEADING_CODE_SPECK.sub("", chunk.translate(ETH).replace("ĐĐ", "Đ"))
    chunk = GLUED_SYMBOL.sub(r"\1-\2", chunk)
    return regex.sub(r"(?<![\p{L}])(\p{Lu}{2,6})(?![\p{L}])",
                     lambda m: CODE_SYMBOLS.get(m.group(1), m.group(1)), chunk)


def fix_heading(line: str) -> str:
    def roman(m: regex.Match[str]) -> str:
        return m.group(1) + m.group(2).translate(ROMAN_I) + "."
    return ROMAN_HEADING.sub(roman, line, count=1)


@dataclass
class _Piece:
    start: int
    end: int
    text: str
    slot: Slot | None = None  # a word to decode
    context: str | None = None  # a fixed LM token (number, abbreviation, sentence end)
    replacement: str | None = None  # a rule-based replacement (codes, abbreviations)


def _is_garbled_word(core: str) -> bool:
    return any(ch.isalpha() for ch in core) and any(ch in GARBLE_MAP for ch in core) \
        and not NUMBER.match(core)


def _lone_stop(chunks: list[regex.Match[str]], n: int, continues: bool) -> bool:
    """Whether the lone ".", ":", ";", "," (or "..") at ``chunks[n]`` is a speck: it
    starts a line, follows a mark ("nước. . 4.", "tổ chức, . cá nhân", "tiến độ, ,"), or
    stands after a word or number (not a comma, which a typist may so space): a colon
    wherever it stands ("KẾ HOẠCH : Cải cách", "bộ máy : -", "Quý 1/2026 :" at a line's
    end), a semicolon inside a line ("năng lực ; BH"), a stop before a lower-case word,
    a number or a dash ("dân . và", "ngày . 22/1", "bền .. vững", "Chủ tịch . -") or at
    the end of a line that ``continues`` on the next. No report the model learned from,
    nor any of the eight law codes (2.4 million characters), writes a colon or semicolon
    with a space before it; a stop so written ends a line of the Debian guide now and
    then ("make install ."), so there a stop needs the lower-case word."""
    if n == 0:
        return len(chunks) > 1
    before = chunks[n - 1].group()
    if AFTER_PUNCTUATION.search(before):
        return True
    if not ENDS_IN_WORD.search(before):
        return False
    mark = chunks[n].group()
    if mark == ",":
        return False
    if mark == ":":
        return True
    if n == len(chunks) - 1:
        return continues
    return mark == ";" or bool(regex.match(r"[\p{Ll}\d]|[-–]$", chunks[n + 1].group()))


def _stray_dash(chunks: list[regex.Match[str]], n: int, model: Model,
                next_word: str = "", next_item: bool = False) -> bool:
    """Whether the dash at ``chunks[n]`` is a speck: it ends a line after a word and the
    next line does not start with a capital or a number ("của Thủ tướng Chính -" + "phủ
    về"; a line the page wrapped inside a name or a span ends so: "Phòng Văn hóa -" +
    "Xã hội", "giai đoạn 2026 -" + "2030"), starts a line before a lower-case word ("-
    hành chính nhà nước", where a list item would start with a capital), doubles another
    ("- - Tiếp tục"), follows a comma, or stands, with any dashes next to it, between two
    lower-case syllables that make one word ("nâng - cao", "quy - - định"). A dash
    between phrases joins words that seldom stand together ("kinh tế - xã hội"). At a
    line's end the same holds past doubled dashes ("triển - -" + "khai") and after a
    comma ("hiệu lực, -" + "hiệu quả"), and before a capital that only looks like one
    on the rest of a broken word ("nâng -" + "Cao năng suất"), and before a line that
    ``next_item`` (opens with a list marker: "công vụ -" + "- Tiếp tục", "địa phương. -"
    + "6. Xây dựng"); specks after it do not count ("công vụ - |"), nor lone stops
    before it ("thanh . -" + "toán"). (After a stop it may be the list dash of a table
    cell that wrapped: "đơn vị cấp xã. -" + "Hàng năm.") A dash that starts a line, past
    lone stops (". - trong việc"), is a speck before a numbered heading too ("- 21. Kiểm
    tra"): a list item has one marker."""
    if n > 0 and chunks[n - 1].group().endswith(","):
        return True  # after a comma ("lực, - hiệu", "2030, —")
    before = next((c.group() for c in reversed(chunks[:n])
                   if not (DASH.match(c.group()) or LONE_STOP.match(c.group()))), "")
    if all(_speck(c.group()) for c in chunks[n + 1:]):  # the line ends there
        if before and next_item:
            return True
        if not (ENDS_IN_LETTER.search(before) or before.endswith(",")):
            return False
        return not regex.match(r"[\p{Lu}\d]", next_word) or \
            _broken_word(before, next_word, model) is not None
    if DASH.match(chunks[n + 1].group()):
        return True  # one of a doubled dash ("- - Tiếp tục")
    if all(LONE_STOP.match(c.group()) for c in chunks[:n]):
        after = chunks[n + 1].group()
        return _lower_syllable_first(after, model) or (
            NUMBER_MARKER.match(after) is not None and n + 2 < len(chunks)
            and TITLE_START.match(chunks[n + 2].group()) is not None)
    after = next((c.group() for c in chunks[n + 1:] if not DASH.match(c.group())), "")
    return _one_word(before, after, model)


def _speck(text: str) -> bool:
    """Whether a chunk is nothing but a speck: symbols no report writes alone ("|", "_")."""
    return SPECK.match(text) is not None and (text == "'" or not CONVENTIONAL.match(text))


def _glued_syllables(word: str, model: Model) -> tuple[str, str] | None:
    """A word that is no syllable but two valid ones glued, with Vietnamese marks and seen
    together in the LM ("cụthể" -> "cụ", "thể"); the cut the LM has seen most often. A
    foreign word ("Data", "code") has no marks and stays whole."""
    lower = word.lower()
    if not LETTERS_ONLY.fullmatch(word) or len(word) < 4 or fold(lower) in model.valid \
            or not MARK_LETTERS.search(lower) or not word[1:].islower():
        return None
    lm = model.lm
    best, best_count = None, 0
    for cut in range(1, len(word)):
        a, b = fold(lower[:cut]), fold(lower[cut:])
        if a in model.valid and b in model.valid:
            count = lm.bigram_count(a, b)
            if count > best_count:
                best, best_count = (word[:cut], word[cut:]), count
    return best


def _split_capital(text: str, following: str, model: Model) -> bool:
    """Whether ``text`` is a capital that OCR split from the rest of its word: no
    syllable after it, a syllable with it ("N" "ghị" -> "Nghị")."""
    return len(text) == 1 and text.isupper() and LETTERS_ONLY.fullmatch(following) is not None \
        and following.islower() and fold(following) not in model.valid \
        and fold((text + following).lower()) in model.valid


def _speck_letter(text: str, model: Model) -> bool:
    """Whether a word of one letter is a speck the Vietnamese model read as a letter: a
    bare consonant ("s", "t"; not "đ", the đồng), or a marked letter seldom a word ("ị",
    "Ì"; not "ý", "ở", "y", nor a bare capital, which labels a list: "Phụ lục B")."""
    if len(text) != 1 or not text.isalpha() or text in "đĐ":
        return False
    low = text.lower()
    if text.islower() and low in "bcdfghjklmnpqrstvwxz":
        return True
    return (text.islower() or strip_marks(text) != text) and (
        model.lm.count(fold(low)) < SINGLE_LETTER_MIN)


def _leftover_garbage_end(line: str, piece: _Piece, model: Model) -> int | None:
    """Where the chunk ends, marks glued to it included ("ng:"), when a word the decoder
    kept in vie text is garbage read from specks: a chunk of its own, not after a number,
    that is a syllable's onset alone ("ng", "nh", "th") or two or three consonants with a
    "đ" ("đc", "đt"). No word is either; the command names of technical prose ("ls",
    "dch", "gpg") are not. None for any other word."""
    word = piece.text
    if not (word in ONSETS or ("đ" in word and 2 <= len(word) <= 3 and not regex.search(
            r"[aeiouy]", strip_marks(word)))):
        return None
    if fold(word) in model.valid:
        return None  # the lexicon has "ch" and "tr" (chương, trang: "tr. 5")
    chunk = CHUNK.match(line, piece.start)
    if (piece.start and not line[piece.start - 1].isspace()) or chunk is None or \
            not regex.fullmatch(r"\p{P}*", line[piece.end:chunk.end()]):
        return None
    before = line[:piece.start].split()
    return None if before and regex.search(r"\d\W*$", before[-1]) else chunk.end()


def _garbage_tail(line: str, next_line: str, model: Model) -> int | None:
    """Where the garbage that ends a paragraph's last line starts, if it does: Tesseract
    reads the specks in the blank after the last sentence as words ("... 20.800.000 đồng.
    Ki Thiện so 0H oi", "hạn chế. Sê Vòi lật TS nộ"). A tail is such garbage when it
    follows a full stop (or "!", "?"; a semicolon goes on with a list), starts with a
    letter, ends without a mark, has at most ``GARBAGE_TAIL_WORDS`` words, no lone mark
    (a list dash opens an item) and no opening quote or bracket, the next line does not
    go on with it (no small letter starts it), and its words are unlikely as a
    sentence's start (mean LM log-prob below ``GARBAGE_TAIL_LOGP``) with one at least
    that is no word, no name and no abbreviation of three capitals or more ("0H",
    "TS", "bcc"; "Ksor H'Blan", "UBMT" count as words)."""
    tail = GARBAGE_TAIL.search(line)
    if tail is None or LOWER_START.match(LEADING_MARKS.sub("", next_line)):
        return None
    words = tail.group(1).split()
    if len(words) > GARBAGE_TAIL_WORDS or not all(WORD_CHARACTER.search(w) for w in words) \
            or OPENER.search(tail.group(1)):
        return None  # a list dash opens an item ("chất lượng. - Trưởng"), a quote a phrase
    lm = model.lm
    u = v = lm.id(lm_mod.BOS)
    total, odd = 0.0, 0
    for word in words:
        core = regex.sub(r"[^\p{L}\p{M}\d]", "", word)
        token = fold(core).lower()
        if NUMBER.match(core):
            token = lm_mod.NUM
        elif token not in model.valid and not NAME_LIKE.fullmatch(word.rstrip(",;")) \
                and not ABBREVIATION_LIKE.fullmatch(core):
            odd += 1
        w = lm.id(token)
        total += lm.logp(u, v, w)
        u, v = v, w
    return tail.start(1) if odd and total / len(words) < GARBAGE_TAIL_LOGP else None


def _cited_letter(chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether the one-letter word at ``chunks[n]`` names a lettered point, as laws and
    reports cite them: after "điểm", "tiết" or "mục" ("điểm b khoản 1"), before "khoản",
    or in a run of letters ("các điểm a, b, c và d", "từ điểm a đến điểm g")."""
    def word(k: int) -> str:  # without marks: legacy text has none ("diém b")
        return strip_marks(chunks[k].group().lower().rstrip(",;.")) if 0 <= k < len(
            chunks) else ""

    def letter(k: int) -> bool:
        return len(word(k)) == 1 and word(k).isalpha()

    before, after = word(n - 1), word(n + 1)
    return before in CITING_WORDS or after == "khoan" or (
        n > 0 and chunks[n - 1].group().endswith(",") and letter(n - 1)) or (
        chunks[n].group().endswith(",") and letter(n + 1)) or (
        before in LIST_JOINS and letter(n - 2))


def _mark_in_word(before: str, after: str, model: Model) -> bool:
    """Whether a mark (a colon, a quote) stands between the two syllables of one word: a
    dictionary word ("khoáng: sản", "quy: trình", 'bảo "hiểm') that the LM also sees as
    one (pair measure 0.0005), or a pair the LM sees as one by the dash's measure ("xây:
    dựng"). The LM's measure alone at 0.0005 also took the colon of "các lĩnh vực: đất
    đai", which no dictionary has. The first syllable may have a capital ("Cơ: quan",
    "Thời: gian" in a table's head)."""
    if TITLE_START.match(before) and before[1:].islower():
        before = before.lower()
    if _one_word(before, after, model):
        return True
    return _one_word(before, after, model, COLON_PAIR_MIN) and (
        f"{fold(before)} {fold(after)}" in model.two_syllable_words)


def _doublet(piece: _Piece, candidate: str, line: str) -> bool:
    """Whether ``candidate`` is the other standard spelling of the word: "hàng năm" and
    "hằng năm" (tháng, quý, tuần, ngày) are both correct, so neither becomes the other."""
    following = line[piece.end:].split(maxsplit=1)
    return {fold(piece.text.lower()), candidate} == {"hàng", "hằng"} and bool(following) and (
        following[0].lower().rstrip(",.;:") in TIME_UNITS)


def _stop_before_date(text: str, rest: list[regex.Match[str]]) -> bool:
    """Whether ``text`` is a time word with a stop ("ngày:", "năm.") and the next chunk on
    the line the date it announces: "ngày" a day/month/year, "tháng" a month/year, "năm"
    a year."""
    date = DATE_AFTER.get(text[:-1]) if text[-1:] in ".:" else None
    return date is not None and bool(rest) and bool(date.match(rest[0].group()))


def _lower_syllable_first(text: str, model: Model) -> bool:
    """Whether ``text`` starts with a lower-case Vietnamese syllable, as a sentence does
    not ("cơ quan"; not "a)", nor a program's name such as "dpkg")."""
    m = LOWER_WORD.match(text)
    # by its letters, so that stripped text ("lich") and its repair ("lịch") agree
    return m is not None and strip_marks(m.group()) in model.by_stripped


def _one_word(before: str, after: str, model: Model, least: float = WORD_PAIR_MIN) -> bool:
    """Whether two lower-case syllables make one word ("nâng cao", "xây dựng"): their
    bigram count squared over the product of their counts reaches ``least``."""
    if not (LOWER_SYLLABLE.fullmatch(before) and LOWER_SYLLABLE.fullmatch(after)):
        return False
    lm = model.lm
    a, b = fold(before), fold(after)
    together = lm.bigram_count(a, b)
    return together > 0 and together * together >= least * lm.count(a) * lm.count(b)


def _pieces(line: str, model: Model, decoder: Decoder, mode: str,
            next_line: str = "", last_word: str = "",
            garbage_from: int | None = None) -> list[_Piece]:
    """The line's words, specks and marks, each with what the decoder reads or what
    replaces it; ``next_line`` is the next non-blank line as written, ``last_word`` the
    word the line before ends with (``LAST_WORD``), if it ends with one; the chunks from
    ``garbage_from`` on are specks (``_garbage_tail``)."""
    pieces: list[_Piece] = []
    chunks = list(CHUNK.finditer(line))
    fixes = digit_fixes(line)
    next_item = LIST_MARKER.match(next_line) is not None
    next_line = LEADING_MARKS.sub("", next_line)
    continues = _lower_syllable_first(next_line, model)
    next_word = next_line.split(maxsplit=1)[0] if next_line.strip() else ""
    skip_to = 0
    for n, chunk in enumerate(chunks):
        if chunk.start() < skip_to:
            continue
        text = chunk.group()
        if garbage_from is not None and chunk.start() >= garbage_from:
            pieces.append(_Piece(chunk.start(), chunk.end(), text, replacement=""))
            continue
        inside = [f for f in fixes if chunk.start() <= f.start < chunk.end()]
        if inside:
            piece = _digit_piece(line, chunks[n:], inside)
            pieces.append(piece)
            skip_to = piece.end
            if SENTENCE_END.search(piece.text[-1]):
                pieces.append(_Piece(piece.end, piece.end, "",
                                     context=_sentence_end(piece.text)))
            continue
        following = chunks[n + 1].group() if n + 1 < len(chunks) else ""
        if mode == "vie" and _split_capital(text, following, model):
            # a capital split from the rest of its word ("N ghị quyết"): one word again
            joined = text + following
            pieces.append(_Piece(chunk.start(), chunks[n + 1].end(), line[chunk.start():
                                 chunks[n + 1].end()], context=fold(joined.lower()),
                                 replacement=joined))
            skip_to = chunks[n + 1].end()
            continue
        rest = CODE_REST.match(following) if BROKEN_CODE.match(text) else None
        if rest:
            end = chunks[n + 1].end()
            pieces.append(_Piece(chunk.start(), end, line[chunk.start():end], context=lm_mod.NUM,
                                 replacement=fix_code(text + following.lstrip("-"))))
            skip_to = end
            if SENTENCE_END.search(rest.group(2)):
                pieces.append(_Piece(end, end, "", context=_sentence_end(rest.group(2))))
            elif "," in rest.group(2):
                pieces.append(_Piece(end, end, "", context=lm_mod.COMMA))
            continue
        if n == 0 and LETTERED_ITEM.fullmatch(text):
            # a list item's letter ("e)", "d)") is no word to repair; its text starts anew
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.BOS))
            continue
        # the same positions as case.inside_words: what a capital there says is learned
        inside = n > 0 and bool(case.CONTINUES.search(chunks[n - 1].group()))
        # at the line's end, the next line's first word ("Sở" + "Nội vụ" on the next line)
        word_after = case.WORD.match(following if n + 1 < len(chunks) else next_word) \
            if case.CONTINUES.search(text) else None
        followed_by = word_after.group() if word_after else None
        if len(text) > 1 and LETTERS_ONLY.fullmatch(text):
            # a plain word, as most are: no speck, code or punctuation rule applies to it
            pieces.extend(_word_pieces(text, chunk.start(), chunk.end(), model, decoder, mode,
                                       inside, followed_by, _name_role(chunks, n, mode)))
            continue
        if n == 0 and GARBLED_BULLET.match(text) and not CONVENTIONAL.match(text) and \
                regex.match(r"\p{Lu}", following):
            # a list dash read with specks ("-_-", "_=") before the item's capital
            pieces.append(_Piece(chunk.start(), chunk.end(), text, replacement="-"))
            continue
        if _speck(text) or (
                LONE_STOP.match(text) and _lone_stop(chunks, n, continues)) or (
                DASH.match(text) and _stray_dash(chunks, n, model, next_word, next_item)) or (
                mode == "vie" and _speck_letter(text, model) and not _cited_letter(chunks, n)):
            pieces.append(_Piece(chunk.start(), chunk.end(), text, replacement=""))
            continue
        if URL_OR_MAIL.search(text) or CODE.search(text):
            fixed = fix_code(text)
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.NUM,
                                 replacement=fixed if fixed != text else None))
            continue
        cores = list(NUMBER_OR_CORE.finditer(text))
        leading = LEADING_SPECK.match(text)
        rest = text[leading.end():] if leading else ""
        # a dot or dash in front of a word may be a file type or an option (".docx", "-v")
        if leading and (regex.match(r"\p{L}+[,.;:!?)]*$", rest) and (
                regex.search(r"[_']", leading.group()) or _lower_syllable_first(rest, model))
                or n == 0 and (NUMBER_MARKER.match(rest) or LETTERED_ITEM.fullmatch(rest))):
            pieces.append(_Piece(chunk.start(), chunk.start() + leading.end(), leading.group(),
                                 replacement=""))
        # a quote glued inside a word ('bảo "hiểm', 'ban "hành'), none closing it on the
        # line: no phrase starts there
        quote = GLUED_QUOTE.match(text)
        if quote and not regex.search(r'["”]', line[chunk.end():]) and _mark_in_word(
                chunks[n - 1].group() if n else last_word, quote.group(1), model):
            pieces.append(_Piece(chunk.start(), chunk.start() + 1, text[0], replacement=""))
        elif cores and any(ch in lm_mod.PHRASE_MARKS for ch in text[:cores[0].start()]):
            # an opening bracket or quote breaks the phrase before its word, as in the LM
            pieces.append(_Piece(chunk.start(), chunk.start(), "", context=lm_mod.COMMA))
        glued_marker = n == 0 and GLUED_LIST_NUMBER.match(text)
        for k, core in enumerate(cores):
            start, end = chunk.start() + core.start(), chunk.start() + core.end()
            word = core.group()
            if glued_marker and k == 1:  # "2.Cai cach" is "2. Cải cách"
                pieces.append(_Piece(start, start, "", replacement=" "))
            if mode == "legacy" and len(word) == 1 and word.islower() and (
                    _cited_letter(chunks, n) or n > 0 and chunks[n - 1].group()[-1:].isdigit()):
                # a lettered point ("điểm b") or a unit after a number ("30 m"), not a
                # syllable that lost its vowel ("cán b" for cán bộ: _classify)
                pieces.append(_Piece(start, end, word, context=word))
                continue
            glued = GLUED_NUMBER.match(word)
            # "thang8", "nam2024" are a word and a number; "vo1" is a garbled "với"
            if glued and strip_marks(glued.group(1).lower()) in model.by_stripped and (
                    len(glued.group(1)) >= 4 or len(glued.group(2)) >= 2):
                # "thang8": a word and a number printed without a space
                cut = start + len(glued.group(1))
                pieces.append(_classify(glued.group(1), start, cut, model, decoder, mode,
                                        inside and k == 0))
                # the space comes back too: "thang8" is "tháng 8"
                pieces.append(_Piece(cut, end, glued.group(2), context=lm_mod.NUM,
                                     replacement=" " + glued.group(2)))
                continue
            pieces.extend(_word_pieces(word, start, end, model, decoder, mode,
                                       inside and k == 0,
                                       followed_by if k == len(cores) - 1 else None))
        tail = text[cores[-1].end():] if cores else text
        # the next word, past any specks ("người. _ dân" is "người dân"), on the next line
        # when this one ends
        after = next((c.group() for c in chunks[n + 1:] if not SPECK.match(c.group())),
                     next_word)
        # a speck read as punctuation: a full stop inside a sentence ("các. cơ quan"), a
        # colon inside a word ("xây: dựng"), a stop after a comma or a stop ("ban,.")
        # a garbled word read as its letters ("su6t." as "suot."): the rule holds the same
        # before and after the word's repair
        stray = (STRAY_STOP.match(text.translate(GARBLE_LETTERS))
                 and _lower_syllable_first(after, model)) or (
            _stop_before_date(text, chunks[n + 1:])) or (
            text.endswith(":") and _mark_in_word(text[:-1], after.rstrip(",.;:"), model)
        ) or DOUBLED_STOP.search(text)
        if stray:
            pieces.append(_Piece(chunk.end() - 1, chunk.end(), text[-1], replacement=""))
            tail = tail[:-1]
        if SENTENCE_END.search(tail) and not (tail.endswith(":") and after[:1].isdigit()):
            # a colon before a number ends no sentence ("số: 22/QĐ-UBND"), as in the LM
            pieces.append(_Piece(chunk.end(), chunk.end(), "", context=_sentence_end(tail)))
        elif "," in tail or any(ch in lm_mod.PHRASE_MARKS for ch in tail):
            pieces.append(_Piece(chunk.end(), chunk.end(), "", context=lm_mod.COMMA))
    return pieces


def _sentence_end(tail: str) -> str:
    """The context a mark that ends a sentence leaves: ``</s>``, scored, after a stop, a
    semicolon, a question or exclamation mark; after a colon only a new start (a list,
    a name or a number follows it, and the LM learned no sentence end there)."""
    return lm_mod.BOS if tail.rstrip(")\"”’'").endswith(":") else lm_mod.EOS


def _name_role(chunks: list[regex.Match[str]], n: int, mode: str) -> str | None:
    """"surname" or "middle" for the first two words of a person's name in text without
    marks (stripped or legacy; in text with marks ``names.py`` keeps names consistent):
    capitalised words, the first with a family name's letters ("Hoang Van Son", "Do Thi
    Hanh"). A middle name needs a given name after it: "Le Van" may be all of a name
    ("Lê Vân")."""
    if mode == "vie":
        return None

    def titled(k: int) -> bool:
        return 0 <= k < len(chunks) and bool(NAME_WORD.fullmatch(chunks[k].group()))

    def surname(k: int) -> bool:
        return titled(k) and LETTERS_ONLY.fullmatch(chunks[k].group()) is not None and \
            strip_marks(chunks[k].group().lower()) in SURNAME_BY_LETTERS
    def after_unit(k: int) -> bool:  # "huyen Do Luong" is a place: huyện Đô Lương
        return k > 0 and strip_marks(chunks[k - 1].group().lower()) in UNITS_BY_LETTERS

    if surname(n) and titled(n + 1) and not after_unit(n):
        return "surname"
    if surname(n - 1) and titled(n + 1) and not after_unit(n - 1):
        return "middle"
    return None


def _word_pieces(word: str, start: int, end: int, model: Model, decoder: Decoder,
                 mode: str, inside: bool = False, next_word: str | None = None,
                 name_role: str | None = None) -> list[_Piece]:
    split = _glued_syllables(word, model) if mode == "vie" else None
    if split:
        # two syllables printed without a space ("phụcvụ", "hằngnăm"): the first stands
        # for the pair in the LM's context, the second follows it
        return [_Piece(start, end, word, context=fold(split[0].lower()),
                       replacement=" ".join(split)),
                _Piece(end, end, "", context=fold(split[1].lower()))]
    return [_classify(word, start, end, model, decoder, mode, inside, next_word, name_role)]


def _digit_piece(line: str, chunks: list[regex.Match[str]], fixes: list[DigitFix]) -> _Piece:
    """The words that hold digit fixes ("I I" is two), as one piece: the digits fixed and
    the rest of the word kept ("I2/QĐ-UBND" -> "12/QĐ-UBND")."""
    start = chunks[0].start()
    end = max(c.end() for c in chunks if c.start() < fixes[-1].end)
    text = line[start:end]
    fixed = text
    for fix in reversed(fixes):
        rest = fixed[fix.end - start:]
        fixed = fixed[:fix.start - start] + fix.replacement + (
            fix_code(rest) if "/" in rest else rest)
    return _Piece(start, end, text, context=lm_mod.NUM, replacement=fixed)


def _short_abbreviation(word: str) -> bool:
    """Two capitals without marks inside a sentence of text with marks are an abbreviation
    more often than a word OCR printed in capitals: "CA xã" (công an), "Nhóm IA". (In
    legacy text, without marks, "văn bản, HO so" is hồ sơ.)"""
    return len(word) == 2 and word.isupper() and strip_marks(word) == word


def fix_case(line: str, model: Model, marked_text: bool = True, last_word: str = "") -> str:
    """Lower-case what OCR printed in capitals inside a lower-case sentence: a real
    syllable in capitals after a lower-case word and before another, a mark or the line
    end ("đối VỚI các", "đơn VỊ.", but not a name: "ông NGUYỄN VĂN"), a word that turns to
    capitals after a lower-case start ("rÕ"), and a capital that looks like its small
    letter (C, O, S, V, X, Z, W) on the second syllable of a word ("nhiệm Vụ", "bổ
    Sung"), or on a line's first word that ends the word ``last_word`` (the line
    before's, ``LAST_WORD``) starts ("đơn" + "Vị cấp xã"); a syllable in capitals that
    starts a line before a lower-case word, after such a ``last_word`` ("dịch" + "VỤ
    công"). Abbreviations (not syllables), Roman numerals and names stay: a name's first
    syllable seldom makes a word with the one before it ("các Cơ sở" 0.005, "xã Vĩnh
    Thạnh" 0.009 by ``_one_word``'s measure, against 0.02 here)."""
    def lower(m: regex.Match[str]) -> str:
        word = m.group()
        folded = word.lower()
        if (len(folded) != len(word) or ROMAN_NUMERAL.fullmatch(word)
                or strip_marks(word) in model.abbreviations
                or marked_text and _short_abbreviation(word)
                or fold(folded) not in model.valid):
            return word
        return folded

    def lower_second(m: regex.Match[str]) -> str:
        first, second = m.group("first"), m.group("second")
        if _one_word(first, second.lower(), model, TITLE_PAIR_MIN):
            return first + m.group("gap") + second.lower()
        return m.group()

    line = SECOND_SYLLABLE_CAPITAL.sub(lower_second, CAPITALS_INSIDE.sub(lower, line))
    start = _broken_word(last_word, line, model) if last_word else None
    if start:
        line = line[:start.start("second")] + start.group("second").lower() + \
            line[start.end("second"):]
    elif last_word:
        line = LINE_START_CAPITALS.sub(lower, line, count=1)
    return line


def _broken_word(first: str, line: str, model: Model) -> regex.Match[str] | None:
    """The first word of ``line`` when a capital that looks like its small letter starts
    it and it is the rest of the word that ``first`` (the last word of the line before)
    starts: "đơn" + "Vị cấp xã", "bổ" + "Sung, cập nhật". A dictionary's word, as a
    line may also end a heading ("Chọn chương trình của bạn" + "Có thể bạn")."""
    start = LINE_START_LOOK_ALIKE.match(line)
    second = start.group("second").lower() if start else ""
    if start and _one_word(first, second, model, TITLE_PAIR_MIN) and (
            f"{fold(first)} {fold(second)}" in model.two_syllable_words):
        return start
    return None


def _digit_for_letter(word: str, model: Model) -> bool:
    """Whether a small-letter word with a digit or symbol reads as a syllable with the
    letter of the same shape in its place ("1ý" lý, "gia0" giao): a word with marks or of
    four characters at least, as "v1" or "mp3" may be a version or a format."""
    return word.islower() and (MARK_LETTERS.search(word) is not None or len(word) >= 4) and \
        any(key in model.by_stripped for key in garble_keys(word))


def _misread_abbreviation(upper_ascii: str, model: Model) -> str | None:
    """The frequent abbreviation that an unknown capitals word of at most four letters
    misreads: one letter of it lost ("THC" for TTHC, "UBN" for UBND) or read as a letter
    of like shape ("TIHC", "TƯHC" for TTHC, "CCHẼ" for CCHC). No text the model learned
    from, nor the law codes, has a word so close to one; "TTHS" (tố tụng hình sự) is
    one letter off too, but S is not shaped like C."""
    if len(upper_ascii) > 4 or upper_ascii in model.abbreviations:
        return None
    close = []
    for abbreviation in FREQUENT_ABBREVIATIONS:
        letters = strip_marks(abbreviation)
        ops = Levenshtein.editops(upper_ascii, letters)
        if len(ops) == 1 and (ops[0].tag == "insert" or ops[0].tag == "replace" and (
                upper_ascii[ops[0].src_pos], letters[ops[0].dest_pos]) in LOOK_ALIKES):
            close.append(abbreviation)
    return close[0] if len(close) == 1 else None


def _classify(word: str, start: int, end: int, model: Model, decoder: Decoder,
              mode: str, inside: bool = False, next_word: str | None = None,
              name_role: str | None = None) -> _Piece:
    if len(word) > 1 and word.islower() and LETTERS_ONLY.fullmatch(word):
        # most words: no rule below applies to a small-letter word of two letters or more
        return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word,
                                                           name_role))
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        if mode == "legacy" and any(ch in case.LETTER_SYMBOLS for ch in word):
            # digits and symbols the English model prints for letters: "1¢" lệ, "¢6" có
            return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word))
        return _Piece(start, end, word, context=lm_mod.number_token(word))
    is_upper = len(letters) >= 2 and all(ch.isupper() for ch in letters)
    lower = word.lower()
    upper_ascii = strip_marks(word).upper() if is_upper else ""
    if is_upper and upper_ascii in model.abbreviations and strip_marks(lower) \
            not in model.by_stripped:
        proper = model.abbreviations[upper_ascii]
        return _Piece(start, end, word, context=proper.lower(),
                      replacement=proper if proper != word else None)
    if _is_garbled_word(word):
        # the Vietnamese model prints "§" for a damaged final "g" ("côn§"), and a digit
        # for a letter of its shape ("hợp 1ý", "được gia0"); other symbols in a word of a
        # vie line are kept unless the learned channel knows the misreading
        if mode == "legacy" or (mode == "vie" and (
                "§" in word or lower in decoder.vie or _digit_for_letter(word, model))):
            return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word))
        return _Piece(start, end, word, context=lower)
    if not LETTERS_ONLY.fullmatch(word):
        return _Piece(start, end, word, context=lower)
    if ROMAN_NUMERAL.fullmatch(word) and (len(word) > 1 or word == "I"):
        return _Piece(start, end, word, context=lower)  # Roman numerals: I., IV., XX
    known_garble = mode == "legacy" and lower in decoder.eng
    if is_upper and strip_marks(lower) not in model.by_stripped and not known_garble:
        misread = _misread_abbreviation(upper_ascii, model)
        if misread:
            return _Piece(start, end, word, context=misread.lower(), replacement=misread)
        return _Piece(start, end, word, context=lower)  # PAPI, ISO, SNV, HCC...
    if len(word) == 1 and word.lower() in "bcdđghklmnpqrstvx" and not known_garble and not (
            mode == "legacy" and word.islower()):
        # list markers a), b); initials. In legacy text a lone small letter is mostly a
        # syllable whose marked vowel the English model dropped ("cán b" for cán bộ, in
        # seeds 000/001): there it is decoded, itself one of the candidates.
        return _Piece(start, end, word, context=lower)
    mixed_case = any(ch.isupper() for ch in letters[1:]) and not is_upper
    if mixed_case and mode != "legacy":
        return _Piece(start, end, word, context=lower)  # VNeID, TTr
    if mode == "legacy" and word[0].isupper() and not known_garble and not is_upper \
            and not is_syllable_shape(lower) and not mixed_case and regex.search(
                r"[aeiouy]", strip_marks(lower)):
        return _Piece(start, end, word, context=lower)  # a foreign word or name: "Data"
    return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word,
                                                           name_role))


def _lookahead(next_line: str, decoder: Decoder, mode: str) -> list[Slot | str]:
    """Slots for the first two plain words of ``next_line`` when it starts in lower case
    (the sentence goes on there) or with a capitalised word (a name may go on there:
    "UBND tỉnh, Sở" + "Nội vụ về"); none past a mark."""
    if not (LOWER_START.match(next_line) or TITLE_START.match(next_line)):
        return []
    ahead: list[Slot | str] = []
    for chunk in CHUNK.finditer(next_line):
        word = chunk.group().rstrip(",")
        if len(ahead) - ahead.count(lm_mod.COMMA) == 2 or not LETTERS_ONLY.fullmatch(word):
            break
        ahead.append(decoder.slot(word, mode, inside=True))
        if word != chunk.group():
            ahead.append(lm_mod.COMMA)
    return ahead


def _case_source(word: str, candidate: str, before: str) -> str:
    """The case to give ``candidate``: ``word``'s, unless its capital is a misread letter
    inside a sentence ("tăng cường Gmg dụng": the G is the ứ of ứng, not a capital)."""
    first = next((ch for ch in word if ch.isalpha()), "")
    if first.isupper() and not word.isupper() and \
            strip_marks(first.lower()) != strip_marks(candidate[:1]) and \
            case.CONTINUES.search(before.rstrip()):
        return word.lower()
    return word


def _fix_lettered_items(lines: list[str]) -> list[Edit]:
    """Lettered items run a) b) c) d) đ) e): a "d)" after a "d)" is the "đ)" whose stroke
    was lost (stripped or legacy text). Fixes ``lines`` in place; returns the edits."""
    edits, previous = [], None
    for number, line in enumerate(lines):
        m = LETTERED_ITEM.match(line)
        if not m or not line[m.end():m.end() + 1].isspace():
            continue
        letter = m.group(2)
        if letter == "d" and previous == "d":
            lines[number] = line[:m.start(2)] + "đ" + line[m.end(2):]
            edits.append(Edit(number, m.start(2), m.end(2) + 1, "d)", "đ)", 0.9))
            letter = "đ"
        previous = letter
    return edits


def _add_isolated_word_readings(pieces: list[_Piece], decoder: Decoder,
                                own_words: frozenset[str], first_before: int = -1,
                                last_after: int = -1) -> bool:
    """In vie text, a real word that makes no pair the LM has seen with the words beside
    it may be a misread letter of another ("tinh thần tách nhiệm", "các Tĩnh vực", "hồ
    sơ" read "nổ sơ"): its one-letter readings that pair with a neighbour join its slot.
    Not in a name (a capitalised word beside another), which pairs with nothing anyway,
    nor for one of ``own_words``: a word the document uses again and again is its own
    (a manual's "gói" and "tệp", package and file, pair with little in the LM); a
    misreading is seldom made the same way three times. ``first_before`` and
    ``last_after`` are the LM ids of the words across the line breaks (-1: none); returns
    whether the line's last word took readings (then the next line's first words count)."""
    lm = decoder.model.lm
    read = [p for p in pieces if p.slot is not None or p.context is not None]
    # each piece's word as written, by LM id; -1 for marks, numbers and unknown words
    ids = [(p.slot.ids[p.slot.keep_index] if p.slot.keep_index is not None else -1)
           if p.slot is not None else
           lm.id(p.context) if LOWER_SYLLABLE.fullmatch(p.context) else -1
           for p in read]
    last_extended = False
    for n, piece in enumerate(read):
        slot = piece.slot
        if slot is None or slot.keep_index is None:
            continue
        word = slot.candidates[slot.keep_index][0]
        before = ids[n - 1] if n else first_before
        after = ids[n + 1] if n + 1 < len(read) else last_after
        if (before < 0 and after < 0) or lm.pair_count(before, ids[n]) or \
                lm.pair_count(ids[n], after) or word in own_words:
            continue
        if TITLE_START.match(piece.text) and any(
                0 <= m < len(read) and TITLE_START.match(read[m].text) for m in (n - 1, n + 1)):
            continue
        readings = decoder.isolated_word_readings(word, before, after)
        if readings:
            piece.slot = decoder.with_readings(slot, readings)
            last_extended = n == len(read) - 1
    return last_extended


def _own_words(words: list[str]) -> frozenset[str]:
    """The words (folded, lower case) a document uses ``OWN_WORD_MIN`` times or more."""
    uses: dict[str, int] = {}
    for word, k in Counter(words).items():  # folded once per distinct word
        key = fold(word).lower()
        uses[key] = uses.get(key, 0) + k
    return frozenset(w for w, k in uses.items() if k >= OWN_WORD_MIN)


class RestoredLine(NamedTuple):
    text: str
    edits: list[Edit]
    # the LM ids of the line's last two words when its sentence goes on (None when the
    # line ends one): the next line's left context
    tail: tuple[int, int] | None = None


def restore_line(line: str, number: int, style: str, decoder: Decoder,
                 mode_hint: str | None = None, names: list[NameFix] | None = None,
                 protected: set[tuple[int, int]] | None = None,
                 next_line: str = "", left: tuple[int, int] | None = None,
                 line_before: str = "", own_words: frozenset[str] = frozenset(),
                 garbage_from: int | None = None) -> RestoredLine:
    """One line; ``names`` are the document's spelling fixes for this line,
    ``protected`` the (start, end) spans of names the decoder must leave alone,
    ``next_line`` the next non-blank line, as written, ``left`` the tail
    of the line before when this one continues its sentence, ``line_before`` the
    line before, as written, ``own_words`` the words (folded, lower case) the
    document uses at least ``OWN_WORD_MIN`` times, and ``garbage_from`` where the line's
    garbage tail starts (``_garbage_tail``), if it has one."""
    model = decoder.model
    raw = nfc(line)
    last = LAST_WORD.search(line_before)
    last_word = last.group(1) if last else ""
    line = fix_case(raw.translate(ETH), model, mode_hint in (None, "vie"), last_word)
    name_edits = []
    for fix in names or []:
        spelled = apply_case(fix.original, restyle(fix.right, style))
        if len(spelled) == fix.end - fix.start and spelled != fix.original:
            line = line[:fix.start] + spelled + line[fix.end:]
            name_edits.append(Edit(number, fix.start, fix.end, fix.original, spelled, 0.9))
    fixed_heading = fix_heading(line)
    edits: list[Edit] = []
    if fixed_heading != line:
        m = ROMAN_HEADING.match(line)
        assert m is not None
        edits.append(Edit(number, m.start(2), m.end(2) + 1, m.group(2) + ".",
                          m.group(2).translate(ROMAN_I) + ".", 0.9))
        line = fixed_heading
    archive = ARCHIVE_MARK.match(line)
    if archive:
        edits.append(Edit(number, archive.start(2), archive.end(2), archive.group(2), "VT", 0.9))
        line = line[:archive.start(2)] + "VT" + line[archive.end(2):]
    if SPECK_LINE.match(line):
        return RestoredLine("", [*edits, *(Edit(number, m.start(), m.end(), m.group(), "",
                                                0.9) for m in CHUNK.finditer(raw))])
    words = [m.group() for m in CORE.finditer(line)]
    mode = line_mode(words, model)
    if mode_hint and mode != mode_hint:
        # A document is read by one OCR model, so its damage type holds for every line;
        # only a long unaccented line inside accented text is treated on its own.
        long_line = len([w for w in words if w.isalpha()]) >= 6
        if not (mode_hint == "vie" and mode == "stripped" and long_line):
            mode = mode_hint
    pieces = _pieces(line, model, decoder, mode, next_line, last_word, garbage_from)
    for piece in pieces:
        if piece.slot is not None and protected and (piece.start, piece.end) in protected:
            piece.context, piece.slot = piece.text.lower(), None
    next_text = LEADING_MARKS.sub("", next_line)  # from its first word
    last_extended = False
    if mode == "vie":
        first_next = LOWER_WORD.match(next_text)
        last_extended = _add_isolated_word_readings(
            pieces, decoder, own_words, left[1] if left else -1,
            model.lm.id(fold(first_next.group())) if first_next else -1)
    sequence: list[Slot | str] = []
    for p in pieces:
        if p.slot is not None:
            sequence.append(p.slot)
        elif p.context is not None:
            sequence.append(p.context)
    slots = [p for p in pieces if p.slot is not None]
    slot_number = {id(p): k for k, p in enumerate(slots)}  # not list.index: == compares fields
    # the first words of the next line, when it goes on with this line's sentence: the
    # line's last words are chosen with them in view (they are decoded with their own
    # line). Not for vie text, where the words are mostly right already (no gain on dev),
    # unless its last word may be misread ("tinh thần tách" + "nhiệm")
    ahead = _lookahead(next_text, decoder, mode) if slots and \
        (mode != "vie" or last_extended) and sequence[-1] not in (lm_mod.BOS, lm_mod.EOS) else []
    choices = decoder.best_path(sequence + ahead, mode, left) if slots else []
    own = len(sequence)
    sequence += ahead
    seq_positions = [i for i, s in enumerate(sequence) if not isinstance(s, str)]
    chosen: list[int] | None = None  # LM ids of the decoded line, built on first edit
    out = []
    cursor = 0
    for piece in pieces:
        replacement = piece.replacement
        confidence = 0.9
        if piece.slot is not None:
            k = slot_number[id(piece)]
            choice = choices[k]
            if choice != piece.slot.keep_index:
                cand = piece.slot.candidates[choice][0]
                if chosen is None:
                    chosen = decoder.chosen_ids(sequence, choices)
                confidence = decoder.confidence(sequence, chosen, choice, seq_positions[k],
                                                mode, left)
                # Do no harm: a real word read by the Vietnamese model is replaced by
                # another real word only when the decoder is sure.
                unsure = mode == "vie" and piece.slot.keep_index is not None and (
                    confidence < VIE_MIN_CONFIDENCE or _doublet(piece, cand, line))
                replacement = None if unsure else apply_case(
                    _case_source(piece.text, cand, line[:piece.start]), restyle(cand, style))
        garbage_end = _leftover_garbage_end(line, piece, model) if (
            replacement is None and piece.slot is not None and mode == "vie") else None
        if garbage_end is not None:
            replacement = ""
        if replacement is None or replacement == piece.text:
            continue
        start, end = piece.start, piece.end if garbage_end is None else garbage_end
        whole_chunk = (start == 0 or line[start - 1].isspace()) and (
            end == len(line) or line[end].isspace())
        if replacement == "" and whole_chunk and start > cursor and line[start - 1] == " ":
            start -= 1  # a dropped speck takes its space with it
        elif replacement == "" and whole_chunk and not ("".join(out) + line[cursor:start]).strip():
            end += len(line[end:]) - len(line[end:].lstrip(" "))  # the space after it
        out.append(line[cursor:start])
        out.append(replacement)
        cursor = end
        edits.append(Edit(number, piece.start, piece.end, raw[piece.start:piece.end],
                          replacement, round(confidence, 3)))
    out.append(line[cursor:])
    edits.extend(name_edits)
    edited = {(e.start, e.end) for e in edits}
    if line != raw:  # record Eth and case fixes that no other edit covers
        for chunk in CHUNK.finditer(raw):
            span = (chunk.start(), chunk.end())
            if chunk.group() != line[span[0]:span[1]] and not any(
                    s < span[1] and e > span[0] for s, e in edited):
                edits.append(Edit(number, span[0], span[1], chunk.group(),
                                  line[span[0]:span[1]], 0.99))
    tail = None
    if sequence[:own] and sequence[own - 1] not in (lm_mod.BOS, lm_mod.EOS):
        bos = model.lm.id(lm_mod.BOS)
        ids = [*(left or (bos, bos)),
               *(decoder.chosen_ids(sequence, choices) if chosen is None else chosen)[:own]]
        tail = (ids[-2], ids[-1])
    return RestoredLine("".join(out), sorted(edits, key=lambda e: e.start), tail)


def restore(text: str) -> Restored:
    """Repair ``text`` line by line (see module docstring for the guarantees)."""
    decoder = _decoder()
    text = nfc(text)
    style = document_style(text) or "old"
    lines = text.split("\n")
    all_words = [m.group() for m in CORE.finditer(text)]
    doc_mode = line_mode(all_words, decoder.model)
    fixes: list[NameFix] = []
    protected: set[tuple[int, int, int]] = set()
    own_words: frozenset[str] = frozenset()
    if doc_mode == "vie":  # names are compared by their marks, which only such text has
        own_words = _own_words(all_words)
        fixes, protected = name_spellings(
            lines, lambda a, b: decoder.model.lm.bigram_count(a, b) > 0)
        surnames = signer_surname_fixes(lines)
        fixes += surnames
        protected |= {(f.line, f.start, f.end) for f in surnames}
    fixes_on: dict[int, list[NameFix]] = defaultdict(list)
    for fix in fixes:
        fixes_on[fix.line].append(fix)
    protected_on: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for n, start, end in protected:
        protected_on[n].add((start, end))
    out_lines: list[str] = []
    edits_on: list[list[Edit]] = []
    lefts: list[tuple[int, int] | None] = []
    followings: list[str] = []
    befores: list[str] = []  # the non-blank line before each line
    tail: tuple[int, int] | None = None
    for number, line in enumerate(lines):
        befores.append(lines[number - 1] if number and lines[number - 1].strip() else
                       befores[-1] if befores else "")
        # raw Tesseract output leaves a blank line between lines of one paragraph
        following = next((ln for ln in lines[number + 1:] if ln.strip()), "")
        followings.append(following)
        # a line that starts in lower case goes on with the sentence of the line before
        lefts.append(tail if LOWER_START.match(LEADING_MARKS.sub("", line)) else None)
        if not line.strip():
            out_lines.append(line)
            edits_on.append([])
            continue
        garbage_from = _garbage_tail(line, following, decoder.model) \
            if doc_mode == "vie" else None
        restored = restore_line(line, number, style, decoder, doc_mode, fixes_on[number],
                                protected_on[number], followings[number], lefts[number],
                                befores[number], own_words, garbage_from)
        out_lines.append(restored.text)
        edits_on.append(restored.edits)
        tail = restored.tail
    if doc_mode != "vie":
        # a place name read one way after its unit word ("tỉnh Thanh Hóa") is read so
        # everywhere: the second pass decodes those lines with that spelling fixed
        replaced = {(n, e.start, e.end): e.replacement for n, line_edits in enumerate(edits_on)
                    for e in line_edits}
        again: dict[int, list[NameFix]] = defaultdict(list)
        for fix in anchored_place_fixes(
                lines, lambda n, start, end, word: replaced.get((n, start, end), word)):
            again[fix.line].append(fix)
        for number, line_fixes in again.items():
            restored = restore_line(lines[number], number, style, decoder, doc_mode,
                                    line_fixes, {(f.start, f.end) for f in line_fixes},
                                    followings[number], lefts[number], befores[number],
                                    own_words)
            out_lines[number], edits_on[number] = restored.text, restored.edits
    edits = [e for line_edits in edits_on for e in line_edits]
    edits.extend(_fix_lettered_items(out_lines))
    return Restored(text="\n".join(out_lines), edits=edits)
