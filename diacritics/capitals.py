"""Capitals OCR printed for small letters, and the case a repaired word takes.

Contract: ``fix_case(line, model, marked_text, last_word) -> line`` lower-cases what OCR
printed in capitals inside a lower-case sentence (a line of the same length);
``apply_case(original, candidate)`` gives a candidate the original's case, and
``case_source`` says which case that is when the original's capital is a misread letter,
``among_capitals(line, start, end)`` when a word's small letter is.
"""

from __future__ import annotations

import regex

from diacritics.model import Model
from diacritics.numbers import numbered_word_before
from diacritics.syllable import fold, strip_marks
from diacritics.words import (
    LEAD_MARK,
    LOOK_ALIKE_CAPITALS,
    TITLE_PAIR_MIN,
    broken_word,
    capitalised_share_reaches,
    continued_small_word,
    one_word,
)

ROMAN_NUMERAL = regex.compile(r"[IVXL]{1,5}")
CAPITALS_INSIDE = regex.compile(
    r"(?<=\p{Ll}[,;]?[ ])\p{Lu}{2,}(?=[,;.:]|[ \t]+\p{Ll}|[ \t]*$)"
    r"|(?<!\p{L})\p{Ll}+\p{Lu}\p{L}*")
SECOND_SYLLABLE_CAPITAL = regex.compile(
    r"(?<!\p{L})(?P<first>\p{Ll}+)(?P<gap>[ \t])"
    rf"(?P<second>[{LOOK_ALIKE_CAPITALS}]\p{{Ll}}+)(?!\p{{L}})")
# a word of two capitals, the second shaped like its small letter, before a word with small
# letters: "- SỞ Y tế;", "3 BỘ phận Một cửa" in our OCR of new documents; the English
# model's "- SO Nong nghiep" (Sở). Not the last word of a name in capitals before a column
# gap ("XÃ CAM LỘ⇥Độc lập"): one space apart, and no word in capitals before it. Nor
# the second half of a hyphenated word in capitals ("ĐỐI-SỐ").
LOOK_ALIKE_SECOND = regex.compile(
    rf"(?<!\p{{L}}|\p{{Lu}}\s|\p{{L}}[-–])\p{{Lu}}[{LOOK_ALIKE_CAPITALS}]"
    # the next word may hold a digit the English model prints for a letter ("- SO N6i vu")
    # or a look-alike capital of its own ("- SO NOi vu": Nội)
    rf"(?= (?:\p{{Lu}} )?(?:\p{{Lu}}?\p{{Ll}}|\p{{Lu}}[0-9&§{LOOK_ALIKE_CAPITALS}]\p{{Ll}}))")
# the English model's "XA" for the commune's word before small letters ("Văn hóa - XA
# hội", 4 times in new documents' garble): its A is the ã
COMMUNE_IN_CAPITALS = regex.compile(r"(?<!\p{L})XA(?= \p{Ll})")
# and its "SG" for "Sở" before the department's name ("Đề nghị SG N6i vu", "- SG Xay dung":
# 17 times in its reads of the dev batches and the channel's renders; its learned channel
# reads "sg" as sở 18 times in 20): a capitalised word, which the decoder reads
DEPARTMENT_IN_CAPITALS = regex.compile(r"(?<!\p{L})SG(?= \p{Lu}[\p{Ll}\d&§])")
# such a word inside a sentence where a name goes on after the next word: "của BO phan Mot
# cửa", "tai BO phan M6t cia" (Bộ phận Một cửa, in the English model's garble of five new
# documents), not "văn bản, HO so điện tử" (hồ sơ); only a word that sentences often
# capitalise (bộ in 30% of its uses inside one, sở 18%; not "chuyển đổi SỐ xã Mai Hoa":
# số 0.6%)
NAME_GOES_ON = regex.compile(r"[ \t]+\p{Ll}+[ \t]+\p{Lu}[\p{Ll}\d]")
OFTEN_CAPITALISED = 0.1
# "xã" (the commune) with its x read as a capital inside a sentence: after a small-letter
# word or an abbreviation in capitals ("UBND Xã,"; not after a word in title case, as a
# title-cased name writes it: "Đảng Ủy Xã,"), before a mark or a small-letter word
# (raw vie and photos of new documents: "của Xã;", "công Xã:"); not "Xã hội", nor before
# a name ("UBND Xã Quảng Ngọc" is a name's capital either way)
COMMUNE_INSIDE = regex.compile(
    r"(?<=(?<!\S)(?:\p{Ll}+|\p{Lu}{2,}),? )Xã(?=[,;:.)]|\s*$| (?!hội(?!\p{L}))\p{Ll})")
# a word of small letters before a word, a comma between them at most
SMALL_WORD_BEFORE = regex.compile(r"(?<!\S)\p{Ll}+,?[ \t]+$")
CAPITAL_WORD_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")  # a name goes on
# a word in capitals next: a word of small letters turning to capitals before it is in
# capitals too ("xA THUY XUAN", the English model's reading of a header's "XÃ THỦY XUÂN"
# in three new documents)
CAPITALS_AFTER = regex.compile(r"[ \t]+\p{Lu}{2,}(?!\p{L})")
# a word in capitals that starts a line, before a lower-case word, past a comma or an
# ellipsis ("khu công nghiệp, công" + "SỞ... với sự tham gia", a public plan's render)
LINE_START_CAPITALS = regex.compile(
    rf"(?<=^{LEAD_MARK}*)\p{{Lu}}{{2,}}(?=(?:[,;]|\.\.\.|…)?\s+\p{{Ll}})")
# a word in capitals that starts a sentence on a line's start, past marks, specks or a
# list's number or letter, before a lower-case word: Tesseract's reading of a capital
# and a small letter with marks ("LỄ hội Kỳ yên", "1. LỄ phát động:", in three of a new
# batch's renders). No clean dev text starts a line so but with an abbreviation ("UBND
# xã", "CT, các PCT"), which stays
SENTENCE_START_CAPITALS = regex.compile(
    rf"(?<=^{LEAD_MARK}*(?:(?:\d{{1,2}}(?:\.\d{{1,2}})*\.|\p{{Ll}}\))[ \t]+)?)\p{{Lu}}{{2,}}"
    r"(?=[,:]?[ \t]+\p{Ll})")
# and so at a table cell's or column's start, after a tab: a cell's text starts there
# ("Họ và tên⇥VỊ trí sau khi chuyển đổi", dev batch 69's table head in both renders, had
# been lowered as if inside a sentence, "vị trí")
CELL_START_CAPITALS = regex.compile(
    rf"(?<=\t{LEAD_MARK}*)\p{{Lu}}{{2,}}(?=[,:]?[ \t]+\p{{Ll}})")
# a numbered heading this much shorter than the next line was not wrapped: its paragraph
# ended there without a stop, so its last word goes on no sentence ("3. Quản lý lễ hội
# và tiền công đức" + "LỄ hội Kỳ yên tại đình ...": Lễ, not "lễ")
PARAGRAPH_END_SHARE = 0.6
NUMBERED_HEADING = regex.compile(r"^\s*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*\.|\p{Ll}\))\s")
# a word in capitals alone on a line, but for its mark ("thành" + "VIÊN;")
LINE_OF_CAPITALS = regex.compile(rf"(?<=^{LEAD_MARK}*)\p{{Lu}}{{2,}}(?=[,;.:]?\s*$)")
# the mark after a word alone on its line that ends its sentence or clause: the
# paragraph's last word, which a new report's render read in capitals ("nhiều" + "VIỆC.")
SENTENCE_GOES_ON_OR_ENDS = frozenset({".", ",", ";"})
# a line that starts with a word in small letters, past marks and specks
SMALL_LETTER_START = regex.compile(rf"{LEAD_MARK}*\p{{Ll}}")
# the word a line ends with, past dashes and specks: the first syllable of a broken word
LAST_WORD = regex.compile(r"(?<!\p{L})(\p{Ll}+)[\s_\-–]*$")


def apply_case(original: str, candidate: str) -> str:
    # letters with a case: not legacy text's horn ("THUʔC", decoder.legacy_horns)
    letters = [ch for ch in original if ch.isalpha() and ch.lower() != ch.upper()]
    small = sum(ch.islower() for ch in letters)
    # a word of four letters or more in capitals but for one small letter after the first
    # is in capitals: OCR printed the small letter for a capital with a mark ("CHiNH" in
    # the legacy garble of a new report's "HÀNH CHÍNH" had come out "Chính"); of three,
    # it may be garble in running text (seed 000's "Sở NoO1 vụ" is Nội)
    if len(letters) >= 2 and small == 0 or len(letters) >= 4 and small == 1 and \
            letters[0].isupper():
        return candidate.upper()
    if letters and original[0].isupper() or (not original[0].isalpha() and letters
                                             and letters[0].isupper()):
        return candidate[:1].upper() + candidate[1:]
    return candidate


def _unmarked_abbreviation(word: str) -> bool:
    """Capitals without marks inside a sentence of text with marks are an abbreviation
    more often than a word OCR printed in capitals: "CA xã" (công an), "Nhóm IA", "thẻ
    SIM", "mã PIN"; the words OCR so printed on dev pages had marks ("đơn VỊ", "hồ SƠ").
    (In legacy text, without marks, "văn bản, HO so" is hồ sơ.)"""
    return word.isupper() and strip_marks(word) == word


def _often_capitalised(word: str, model: Model) -> bool:
    """Whether sentences often capitalise ``word`` (a small-letter word; without marks, any
    syllable of its letters)."""
    syllables = [fold(word)] if strip_marks(word) != word else model.variants(word)
    return any(capitalised_share_reaches(s, model, OFTEN_CAPITALISED) for s in syllables)


def _shaped_like_small(word: str) -> bool:
    """Whether OCR may have printed ``word``'s small letters as capitals: half its letters
    or more are capitals shaped like their small ones ("VỚI", "VỊ", "SỐ"; raw Tesseract's
    "VIỆC" on a degraded scan). A word whose capitals mostly look like no small letter
    ("NGHIÊM", "TRƯỚC", "TÊN") was written so, for emphasis or as a placeholder, and
    stays (raw Tesseract's "BÁO cáo" too: 2 words in 8,588 of seed 002's raw vie dev pages,
    where "one letter at most" had kept 4)."""
    return sum(ch not in LOOK_ALIKE_CAPITALS for ch in word) * 2 <= len(word)


def fix_case(line: str, model: Model, marked_text: bool = True, last_word: str = "",
             next_line: str = "", title_case: bool = False) -> str:
    """Lower-case what OCR printed in capitals inside a lower-case sentence: a real
    syllable in capitals after a lower-case word and before another, a mark or the line
    end ("đối VỚI các", "đơn VỊ.", but not a name: "ông NGUYỄN VĂN", nor a word written in
    capitals for emphasis: ``_shaped_like_small``), a word that turns to
    capitals after a lower-case start ("rÕ"; before a word in capitals it is in capitals:
    "xA THUY XUAN"), and a capital that looks like its small
    letter (C, O, S, V, X, Z, W) on the second syllable of a word ("nhiệm Vụ", "bổ
    Sung"), or on a line's first word that ends the word ``last_word`` (the line
    before's, ``LAST_WORD``) starts ("đơn" + "Vị cấp xã"); a syllable in capitals that
    starts a line before a lower-case word, after such a ``last_word`` ("dịch" + "VỤ
    công"), or alone on its line when it makes one word with ``last_word`` ("thành" +
    "VIÊN;"), or when the sentence goes on, in small letters, on the next line
    (``next_line``: "về" + "VIỆC" + "triển khai", a word the page wrapped alone, which
    Tesseract read in capitals on both renders of a public decision; the shape test as
    inside a line) or ends it, a stop or comma after it ("nhiều" + "VIỆC."); and a word
    of two capitals, the second a look-alike, before a word with small letters is a
    capitalised word ("- SỞ Y tế;" Sở, "BỘ phận" Bộ; in text with marks only
    with a mark: "CS", "GV" abbreviate), inside a sentence too when a name goes on after
    the next word and sentences often capitalise it ("tại BO phan Mot cửa"); in text
    with marks, a syllable in capitals that starts a sentence at the line's start (no
    ``last_word``), past a list's number, before a lower-case word takes title case ("1.
    LỄ phát động:" is "1. Lễ"; ``SENTENCE_START_CAPITALS``), and so does one that starts
    a table cell or a column, after a tab (``CELL_START_CAPITALS``); and "Xã"
    inside a sentence before a mark or a small-letter word ("của Xã;"; not "Xã hội"),
    unless the line is in title case or the document writes lines so (``title_case``:
    ``title_case_document``).
    Abbreviations (not syllables), Roman numerals (a marked one after "khu vực" or "quý"
    too: "khu vực VỊ", which ``digit_fixes`` reads VI) and names stay: a name's first
    syllable seldom makes a word with the one before it ("các Cơ sở" 0.005, "xã Vĩnh
    Thạnh" 0.009 by ``one_word``'s measure, against 0.02 here)."""
    def lower(m: regex.Match[str]) -> str:
        word = m.group()
        if word[0].islower() and word[1:].isupper() and CAPITALS_AFTER.match(line, m.end()):
            return word.upper()
        folded = word.lower()
        if (len(folded) != len(word) or ROMAN_NUMERAL.fullmatch(word)
                or ROMAN_NUMERAL.fullmatch(strip_marks(word)) and numbered_word_before(
                    m.string[:m.start()])
                or len(word) == 2 and word[1] in LOOK_ALIKE_CAPITALS
                and NAME_GOES_ON.match(m.string, m.end()) and _often_capitalised(folded, model)
                or strip_marks(word) in model.abbreviations
                or marked_text and _unmarked_abbreviation(word)
                or fold(folded) not in model.valid):
            return word
        return folded

    def lower_second(m: regex.Match[str]) -> str:
        first, second = m.group("first"), m.group("second")
        if one_word(first, second.lower(), model, TITLE_PAIR_MIN):
            return first + m.group("gap") + second.lower()
        return m.group()

    def title(m: regex.Match[str]) -> str:
        word = m.group()
        titled = word[0] + word[1].lower()
        if ROMAN_NUMERAL.fullmatch(word) or strip_marks(word) in model.abbreviations or \
                marked_text and _unmarked_abbreviation(word) or \
                fold(titled.lower()) not in model.valid:
            return word
        return titled

    def title_start(m: regex.Match[str]) -> str:
        word = m.group()
        lowered = lower(m)
        return word if lowered == word else word[0] + lowered[1:]

    def lower_inside(m: regex.Match[str]) -> str:
        # the shape test inside a sentence only: at a line's start the word the line
        # before broke is evidence enough
        word = m.group()
        return word if word.isupper() and not _shaped_like_small(word) else lower(m)

    line = SECOND_SYLLABLE_CAPITAL.sub(lower_second, CAPITALS_INSIDE.sub(lower_inside, line))
    start = broken_word(last_word, line, model) if last_word else None
    if start is None and last_word and marked_text:
        start = continued_small_word(last_word, line, model)
    if start:
        line = line[:start.start("second")] + start.group("second").lower() + \
            line[start.end("second"):]
    elif last_word:
        line = LINE_START_CAPITALS.sub(lower, line, count=1)
        alone = LINE_OF_CAPITALS.search(line)
        if alone and one_word(last_word, alone.group().lower(), model, TITLE_PAIR_MIN):
            line = line[:alone.start()] + lower(alone) + line[alone.end():]
        elif alone and (SMALL_LETTER_START.match(next_line) or
                        line[alone.end():].strip() in SENTENCE_GOES_ON_OR_ENDS):
            line = line[:alone.start()] + lower_inside(alone) + line[alone.end():]
    elif marked_text:
        line = SENTENCE_START_CAPITALS.sub(title_start, line, count=1)
    if marked_text and "\t" in line:
        line = CELL_START_CAPITALS.sub(title_start, line)
    if not marked_text:
        line = DEPARTMENT_IN_CAPITALS.sub("Sg", COMMUNE_IN_CAPITALS.sub("Xa", line))
    line = LOOK_ALIKE_SECOND.sub(title, line)
    # asked of every line: the title-case count only where a "Xã" stands
    return COMMUNE_INSIDE.sub("xã", line) if "Xã" in line and not title_case and \
        not _title_cased(line) else line


def ends_paragraph(line_before: str, line: str) -> bool:
    """Whether ``line_before`` is a numbered heading that ended its paragraph, being much
    shorter than ``line`` (``PARAGRAPH_END_SHARE``; not a table's row)."""
    before = line_before.strip()
    return "\t" not in before and NUMBERED_HEADING.match(before) is not None and \
        len(before) < PARAGRAPH_END_SHARE * len(line.strip())


def title_case_document(lines: list[str]) -> bool:
    """Whether a document that holds a "Xã" writes ``TITLE_CASE_LINES`` lines or more in
    title case (``_title_cased``): a typist's habit, whose short lines keep their "Xã"
    too ("- TT Đảng Ủy, TT HĐND Xã;", too few words to count alone)."""
    if not any("Xã" in line for line in lines):
        return False
    return sum(map(_title_cased, lines)) >= TITLE_CASE_LINES


# lines in title case that make it a document's habit; OCR's capital "Xã" comes alone
TITLE_CASE_LINES = 3


def _title_cased(line: str) -> bool:
    """Whether three in four or more of a line's words, four or more but abbreviations in
    capitals, start with a capital: a line written in title case ("- Chánh Văn Phòng HĐND
    Và UBND Xã;"), whose "Xã" is its writer's capital, not OCR's ("- TT Đảng ủy, TT HĐND
    Xã;" is OCR's, raw vie of a dev render)."""
    words = [w for w in regex.findall(r"\p{L}{2,}", line) if not w.isupper()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


# a short word of capitals but for one small letter ("CHi", "PHi", "QuA": the English
# model's small i or u for a capital with a mark), and the capitals words either side of it
# in a heading ("CONG TAC CHi DAO", 10 times on the dev pages' garble: it had come out
# "CÔNG TÁC Chỉ ĐẠO")
MIXED_SHORT_WORD = regex.compile(r"(?=\p{Lu}\p{L}\p{L}$)\p{Lu}*\p{Ll}\p{Lu}*")
HEADING_WORD_BEFORE = regex.compile(r"(?<!\S)\p{Lu}{2,}[,;]?[ \t]+$")
HEADING_WORD_NEXT = regex.compile(r"[ \t]+\p{Lu}{2,}(?!\p{Ll})")
HEADING_WORD_AFTER = regex.compile(rf"^[,;.:]?(?:{HEADING_WORD_NEXT.pattern}|[ \t]*$)")


def among_capitals(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is a short word in capitals but for one small letter
    (``MIXED_SHORT_WORD``) between words in capitals, after one at the line's end, or
    before one at the line's start: a heading's word, whose small letter is a misread
    capital (the document type "CHi THI", a directive's, had come out "Chỉ THỊ")."""
    if MIXED_SHORT_WORD.fullmatch(line, start, end) is None:
        return False
    if not line[:start].strip():
        return HEADING_WORD_NEXT.match(line[end:]) is not None
    return HEADING_WORD_BEFORE.search(line[:start]) is not None and \
        HEADING_WORD_AFTER.match(line[end:]) is not None


def small_vowel_read_capital(word: str, candidate: str, before: str, after: str,
                             model: Model) -> bool:
    """Whether the capital vowel that starts ``word`` (legacy text, in title case, after a
    small-letter word and before no capitalised one: ``before`` and ``after`` are the
    line either side of it) is the English model's reading of the small marked vowel that
    starts ``candidate``, which sentences seldom capitalise (``OFTEN_CAPITALISED``): "phan
    Anh" is phản ánh, "cac Ong, ba" các ông, bà. "Ủy" stays (Ủy ban), as does a name's
    "Âu", and a name that goes on ("kênh Ông Quyền")."""
    first = candidate[:1]
    return len(word) > 1 and word[0] in "AEIOUY" and word[1:].islower() and \
        strip_marks(first) == word[0].lower() != first and \
        SMALL_WORD_BEFORE.search(before) is not None and \
        CAPITAL_WORD_AFTER.match(after) is None and \
        not capitalised_share_reaches(fold(candidate), model, OFTEN_CAPITALISED)


def case_source(word: str, candidate: str, inside: bool) -> str:
    """The case to give ``candidate``: ``word``'s, unless its capital is a misread letter
    ``inside`` a sentence ("tăng cường Gmg dụng": the G is the ứ of ứng, not a capital;
    "quản" + "Iy, sử dụng": the I is the l of lý)."""
    first = next((ch for ch in word if ch.isalpha()), "")
    if first.isupper() and not word.isupper() and \
            strip_marks(first.lower()) != strip_marks(candidate[:1]) and inside:
        return word.lower()
    return word
