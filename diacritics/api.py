"""Public API: ``restore(text) -> Restored(text, edits)``.

Guarantees: NFC output; exactly as many lines out as in; words left alone are copied
byte for byte; changed words keep the input's letter case (except a syllable OCR printed
in capitals inside a lower-case sentence: "đối VỚI các", "rÕ") and follow the document's
tone-placement style (old style "hóa" when the input shows none). Numbers, dates, URLs
and document codes are kept, except that known symbols regain their Đ ("QD-UBND" ->
"QĐ-UBND"). Specks read as text go: stray symbols and lone apostrophes; in text read by
the Vietnamese model, a lone consonant (an "x" in text that shows damage, or where the
OCR engine doubted it) or rare marked letter ("s", "ị"; not "ủ phân", a pair the LM
knows); in legacy garble, braces glued after a word ("quyér}"); a lone "."
between a word and a lower-case word (on the next line too) or a number, a lone ";"
after a word inside a line, a lone ":" after a word (the two, one space after it, in
text that shows damage, where the OCR engine doubted them or after a name alone), a
lone mark after a mark ("nước. .
4.", "tiến độ, ,") or at the start of a line; a full stop (or two) glued to a word or an
abbreviation that a lower-case word follows ("các. cơ quan", "UBND. xã"); a colon
inside a word ("xây: dựng"); a stop after a comma, colon or stop ("ban,.", "TTHC:.");
marks glued to the front of a word ("'định", "_chịu") or of a list number ("_6."); a
dash that ends a line after a word, starts one before a lower-case word, doubles
another, follows a comma, or splits a word ("nâng - cao"); a line of nothing but marks
(left empty, so the line count holds); in vie text, a syllable's onset alone ("ng"), the
garbage read after a paragraph's last sentence ("đồng. Ki Thiện so 0H oi") and the
garbage columns read in a margin ("2030;⇥đc ca"). Two syllables printed without a space
("phụcvụ") are split; a capital split from the rest of its word ("N ghị") is joined.

This module cuts lines into pieces and applies the rules; they live where their subject
does: ``specks`` (dirt read as text), ``capitals`` (case), ``codes`` (document codes,
abbreviations, heading numerals), ``words`` (syllables that make one word), ``decoder``
(the words themselves).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cache, partial
from itertools import pairwise
from typing import NamedTuple

import regex
from rapidfuzz.distance import Levenshtein

from diacritics import case
from diacritics import lm as lm_mod
from diacritics.capitals import (
    LAST_WORD,
    ROMAN_NUMERAL,
    among_capitals,
    apply_case,
    case_source,
    ends_paragraph,
    fix_case,
    small_vowel_read_capital,
    title_case_document,
)
from diacritics.case import CHUNK
from diacritics.codes import (
    AI_READ_AL,
    ARCHIVE_QUOTE_LEAD,
    BROKEN_CODE,
    CODE,
    CODE_REST,
    LETTERED_ITEM,
    MOTTO_TEXT,
    NOTE_AFTER_TO,
    RECIPIENT_REPORT_NOTE,
    REPORT_NOTE,
    ROMAN_HEADING,
    ROMAN_I,
    STANDING,
    URL_OR_MAIL,
    WIDE_REPORT_NOTE,
    arabic_first_headings,
    archive_marks,
    authority_marks,
    bracket_i_read_d,
    chair_marks,
    document_type_line,
    first_item_number,
    first_items_read_roman,
    fix_code,
    fix_heading,
    garbled_archive,
    head_marks,
    heading_numeral,
    item_dash_marks,
    lost_heading_stop,
    mend_letter_symbols,
    misread_abbreviation,
    misread_item_marks,
    motto,
    national_title,
    roman_headings_by_sequence,
    row_number_fixes,
    stopless_numeral,
    subject_opener,
    total_row_fixes,
)
from diacritics.damage import damage_marks, reading_penalty, shows_damage
from diacritics.decoder import (
    DIGIT_SYLLABLE,
    GARBLE_LETTERS,
    GARBLE_MAP,
    HORN,
    LONE_DIGIT_WORDS,
    MARK_LETTERS,
    UNG_AS_MG,
    Decoder,
    Slot,
    garble_keys,
    legacy_horns,
    line_mode,
    misread_stop_tone,
    name_shape,
    stop_with_wrong_tone,
    unknown_word,
)
from diacritics.document_cache import DocumentCache
from diacritics.foreign import kept_as_written
from diacritics.header_year import header_year_fixes
from diacritics.highland_names import glued_h_name, highland_fixes, parted_after_h
from diacritics.model import Model, load
from diacritics.names import (
    COLUMN_GAP,
    HMONG_FAMILY_NAMES,
    HMONG_MIDDLES,
    HMONG_NAME_MIDDLES,
    PLACE_UNITS,
    SIGNATURE_REACH,
    SIGNER_TITLE,
    SURNAME_BY_LETTERS,
    TITLES,
    NameFix,
    anchored_place_fixes,
    name_spellings,
    person_name_words,
    signer_surname_fixes,
    unit_name_fixes,
)
from diacritics.number_words import amount_word_fixes
from diacritics.numbers import (
    LOOKALIKES,
    PIPE_TABLE_ROW,
    PLAIN,
    DigitFix,
    NumberStyle,
    articles_by_sequence,
    digit_fixes,
    number_style,
    quarter_tone_fixes,
)
from diacritics.semicolons import label_semicolon, misread_semicolons
from diacritics.signer_titles import signer_title_fixes
from diacritics.specks import (
    CONVENTIONAL,
    DASH,
    DOUBLED_STOP,
    GARBLED_BULLET,
    LEADING_MARKS,
    LEADING_SPECK,
    LIST_MARKER,
    LONE_STOP,
    NUMBER_MARKER,
    SEPARATOR_LINE,
    SPECK,
    SPECK_LINE,
    STRAY_STOP,
    cell_item_dashes,
    cited_letter,
    garbage_columns,
    garbage_tail,
    heading_stop,
    is_speck,
    leftover_garbage_end,
    lone_stop,
    motto_underline,
    party_star,
    phrase_dash,
    quote_column,
    spaced_marks,
    speck_letter,
    stop_before_date,
    stray_dash,
    symbol_letter,
)
from diacritics.syllable import (
    PLAIN_VOWEL,
    document_style,
    fold,
    is_syllable_shape,
    iy_spellings,
    nfc,
    place_tone,
    plain_letters,
    restyle,
    split_tone,
    strip_marks,
)
from diacritics.table_columns import (
    column_code_fixes,
    column_spelling_fixes,
    column_stop_fixes,
)
from diacritics.table_sums import sum_fixes
from diacritics.words import (
    LETTERS_ONLY,
    LOWER_START,
    LOWER_SYLLABLE,
    LOWER_WORD,
    NUMBER,
    TITLE_START,
    garbled_colon,
    glued_syllables,
    lower_syllable_first,
    mark_in_word,
    speck_colon,
    split_capital,
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


CORE = regex.compile(r"[\p{L}\p{M}0-9" + regex.escape(case.LETTER_SYMBOLS) + "]+")
# a number with separators ("1.980.000.000", "98,5") is one word, one <num>, as the LM
# counts it (build.TOKEN), not one per group of digits
NUMBER_OR_CORE = regex.compile(r"\d+(?:[.,]\d+)+|" + CORE.pattern)
SENTENCE_END = regex.compile(r"[.;:!?…]")
# the readings of each word of legacy garble that ``words.garbled_colon`` tries, best
# first: "thi" is thủ as fourth (after thị, thì, thi), "pht" phù as third
COLON_READINGS = 6
# uses in the LM's text below which an abbreviation reads as the words it stands for
# (``_lm_context``); UBND, HĐND, VT and most of the term list's are seen far more often
ABBREVIATION_SEEN_MIN = 3
# units of measure written in Latin letters after a number
UNITS_AFTER_NUMBER = frozenset("km cm mm kg ha kw kwh kv mw ml".split())
BRACKETED_WORD = regex.compile(r"\(\p{L}+\)[,.;:]?")
GLUED_NUMBER = regex.compile(r"^(\p{L}{2,})(\d{1,4})$")
# a capitalised "Số" before its number, glued by the OCR engine ("Số3": a table's "Số 3"
# in a serif font, the acute close to the digit, reads so even from a clean render); a
# footnote's number goes on a lowercase word ("chuyển đổi số2")
CAPITAL_NUMBER_WORDS = frozenset({"Số", "SỐ", "So", "SO"})
# the words written right before and after a word, a space between ("chỉ chi")
LAST_WORD_OF = regex.compile(r"(?<!\p{L})(\p{L}+) +$")
FIRST_WORD_OF = regex.compile(r" +(\p{L}+)(?!\p{L})")
# a word of a person's name: a capital, then small letters (a comma or stop may follow)
NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+[,.;]?|A")  # "A": an H'Mông man's middle name
HORN_QUOTE = regex.compile(r"(?<=\p{L})[’']$")
CAPITAL_I_INSIDE = regex.compile(r"(\p{Lu})I(\p{Ll}+)")  # "VIệt", "MIô"
NAME_PREFIX_APOSTROPHE = regex.compile(r"[’']\p{Lu}")  # after a capital: "K'Ho", "H'Mông"
OPENING_QUOTE = regex.compile(r"[‘'\"“]")
# the English model's bracket for the horn of a word's first ư: "phát triển (ng dụng",
# "các (tng dụng", "đáp (tng yêu cầu", "(eng phó" (ứng: 12 times in the train and dev
# renders' garble); no bracket closes after it
HORN_PAREN = regex.compile(r"\((?=\p{Ll})")
HORN_READINGS = 3  # the word's readings, best first, among which one starts with ư
# a number that starts a line, not a list's ("2. Kết quả", "1.1. Công tác", "2.Cải cách",
# "1) ..."): a year, a date, a count
NUMBER_AHEAD = regex.compile(
    r"(?!\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$|\p{L}))\d+(?:[.,/]\d+)*%?(?![\p{L}\d])")
DOTTED_WORDS = regex.compile(r"\p{L}\.\p{L}")  # labels of an address: "namdan.gov"
# words joined by slashes, a digit or symbol among their letters: a rate in legacy garble
# ("d6ng/ngwOi/thang" đồng/người/tháng, "t4n/ha" in new documents'), which the digit had
# made a code, kept as written; a code's parts are capitals and numbers
_GARBLED_PART = rf"\p{{Ll}}[\p{{L}}\d{regex.escape(case.LETTER_SYMBOLS)}]+"
SLASHED_GARBLE = regex.compile(rf"{_GARBLED_PART}(?:/{_GARBLED_PART})+[,.;:]?")
HORN_LETTERS = regex.compile(r"(?=(ir|it|ti|ut|tt))")
# and the English model's "ud" for the "uô" or "ươ" of a capitalised name, its o's hat or
# horn and tone read as a d, now and then with an "é" after it ("Mudng" Mường, "Sudi" Suối,
# "Khudéi" Khuổi in the dev batches' garble), which the rewrites learned for common words
# only ("Trudng", "Cudng")
UO_LETTERS = regex.compile(r"(?=(udé|ud))")
GLUED_BRACES = regex.compile(r"(?<=\p{L})[{}]+(?=[,.;:]?$)")  # "quyér}", "hém}}."
GLUED_BACKSLASH = regex.compile(r"(?<=^\p{L}+)\\(?=[,.;:]?$)")  # not a path's "C:\Users\"
# the English model's "¥" alone is "ý" ("nâng cao ¥ thức" in seed 000, "chưa đồng ¥ với"
# in a new report's garble), not a speck
LONE_Y = regex.compile(r"^¥[,.;:]?$")
GLUED_QUOTE = regex.compile(r'^["“](\p{Ll}+)[,.;:]?$')  # a quote that opens no phrase
# a list number glued to its heading's first word ("2.Cai cach", "3.Viec")
# the recipient list: "Nơi nhận:", then items that a list dash opens; an item ends with ";"
# (the last with "."), which OCR reads ":" ("- Sở Nội vụ:   CHỦ TỊCH" where the signature
# column is read into the same line), unless the item is "Lưu: VT"
RECIPIENTS = regex.compile(r"^\W*(?i:nơi\s+nhận)\s*:")
RECIPIENT_ITEM = regex.compile(r"^\s*[-–+•]")
# the legal end mark ("./.") that ends the text before "Nơi nhận:", read as an ellipsis
# or with its slash garbled or a stop doubled ("này...", "thực hiện../.", "này.!."): 9 of
# the 17 end marks misread on the dev reports' renders in four fonts (a lone stop, as not
# every document writes the mark, stays); no text ends so before its recipients
GARBLED_END_MARK = regex.compile(
    r"(?<=[\p{L}\d)])(?:\.\.\.|…|\.\./\.|\.[!|lI1]\.|\./\.\.)(?=\s*$)")
# a recipient list's usual first item, which no other list has: on a page that "Nơi nhận:"
# is not on, a garbled archive item may end the list it opens (a new dispatch's second page)
AS_ABOVE = regex.compile(r"^\s*[-–+•]\s*(?i:như\s+trên)\s*[;,.]?\s*$")
# a line's first word: small letters with a digit OCR read for a letter ("16i", "s6"),
# a symbol the English model reads for a letter ("1¢" lệ, "¢6" có), or after an "I" read
# for an l ("quan" + "Iy, sir dung": quản lý)
_SYMBOLS = regex.escape(case.LETTER_SYMBOLS)
GARBLED_LOWER_START = regex.compile(
    r"(?:(?=[\p{Ll}\d]*\p{Ll})[\p{Ll}\d]*\d[\p{Ll}\d]*|I\p{Ll}+"
    rf"|(?=[\p{{Ll}}\d{_SYMBOLS}]{{2}})[\p{{Ll}}\d{_SYMBOLS}]*[{_SYMBOLS}][\p{{Ll}}\d{_SYMBOLS}]*)"
    r"(?=[\s,.;:]|$)")
# legacy text: "lệ" read "18" or "16" after "tỷ" (4 times in seeds 000/001's real scans,
# twice in the legacy dev renders); a sum in billions goes on with an amount ("2 tỷ 18
# triệu đồng")
LE_AS_DIGITS = regex.compile(r"1[68]")
AMOUNT_AFTER = regex.compile(r"(?i)\d|tri[eệ]u|ngh[iì]n|ng[aà]n|tr[aă]m|đ[oồ]ng|tr\.?đ")
# a line that ends one of a list's items, or opens a list: a dash at the next line's start
# marks an item even before a lower-case word ("Trong đó:" + "- trực tuyến: 12 hồ sơ;");
# the mark glued to a word, as a speck's is not ("Trang TTĐT; Công :" in raw vie text)
LIST_OPENED = regex.compile(r"(?<=[\p{L}\d)])(?P<mark>[:;])\s*$")
# after a colon, only an item that ends on its own line: "thực hiện tự:" + "- kiểm tra
# văn bản do UBND xã ban hành, kịp thời" is a colon and a dash raw Tesseract misread
ITEM_END = regex.compile(r"[;.:]\s*$")
BARE_ROW_NUMBER = regex.compile(r"\d{1,3}")  # a line's first word, before a capital
MOTTO_REACH = 12  # lines from the top: the motto stands under the national title
RECIPIENTS_REACH = 20  # lines from "Nơi nhận:" to the archive item, blank ones included
ARCHIVE_ITEM = regex.compile(r"^\s*[-–+•]\s*(?i:l[ưu]u)\s*:")  # "Luu" in stripped text
RECIPIENT_COLON = regex.compile(
    r"^\s*[-–+•]\s*+(?!(?i:lưu)\b)[^:]*[\p{L}\d)](?P<colon>:)(?=\s*$|\s{2,}|\s+(?:TM|KT|TL|TUQ|Q)\."
    r"|\s+(?:PHÓ\s+)?CHỦ\s+TỊCH)")
GLUED_LIST_NUMBER = regex.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.(?=\p{Lu}\p{Ll})|[IVX]{1,4}\.(?=\p{Lu}{2}))")
# the legal end mark ("./."), glued to a document's last word; OCR now and then reads it
# apart and drops its first stop ("này ./.", "Hòa Bình /."), as no clean text writes it
END_MARK = regex.compile(r"^\.?/\.$")
# a document's code ending in one stop ("688/QĐ-UBND."): a slash, then capitals and no
# dot ("www.abc.gov.vn." is none), and not an ellipsis
STRAY_CODE_STOP = regex.compile(r"(?<=/[^\s/]*\p{Lu}[^\s/.]*)(?<!\.)\.$")
ETCETERA = regex.compile(r"[vV]\.v\.*[,;:)]*")  # "v.v.", "v.v...": and so on
DIGIT_INSIDE = regex.compile(r"\p{L}\d\p{L}")  # "g1a": a letter read as a digit
# a list number at a line's start before a capital, with its stop or (misread) a comma
LIST_NUMBER_START = regex.compile(r"^\s*(?P<n>\d{1,2})(?P<mark>[.,:])\s+\p{Lu}")
# a list number read as the letter of its shape ("A. Đề nghị" between "3." and "5.": the
# English model's 4 in a new letter's garble): the capitals numbers.LOOKALIKES reads as
# digits, and A
DIGIT_LETTERS = {"A": 4} | {letter: int(LOOKALIKES[letter]) for letter in "SBGZ"}
LIST_LETTER_START = regex.compile(rf"^\s*(?P<n>[{''.join(DIGIT_LETTERS)}])\.\s+\p{{Lu}}")
UNITS_BY_LETTERS = frozenset(strip_marks(u) for u in PLACE_UNITS)
# a person's title before a name, as text without marks writes it ("Ba Lo Thi Pom": Bà,
# not the number; in either case)
TITLE_LETTERS = frozenset(strip_marks(title) for title in TITLES)
# the levels of a school, whose name a capitalised "Trường" opens: "Truong Trung hoc co so"
# is no person "Trương Trung" (the legacy garble of a new school report read so twice)
SCHOOL_LEVELS = frozenset({("mam", "non"), ("mau", "giao"), ("tieu", "hoc"), ("trung", "hoc"),
                           ("trung", "cap"), ("cao", "dang"), ("dai", "hoc")})
DOTS = regex.compile(r"\.+")
SMALL_LETTER = regex.compile(r"\p{Ll}")
COLUMN_TEXT = regex.compile(r"[^\t]+")
# LM contexts that already end a phrase
PHRASE_CONTEXTS = (lm_mod.COMMA, lm_mod.EOS, lm_mod.BOS)
VIE_MIN_CONFIDENCE = 0.9
# a word the OCR engine doubted (Tesseract below 90: wrong 7-49% of the time on the dev
# pages, against 0.02% at 96) needs only the decoder's majority; our OCR of the dev pages
# through repair 0.145/0.260% -> 0.132/0.244% WER (0.7 gave the same; 0.8: 0.136/0.252%)
DOUBTFUL_MIN_CONFIDENCE = 0.5
OWN_WORD_MIN = 3  # uses in one document that make a word its own (_add_isolated_word_readings)
# two syllables glued by a hyphen that the OCR engine doubted, which the LM has seen apart
# at least SPECK_HYPHEN_PAIR_MIN times: the hyphen is a speck ("Ủy ban-nhân dân", read
# at 54 in a new minutes' render; "ban nhân" is seen 949 times, the syllables of a
# transliteration such as "ki-lô", "Ê-đê" at most 16). Where OCR is sure, or in text
# without confidences, a hyphen stays: "kinh tế-xã hội" is typed so.
SPECK_HYPHEN = regex.compile(r"(\p{Ll}+)-(\p{Ll}+)")
SPECK_HYPHEN_PAIR_MIN = 100
# a Roman numeral before a year's slash: a quarter or a round ("II/2026")
ROMAN_BEFORE_YEAR = regex.compile(r"(I{1,3}|IV)/(?:19|20)\d\d(?!\d)")
TIME_UNITS = {"năm", "tháng", "quý", "tuần", "ngày"}


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


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    text: str
    slot: Slot | None = None  # a word to decode
    context: str | None = None  # a fixed LM token (number, abbreviation, sentence end)
    replacement: str | None = None  # a rule-based replacement (codes, abbreviations)
    spaced: bool = False  # a space goes before it: a syllable glued to the one before
    guessed: bool = False  # an abbreviation read as a frequent one it is near


def _after_number(texts: list[str], n: int) -> bool:
    return n > 0 and texts[n - 1][-1:].isdigit()


def _word_with_next(letter: str, texts: list[str], n: int, model: Model) -> bool:
    """Whether the one-letter word ``letter`` (``texts[n]``) and the next word, with
    marks restored, make a two-syllable word of the lexicon ("y kien": ý kiến)."""
    following = strip_marks(texts[n + 1].lower()).strip(",.;:") if n + 1 < len(texts) else ""
    if not following.isalpha():
        return False
    seconds = model.variants(following)
    return any(f"{first} {second}" in model.two_syllable_words
               for first in model.variants(letter) for second in seconds)


def _unit_after_number(texts: list[str], n: int, word: str) -> bool:
    """Whether the word of ``texts[n]`` is a unit after a number ("2,3 km", "425 ha"):
    in legacy text it is kept, not decoded ("km" had become "em", "kg" "kế")."""
    return _after_number(texts, n) and word.lower() in UNITS_AFTER_NUMBER


def _is_garbled_word(core: str) -> bool:
    return any(ch.isalpha() for ch in core) and (
        any(ch in GARBLE_MAP for ch in core) or HORN in core) and not NUMBER.match(core)


def _unmarked_non_word(word: str, model: Model) -> bool:
    """Whether ``word`` (lower case) is letters without a Vietnamese mark and neither a
    syllable nor a word the LM's text writes so."""
    return word == strip_marks(word) and LETTERS_ONLY.fullmatch(word) is not None and \
        unknown_word(fold(word), model)


def _base_letters(word: str) -> str:
    return split_tone(word)[0]


def _letters_read_right(word: str, model: Model, capitalised: bool = False
                        ) -> Callable[[str], str] | None:
    """For a word (lower case) that is no word as read but whose letters OCR likely read
    right, what its readings must share with it: the letters of a word read without its
    marks ("tỉnh Thuy Hương"), the letters and shape marks of a syllable with a stop final
    read with a tone no such syllable takes (``misread_stop_tone``: "Lôc" is Lộc or Lốc)
    or, in small letters, with a tone no word of them takes (``_tone_no_word_takes``:
    "viến"; a capitalised one may be a place's name: "xóm Bưa Cại"); else None."""
    if _unmarked_non_word(word, model):
        return strip_marks
    if misread_stop_tone(fold(word), model.valid) or (
            not capitalised and _tone_no_word_takes(word, model)):
        return _base_letters
    return None


def _tone_no_word_takes(word: str, model: Model) -> bool:
    """Whether ``word`` (lower case) carries a tone that no word of its letters and shape
    marks takes, though another tone makes a syllable of them: "viến" (viên, viện, viền),
    read so by Tesseract in a new plan's render, had stayed as no reading was sure."""
    folded = fold(word)
    base, tone = split_tone(folded)
    return tone != 0 and unknown_word(folded, model) and any(
        fold(place_tone(base, other)) in model.valid for other in range(6) if other != tone)


def _doublet(piece: _Piece, candidate: str, line: str, model: Model) -> bool:
    """Whether ``candidate`` is the other standard spelling of the word, so that neither
    becomes the other: a final i or y after a consonant ("kí"/"ký", ``iy_spellings``), and
    "hàng năm" and "hằng năm" (tháng, quý, tuần, ngày); or whether a real word would
    double the word written beside it (a new budget report's "chỉ chi cho các nhiệm vụ"
    had become "chi chi", Tesseract's habit of printing "chỉ" for chi the channel's
    likeliest misreading). Not a word that is none: two words may end and start with one
    syllable ("địa chính" + "chính quy", read "địa chính ghính quy")."""
    if iy_spellings(piece.text, candidate):
        return True
    before = LAST_WORD_OF.search(line, 0, piece.start)
    after = FIRST_WORD_OF.match(line, piece.end)
    written = fold(piece.text.lower())
    if candidate in {fold(m.group(1).lower()) for m in (before, after) if m} and \
            written != candidate and not unknown_word(written, model):
        return True
    following = line[piece.end:].split(maxsplit=1)
    return {written, candidate} == {"hàng", "hằng"} and bool(following) and (
        following[0].lower().rstrip(",.;:") in TIME_UNITS)


def _pieces(line: str, model: Model, decoder: Decoder, mode: str,
            next_line: str = "", last_word: str = "",
            garbage_from: int | None = None,
            numbers: NumberStyle = PLAIN, in_list: bool = False,
            doubtful: set[tuple[int, int]] | None = None,
            spaced_marks: frozenset[str] = frozenset(), damaged: bool = True,
            line_before: str = "", cell_items: bool = False) -> list[_Piece]:
    """The line's words, specks and marks, each with what the decoder reads or what
    replaces it; ``next_line`` is the next non-blank line as written, ``last_word`` the
    word the line before ends with (``LAST_WORD``), if it ends with one; the chunks from
    ``garbage_from`` on are specks (``garbage_tail``); ``numbers``: how the document
    writes numbers (``DocumentFacts``); ``in_list``: the line before ended a list's item
    or opened a list (``LIST_OPENED``), so a dash that starts this line marks an item;
    ``doubtful``: the spans of words the OCR engine doubted; ``spaced_marks``: the marks
    the document writes with a space before them (``specks.spaced_marks``); ``damaged``:
    the document shows damage (``damage.shows_damage``), else only an "x" the OCR engine
    doubted may be a speck (``specks.speck_letter``), and so a colon or semicolon one
    space after a word (``specks.lone_stop``);
    ``line_before``: the line before, as written (``numbers.digit_fixes``);
    ``cell_items``: the document writes a table cell's items after a stop, each with a
    dash (``specks.cell_item_dashes``), so a dash may end a line after a stop."""
    pieces: list[_Piece] = []
    chunks = list(CHUNK.finditer(line))
    texts = [chunk.group() for chunk in chunks]
    next_item = LIST_MARKER.match(next_line) is not None
    next_line = LEADING_MARKS.sub("", next_line)
    continues = lower_syllable_first(next_line, model)
    fixes = digit_fixes(line, numbers, line_before, next_line if continues else "")
    next_word = next_line.split(maxsplit=1)[0] if next_line.strip() else ""
    skip_to = 0
    # columns in capitals: Tesseract glues a header's words ("XÃCAMLỘ⇥Độc lập")
    capitals_columns = [column.span() for column in COLUMN_TEXT.finditer(line)
                        if SMALL_LETTER.search(column.group()) is None]
    table_row = PIPE_TABLE_ROW.match(line) is not None
    table_cells = line.count("\t") >= 2
    in_columns = "\t" in line  # a table's row, or a header's columns
    # an archive line's stops are its codes' ("- Lưu: VT, UBND."), whatever line follows
    archive_line = ARCHIVE_ITEM.match(line) is not None
    # in vie text a line's first word goes on with the sentence of the line before when
    # that ends with a word in small letters ("các buôn" + "Kmiên, Đăk Tuôr": a name,
    # which had become "Kiến"); not in text without marks, where a capital at a line's
    # start after a heading without its stop had read "Xa hien co" as "Xá", a name's
    # reading; nor in a table's row or a header's columns
    first_goes_on = mode == "vie" and bool(last_word) and not in_columns
    for n, chunk in enumerate(chunks):
        capitals_column = any(start <= chunk.start() < end for start, end in capitals_columns)
        if chunk.start() < skip_to:
            continue
        text = texts[n]
        if garbage_from is not None and chunk.start() >= garbage_from:
            pieces.append(_Piece(chunk.start(), chunk.end(), text, replacement=""))
            continue
        column_start = in_columns and n > 0 and "\t" in line[chunks[n - 1].end():chunk.start()]
        if column_start and pieces and pieces[-1].context not in PHRASE_CONTEXTS:
            # a column starts: a cell's words go on no phrase of the cell before
            pieces.append(_Piece(chunk.start(), chunk.start(), "", context=lm_mod.COMMA))
            if table_cells and mode == "vie":
                # and a table's cell starts as a title does: after a comma, "chỉ" ("...,
                # chỉ có") outweighed the "Chi đầu tư phát triển" of a budget's table
                pieces.append(_Piece(chunk.start(), chunk.start(), "", context=lm_mod.BOS))
        inside = [f for f in fixes if chunk.start() <= f.start < chunk.end()] if fixes else []
        if inside:
            # a fix that spans two words ("1 Ih00°") takes in the fixes of the second
            reach = max(c.end() for c in chunks[n:] if c.start() < max(f.end for f in inside))
            inside = sorted((f for f in fixes if chunk.start() <= f.start < reach),
                            key=lambda f: f.start)
            piece = _digit_piece(line, chunks[n:], inside)
            pieces.append(piece)
            skip_to = piece.end
            if SENTENCE_END.search(piece.text[-1]):
                pieces.append(_Piece(piece.end, piece.end, "",
                                     context=_sentence_end(piece.text)))
            continue
        following = texts[n + 1] if n + 1 < len(chunks) else ""
        if mode == "legacy" and n > 0 and LE_AS_DIGITS.fullmatch(text) and \
                strip_marks(chunks[n - 1].group().lower()) == "ty" and \
                not AMOUNT_AFTER.match(following):
            # the "lệ" of "tỷ lệ" read as a number ("Ty 18 hồ sơ", "ty 16 ký số")
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context="lệ",
                                 replacement="lệ"))
            continue
        if mode == "vie" and split_capital(text, following, model):
            # a capital split from the rest of its word ("N ghị quyết"): one word again
            joined = text + following
            pieces.append(_Piece(chunk.start(), chunks[n + 1].end(), line[chunk.start():
                                 chunks[n + 1].end()], context=fold(joined.lower()),
                                 replacement=joined))
            skip_to = chunks[n + 1].end()
            continue
        rest = CODE_REST.match(following) if text[-1] == "-" and BROKEN_CODE.match(text) \
            else None
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
        wide_note = WIDE_REPORT_NOTE.fullmatch(text)
        if wide_note:
            end = chunk.start() + wide_note.end("note")
            pieces.append(_Piece(chunk.start(), end, line[chunk.start():end],
                                 context=lm_mod.COMMA, replacement="(b/c)"))
            continue
        if ETCETERA.fullmatch(text):
            # "v.v." (and so on) is no pair of words to decode: it had become "và.ô." in
            # text without marks (dev batch 12's garble)
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.BOS))
            continue
        if n == 0 and BARE_ROW_NUMBER.fullmatch(text) and TITLE_START.match(following) and \
                n + 1 < len(chunks) and line[chunk.end():chunks[n + 1].start()] == " ":
            # a table row's number whose tab OCR lost: its cell starts anew, it is no count
            # ("2 Dia chinh - Nong nghiep" had become "2 Đĩa chính", as in "2 đĩa")
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.BOS))
            continue
        if n == 0 and LETTERED_ITEM.fullmatch(text):
            # a list item's letter ("e)", "d)") is no word to repair; its text starts anew
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.BOS))
            continue
        if n == 0 and text.rstrip(".") == heading_numeral(line):
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.BOS))
            continue
        if n == 0 and lost_heading_stop(line, chunks):  # "II CÁCH THỨC" is "II. CÁCH THỨC"
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.BOS,
                                 replacement=stopless_numeral(text) + "."))
            continue
        # the same positions as case.inside_words: what a capital there says is learned;
        # not a table cell's first word, capitalised as a cell starts ("87⇥Tét": Tốt; a
        # header's right column, after one tab, starts with a name: "Số: 77/KH-UBND⇥Ea");
        # and a line's first word as ``first_goes_on`` says
        inside = (case.continues_sentence(texts[n - 1]) if n else first_goes_on) and not (
            table_cells and column_start)
        followed_by = None
        if case.continues_sentence(text):
            # at the line's end, the next line's first word ("Sở" + "Nội vụ" on the next
            # line); most are letters only, their own first word
            coming = following if n + 1 < len(chunks) else next_word
            if coming.isalpha():
                followed_by = coming
            else:
                word_after = case.WORD.match(coming)
                followed_by = word_after.group() if word_after else None
        woman = glued_h_name(texts[n - 1] if n else "", text, following.rstrip(",;."))
        if woman:  # an Ê Đê or Jrai woman's name whose apostrophe OCR lost
            pieces.append(_Piece(chunk.start(), chunk.start() + len(woman), woman,
                                 replacement="H'" + woman[1:]))
            continue
        hyphened = SPECK_HYPHEN.fullmatch(text) if mode == "vie" and doubtful else None
        if hyphened and _within(chunk.start(), chunk.end(), doubtful) and model.lm.bigram_count(
                *(fold(w) for w in hyphened.groups())) >= SPECK_HYPHEN_PAIR_MIN:
            pieces.append(_Piece(chunk.start(), chunk.end(), text,
                                 context=fold(hyphened.group(2)),
                                 replacement=" ".join(hyphened.groups())))
            continue
        if len(text) > 1 and (text.isalpha() or LETTERS_ONLY.fullmatch(text)):
            # a plain word, as most are: no speck, code or punctuation rule applies to it
            if mode == "legacy" and _unit_after_number(texts, n, text):
                pieces.append(_Piece(chunk.start(), chunk.end(), text, context=text.lower()))
                continue
            if mode == "vie" and (hmong_family_name(texts, n) or hmong_given_name(
                    texts, n, text, model)) and not _within(chunk.start(), chunk.end(), doubtful):
                pieces.append(_Piece(chunk.start(), chunk.end(), text, context=fold(text.lower())))
                continue
            if mode == "vie" and hmong_middle_lost_mark(texts, n):
                pieces.append(_Piece(chunk.start(), chunk.end(), text, context="mí",
                                     replacement="Mí"))
                continue
            if (text.islower() and mode != "vie") or (
                    mode == "vie" and text[1:].islower() and fold(text.lower()) in model.valid):
                # a syllable in small letters or with a capital, as most words are: what
                # _word_pieces gives it, without its tests (in vie text a syllable is no
                # glued pair; _classify decodes such a word)
                glued = _glued_garble_pieces(text, chunk.start(), decoder, inside,
                                             followed_by) if mode == "legacy" else None
                pieces.extend(glued or [_Piece(chunk.start(), chunk.end(), text,
                                               slot=decoder.slot(text, mode, inside, followed_by,
                                                                 _name_role(chunks, n, mode,
                                                                            doubtful, next_word)))])
                continue
            pieces.extend(_word_pieces(text, chunk.start(), chunk.end(), model, decoder, mode,
                                       inside, followed_by,
                                       _name_role(chunks, n, mode, doubtful, next_word),
                                       capitals_column, in_columns,
                                       label=following[:1].isdigit(),
                                       glue_split=damaged or _within(chunk.start(), chunk.end(),
                                                                     doubtful)))
            continue
        if END_MARK.match(text) and 0 < n == len(chunks) - 1 and \
                regex.search(r"[\p{L}\d)]$", chunks[n - 1].group()):
            start = chunks[n - 1].end()
            pieces.append(_Piece(start, chunk.end(), line[start:chunk.end()], replacement="./."))
            continue
        if table_row and text == "|":  # a cell's border, which parts phrases
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=lm_mod.COMMA))
            continue
        if n == 0 and GARBLED_BULLET.match(text) and not CONVENTIONAL.match(text) and \
                regex.match(r"\p{Lu}", following):
            # a list dash read with specks ("-_-", "_=") before the item's capital
            pieces.append(_Piece(chunk.start(), chunk.end(), text, replacement="-"))
            continue
        if is_speck(text) and not (mode == "legacy" and LONE_Y.match(text)) or \
                quote_column(line, chunks, n) or (
                LONE_STOP.match(text) and (lone_stop(
                    chunks, n, continues, spaced_marks,
                    damaged or _within(chunk.start(), chunk.end(), doubtful))
                    or damaged and text == "." and heading_stop(line, chunk.end()))) or (
                DASH.match(text) and stray_dash(chunks, n, model, next_word, next_item,
                                                 in_list, cell_items or not (
                                                     damaged or _within(chunk.start(), chunk.end(),
                                                                        doubtful)),
                                                 last_word)) or (
                mode == "vie" and speck_letter(
                    text, model, followed_by,
                    damaged or _within(chunk.start(), chunk.end(), doubtful),
                    texts[n - 1] if n else "")
                and not cited_letter(chunks, n) and not symbol_letter(line, chunks, n)):
            pieces.append(_Piece(chunk.start(), chunk.end(), text, replacement=""))
            continue
        if URL_OR_MAIL.search(text) or CODE.search(text) and not \
                slashed_garble(text, model):
            fixed = fix_code(text)
            if capitals_column and text.isupper() and not URL_OR_MAIL.search(text):
                # a line in capitals writes a code's symbols so ("CHỈ THỊ SỐ 26/CT-TTG")
                fixed = fixed.upper()
            if STRAY_CODE_STOP.search(fixed) and not archive_line and lower_syllable_first(
                    following if n + 1 < len(chunks) else next_word, model):
                # a speck read as a stop after a code inside a sentence ("Quyết định số
                # 688/QĐ-UBND. ngày 31/12/2020", a public plan's render), as after a word
                fixed = fixed[:-1]
            numeral = ROMAN_BEFORE_YEAR.match(text)
            if numeral:
                # a quarter or a round of a year ("Quý II/2026") reads as the LM's text has
                # it, the numeral before the year: as a number alone, "Quy II/2027" after a
                # list's dash had become "Quỹ", a fund, in text without marks
                pieces.append(_Piece(chunk.start(), chunk.start(), "",
                                     context=numeral.group(1).lower()))
                tokens = [lm_mod.NUM]
            else:
                tokens = _code_tokens(fixed)
            pieces.append(_Piece(chunk.start(), chunk.end(), text, context=tokens[0],
                                 replacement=fixed if fixed != text else None))
            pieces.extend(_Piece(chunk.end(), chunk.end(), "", context=token)
                          for token in tokens[1:])
            continue
        cores = list(NUMBER_OR_CORE.finditer(legacy_horns(text) if mode == "legacy" else text))
        leading = LEADING_SPECK.match(text)
        rest = text[leading.end():] if leading else ""
        if n and parted_after_h(texts[n - 1], text):
            # an Ê Đê or Jrai woman's name: the apostrophe is the name's, the space goes
            gap = line[chunks[n - 1].end():chunk.start()]
            pieces.append(_Piece(chunks[n - 1].end(), chunk.start(), gap, replacement=""))
            leading = None
        # a dot or dash in front of a word may be a file type or an option (".docx", "-v");
        # a dot before a capitalised syllable or a known abbreviation (".Ủy ban", "của
        # .UBND tỉnh": twice on the raw vie dev pages) is a speck too
        if leading and (regex.match(r"\p{L}+[,.;:!?)]*$", rest) and (
                regex.search(r"[_']", leading.group()) or lower_syllable_first(rest, model)
                or DOTS.fullmatch(leading.group()) and _capitalised_word(rest, model))
                or n == 0 and (NUMBER_MARKER.match(rest) or LETTERED_ITEM.fullmatch(rest))) \
                and not (n and mode != "legacy" and  # legacy garble's words are no guide
                         phrase_dash(leading.group(), texts[n - 1], rest, model)):
            pieces.append(_Piece(chunk.start(), chunk.start() + leading.end(), leading.group(),
                                 replacement=""))
        # a quote glued inside a word ('bảo "hiểm', 'ban "hành'), none closing it on the
        # line: no phrase starts there
        quote = GLUED_QUOTE.match(text)
        if mode == "legacy" and HORN_PAREN.match(text) and _horn_read_as_paren(
                text[1:], line[chunk.end():] + " " + next_line, decoder):
            pieces.append(_Piece(chunk.start(), chunk.start() + 1, "(", replacement=""))
        elif quote and not regex.search(r'["”]', line[chunk.end():]) and mark_in_word(
                chunks[n - 1].group() if n else last_word, quote.group(1), model):
            pieces.append(_Piece(chunk.start(), chunk.start() + 1, text[0], replacement=""))
        elif cores and any(ch in lm_mod.PHRASE_MARKS for ch in text[:cores[0].start()]):
            # an opening bracket or quote breaks the phrase before its word, as in the LM
            pieces.append(_Piece(chunk.start(), chunk.start(), "", context=lm_mod.COMMA))
        # a list number of digits glued to its title's first word: in vie text without
        # damage a typist's habit ("1.Tên thủ tục"), which the parser reads as it is. Not
        # a Roman numeral's: our OCR of a dev render lost the space of "I. MỤC ĐÍCH"
        glued_marker = n == 0 and GLUED_LIST_NUMBER.match(text) and (
            mode != "vie" or damaged or not text[0].isdigit())
        # "vanphong.namdan" of an address that OCR parted from its "@nghean.gov.vn"
        address_part = DOTTED_WORDS.search(text) is not None
        for k, core in enumerate(cores):
            start, end = chunk.start() + core.start(), chunk.start() + core.end()
            word = core.group()
            if mode == "vie" and len(cores) == 1 and hmong_given_name(texts, n, word, model) \
                    and not _within(start, end, doubtful):  # "Giàng Thị Sua,"
                pieces.append(_Piece(start, end, word, context=fold(word.lower())))
                continue
            if glued_marker and k == 1:  # "2.Cai cach" is "2. Cải cách"
                pieces.append(_Piece(start, start, "", replacement=" "))
            if len(cores) == 1 and word.lower() in UNITS_AFTER_NUMBER and \
                    BRACKETED_WORD.fullmatch(text):
                # a unit a table's head puts in brackets, "Diện tích (ha)": no syllable
                # (stripped, a new report's three had become "(hạ)")
                pieces.append(_Piece(start, end, word, context=word.lower()))
                continue
            if mode == "legacy" and (len(word) == 1 and word.islower() and (
                    cited_letter(chunks, n) and not _word_with_next(word, texts, n, model)
                    or _after_number(texts, n) and not PLAIN_VOWEL.match(word))
                    or _unit_after_number(texts, n, word)):
                # a lettered point ("điểm b") or a unit after a number ("30 m", "2,3
                # km."), not a syllable that lost its vowel ("cán b" for cán bộ: _classify);
                # a vowel after a number may be a word ("04 y kiến" is 04 ý kiến), and so
                # may one after a citing word ("phát biểu y kien" is ý kiến)
                pieces.append(_Piece(start, end, word, context=word))
                continue
            if len(word) == 1 and word.isupper() and NAME_PREFIX_APOSTROPHE.match(
                    line, end):
                # a Highlands name's first letter before its apostrophe ("K'Ho", "K'Brơi",
                # "H'Mông"): no syllable ("K'Rứt" had become "Kế'Rút" in legacy text)
                pieces.append(_Piece(start, end, word, context=word.lower()))
                continue
            glued = GLUED_NUMBER.match(word)
            # "thang8", "nam2024" are a word and a number; "vo1" is a garbled "với". In
            # vie text only after a label's letters ("tháng8", "nam2025"): a footnote's
            # number stays on the word it marks ("hành chính2", as text taken from a PDF
            # has it); a word with its marks is that label itself: "tập quán5" is a
            # footnote's number on "quán", whose letters "quận 5" writes too
            letters = strip_marks(glued.group(1).lower()) if glued else ""
            if glued and glued.group(1) in CAPITAL_NUMBER_WORDS or \
                    glued and letters in model.by_stripped and (
                    len(glued.group(1)) >= 4 or len(glued.group(2)) >= 2) and (
                    mode != "vie" or any(map(decoder.number_label, model.variants(letters)
                                             if letters == glued.group(1).lower()
                                             else [fold(glued.group(1).lower())]))):
                # "thang8": a word and a number printed without a space
                cut = start + len(glued.group(1))
                pieces.append(_classify(glued.group(1), start, cut, model, decoder, mode,
                                        inside and k == 0))
                # the space comes back too: "thang8" is "tháng 8"
                pieces.append(_Piece(cut, end, glued.group(2), context=lm_mod.NUM,
                                     replacement=" " + glued.group(2)))
                continue
            if glued and mode == "vie" and len(glued.group(2)) <= 2 and \
                    glued.group(2)[0] != "0" and not (
                    damaged or _within(start, end, doubtful)) and not unknown_word(
                    fold(glued.group(1).lower()), model):
                # a footnote's number on a word in text that shows no damage ("hồ sơ4;",
                # "sạt lở4;"), not a letter's look-alike ("gia0"), which would read "sơa"
                # as "sơ"
                pieces.append(_Piece(start, end, word, context=fold(glued.group(1).lower())))
                continue
            # a name's last word before a comma ("Nguyen Thi Hang, Truong thon")
            role = _name_role(chunks, n, mode, doubtful, next_word) if len(cores) == 1 \
                else None
            pieces.extend(_word_pieces(word, start, end, model, decoder, mode,
                                       inside and k == 0,
                                       followed_by if k == len(cores) - 1 else None, role,
                                       capitals_line=capitals_column, in_columns=in_columns,
                                       address_part=address_part,
                                       glue_split=damaged or _within(start, end, doubtful)))
        tail = text[cores[-1].end():] if cores else text
        braces = GLUED_BRACES.search(text) if mode == "legacy" and cores and not (
            "{" in line and "}" in line) else None
        braces = braces or (GLUED_BACKSLASH.search(text) if cores else None)
        if braces:
            # the English model's braces for a mark or a stroke ("quyér}" quyền, "hém}}"
            # hành in seed 000), either model's backslash ("nghị\." in a new report's
            # render); no report writes one after a word
            pieces.append(_Piece(chunk.start() + braces.start(), chunk.start() + braces.end(),
                                 braces.group(), replacement=""))
            tail = tail.replace(braces.group(), "", 1)
        if tail.startswith("%") and pieces and pieces[-1].context in (lm_mod.NUM,
                                                                      lm_mod.AMOUNT):
            pieces[-1].context = lm_mod.PERCENT  # "87,4%": a percentage, not a count
        # the next word, past any specks ("người. _ dân" is "người dân"), on the next line
        # when this one ends
        after = next((c.group() for c in chunks[n + 1:] if not SPECK.match(c.group())),
                     next_word)
        # a speck read as punctuation: a full stop inside a sentence ("các. cơ quan"), a
        # colon inside a word ("xây: dựng"), a stop after a comma or a stop ("ban,.")
        # a garbled word read as its letters ("su6t." as "suot."): the rule holds the same
        # before and after the word's repair
        stray = (not archive_line and STRAY_STOP.match(text.translate(GARBLE_LETTERS))
                 and lower_syllable_first(after, model)) or (
            stop_before_date(text, after)) or (
            text.endswith(":") and speck_colon(
                chunks[n - 1].group() if n else last_word, text[:-1], after.rstrip(",.;:"),
                _word_after_next(chunks, n), model)
        ) or (
            mode == "legacy" and text.endswith(":") and LOWER_START.match(after) is not None
            and _garbled_colon(chunks, n, last_word, after, decoder)
        ) or DOUBLED_STOP.search(text) or (
            # a typist may end a heading so: in text that shows no damage it stays
            damaged and not archive_line and heading_stop(line, chunk.end()))
        if stray:
            # both stops of "về.." go before a lower-case word (the line's next, or the
            # next line's first: "Sở Nội vụ về.." + "đôn đốc")
            cut = 2 if text.endswith("..") and not text.endswith("...") and STRAY_STOP.match(
                text[:-1].translate(GARBLE_LETTERS)) and lower_syllable_first(after, model) else 1
            pieces.append(_Piece(chunk.end() - cut, chunk.end(), text[-cut:], replacement=""))
            tail = tail[:-cut]
        if mode == "legacy" and HORN_QUOTE.search(text) and \
                not OPENING_QUOTE.search(line, 0, chunk.start()):
            # the English model's quote for the horn of an ơ or ư: "hồ so’ hỗ trợ", "trên co’
            # sở" (in new documents' garble); the decoder reads the word without it
            pieces.append(_Piece(chunk.end() - 1, chunk.end(), text[-1], replacement=""))
            tail = tail[:-1]
        if SENTENCE_END.search(tail) and not (tail.endswith(":") and after[:1].isdigit()):
            # a colon before a number ends no sentence ("số: 22/QĐ-UBND"), as in the LM
            pieces.append(_Piece(chunk.end(), chunk.end(), "", context=_sentence_end(tail)))
        elif "," in tail or any(ch in lm_mod.PHRASE_MARKS for ch in tail):
            pieces.append(_Piece(chunk.end(), chunk.end(), "", context=lm_mod.COMMA))
    return pieces


def _horn_read_as_paren(word: str, rest: str, decoder: Decoder) -> bool:
    """Whether a bracket before ``word`` in legacy garble is an ư's horn (``HORN_PAREN``):
    no bracket closes in ``rest`` (the line after it and the next line) and one of the
    word's likeliest readings starts with ư."""
    return ")" not in rest and any(c.startswith(("ư", "ứ", "ừ", "ử", "ữ", "ự"))
                                   for c in _legacy_readings(word, decoder, HORN_READINGS))


def _legacy_readings(word: str, decoder: Decoder, count: int) -> list[str]:
    """The ``count`` likeliest readings of a word of legacy garble (its first core), best
    first, as the decoder's slot ranks them; none for a word without one."""
    core = CORE.search(word)
    if core is None:
        return []
    return [c for c, _ in decoder.slot(core.group().lower(), "legacy").candidates[:count]]


def _word_after_next(chunks: list[regex.Match[str]], n: int) -> str:
    """The second word after chunk ``n`` of its line, specks skipped; "" when the line ends
    first or a mark ends the word between ("hành chính: công, xã")."""
    words = [c.group() for c in chunks[n + 1:] if not SPECK.match(c.group())]
    if len(words) < 2 or words[0][-1] in ",.;:":
        return ""
    return words[1].rstrip(",.;:")


def _garbled_colon(chunks: list[regex.Match[str]], n: int, last_word: str, after: str,
                  decoder: Decoder) -> bool:
    """``words.garbled_colon`` for the colon that ends chunk ``n`` of a legacy line, the
    words read as the decoder's likeliest readings of them."""
    # the next word, a space away: a colon that ends its line or a cell ends a label
    # ("như sau:" + a tab and a garbled cell: "sau đây" is no word across a column)
    if n + 1 == len(chunks) or chunks[n + 1].group() != after or \
            chunks[n].string[chunks[n].end():chunks[n + 1].start()].strip(" "):
        return False
    texts = [c.group() for c in chunks[n + 2:] if not SPECK.match(c.group())]
    following = texts[0] if texts else ""
    # the word before, unless a mark parts the two ("cơ quan, đơn: vị")
    previous = chunks[n - 1].group() if n else last_word
    if not regex.search(r"[\p{L}\d]$", previous):
        previous = ""
    return garbled_colon(previous, chunks[n].group()[:-1], after.rstrip(",.;:"), following,
                         lambda word: _legacy_readings(word, decoder, COLON_READINGS),
                         decoder.model)


def _capitalised_word(text: str, model: Model) -> bool:
    """Whether ``text`` starts with a syllable in Title case ("Ủy") or is a known
    abbreviation ("UBND"), marks after it aside."""
    word = case.WORD.match(text)
    if word is None:
        return False
    letters = word.group()
    if letters.isupper() and len(letters) > 1:
        return strip_marks(letters) in model.abbreviations
    return letters[0].isupper() and lower_syllable_first(letters.lower(), model)


def _sentence_end(tail: str) -> str:
    """The context a mark that ends a sentence leaves: ``</s>``, scored, after a stop, a
    semicolon, a question or exclamation mark; after a colon only a new start (a list,
    a name or a number follows it, and the LM learned no sentence end there)."""
    return lm_mod.BOS if tail.rstrip(")\"”’'").endswith(":") else lm_mod.EOS


VIE_NAME_MIDDLES = ("Thị", "Văn")


def hmong_family_name(texts: list[str], n: int) -> bool:
    """Whether ``texts[n]`` is capitalised and starts an H'Mông man's name: a middle name
    (``HMONG_MIDDLES``) and a capitalised word follow it. Such a family name is as
    written ("Ly Mí Sính" is so written, no Lý), however rare in the LM's text."""
    return n + 2 < len(texts) and texts[n + 1] in HMONG_MIDDLES and \
        texts[n][:1].isupper() and NAME_WORD.fullmatch(texts[n + 2]) is not None


def hmong_given_name(texts: list[str], n: int, word: str, model: Model) -> bool:
    """Whether ``word``, the letters of ``texts[n]``, is an H'Mông given name as written:
    capitalised, after a clan's name (``HMONG_FAMILY_NAMES``) and a middle name
    (``HMONG_NAME_MIDDLES``), and no syllable, which the decoder would trade for a word
    with its letters ("Giàng Thị Sua" had become "Sửa"); a syllable is decoded as any
    word is."""
    return n >= 2 and texts[n - 1] in HMONG_NAME_MIDDLES and \
        texts[n - 2] in HMONG_FAMILY_NAMES and NAME_WORD.fullmatch(word) is not None and \
        fold(word.lower()) not in model.valid


def hmong_middle_lost_mark(texts: list[str], n: int) -> bool:
    """Whether ``texts[n]`` is "Mi" between an H'Mông clan's name and a capitalised word:
    the men's middle name "Mí", its mark lost ("Ly Mi Sính" in both renders of a new
    decision's table)."""
    return texts[n] == "Mi" and 0 < n < len(texts) - 1 and \
        texts[n - 1] in HMONG_FAMILY_NAMES and NAME_WORD.fullmatch(texts[n + 1]) is not None


def _name_role(chunks: list[regex.Match[str]], n: int, mode: str,
               doubtful: set[tuple[int, int]] | None = None, next_word: str = "") -> str | None:
    """"surname" or "middle" for the first two words of a person's name in text without
    marks (stripped or legacy; in text with marks ``names.py`` keeps names consistent):
    capitalised words, the first with a family name's letters ("Hoang Van Son", "Do Thi
    Hanh"). A middle name needs a given name after it: "Le Van" may be all of a name
    ("Lê Vân"), and a capitalised word that goes straight on in small letters opens an
    office's name, not a person's ("Truong Cong an xa": the police's head, not Trương
    Công). "given" for the third and fourth ("Nguyen Thi Kieu Oanh"), the words
    before them without a comma; "title" for "Ba" or "Ong" before the family name. In
    text with marks, a word the OCR engine doubted before "Thị" or "Văn" and a capitalised
    word is a family name too, if it has one's letters: OCR read "Đinh Thị Mến" in a
    list's photo "Đỉnh" (at 57); read as written, "Hờ Văn Mua" is a name of its own, no
    misread "Hồ". So is a word no syllable can be as read, a stop final's with a tone it
    cannot take (``stop_with_wrong_tone``): a table cell's "Lôc Văn Pản", at 91, had
    become "Lốc", as a cell starts. ``next_word``: the next line's first word, where such
    a name goes on ("bà Đỉnh Thị" + "Hoa, xóm Khộp", a new report's render: "Đinh"); not
    in text without marks, where a line's last capitalised words are no doubted name
    ("... tuổi từ 11 đến 13; Truong" + "Trung học": Trường, not Trương)."""
    def titled(k: int) -> bool:
        word = chunks[k].group() if 0 <= k < len(chunks) else \
            next_word if k == len(chunks) and mode == "vie" else ""
        return bool(NAME_WORD.fullmatch(word))

    if mode == "vie":
        # the next word first: this runs for most words of a page, few before a middle name
        return "surname" if n + 1 < len(chunks) and \
            chunks[n + 1].group() in VIE_NAME_MIDDLES and (
                _within(chunks[n].start(), chunks[n].end(), doubtful) or
                stop_with_wrong_tone(chunks[n].group().lower())) and \
            titled(n) and titled(n + 2) and \
            strip_marks(chunks[n].group().lower()) in SURNAME_BY_LETTERS else None

    def surname(k: int) -> bool:
        return titled(k) and LETTERS_ONLY.fullmatch(chunks[k].group()) is not None and \
            strip_marks(chunks[k].group().lower()) in SURNAME_BY_LETTERS
    def after_unit(k: int) -> bool:  # "huyen Do Luong" is a place: huyện Đô Lương
        return k > 0 and strip_marks(chunks[k - 1].group().lower()) in UNITS_BY_LETTERS

    def opens_school(k: int) -> bool:
        return k + 2 < len(chunks) and tuple(
            strip_marks(chunks[j].group().lower()) for j in (k + 1, k + 2)) in SCHOOL_LEVELS

    def opens_office(k: int) -> bool:  # "Truong Cong an xa": Trưởng Công an xã
        return k + 1 < len(chunks) and chunks[k].group()[-1].isalpha() and \
            chunks[k + 1].group()[:1].islower()

    if chunks[n].group().lower() in TITLE_LETTERS and surname(n + 1) and titled(n + 2) and \
            not opens_school(n + 1):
        return "title"
    if surname(n) and titled(n + 1) and not after_unit(n) and not opens_school(n) and \
            not opens_office(n + 1):
        return "surname"
    if surname(n - 1) and titled(n + 1) and not after_unit(n - 1):
        return "middle"
    def inside_name(k: int) -> bool:  # goes on to the next word: no comma after it
        return titled(k) and chunks[k].group()[-1].isalpha()

    # the family name two or three words back, the words from it to this one unbroken
    if titled(n) and any(surname(n - back) and not after_unit(n - back) and
                         all(inside_name(k) for k in range(n - back, n)) for back in (2, 3)):
        return "given"
    return None


def _capital_i_read(word: str, model: Model) -> str | None:
    """A capitalised word whose second letter OCR read as a capital I ("VIệt", "MIô"):
    with an i when that makes a syllable ("Việt"), else with an l when that makes a
    name of the Highlands' shape ("Mlô": "ông Y Wừn Mlô" read "MIô" in a new regulation's
    render); None otherwise."""
    m = CAPITAL_I_INSIDE.fullmatch(word)
    if m is None:
        return None
    with_i = f"{m.group(1)}i{m.group(2)}"
    if fold(with_i.lower()) in model.valid:
        return with_i
    with_l = f"{m.group(1)}l{m.group(2)}"
    return with_l if name_shape(fold(with_l.lower())) else None


def _word_pieces(word: str, start: int, end: int, model: Model, decoder: Decoder,
                 mode: str, inside: bool = False, next_word: str | None = None,
                 name_role: str | None = None, capitals_line: bool = False,
                 in_columns: bool = False, address_part: bool = False,
                 label: bool = False, glue_split: bool = True) -> list[_Piece]:
    read = _capital_i_read(word, model) if mode == "vie" else None
    if read:
        return [_Piece(start, end, word, context=fold(read.lower()), replacement=read)]
    split = glued_syllables(word, model, capitals_line, in_columns) if mode == "vie" and (
        glue_split or in_columns or capitals_line and word.isupper()) else None
    if split:
        # syllables printed without a space ("phụcvụ", "hằngnăm"): the first stands
        # for them in the LM's context, the others follow it
        return [_Piece(start, end, word, context=fold(split[0].lower()),
                       replacement=" ".join(split)),
                *(_Piece(end, end, "", context=fold(part.lower())) for part in split[1:])]
    glued = _glued_garble_pieces(word, start, decoder, inside, next_word) \
        if mode == "legacy" and not address_part else None
    if glued:
        return glued
    piece = _classify(word, start, end, model, decoder, mode, inside, next_word, name_role,
                      label)
    if capitals_line and piece.replacement and piece.replacement.upper() == word:
        # a line in capitals writes its abbreviations so too ("ỨNG DỤNG VNEID": VNeID)
        piece = replace(piece, replacement=None)
    return [piece]


def _glued_garble_pieces(word: str, start: int, decoder: Decoder, inside: bool,
                         next_word: str | None) -> list[_Piece] | None:
    """A legacy word glued from syllables (``Decoder.glued_garble``: "toantrinh",
    "H6sotruc"), one piece per syllable, each decoded as a word; a space goes back
    before each but the first."""
    parts = decoder.glued_garble(word)
    if parts is None:
        return None
    pieces = []
    for k, part in enumerate(parts):
        last = k == len(parts) - 1
        slot = decoder.slot(part, "legacy", inside or k > 0,
                            next_word if last else parts[k + 1])
        pieces.append(_Piece(start, start + len(part), part, slot=slot, spaced=k > 0))
        start += len(part)
    return pieces


def _digit_piece(line: str, chunks: list[regex.Match[str]], fixes: list[DigitFix]) -> _Piece:
    """The words that hold digit fixes ("I I" is two), as one piece: the digits fixed and
    the rest of the word kept ("I2/QĐ-UBND" -> "12/QĐ-UBND")."""
    start = chunks[0].start()
    end = max(c.end() for c in chunks if c.start() < max(f.end for f in fixes))
    text = line[start:end]
    fixed = text
    for fix in reversed(fixes):
        rest = fixed[fix.end - start:]
        fixed = fixed[:fix.start - start] + fix.replacement + (
            fix_code(rest) if "/" in rest else rest)
    return _Piece(start, end, text, context=lm_mod.NUM, replacement=fixed)


def slashed_garble(text: str, model: Model) -> bool:
    """Whether ``text`` is words joined by slashes (``SLASHED_GARBLE``) whose digits and
    symbols stand for letters: each such word of three characters or more reads as a
    syllable ("d6ng" đồng; not a unit's "m3")."""
    return SLASHED_GARBLE.fullmatch(text) is not None and all(
        len(part) >= 3 and any(key in model.by_stripped for key in garble_keys(part))
        for part in regex.split(r"[/,.;:]+", text) if part and not part.isalpha())


def _digit_for_letter(word: str, model: Model) -> bool:
    """Whether a small-letter word with a digit or symbol reads as a syllable with the
    letter of the same shape in its place ("1ý" lý, "gia0" giao, "g1a" gia): a word with
    marks, of four characters at least or with the digit between letters, as "v1" or
    "mp3" may be a version or a format."""
    return word.islower() and (MARK_LETTERS.search(word) is not None or len(word) >= 4
                               or DIGIT_INSIDE.search(word) is not None) and \
        any(key in model.by_stripped for key in garble_keys(word))


def _classify(word: str, start: int, end: int, model: Model, decoder: Decoder,
              mode: str, inside: bool = False, next_word: str | None = None,
              name_role: str | None = None, label: bool = False) -> _Piece:
    """The piece of one word: a slot to decode, or what stands for it (a number, an
    abbreviation, a word kept as written); ``label``: a number follows the word
    (``Decoder.slot``)."""
    if len(word) > 1 and word.islower() and LETTERS_ONLY.fullmatch(word):
        # most words: no rule below applies to a small-letter word of two letters or more
        return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word,
                                                           name_role))
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        if mode == "legacy" and any(ch in case.LETTER_SYMBOLS for ch in word):
            # digits and symbols the English model prints for letters: "1¢" lệ, "¢6" có
            return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word))
        if mode == "legacy" and inside and (word in LONE_DIGIT_WORDS or
                                            DIGIT_SYLLABLE.fullmatch(word)):
            return _Piece(start, end, word, slot=decoder.digit_word_slot(word))
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
    # capitals without a vowel abbreviate ("TT HĐND", "Ban CH PCTT"), though the lexicon
    # knows "ch" and "tr" as words ("tr. 5") and the English model's garble of "tử" is "tt"
    vowelless = not PLAIN_VOWEL.search(strip_marks(lower))
    if is_upper and (vowelless or strip_marks(lower) not in model.by_stripped
                     and not known_garble):
        misread = misread_abbreviation(upper_ascii, model)
        if misread:
            return _Piece(start, end, word, context=misread.lower(), replacement=misread,
                          guessed=True)
        return _Piece(start, end, word, context=lower)  # PAPI, ISO, SNV, HCC...
    if len(word) == 1 and word.lower() in "bcdđghklmnpqrstvx" and not known_garble and not (
            mode == "legacy" and word.islower()):
        # list markers a), b); initials. In legacy text a lone small letter is mostly a
        # syllable whose marked vowel the English model dropped ("cán b" for cán bộ, in
        # seeds 000/001): there it is decoded, itself one of the candidates.
        return _Piece(start, end, word, context=lower)
    mixed_case = any(ch.isupper() for ch in letters[1:]) and not is_upper
    proper = _mixed_case_abbreviation(word, model) if mixed_case else None
    if proper is not None:
        return _Piece(start, end, word, context=proper.lower(),
                      replacement=proper if proper != word else None)
    if mixed_case and mode != "legacy":
        return _Piece(start, end, word, context=lower)  # VNeID, TTr
    if mode == "legacy" and word[0].isupper() and not known_garble and not is_upper \
            and not is_syllable_shape(lower) and not mixed_case and PLAIN_VOWEL.search(
                strip_marks(lower)) and not UNG_AS_MG.match(lower) \
            and not _horn_read_as_letters(lower, model):
        return _Piece(start, end, word, context=lower)  # a foreign word or name: "Data"
    return _Piece(start, end, word, slot=decoder.slot(word, mode, inside, next_word,
                                                           name_role, label))


def _code_tokens(code: str) -> list[str]:
    """The LM's tokens of a code, as ``build.lm_tokens`` counts them: "12/QĐ-UBND" is a
    number, "qđ" and "ubnd"; "NN&MT" is "nn" and "mt". As one number, the word before it
    had lost the context the LM knows: "So NN&MT" (Sở) had become "Số", a dev letter's
    text without marks. A web or mail address stays one number."""
    if URL_OR_MAIL.search(code):
        return [lm_mod.NUM]
    # the model builder's own tokenizer, imported here: only codes ask for it, and it is
    # no part of loading the model
    from diacritics import build
    return [token for token in build.lm_tokens(code)
            if token != lm_mod.COMMA and token not in build.SENTENCE_END] or [lm_mod.NUM]


def _lm_context(context: str, model: Model) -> list[str]:
    """The LM's tokens for a piece's context: an abbreviation its text holds fewer than
    ``ABBREVIATION_SEEN_MIN`` times as the words it stands for, which the LM knows ("cấp
    CCCD" is "cấp căn cước công dân"). As an unknown token it had left the words on
    either side without context: legacy garble's "cap CCCD" had been read "cập", "Ban
    CHQS" "Bạn", "vén XDCB" "vẹn", and the English-model read of a render of seed 002, by a
    model built without it, "BTV Tinh ty" (Ban Thường vụ Tỉnh ủy) "Tính tự". The words
    after it then follow the expansion's last words, which can mislead where the LM lacks
    the phrase: "Chủ tịch HLHPN x3" had become "và" (the LM's "phụ nữ và"), not xã, until
    the term list named the commune's organisations ("Hội Liên hiệp Phụ nữ xã")."""
    words = model.expansions.get(context)
    if words and model.lm.count(context) < ABBREVIATION_SEEN_MIN:
        return list(words)
    return [context]


def _horn_read_as_letters(lower: str, model: Model) -> bool:
    """Whether a legacy word reads as a syllable once two letters the English model prints
    for a u with a horn or a mark ("ir", "it", "ti", "ut", "tt": "chirc" chức, "ctia" của)
    are a u again: so "Hitu" (Hữu), "Dirc" (Đức), "Chti" (Chủ), "Tir" (Từ), capitalised in
    new documents' garble, are garble, not foreign words ("Data", "Zalo" stay). Not every
    rewrite the decoder learned (``rewrites``): those that drop or swap one letter would
    read names such as "Krông", "Đắk", "Stiêng", "Blơi" as garble."""
    return any(strip_marks(lower[:m.start(1)] + read + lower[m.end(1):]) in model.by_stripped
               for letters, read in ((HORN_LETTERS, "u"), (UO_LETTERS, "uo"))
               for m in letters.finditer(lower))


def _mixed_case_abbreviation(word: str, model: Model) -> str | None:
    """The mixed-case abbreviation (VNeID, TTr) ``word`` misreads: with its I read as an l
    or its case misread ("VnelD", "VNelD"), or, five letters and more, one letter off
    ("VNeTD", "VNelID": our OCR of a dev plan's VNeID; no other word is so close)."""
    key = strip_marks(word).replace("l", "I").upper()
    proper = model.abbreviations.get(key)
    if proper is not None:
        return None if proper.isupper() else proper
    close = [p for k, p in model.abbreviations.items() if not p.isupper() and len(k) >= 5
             and Levenshtein.distance(key, k) == 1]
    return close[0] if len(close) == 1 else None


def _lookahead(next_line: str, decoder: Decoder, mode: str,
               written: str = "") -> list[Slot | str]:
    """Slots for the first two plain words of ``next_line`` when it starts in lower case
    (the sentence goes on there) or with a capitalised word (a name may go on there:
    "UBND tỉnh, Sở" + "Nội vụ về"); none past a mark. When the next line as ``written``
    starts with a number, not a list's ("2.", "b)"), that number's token: a title's "xã
    năm" + "2027" is no "xã Nam"."""
    number = NUMBER_AHEAD.match(written)
    if number:
        return [lm_mod.number_token(number.group())]
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


def fix_lettered_items(lines: list[str]) -> list[Edit]:
    """Lettered items run a) b) c) d) đ) e): a "d)" after a "d)" is the "đ)" whose stroke
    was lost (stripped or legacy text); a "đ)" between "c)" and "đ)" is the "d)" a speck
    crossed (`vie` too); an "e)" after "b)" is the "c)" OCR read with a bar (`vie` too),
    unless the list goes on past it with "g)". Fixes ``lines`` in place; returns the
    edits. (``ocr_pipeline.repair`` runs it on a whole document too: a list may go on
    to the next page.)"""
    items = []
    for number, line in enumerate(lines):
        m = LETTERED_ITEM.match(line)
        if m and line[m.end():m.end() + 1].isspace():
            items.append((number, m))
    edits, previous = [], None
    for k, (number, m) in enumerate(items):
        letter, right = m.group(2), None
        following = items[k + 1][1].group(2) if k + 1 < len(items) else None
        if letter == "d" and previous == "d":
            right = "đ"
        elif letter == "đ" and previous == "c" and following == "đ":
            right = "d"
        elif letter == "e" and previous == "b" and following != "g":
            right = "c"
        if right:
            line = lines[number]
            lines[number] = line[:m.start(2)] + right + line[m.end(2):]
            edits.append(Edit(number, m.start(2), m.end(2) + 1, f"{letter})", f"{right})", 0.9))
            letter = right
        previous = letter
    return edits


def _fix_list_numbers(lines: list[str]) -> list[Edit]:
    """A list number whose stop OCR read as a comma or a colon ("3, Đẩy mạnh ..." between
    "2." and "4."; "2: Tiến độ thực hiện" after "1."): a number at a line's start, then a
    comma or colon and a capital, is the list's when the numbered line before it is the
    number before, or the one after it the number after. And one read as a letter of its
    shape (``LIST_LETTER_START``) between the numbers before and after it. Fixes
    ``lines`` in place; returns the edits."""
    numbered = [(n, m) for n, line in enumerate(lines) if (m := LIST_NUMBER_START.match(line))]
    edits = []
    for k, (number, m) in enumerate(numbered):
        if m.group("mark") == ".":
            continue
        value = int(m.group("n"))
        before = numbered[k - 1][1] if k else None
        after = numbered[k + 1][1] if k + 1 < len(numbered) else None
        if before and before.group("mark") == "." and int(before.group("n")) == value - 1 or \
                after and after.group("mark") == "." and int(after.group("n")) == value + 1:
            line = lines[number]
            lines[number] = line[:m.start("mark")] + "." + line[m.end("mark"):]
            edits.append(Edit(number, m.start("mark"), m.end("mark"), m.group("mark"), ".",
                              0.9))
    stopped = [(n, int(m.group("n"))) for n, m in numbered if m.group("mark") == "."]
    for (before, low), (after, high) in pairwise(stopped):
        for number in range(before + 1, after):
            m = LIST_LETTER_START.match(lines[number])
            if m and high == low + 2 == DIGIT_LETTERS[m.group("n")] + 1:
                lines[number] = lines[number][:m.start("n")] + str(low + 1) + \
                    lines[number][m.end("n"):]
                edits.append(Edit(number, m.start("n"), m.end("n"), m.group("n"), str(low + 1),
                                  0.9))
    return edits


def _apply_fixes(lines: list[str], fixes: list[tuple[int, int, int, str]]) -> list[Edit]:
    """Makes each fix (line, start, end, replacement) in ``lines``, in place; the edits.
    The spans are the line's as it was: on each line the last fix is made first, so that
    a replacement of another length moves no span still to be fixed."""
    edits = []
    for number, start, end, right in sorted(fixes, key=lambda fix: (fix[0], -fix[1])):
        line = lines[number]
        lines[number] = line[:start] + right + line[end:]
        edits.append(Edit(number, start, end, line[start:end], right, 0.9))
    return edits


def _fix_archive_lines(lines: list[str]) -> list[Edit]:
    """The archive item that ends a recipient list ("- Lưu: VT."), where OCR garbled its
    label ("-LWuU: YT1, YVE.", "- Lai: VT:"; ``codes.garbled_archive``): a line whose
    first column reads so, after an item of a list that "Nơi nhận:" (or its first item,
    "- Như trên;", on a page after it) opened some lines above. Fixes ``lines`` in place
    (the signer's column beside it stays); returns the edits."""
    edits = []
    for number, line in enumerate(lines):
        first = COLUMN_GAP.split(line, maxsplit=1)[0]
        mended = garbled_archive(first)  # None for nearly every line: asked first
        if mended is None or mended == first.strip():
            continue
        before = [text for text in lines[max(0, number - RECIPIENTS_REACH):number]
                  if text.strip()]
        if not before or not RECIPIENT_ITEM.match(before[-1]) or \
                not any(RECIPIENTS.match(text) or AS_ABOVE.match(text) for text in before):
            continue
        start = len(first) - len(first.lstrip())
        end = len(first.rstrip())
        lines[number] = line[:start] + mended + line[end:]
        edits.append(Edit(number, start, end, line[start:end], mended, 0.9))
    return edits


def _add_isolated_word_readings(pieces: list[_Piece], decoder: Decoder,
                                own_words: frozenset[str], first_before: int = -1,
                                last_after: int = -1, penalty: float = 0.0,
                                doubtful: set[tuple[int, int]] | None = None) -> bool:
    """In vie text, a real word that makes no pair the LM has seen with the words beside
    it may be a misread letter of another ("tinh thần tách nhiệm", "các Tĩnh vực", "hồ
    sơ" read "nổ sơ"): its one-letter readings that pair with a neighbour join its slot.
    Not in a name (a capitalised word beside another), which pairs with nothing anyway,
    nor for one of ``own_words``: a word the document uses again and again is its own
    (a manual's "gói" and "tệp", package and file, pair with little in the LM); a
    misreading is seldom made the same way three times. ``first_before`` and
    ``last_after`` are the LM ids of the words across the line breaks (-1: none);
    ``penalty`` what a reading costs more in this text (``damage.reading_penalty``), but
    for the words in ``doubtful`` (spans of words the OCR engine doubted); returns
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
        readings = decoder.isolated_word_readings(
            word, before, after, ids[n - 2] if n >= 2 else -1,
            ids[n + 2] if n + 2 < len(read) else -1)
        if readings:
            piece.slot = decoder.with_readings(
                slot, readings, 0.0 if _inside(piece, doubtful) else penalty)
            last_extended = n == len(read) - 1
    return last_extended


def _recipient_items(lines: list[str]) -> frozenset[int]:
    """The numbers of the lines that are items of a recipient list: after "Nơi nhận:",
    the lines a list dash opens, blank lines between them passed over; and the items
    before the archive's ("- Lưu: VT."), which ends the list, on a page that starts with
    them ("Nơi nhận:" is on the page before) and is signed below."""
    items: set[int] = set()
    inside = False
    for number, line in enumerate(lines):
        if RECIPIENTS.match(line):
            inside = True
        elif inside and RECIPIENT_ITEM.match(line):
            items.add(number)
        elif line.strip():
            inside = False
    archive = next((n for n, line in enumerate(lines) if ARCHIVE_ITEM.match(line)), None)
    # (one of them ending as a recipient does: a list of the body's items, one ending with
    # a colon, had its colon made a semicolon before "- Lưu: VT, UBND." and a signature)
    if archive is not None and all(RECIPIENT_ITEM.match(line) or not line.strip()
                                   for line in lines[:archive]) and any(
            line.rstrip().endswith(";") for line in lines[:archive]) and any(
            SIGNER_TITLE.search(strip_marks(line))
            for line in lines[archive:archive + SIGNATURE_REACH]):
        items.update(n for n in range(archive) if RECIPIENT_ITEM.match(lines[n]))
    return frozenset(items)


def _misread_pair(model: Model, a: str, b: str) -> bool:
    """Whether the lower-case pair ``a b`` has a word that is no syllable and the LM
    knows the pair's letters with other marks (``name_spellings``)."""
    valid, lm = model.valid, model.lm
    if fold(a) in valid and fold(b) in valid:
        return False
    return any(lm.bigram_count(x, y) > 0 for x in model.variants(strip_marks(a))
               for y in model.variants(strip_marks(b)))


def _own_words(words: list[str]) -> frozenset[str]:
    """The words (folded, lower case) a document uses ``OWN_WORD_MIN`` times or more."""
    uses: dict[str, int] = {}
    for word, k in Counter(words).items():  # folded once per distinct word
        key = fold(word).lower()
        uses[key] = uses.get(key, 0) + k
    return frozenset(w for w, k in uses.items() if k >= OWN_WORD_MIN)


@dataclass(frozen=True)
class DocumentFacts:
    """What ``restore`` learns from the whole document for its lines: the words it uses
    ``OWN_WORD_MIN`` times or more (folded, lower case; vie documents only), how it
    writes quarters and decimals (``numbers.number_style``), the numbers of the lines
    that are items of its recipient list (``_recipient_items``) and the (line, offset)
    of its colons that are misread semicolons (``semicolons``), and the marks it writes
    with a space before them as a habit (``specks.spaced_marks``), what a one-letter
    reading of a real word costs more in text that shows little damage
    (``damage.reading_penalty``) and whether it shows damage (``damage.shows_damage``;
    in text that does not, a lone "x" and a colon or semicolon spaced from its word are
    no specks), and whether it writes a table cell's items after a stop with a dash
    (``specks.cell_item_dashes``), the lines whose "1." before a title in capitals
    numbers a list (``codes.arabic_first_headings``), and whether it writes lines in
    title case as a habit (``capitals.title_case_document``: its "Xã" are its own)."""

    own_words: frozenset[str] = frozenset()
    numbers: NumberStyle = PLAIN
    recipient_items: frozenset[int] = frozenset()
    semicolons: frozenset[tuple[int, int]] = frozenset()
    spaced_marks: frozenset[str] = frozenset()
    reading_penalty: float = 0.0
    damaged: bool = True
    cell_items: bool = False
    arabic_headings: frozenset[int] = frozenset()
    title_case: bool = False


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
                 line_before: str = "", facts: DocumentFacts = DocumentFacts(),
                 garbage_from: int | None = None,
                 doubtful: set[tuple[int, int]] | None = None,
                 doc_cache: DocumentCache | None = None,
                 kept: set[tuple[int, int]] | None = None) -> RestoredLine:
    """One line; ``names`` are the document's spelling fixes for this line,
    ``protected`` the (start, end) spans the decoder must leave alone (names, words the
    OCR engine is sure of), a word inside one included,
    ``next_line`` the next non-blank line, as written, ``left`` the tail
    of the line before when this one continues its sentence, ``line_before`` the
    line before, as written, ``facts`` what the whole document says (``DocumentFacts``),
    ``garbage_from`` where the line's garbage tail starts (``garbage_tail``), if it
    has one, ``doubtful`` the (start, end) spans of words the OCR engine doubted,
    ``doc_cache`` the document's words decoded so far (``document_cache``; text without
    marks only) and ``kept`` the spans of words typed so on purpose
    (``foreign.kept_as_written``), which are neither decoded nor read as a frequent
    abbreviation."""
    model = decoder.model
    raw = nfc(line)
    if SEPARATOR_LINE.match(raw):
        return RestoredLine(raw, [])
    last = LAST_WORD.search(line_before)
    last_word = last.group(1) if last else ""
    # an archive line's capitals are codes, whatever OCR made of them ("- Lưu: Vì, VỀ.")
    line = mend_letter_symbols(raw) if ARCHIVE_ITEM.match(raw) else fix_case(
        mend_letter_symbols(raw), model, mode_hint in (None, "vie"),
        "" if ends_paragraph(line_before, raw) else last_word, next_line, facts.title_case)
    name_edits = []
    for fix in names or []:
        spelled = apply_case(fix.original, restyle(fix.right, style))
        if len(spelled) == fix.end - fix.start and spelled != fix.original:
            line = line[:fix.start] + spelled + line[fix.end:]
            name_edits.append(Edit(number, fix.start, fix.end, fix.original, spelled, 0.9))
    edits: list[Edit] = []

    def mend(text: str, start: int, end: int, right: str) -> str:
        """``text`` with ``right`` in place of ``start:end``, recorded as an edit."""
        edits.append(Edit(number, start, end, raw[start:end], right, 0.9))
        return text[:start] + right + text[end:]

    misread_numeral = ROMAN_HEADING.match(line) if fix_heading(line) != line and \
        number not in facts.arabic_headings else None
    if misread_numeral:
        start, end = misread_numeral.start(2), misread_numeral.end(2) + 1
        line = mend(line, start, end, misread_numeral.group(2).translate(ROMAN_I) + ".")
    for start, end, right in quarter_tone_fixes(line):  # same length: spans hold
        line = mend(line, start, end, right)
    quote_lead = ARCHIVE_QUOTE_LEAD.match(line)
    if quote_lead:  # the same length too
        line = mend(line, *quote_lead.span("quote"), "-")
    end_mark = GARBLED_END_MARK.search(line) if RECIPIENTS.match(next_line) else None
    if end_mark:  # it ends the line: no span after it moves
        line = mend(line, end_mark.start(), end_mark.end(), "./.")
    title = national_title(line, line_before)
    if title is not None:  # it ends the line: no span after it moves
        start, right = title
        line = mend(line, start, len(line), right)
        protected = {*(protected or ()), (start, len(line))}  # the decoder leaves it be
    in_motto = motto(line) if number < MOTTO_REACH else None
    if in_motto is not None:  # it ends the line, as the title does
        start, end = in_motto
        line = mend(line, start, end, MOTTO_TEXT)
        protected = {*(protected or ()), (start, start + len(MOTTO_TEXT))}
        if garbage_from is not None and garbage_from >= start:  # it read as a garbage column
            garbage_from = None
    type_line = document_type_line(line)
    if type_line is not None:  # the line's only words
        start, end, right = type_line
        line = mend(line, start, end, right)
        protected = {*(protected or ()), (start, start + len(right))}
    opener = subject_opener(line, line_before)
    if opener is not None:  # "Và việc" under "QUYẾT ĐỊNH" is "Về việc"
        line = mend(line, *opener, "Về")
        protected = {*(protected or ()), (opener[0], opener[0] + 2)}
    first_item = first_item_number(line, line_before)
    if first_item is not None:
        line = mend(line, first_item, first_item + 2, "1.")
    colon = RECIPIENT_COLON.match(line) if number in facts.recipient_items else None
    if colon:
        line = mend(line, colon.start("colon"), colon.end("colon"), ";")
    for offset in sorted(o for n, o in facts.semicolons if n == number):
        line = mend(line, offset, offset + 1, ";")
    label = label_semicolon(line)
    if label is not None:
        line = mend(line, label, label + 1, ":")
    notes = RECIPIENT_REPORT_NOTE if number in facts.recipient_items else REPORT_NOTE
    for note in notes.finditer(line):  # same length: later spans stay put
        line = mend(line, note.start(), note.end(), "(b/c)")
    for note in NOTE_AFTER_TO.finditer(line):
        line = mend(line, note.start(), note.end(), "b/c")
    for ai in AI_READ_AL.finditer(line):
        line = mend(line, ai.start(), ai.end(), "(AI)")
    for start, end, right in highland_fixes(
            line, lambda a, b: model.lm.bigram_count(a, b) > 0):
        line = mend(line, start, end, right)
    if number in facts.recipient_items:
        for standing in STANDING.finditer(line):
            line = mend(line, standing.start(), standing.end(), "TT")
    star = party_star(line, line_before)
    if star is not None and line[star[0]:star[1]] not in ("*", "***"):  # no speck
        start, end, stars = star
        if not line[end:].strip():
            return RestoredLine(mend(line, start, end, stars), edits)
        if end - start == len(stars):  # the same length: the spans after it hold
            line = mend(line, start, end, stars)
    if star is not None and not line.strip(" *"):
        return RestoredLine(line, edits)
    if SPECK_LINE.match(line) or motto_underline(line, line_before):
        return RestoredLine("", [*edits, *(Edit(number, m.start(), m.end(), m.group(), "",
                                                0.9) for m in CHUNK.finditer(raw))])
    words = [m.group() for m in CORE.finditer(line)]
    # A document is read by one OCR model, so its damage type holds for every line; only
    # a long unaccented line inside accented text is treated on its own.
    if mode_hint and not (mode_hint == "vie" and sum(w.isalpha() for w in words) >= 6):
        mode = mode_hint
    else:
        mode = line_mode(words, model)
        if mode_hint and (mode != "stripped" or mode_hint == "legacy" and
                          legacy_horns(line) != line):  # its words lack marks: "xi?"
            mode = mode_hint
    opened = LIST_OPENED.search(line_before)
    in_list = opened is not None and (opened.group("mark") == ";" or ITEM_END.search(line)
                                      is not None)
    pieces = _pieces(line, model, decoder, mode, next_line, last_word, garbage_from,
                     facts.numbers, in_list, doubtful, facts.spaced_marks, facts.damaged,
                     line_before, facts.cell_items)
    archive = archive_marks(line, facts.damaged) | authority_marks(line) | \
        head_marks(line, next_line)
    dashes: dict[int, tuple[int, str]] = {}
    if number in facts.recipient_items:
        archive |= chair_marks(line)
        dashes = item_dash_marks(line)
    for piece in pieces:
        if piece.slot is not None and (_inside(piece, protected) or _inside(piece, kept)):
            piece.context, piece.slot = fold(piece.text.lower()), None
        elif piece.guessed and _inside(piece, kept):
            piece.context, piece.replacement = piece.text.lower(), None
        if piece.start in archive and piece.replacement == "" and piece.text == "_":
            piece.replacement = archive[piece.start][1]  # the item's dash, not a speck
        elif piece.start in dashes and piece.replacement == "" and \
                piece.end == dashes[piece.start][0]:
            piece.replacement = dashes[piece.start][1]  # "-_'" is "- ", not a speck
        elif piece.start in archive and piece.replacement is None:
            # the code's piece takes in its mark, which it may change ("VT," -> "VT."),
            # and is no word to decode ("VŨ" is VT)
            piece.end, piece.replacement = archive[piece.start]
            piece.text = line[piece.start:piece.end]
            piece.context, piece.slot = piece.replacement.rstrip(",;.").lower(), None
    next_text = LEADING_MARKS.sub("", next_line)  # from its first word
    last_extended = False
    if mode == "vie":
        first_next = LOWER_WORD.match(next_text)
        last_extended = _add_isolated_word_readings(
            pieces, decoder, facts.own_words, left[1] if left else -1,
            model.lm.id(fold(first_next.group())) if first_next else -1,
            facts.reading_penalty, doubtful)
    sequence: list[Slot | str] = []
    for p in pieces:
        if p.slot is not None:
            sequence.append(p.slot)
        elif p.context is not None:
            sequence.extend(_lm_context(p.context, model))
    slots = [p for p in pieces if p.slot is not None]
    slot_number = {id(p): k for k, p in enumerate(slots)}  # not list.index: == compares fields
    # the first words of the next line, when it goes on with this line's sentence: the
    # line's last words are chosen with them in view (they are decoded with their own
    # line). In vie text when the line ends with a word ("quy định chỉ" + "tiết": chi), or
    # its last word may be misread ("tinh thần tách" + "nhiệm"). A heading in capitals
    # does not go on in a line of small letters ("QUY ĐỊNH CHƯNG" + "Điều 1.": not
    # "những điều"): its phrase ends there ("ĐÁNH GIÁ CHƯNG" + "1. Ưu điểm": chung)
    heading_ends = SMALL_LETTER.search(line) is None and SMALL_LETTER.search(next_text)
    if heading_ends and slots and sequence[-1] not in (lm_mod.BOS, lm_mod.EOS):
        sequence.append(lm_mod.EOS)
    ahead = _lookahead(next_text, decoder, mode, next_line) if slots and not heading_ends and \
        (mode != "vie" or last_extended or sequence[-1] is slots[-1].slot) and \
        sequence[-1] not in (lm_mod.BOS, lm_mod.EOS) else []
    if mode == "vie":
        doc_cache = None
    choices = decoder.best_path(sequence + ahead, mode, left, doc_cache) if slots else []
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
                                                mode, left, doc_cache)
                # Do no harm: a real word read by the Vietnamese model is replaced by
                # another real word only when the decoder is sure.
                needed = DOUBTFUL_MIN_CONFIDENCE if _inside(piece, doubtful) else \
                    VIE_MIN_CONFIDENCE
                keep = piece.slot.keep_index
                as_read = piece.slot.candidates[keep][0] if keep is not None else ""
                letters = _letters_read_right(as_read, model, piece.text[:1].isupper()) \
                    if mode == "vie" and keep is not None else None
                if letters is not None:
                    # a word read without its marks ("tỉnh Thuy Hương"), or with a tone
                    # its stop final cannot take: what counts is how unlikely it is as
                    # read, not how sure the decoder is of one of the spellings that
                    # share its letters (thụy or thủy; lộc or lốc)
                    unsure = decoder.confidence(sequence, chosen, keep, seq_positions[k],
                                                mode, left) > 1 - needed or (
                        letters(cand) != letters(as_read) and confidence < needed)
                else:
                    unsure = mode == "vie" and keep is not None and (
                        confidence < needed or _doublet(piece, cand, line, model))
                before = line[:piece.start]
                # inside a sentence: after a word or a comma, or first on a line that
                # goes on with the sentence of the line before
                in_sentence = case.continues_sentence(before.rstrip()) or (
                    left is not None and not before.strip())
                if among_capitals(line, piece.start, piece.end):
                    source = piece.text.upper()
                elif mode == "legacy" and small_vowel_read_capital(
                        piece.text, cand, before, line[piece.end:], model):
                    source = piece.text.lower()
                else:
                    source = case_source(piece.text, cand, in_sentence)
                replacement = None if unsure else apply_case(source, restyle(cand, style))
        garbage_end = leftover_garbage_end(line, piece.start, piece.end, piece.text, model) if (
            replacement is None and piece.slot is not None and mode == "vie") else None
        if garbage_end is not None:
            replacement = ""
        if piece.spaced:
            replacement = " " + (piece.text if replacement is None else replacement)
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
    text = "".join(out)
    if line == line.rstrip():  # what a dropped tail leaves before it goes too (a column gap)
        text = text.rstrip()
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
    return RestoredLine(text, sorted(edits, key=lambda e: e.start), tail)


def _inside(piece: _Piece, spans: set[tuple[int, int]] | None) -> bool:
    return _within(piece.start, piece.end, spans)


def _within(start: int, end: int, spans: set[tuple[int, int]] | None) -> bool:
    return bool(spans) and any(a <= start and end <= b for a, b in spans)


def _word_spans(lines: list[str], words: Collection[tuple[int, int]]
                ) -> defaultdict[int, set[tuple[int, int]]]:
    """The character spans, per line, of the words named (line, k) in ``words``."""
    wanted: defaultdict[int, set[int]] = defaultdict(set)
    for n, k in words:
        wanted[n].add(k)
    spans: defaultdict[int, set[tuple[int, int]]] = defaultdict(set)
    for n, ks in wanted.items():
        if 0 <= n < len(lines):
            spans[n] = {(m.start(), m.end()) for k, m in enumerate(CHUNK.finditer(lines[n]))
                        if k in ks}
    return spans


def _doubted(lines: list[str], out_lines: list[str], doubtful: set[tuple[int, int]],
             key: Callable[[str], str], number: int, start: int, end: int) -> bool:
    """Whether the OCR engine doubted the figure or word at ``start:end`` of repaired line
    ``number``: the word of the line as read at its place among the line's words, the
    same by ``key`` (its digits; its letters, marks aside)."""
    k = len(CHUNK.findall(out_lines[number][:start]))
    read = CHUNK.findall(lines[number])
    return (number, k) in doubtful and k < len(read) and \
        key(read[k]) == key(out_lines[number][start:end])


def _digits(text: str) -> str:
    return regex.sub(r"\D", "", text)


def text_mode(text: str) -> str:
    """How ``text`` reads as a whole, as ``restore`` decides first: "vie" (Vietnamese
    with its marks), "stripped" (without them) or "legacy" (the English model's garble)."""
    return line_mode([m.group() for m in CORE.finditer(nfc(text))], _decoder().model)


def restore(text: str, trusted_words: Collection[tuple[int, int]] = (),
            doubtful_words: Collection[tuple[int, int]] = ()) -> Restored:
    """Repair ``text`` line by line (see module docstring for the guarantees). Words are
    named (line, k), the k-th run of non-space characters of a line. ``trusted_words``:
    words the OCR engine read with confidence; the decoder keeps them as written and
    reads them as context (the rules for codes, specks, headings and case still apply).
    ``doubtful_words``: words the OCR engine doubted; in vie text the decoder may replace
    one real word by another when its choice is more likely than not
    (``DOUBTFUL_MIN_CONFIDENCE``), not only when it is sure, and such a word's one-letter
    readings cost what they cost in damaged text, whatever the rest of the text shows
    (``damage.reading_penalty``); a doubted figure may be mended by its table's total
    (``table_sums``), a doubted word by its table column's spelling (``table_columns``)."""
    decoder = _decoder()
    text = nfc(text)
    style = document_style(text) or "old"
    lines = text.split("\n")
    # a row's number read as a stroke or a letter ("|" or "l" for 1 over a row numbered 2)
    # is mended before the lines are read, which would drop it as a speck; those of the
    # same length only, so spans hold
    row_numbers = _apply_fixes(lines, [fix for fix in row_number_fixes(lines)
                                       if fix[2] - fix[1] == len(fix[3])])
    # and so is a lettered item's bracket read as a letter ("a)" then "bỳ Nghị quyết"),
    # which would be read as a word
    row_numbers += _apply_fixes(lines, misread_item_marks(lines))
    all_words = [m.group() for m in CORE.finditer(text)]
    doc_mode = line_mode(all_words, decoder.model)
    fixes: list[NameFix] = []
    protected: set[tuple[int, int, int]] = set()
    own_words: frozenset[str] = frozenset()
    if doc_mode == "vie":  # names are compared by their marks, which only such text has
        own_words = _own_words(all_words)
        fixes, protected = name_spellings(
            lines, lambda a, b: decoder.model.lm.bigram_count(a, b) > 0,
            partial(_misread_pair, decoder.model), decoder.model.lm.trigram_seen)
        surnames = signer_surname_fixes(lines)
        fixes += surnames
        protected |= {(f.line, f.start, f.end) for f in surnames}
        protected |= person_name_words(lines, decoder.model.valid.__contains__)
    # the next non-blank line of each line: raw Tesseract output leaves a blank line
    # between lines of one paragraph
    followings: list[str] = []
    following = ""
    for line in reversed(lines):
        followings.append(following)
        if line.strip():
            following = line
    followings.reverse()
    damage = damage_marks(text, decoder.model) if doc_mode == "vie" else None
    facts = DocumentFacts(own_words, number_style(text), _recipient_items(lines),
                          misread_semicolons(lines, followings, decoder.model)
                          if doc_mode == "vie" else frozenset(), spaced_marks(text),
                          reading_penalty(*damage) if damage is not None else 0.0,
                          shows_damage(*damage) if damage is not None else True,
                          cell_item_dashes(text), arabic_first_headings(lines),
                          title_case_document(lines))
    fixes_on: dict[int, list[NameFix]] = defaultdict(list)
    for fix in fixes:
        fixes_on[fix.line].append(fix)
    protected_on: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for n, start, end in protected:
        protected_on[n].add((start, end))
    doubtful_on = _word_spans(lines, doubtful_words)
    kept_on: dict[int, set[tuple[int, int]]] = defaultdict(set)
    if not facts.damaged:
        for n, start, end in kept_as_written(lines, decoder.model):
            if not _within(start, end, doubtful_on.get(n)):
                kept_on[n].add((start, end))
    for n, spans in _word_spans(lines, trusted_words).items():
        # however sure the OCR engine is, a word without marks that is no syllable lost
        # them ("Thuy Hương" at 96)
        protected_on[n] |= {(start, end) for start, end in spans if not _unmarked_non_word(
            regex.sub(r"[^\p{L}]", "", lines[n][start:end]).lower(), decoder.model)}
    out_lines: list[str] = []
    edits_on: list[list[Edit]] = []
    lefts: list[tuple[int, int] | None] = []
    befores: list[str] = []  # the non-blank line before each line
    tail: tuple[int, int] | None = None
    doc_cache = DocumentCache(decoder.model.lm) if doc_mode != "vie" else None
    for number, line in enumerate(lines):
        befores.append(lines[number - 1] if number and lines[number - 1].strip() else
                       befores[-1] if befores else "")
        following = followings[number]
        # a line that starts in lower case goes on with the sentence of the line before
        # (also one that starts with a small-letter word garbled, GARBLED_LOWER_START)
        start = LEADING_MARKS.sub("", line)
        lefts.append(tail if LOWER_START.match(start) or GARBLED_LOWER_START.match(start)
                     else None)
        if not line.strip():
            out_lines.append(line)
            edits_on.append([])
            continue
        garbage_from = min((at for at in (garbage_tail(line, following, decoder.model),
                                          garbage_columns(line, decoder.model))
                            if at is not None), default=None) if doc_mode == "vie" else None
        restored = restore_line(line, number, style, decoder, doc_mode, fixes_on[number],
                                protected_on[number], followings[number], lefts[number],
                                befores[number], facts, garbage_from, doubtful_on[number],
                                doc_cache, kept_on[number])
        out_lines.append(restored.text)
        edits_on.append(restored.edits)
        tail = restored.tail
        if doc_cache is not None:
            doc_cache.add_text(restored.text)
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
                                    facts, doubtful=doubtful_on[number], doc_cache=doc_cache)
            out_lines[number], edits_on[number] = restored.text, restored.edits
    edits = [e for line_edits in edits_on for e in line_edits]
    edits.extend(fix_lettered_items(out_lines))
    edits.extend(_fix_list_numbers(out_lines))
    edits.extend(_apply_fixes(out_lines, first_items_read_roman(out_lines)))
    edits.extend(_apply_fixes(out_lines, roman_headings_by_sequence(lines, out_lines)))
    edits.extend(_apply_fixes(out_lines, articles_by_sequence(lines, out_lines)))
    edits.extend(row_numbers)
    edits.extend(_apply_fixes(out_lines, row_number_fixes(out_lines)))
    edits.extend(_apply_fixes(out_lines, total_row_fixes(out_lines)))
    edits.extend(_apply_fixes(out_lines, column_code_fixes(out_lines)))
    edits.extend(_apply_fixes(out_lines, signer_title_fixes(out_lines)))
    if doubtful_words:
        doubted = partial(_doubted, lines, out_lines, set(doubtful_words))
        edits.extend(_apply_fixes(out_lines, sum_fixes(out_lines, partial(doubted, _digits))))
        edits.extend(_apply_fixes(out_lines, header_year_fixes(out_lines,
                                                               partial(doubted, _digits))))
        doubted_word = partial(doubted, plain_letters)
        edits.extend(_apply_fixes(out_lines, column_spelling_fixes(out_lines, doubted_word)))
        edits.extend(_apply_fixes(out_lines, column_stop_fixes(out_lines, doubted_word)))
    edits.extend(_fix_archive_lines(out_lines))
    edits.extend(_apply_fixes(out_lines, [(number, *fix) for number, line in enumerate(out_lines)
                                          for fix in amount_word_fixes(line)]))
    if doc_mode != "vie":
        edits.extend(_apply_fixes(out_lines, unit_name_fixes(out_lines, decoder.model.valid)))
    else:
        edits.extend(_apply_fixes(out_lines, [
            (number, *fix) for number, line in enumerate(out_lines)
            for fix in bracket_i_read_d(line, decoder.model)]))
    return Restored(text="\n".join(out_lines), edits=edits)
