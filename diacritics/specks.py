"""Specks read as text: which chunks of a line are dirt on the page, not words or marks.

Tesseract reads specks, smudges and stray strokes as marks ("|", "_", a lone "." or ":"),
as dashes between words, as one-letter words ("s", "ị") and, in the blank after a
paragraph's last sentence, as a tail of garbage words. Each test here says whether one
chunk (or a line's tail) is such a speck, from the chunk, its neighbours on the line and
the next line; ``api`` drops what they flag. Each rule names the text it must leave
alone: list dashes and markers, ellipses and a form's dotted blanks, check boxes, signs
("≥", a table's "x"), units ("3 m", a unit's cell "m"), cited letters ("điểm b"), the
spaced marks of technical prose.

Contract: ``is_speck(text)``, ``lone_stop(chunks, n, continues)``, ``stray_dash(chunks,
n, model, next_word, next_item, in_list)``, ``speck_letter(text, model)``, ``cited_letter(chunks,
n)``, ``symbol_letter(line, chunks, n)``, ``stop_before_date(text, after)``,
``motto_underline(line, line_before)``, ``phrase_dash(leading, before, rest, model)`` -> bool;
``leftover_garbage_end(line, start, end, word, model)`` and ``garbage_tail(line,
next_line, model)`` -> an offset in the line or None.
"""

from __future__ import annotations

import regex

from diacritics import lm as lm_mod
from diacritics.case import CHUNK
from diacritics.model import Model
from diacritics.names import columns
from diacritics.syllable import PLAIN_VOWEL, fold, strip_marks
from diacritics.words import (
    LEAD_MARK,
    LOWER_START,
    NUMBER,
    TITLE_START,
    broken_word,
    lower_syllable_first,
    one_word,
)

SPECK = regex.compile(r"^[\p{S}\p{P}\p{Lm}]+$")  # "ˆ" (a modifier letter) is a speck too
# punctuation that stands alone in real text: bullets, check boxes, rating stars, list
# markers ("+)"), ellipses and the dotted blanks of a form ("……", "…..,"), the legal end mark
# "./.", runs of openers then closers such as "%),", ").", "(*)", and the end mark after
# them ("50 %./.", a percent a typist spaced, "%)./."), a sign in brackets as
# tables of scores write a rise or fall ("tăng (+) 5 điểm"), signs of comparison and
# arithmetic ("≥ 90%"), an arrow ("=> Đạt") and a Markdown heading's marks ("## KẾ
# HOẠCH", as train seed 003, a document converted to Markdown, has them). Tesseract
# prints none of the symbols among these on specks (dev pages, vie and eng: "|", "~", "§",
# "¡", "©", "€", "¬", ...).
CONVENTIONAL = regex.compile(
    r"^(?:[-–—+*•…&/=<>#№→≥≤±×÷≈≠☐☑☒□■▪●○◦♦❖➢✓✔]|#{2,6}|[★☆]+|=>|->|[-+*•]\)|\.{3}|\./\.|/\."
    r"|\.*…[.…]*[,;:]?|[(\[][-+±][)\]][,.;:]?"
    r"|[(\[“\"‘'«]*[%.,;:!?)\]”\"’'»*]*(?:\./\.)?)$")
# a line of nothing but one- or two-character marks ("- :", "' .") is specks read as text
SPECK_LINE = regex.compile(r"^\s*(?:[\p{P}\p{S}]{1,2}\s+)*[\p{P}\p{S}]{1,2}\s*$")
# the rule under the national motto ("Độc lập - Tự do - Hạnh phúc") read as specks and a
# stroke ("¿⇥1" on a photo of a new plan: the "1" had stayed as a line of its own); no
# text stands right under the motto
MOTTO_UNDERLINE = regex.compile(
    r"^\s*(?:[\p{P}\p{S}]{1,3}\s+)*[1lI|]?(?:\s+[\p{P}\p{S}]{1,3})*\s*$")
# a line a writer typed to separate or underline ("________", "*****", "---o0o---"): kept.
# Tesseract read no line of the kind on the dev pages (vie, eng, our OCR)
SEPARATOR_LINE = regex.compile(
    r"^\s*(?:([-–—_=*~•.…])\1{2,}|[-–—_*=~]{2,}\s*[oO0]{3}\s*[-–—_*=~]{2,})\s*$")
# the star a party committee's header prints under its name ("ĐẢNG ỦY XÃ CAM HIẾU" over
# "*", alone or in the left column beside the place and date), as Tesseract reads it on a
# degraded render ("x*", ":"), and the name's first words over it; a Youth Union
# committee's prints three ("BCH ĐOÀN XÃ PHÚ MỸ" over "***", read "*xx*x*", "*xx*%")
PARTY_STAR_READ = regex.compile(
    r"^\s*(?P<star>\*{1,3}|x\*|\*x|:|×|\+|\*[*x×%]{2,6})\s*(?:\t|$)")
# (and the party's bodies that issue in their own name: a commune committee's Ban Xây
# dựng Đảng, "BAN XÂY DỰNG ĐẢNG" over "*" in a new report, its inspection committee and
# office, a district's or province's committee)
PARTY_COMMITTEE = regex.compile(
    r"^\s*(?:DANG\s+(?:UY|BO|DOAN)|CHI\s+BO|BAN\s+(?:XAY\s+DUNG\s+DANG|TUYEN\s+GIAO|DAN\s+VAN"
    r"|CAN\s+SU\s+DANG)|UY\s+BAN\s+KIEM\s+TRA|VAN\s+PHONG\s+DANG\s+UY"
    r"|(?:HUYEN|TINH|THANH|QUAN|THI)\s+UY"
    r"|(?P<youth>BCH\s+DOAN|BAN\s+CHAP\s+HANH\s+DOAN|DOAN\s+(?:TNCS|XA|PHUONG|THANH\s+NIEN)))"
    r"\s")
# a lone mark that follows a word ends nothing there (lone_stop says where): a speck
LONE_STOP = regex.compile(r"^(?:[.:;,]|\.\.)$")  # ".." is no mark: a speck read twice
# a colon or semicolon between two words of a line, with one space before it or none, as
# ``spaced_marks`` counts them (specks read as marks mostly end a line, in the margin); no
# page of the 306 raw and 247 cleaned dev pages writes either as a habit so counted
SPACED_AND_GLUED = tuple(
    (mark, regex.compile(rf"(?<=[\p{{L}}\d)]) {regex.escape(mark)} +(?=\S)"),
     regex.compile(rf"(?<=[\p{{L}}\d)]){regex.escape(mark)} +(?=\S)"))
    for mark in ":;")
SPACED_MARK_MIN = 3
# a colon a typist spaced from the label that opens its line ("Kính gửi :", "Nơi nhận :",
# "- Lưu : VT", "Thời gian :"): one to three words, the first capitalised, the others in
# small letters, past a list marker, one space before the colon, no column gap. Of the
# 688 lone colons Tesseract read on the dev pages (raw vie and eng), one stood so ("Phu
# luc :", the English model's garble)
LABEL_MARKER = regex.compile(r"[-–+•]|\d{1,2}\.|\p{Ll}\)")
LABEL_FIRST = regex.compile(r"\p{Lu}\p{Ll}+")
LABEL_NEXT = regex.compile(r"\p{Ll}+")
LABEL_WORDS_MAX = 3
# a line that opens with a list marker: a dash, or a number before a heading ("6. Xây")
LIST_MARKER = regex.compile(r"^[\s_.'\"]*(?:[-–]|\d{1,2}\.\s+\p{Lu})")
# marks glued to the front of a word that no report writes there: "'định", "_chịu",
# "-.liệu"; and before a list number or letter at the start of a line: "_6.", ".1.",
# ":34.", "-15.", "_-20.", "-a)"
LEADING_SPECK = regex.compile(r"^(?:[-–]?[_'.:]+|[_'.:]*[-–](?=\p{Ll}|\d))(?=[\p{L}\d])")
NUMBER_MARKER = regex.compile(r"^\d{1,2}\.$")
LEADING_MARKS = regex.compile(rf"^{LEAD_MARK}+")
GARBLED_BULLET = regex.compile(r"^[_.'~]*[-–=][-–=_.'~]*$")
ENDS_IN_LETTER = regex.compile(r"\p{L}$")
# what no list item starts with: an article ("Điều 2."), the motto, the recipients' label,
# the document's number
NO_ITEM_START = regex.compile(r"Điều \d|Độc lập|Nơi nhận|Số: ?\d")
# two capitals or more and nothing else ("CHỦ", "UBND"); codes.CAPITALS_WORD, a heading's
# word, also takes one capital and a comma after it
WORD_OF_CAPITALS = regex.compile(r"\p{Lu}{2,}")
CELL_ITEM_DASH = regex.compile(r"\S[.;] [-–] \p{Lu}")
CELL_ITEM_DASH_MIN = 2
ENDS_IN_WORD = regex.compile(r"[\p{L}\d]$")
AFTER_PUNCTUATION = regex.compile(r"[.,;:]$")  # "nước. . 4.", "tổ chức, . cá nhân"
# a lower-case (or capitalised) word or an abbreviation ("UBND. xã") with one full stop,
# and the lower-case word that follows it; correct reports never write this (none in the
# train seeds or dev documents)
STRAY_STOP = regex.compile(r"^(?=\p{L}{2})(?:\p{Lu}?\p{Ll}+|\p{Lu}{2,6})\.$")
# "ngày. 24/10/2025", "ngày: 12/8/2025", "năm. 2015": a stop between a lower-case time
# word and the date it announces, also across a line break (not "hằng năm." before a list
# number "2."); a day/month whose month OCR split ("ngày. 10/1 1/2025") is one too
DATE_AFTER = {"ngày": regex.compile(r"^\d{1,2}/\d{1,2}(?:/\d{4})?\W*$"),
              "tháng": regex.compile(r"^\d{1,2}/\d{4}\W*$"),
              "năm": regex.compile(r"^(?:19|20)\d\d(?![.\d])\W*$")}
# a mark after another at a word's end, and a mark read twice ("Toong;;", a new plan's); not
# an ellipsis ("làm,...")
DOUBLED_STOP = regex.compile(r"\p{L}\)?(?:[,.;:]\.|[,;:]:|;;|,,)$")
DASH = regex.compile(r"^[-–—]$")
# the one-letter words of the train seeds and dev documents ("y", "ý", "ở") are counted
# 280 times and more in the LM; the marked letters specks are read as ("ị", "ễ", "ì") under 40
SINGLE_LETTER_MIN = 50
UNIT_LETTERS = {"m", "g", "l"}  # metre, gram, litre: "dài 3 m"
# a cell's start and, after a unit's cell, its quantity's: a tab, or a pipe table's stroke
UNIT_CELL = regex.compile(r".?\t|\| ")
QUANTITY_CELL = regex.compile(r"(?:\t| \| )\d")
FIGURE = regex.compile(r"^\d+(?:[.,]\d+)*$")  # a count or measure, not a date or a share
UNIT = regex.compile(r"\p{Ll}+(?:/\p{Ll}+)?")  # what a figure counts: "m", "đồng/người"
# without marks, as cited_letter compares; "luc" for "phụ lục b"
CITING_WORDS = {"diem", "tiet", "muc", "luc", "loai", "nhom", "mau", "bieu", "khoi"}
LIST_JOINS = {"va", "hoac", "den"}
# a syllable's onsets of two letters or more ("gi" and "qu" are words too): alone, specks
# or a word whose rhyme OCR lost
ONSETS = frozenset({"ch", "gh", "kh", "ng", "ngh", "nh", "ph", "th", "tr"})
# a line's tail after a sentence's end: words and commas, no mark that ends anything
# words before a garbage tail in a column of its own: fewer end no paragraph there
GARBAGE_TAIL_AFTER_WORDS = 3
GARBAGE_TAIL = regex.compile(r"(?<=\p{L}[.!?])\s+(\p{L}[^.;:!?]*?)\s*$")
NAME_LIKE = regex.compile(r"\p{Lu}(?:'\p{Lu})?\p{Ll}+")  # "Thiện", "H'Blan"
ABBREVIATION_LIKE = regex.compile(r"\p{Lu}{3,}")  # "UBMT", "HDNN"; not "TS", "HC"
WORD_CHARACTER = regex.compile(r"[\p{L}\d]")
OPENER = regex.compile(r"[“\"(\[]")
BRACKETS = (("(", ")"), ("[", "]"), ("“", "”"))
QUOTE_MARK = regex.compile(r"[\"“”'‘’]{1,2}")
# chosen on dev renders (002 and 003 both ways): -10 cut fewer, -8 cut "Văn hóa,Thể thao
# và Du" from a real line; none of the clean reports or law codes has a tail so scored
GARBAGE_TAIL_LOGP = -9.0
GARBAGE_TAIL_WORDS = 6
MARKS_ONLY = regex.compile(r"\p{P}*")
ENDS_IN_DIGIT = regex.compile(r"\d\W*$")
# a cell that makes a line a table's row: a figure ("10", "9,5", "98,5%", "1.268") or a
# tick ("x"); Tesseract reads neither from specks beside a line
# a document's number and symbol ("Số: 64/KH-UBND" in a column beside the issuer's name,
# which had gone as garbage): no speck reads so
DOCUMENT_NUMBER = regex.compile(r"\d{1,5}/(?:\d{4}/)?\p{Lu}")
TABLE_CELL = regex.compile(r"\d+(?:[.,]\d+)*%?|[xX]")
# a column of common words only is a table's cell ("Khá", "Đạt", "Thường xuyên"): the
# garbage read from specks is rare syllables ("ni", "si", "Tản") or no word at all
COMMON_WORD_USES = 200
# a person's name in a column of its own, as a signature block sets it: two words or
# more, each capitalised; the first may be an Ê Đê or Cơ Ho initial ("K' Brơi")
PERSON_NAME = regex.compile(r"\p{Lu}(?:'|\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)+")
NOT_WORD_CHARACTER = regex.compile(r"[^\p{L}\p{M}\d]")
LETTER = regex.compile(r"\p{L}")


def heading_stop(line: str, end: int) -> bool:
    """Whether the stop at ``line[end - 1]`` ends a column of two words or more in
    capitals, after a letter or a space after one, no colon in it ("CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT NAM.", "TM. ỦY BAN NHÂN DÂN.", "QUYẾT ĐỊNH.", "VIỆT NAM .": raw
    Tesseract's vie reads of the dev renders end 62 such columns with a stop after a
    letter, and more with a lone one; no line of the dev documents, written reports and
    train seeds ends so): a speck in text that shows damage. Not "- Lưu: VT.", whose
    stop ends the list of codes."""
    if line[end - 1:end] != ".":  # most chunks: asked for each in damaged text
        return False
    before = line[:end - 1].rstrip(" ")
    if not before[-1:].isalpha() or line[end:].split("\t", 1)[0].strip():
        return False
    column = before.rsplit("\t", 1)[-1]
    letters = [ch for ch in column if ch.isalpha()]
    return ":" not in column and len(column.split()) >= 2 and len(letters) >= 4 and \
        all(ch.isupper() for ch in letters)


def cell_item_dashes(text: str) -> bool:
    """Whether ``text`` writes a table cell's items after a stop, each with a dash, as a
    table read without its columns has them ("Phòng Văn hóa - Xã hội. - Thường xuyên."):
    ``CELL_ITEM_DASH`` ``CELL_ITEM_DASH_MIN`` times or more (3 to 10 times on each page
    of a train seed's table read with the English model; never on a page of raw
    Tesseract's reads of the dev renders, nor of the dev batches' English-model reads)."""
    return len(CELL_ITEM_DASH.findall(text)) >= CELL_ITEM_DASH_MIN


def spaced_marks(text: str) -> frozenset[str]:
    """The colon and semicolon, each when ``text`` writes it between two words of a line
    with a space before it ``SPACED_MARK_MIN`` times or more and at least as often as
    without: a typist's habit ("thời giờ làm việc : buổi sáng", "đúng lịch thời vụ ; theo
    dõi"), not specks, which stand among many marks written right."""
    marks = []
    for mark, spaced, glued in SPACED_AND_GLUED:
        count = len(spaced.findall(text))
        if count >= SPACED_MARK_MIN and count >= len(glued.findall(text)):
            marks.append(mark)
    return frozenset(marks)


def lone_stop(chunks: list[regex.Match[str]], n: int, continues: bool,
              spaced: frozenset[str] = frozenset(), damaged: bool = True) -> bool:
    """Whether the lone ".", ":", ";", "," (or "..") at ``chunks[n]`` is a speck: it starts a
    line, follows a mark ("nước. . 4.", "tổ chức, . cá nhân", "tiến độ, ,"), or stands
    after a word or number (not a comma, which a typist may so space): a colon wherever it
    stands ("KẾ HOẠCH : Cải cách", "bộ máy : -", "Quý 1/2026 :" at a line's end) but after
    the label that opens its line (``_spaced_label_colon``: "Kính gửi :"), a semicolon
    inside a line ("năng lực ; BH"), a stop before a lower-case word, a number or a dash
    ("dân . và", "ngày . 22/1", "bền .. vững", "Chủ tịch . -") or at the end of a line that
    ``continues`` on the next or holds only a person's name. No report the model learned
    from, nor any of the eight law codes (2.4 million characters), writes a colon or
    semicolon with a space before it (but other typed text does: "Kính gửi :"); a stop so
    written ends a line of the Debian guide now and then ("make install ."), so there a
    stop needs the lower-case word. A colon or semicolon one space after a word is a speck
    only in text that shows ``damaged`` (or where the OCR engine doubted it), or after a
    person's name alone on its line ("Hoàng Văn Thuỷ :" under a signature): in text
    without damage a typist spaced it ("như sau :", "tiếp nhận : 1.234 hồ sơ"), and our
    OCR's text of 110 dev pages, which shows none, holds no such speck."""
    if n == 0:
        return len(chunks) > 1
    before = chunks[n - 1].group()
    if AFTER_PUNCTUATION.search(before):
        return True
    if not ENDS_IN_WORD.search(before):
        return False
    mark = chunks[n].group()
    if mark == "," or mark in (":", ";") and not damaged and _one_space_before(chunks, n) \
            and not _ends_name_alone(chunks, n):
        return False
    if mark in spaced and n + 1 < len(chunks) and _one_space_before(chunks, n):
        return False  # the document's habit, inside a line
    if mark == ":":
        return not _spaced_label_colon(chunks, n)
    if n == len(chunks) - 1:
        # nor does a name alone end so: a signer's ("Huỳnh Văn Tư .", a new letter's last
        # page)
        return continues or _ends_name_alone(chunks, n)
    return mark == ";" or bool(regex.match(r"[\p{Ll}\d]|[-–]$", chunks[n + 1].group()))


def _ends_name_alone(chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether ``chunks[n]`` ends its line after a person's name alone (``PERSON_NAME``)."""
    return n == len(chunks) - 1 and PERSON_NAME.fullmatch(
        " ".join(c.group() for c in chunks[:n])) is not None


def _spaced_label_colon(chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether the colon at ``chunks[n]`` (not the line's first chunk) follows the label
    that opens its line (``LABEL_FIRST``), spaced from it as some typists write."""
    if not _one_space_before(chunks, n) or "\t" in chunks[n].string[:chunks[n].start()]:
        return False  # a colon past a column gap is a speck in the margin
    words = [c.group() for c in chunks[:n]]
    if LABEL_MARKER.fullmatch(words[0]):
        words = words[1:]
    return 1 <= len(words) <= LABEL_WORDS_MAX and LABEL_FIRST.fullmatch(words[0]) is not None \
        and all(LABEL_NEXT.fullmatch(w) for w in words[1:])


def _one_space_before(chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether one space, not a column gap, parts ``chunks[n]`` from the chunk before."""
    return chunks[n].string[chunks[n - 1].end():chunks[n].start()] == " "


def stray_dash(chunks: list[regex.Match[str]], n: int, model: Model,
               next_word: str = "", next_item: bool = False, in_list: bool = False,
               stop_dash_kept: bool = False, last_word: str = "") -> bool:
    """Whether the dash at ``chunks[n]`` is a speck: it follows a comma ("lực, - hiệu",
    "2030, —"), doubles another ("- - Tiếp tục"), ends a line (``_line_end_dash``),
    starts one (``_line_start_dash``; ``in_list``: the line before ended with a colon
    or a semicolon), or stands, with any dashes next to it, between two lower-case
    syllables that make one word ("nâng - cao", "quy - - định"). A dash between phrases
    joins words that seldom stand together ("kinh tế - xã hội"). ``stop_dash_kept``: a
    dash after a stop at a line's end stays (``_line_end_dash``), and so does one that
    starts a line between two words that make no word, ``last_word`` ending the line
    before (``_line_start_dash``)."""
    if n > 0 and chunks[n - 1].group().endswith(","):
        return True
    before = next((c.group() for c in reversed(chunks[:n])
                   if not (DASH.match(c.group()) or LONE_STOP.match(c.group()))), "")
    if all(is_speck(c.group()) for c in chunks[n + 1:]):
        return _line_end_dash(before, model, next_word, next_item,
                              stop_dash_kept or "\t" in chunks[n].string)
    if DASH.match(chunks[n + 1].group()):
        return True
    if all(LONE_STOP.match(c.group()) for c in chunks[:n]):
        # not past specks (". - trong việc"): the line shows damage there
        return _line_start_dash(chunks[n + 1:], model, in_list,
                                last_word if stop_dash_kept and n == 0 else "")
    after = next((c.group() for c in chunks[n + 1:] if not DASH.match(c.group())), "")
    return one_word(before, after, model)


def phrase_dash(leading: str, before: str, rest: str, model: Model) -> bool:
    """Whether a dash glued to the front of a word inside a line, ``before`` being the
    chunk before it and ``rest`` the word after the dash, joins two phrases as writers
    space it ("Kinh tế -xã hội", "quốc phòng -an ninh"): it follows a word, and that word
    and the next do not make one word (``one_word``: "nâng -cao" is a speck's dash), or it
    follows a number ("kỳ họp thứ 12 –kỳ họp đột xuất"). The spaced dash is judged so too
    (``stray_dash``)."""
    if leading not in ("-", "–") or not ENDS_IN_WORD.search(before):
        return False
    after = regex.match(r"\p{Ll}+", rest)
    return after is not None and not one_word(before.lower(), after.group(), model)


def _line_end_dash(before: str, model: Model, next_word: str, next_item: bool,
                   stop_dash_kept: bool = False) -> bool:
    """Whether a dash that ends a line (specks after it do not count: "công vụ - |") is
    a speck, ``before`` being the last word before it past doubled dashes and lone stops
    ("triển - -" + "khai", "thanh . -" + "toán"): after a word or a comma when the next
    line, whose first word is ``next_word``, does not start with a capital or a number
    ("của Thủ tướng Chính -" + "phủ về", "hiệu lực, -" + "hiệu quả"; a line the page
    wrapped inside a name or a span ends so: "Phòng Văn hóa -" + "Xã hội", "giai đoạn
    2026 -" + "2030"), or with a capital that only looks like one on the rest of a broken
    word ("nâng -" + "Cao năng suất"); after anything when the next line ``next_item``
    (opens with a list marker: "công vụ -" + "- Tiếp tục", "địa phương. -" + "6. Xây
    dựng"). After a stop or a semicolon it is a speck too ("kỷ luật; -" + "Theo đề
    nghị", "QUYẾT ĐỊNH. -", raw Tesseract's on degraded renders; no line of the dev
    documents, written reports and train seeds ends so), but in a line of columns, a
    document that writes a table cell's items so (``cell_item_dashes``) or one that
    shows no damage (``stop_dash_kept``), where it may be the list dash of a cell that
    wrapped: "đơn vị cấp xã. -" + "Hàng năm." (after a colon it may stand for "none",
    as a form's "Ghi chú: -"). So it is after a word in capitals before a capital
    ("CHỦ TỊCH -" + "Pinăng Thị Hòa", "ỦY BAN NHÂN DÂN -" + "XÃ CHÂU KHÊ"), after a
    number when no number follows ("tổ chức 4 -" + "buổi"; not "2026 -" + "2030") and
    after the motto's "Hạnh phúc", which its underline follows. A dash between the
    words a term's dash stands between (``Model.dashed_pairs``: "chính trị -" + "xã
    hội", a dev letter's; "KINH TẾ -" + "XÃ HỘI") is the term's; and in text that shows
    no damage (``stop_dash_kept``, which the caller gives only for a dash the OCR engine
    did not doubt) one after a word before a word in small letters is a phrase's where
    the two make no word, as a dash inside a line is judged (``stray_dash``): a line
    wrapped inside "giáo dục - đào tạo"; "Chính -" + "phủ" is a speck's."""
    if before and next_item:
        return True
    if not stop_dash_kept and regex.search(r"[.;]$", before):
        return True
    if regex.search(r"\d$", before):  # "năm 2028 -" + "Kính gửi"; not "2026 -" + "2030"
        return not next_word[:1].isdigit()
    if before == "phúc":  # the motto's underline: "Độc lập - Tự do - Hạnh phúc -"
        return True
    if not (ENDS_IN_LETTER.search(before) or before.endswith(",")):
        return False
    if f"{fold(before.lower())} {fold(next_word.lower())}" in model.dashed_pairs:
        return False
    if WORD_OF_CAPITALS.fullmatch(before) and regex.match(r"\p{Lu}", next_word):
        return True
    if stop_dash_kept and _parts_phrases(before, next_word, model):
        return False  # between phrases the line wrapped: "giáo dục -" + "đào tạo"
    return not regex.match(r"[\p{Lu}\d]", next_word) or \
        broken_word(before, next_word, model) is not None


def _parts_phrases(before: str, after: str, model: Model) -> bool:
    """Whether a dash between two words in small letters, a line's end between them,
    parts two phrases: they make no word (the marks after ``after`` aside: "tạo,")."""
    return before.islower() and after.islower() and not one_word(
        fold(before), fold(regex.sub(r"\P{L}+$", "", after)), model)


def _line_start_dash(rest: list[regex.Match[str]], model: Model, in_list: bool,
                     phrase_before: str = "") -> bool:
    """Whether a dash that starts a line (past lone stops: ". - trong việc") is a speck,
    ``rest`` being the chunks after it: before a lower-case word ("- hành chính nhà
    nước", where a list item would start with a capital), unless the line before opened
    a list or ended an item (``in_list``: "Trong đó:" + "- trực tuyến: 1.219 hồ sơ;",
    whose items are written in lower case), or a numbered heading ("- 21. Kiểm tra": a
    list item has one marker), or what no list item starts with (``NO_ITEM_START``: an
    article, the motto, the recipients' label, the number's; raw Tesseract's "- Điều 2.",
    "- Độc lập - Tự do", on degraded renders), or a heading's words in capitals, the
    first two syllables ("- CHỦ TỊCH", "- ỦY BAN NHÂN DÂN"; not an abbreviation: "- TT
    HĐND", "- UB MTTQ" open items of recipient lists, and OCR's "- TẾ HĐND" too).
    Nor is a dash before a lower-case word that makes no word with ``phrase_before``, the
    word in small letters that ends the line before in text that shows no damage: a line
    wrapped inside "xanh - sạch - đẹp" (the line-end dash's rule, ``_line_end_dash``)."""
    after = rest[0].group()
    if phrase_before and _parts_phrases(phrase_before, after, model):
        return False
    if len(rest) > 1 and (NO_ITEM_START.match(f"{after} {rest[1].group()}") or all(
            WORD_OF_CAPITALS.fullmatch(word) and fold(word.lower()) in model.valid
            and strip_marks(word) not in model.abbreviations
            for word in (after, rest[1].group()))):
        return True
    return (not in_list and lower_syllable_first(after, model)) or (
        NUMBER_MARKER.match(after) is not None and len(rest) > 1
        and TITLE_START.match(rest[1].group()) is not None)


def party_star(line: str, line_before: str) -> tuple[int, int, str] | None:
    """Where the stars under a party or Youth Union committee's name stand, as read
    (``PARTY_STAR_READ``), and what they are ("*", "***"), when the line before is that
    name in capitals (or holds it in its left column; in bold in Markdown, "**ĐẢNG ỦY
    XÃ ...**")."""
    star = PARTY_STAR_READ.match(line)
    name = line_before.split("\t", 1)[0].strip().strip("*")
    committee = PARTY_COMMITTEE.match(strip_marks(name) + " ") if name.isupper() else None
    if star is None or committee is None:
        return None
    return star.start("star"), star.end("star"), "***" if committee.group("youth") else "*"


def motto_underline(line: str, line_before: str) -> bool:
    """Whether ``line`` is the motto's underline, misread (``MOTTO_UNDERLINE``)."""
    return bool(line.strip()) and MOTTO_UNDERLINE.match(line) is not None and \
        strip_marks(line_before).lower().rstrip().endswith("hanh phuc")


def quote_column(line: str, chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether chunk ``n`` is a quote mark alone in the line's last column: nothing is
    quoted there (a speck beside a recipient list read as '"', a new notice's photo)."""
    chunk = chunks[n]
    return n == len(chunks) - 1 and n > 0 and QUOTE_MARK.fullmatch(chunk.group()) is not None \
        and "\t" in line[chunks[n - 1].end():chunk.start()]


def is_speck(text: str) -> bool:
    """Whether a chunk is nothing but a speck: symbols no report writes alone ("|", "_")."""
    return SPECK.match(text) is not None and (text == "'" or not CONVENTIONAL.match(text))


def speck_letter(text: str, model: Model, next_word: str | None = None,
                 damaged: bool = True, word_before: str = "") -> bool:
    """Whether a word of one letter is a speck the Vietnamese model read as a letter: a
    bare consonant ("s", "t"; not "đ", the đồng; "x" only in text that shows ``damaged``), or a
    marked letter seldom a word ("ị", "Ì"; not "ý", "ở", "y", nor a bare capital, which
    labels a list: "Phụ lục B"). A letter that is no bare consonant is a word when the LM
    has seen it before ``next_word`` ("ủ phân", to compost) or after ``word_before``
    ("chây ỳ", whose "ỳ" a new report's damaged render had lost): of the 92 speck letters in
    the channel's raw vie reads only two bare consonants are so followed; so is a
    syllable in text that does not show ``damaged`` ("ụ nổi", a floating dock), unless it
    repeats the last letter of ``word_before`` (OCR read a mark twice: "vị ị"). In text that
    shows no damage a lone "x" is a sign, not a speck: it marks a box ("Đánh dấu x vào ô",
    "Mức độ 3: x"). Other consonants go: raw vie reads of dev pages that show no damage
    still hold specks so read ("chưa t trả lời", "c Lưu: VT.")."""
    if len(text) != 1 or not text.isalpha() or text in "đĐ":
        return False
    low = text.lower()
    if text.islower() and low in "bcdfghjklmnpqrstvwxz":
        return damaged or low != "x"
    if next_word and model.lm.bigram_count(fold(low), fold(next_word.lower())) > 0:
        return False
    if word_before.isalpha() and model.lm.bigram_count(fold(word_before.lower()), fold(low)) > 0:
        return False  # ... or after the word before it ("chây ỳ", to drag one's feet)
    if not damaged and fold(low) in model.valid and not word_before.lower().endswith(low):
        return False
    return (text.islower() or strip_marks(text) != text) and (
        model.lm.count(fold(low)) < SINGLE_LETTER_MIN)


def leftover_garbage_end(line: str, start: int, end: int, word: str,
                         model: Model) -> int | None:
    """Where the chunk ends, marks glued to it included ("ng:"), when a word the decoder
    kept in vie text is garbage read from specks: a chunk of its own, not after a number,
    that is a syllable's onset alone ("ng", "nh", "th") or two or three consonants with a
    "đ" ("đc", "đt"). No word is either; the command names of technical prose ("ls",
    "dch", "gpg") are not. None for any other word."""
    if not (word in ONSETS or ("đ" in word and 2 <= len(word) <= 3 and not PLAIN_VOWEL.search(
            strip_marks(word)))):
        return None
    if fold(word) in model.valid:
        return None  # the lexicon has "ch" and "tr" (chương, trang: "tr. 5")
    chunk = CHUNK.match(line, start)
    if (start and not line[start - 1].isspace()) or chunk is None or \
            not MARKS_ONLY.fullmatch(line[end:chunk.end()]):
        return None
    before = line[:start].split()
    return None if before and ENDS_IN_DIGIT.search(before[-1]) else chunk.end()


def garbage_tail(line: str, next_line: str, model: Model) -> int | None:
    """Where the garbage that ends a paragraph's last line starts, if it does: Tesseract
    reads the specks in the blank after the last sentence as words ("... 20.800.000 đồng.
    Ki Thiện so 0H oi", "hạn chế. Sê Vòi lật TS nộ"). A tail is such garbage when it
    follows a full stop (or "!", "?"; a semicolon goes on with a list), starts with a
    letter, ends without a mark, has at most ``GARBAGE_TAIL_WORDS`` words, no lone mark
    (a list dash opens an item), no opening quote or bracket and no closing one
    whose opening is before the stop (``_closes_bracket``), the next line does not
    go on with it (no small letter starts it), and its words are unlikely as a
    sentence's start (mean LM log-prob below ``GARBAGE_TAIL_LOGP``) with one at least
    that is no word, no name and no abbreviation of three capitals or more ("0H",
    "TS", "bcc"; "Ksor H'Blan", "UBMT" count as words). Not after a column's few words
    ("Nguyễn Thu Trang⇥Lê Văn. BìnhÏ]Đỗ Quang Hưng": a signature row's names)."""
    tail = GARBAGE_TAIL.search(line)
    if tail is None or LOWER_START.match(LEADING_MARKS.sub("", next_line)):
        return None
    column = line[:tail.start()].rsplit("\t", 1)
    if len(column) == 2 and len(column[1].split()) < GARBAGE_TAIL_AFTER_WORDS:
        return None  # no sentence ended there: a column's "Lê Văn." and its neighbour's name
    words = tail.group(1).split()
    if len(words) > GARBAGE_TAIL_WORDS or not all(WORD_CHARACTER.search(w) for w in words) \
            or OPENER.search(tail.group(1)) or _closes_bracket(line[:tail.start()], tail.group(1)):
        return None  # a list dash opens an item ("chất lượng. - Trưởng"), a quote a phrase
    odd, mean = _sentence_start_score(words, model)
    return tail.start(1) if odd and mean < GARBAGE_TAIL_LOGP else None


def _closes_bracket(before: str, tail: str) -> bool:
    """Whether ``tail`` closes a bracket or quote that ``before`` opened: the rest of a
    sentence in brackets, not garbage ("(byte đứng trước là lớn hay nhỏ. Intel thường là
    little)" had lost its last four words)."""
    return any(before.count(opening) > before.count(closing) and closing in tail
               for opening, closing in BRACKETS)


def garbage_columns(line: str, model: Model) -> int | None:
    """Where the garbage columns that end a line start, if any: Tesseract reads the
    specks in a page's margin, beside a line, as words and sets them off by a column gap
    ("giai đoạn 2021 - 2030;⇥đc ca⇥ 10 lời", "QUYẾT ĐỊNH:⇥⇥h1...", "XÃ NGỌC LIÊN⇥:⇥si").
    From the line's end back, a column is garbage when it has at most
    ``GARBAGE_TAIL_WORDS`` words, scored as ``garbage_tail`` scores a tail (mean LM
    log-prob below ``GARBAGE_TAIL_LOGP`` as a sentence's start), with a word at least
    that is no word, or one or two words only; a column of marks alone goes with the
    garbage before it; a person's name (``PERSON_NAME``) or common words only
    (``COMMON_WORD_USES``: a table's "Khá", "Đạt") stop the cut. The first column, which
    must have at least as many words as what is cut and start with a word (a table's row
    starts with its number), always stays; a line with a figure or a tick in a column of
    its own (``TABLE_CELL``) is a table's row, whose cells stay; a column that holds a
    document's number (``DOCUMENT_NUMBER``) stops the cut too."""
    spans = list(columns(line))
    if len(spans) < 2:
        return None
    first = [w for w in spans[0][1].split() if WORD_CHARACTER.search(w)]
    if len(first) < 2 or not LETTER.search(first[0]) or any(
            TABLE_CELL.fullmatch(text.strip()) for _, text in spans[1:]):
        return None
    cut, cut_words = None, 0
    for start, text in reversed(spans[1:]):
        words = [w for w in text.split() if WORD_CHARACTER.search(w)]
        if not words:
            continue
        if len(words) > GARBAGE_TAIL_WORDS or PERSON_NAME.fullmatch(text.strip()) or \
                DOCUMENT_NUMBER.search(text):
            break
        odd, mean = _sentence_start_score(words, model)
        if mean >= GARBAGE_TAIL_LOGP or not (odd or len(words) <= 2) or not odd and all(
                model.lm.count(fold(w.lower())) >= COMMON_WORD_USES for w in words):
            break
        cut, cut_words = start, cut_words + len(words)
    return cut if cut is not None and cut_words <= len(first) else None


def _sentence_start_score(words: list[str], model: Model) -> tuple[int, float]:
    """(how many of ``words`` are no word, no name and no abbreviation of three capitals
    or more; their mean LM log-prob read as a sentence's start)."""
    lm = model.lm
    u = v = lm.id(lm_mod.BOS)
    total, odd = 0.0, 0
    for word in words:
        core = NOT_WORD_CHARACTER.sub("", word)
        token = fold(core).lower()
        if NUMBER.match(core):
            token = lm_mod.NUM
        elif token not in model.valid and not NAME_LIKE.fullmatch(word.rstrip(",;")) \
                and not ABBREVIATION_LIKE.fullmatch(core):
            odd += 1
        w = lm.id(token)
        total += lm.logp(u, v, w)
        u, v = v, w
    return odd, total / len(words)


def cited_letter(chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether the one-letter word at ``chunks[n]`` names a lettered point, as laws and
    reports cite them: after "điểm", "tiết" or "mục" ("điểm b khoản 1"), or a word that
    names a class, form or annex ("nhóm b", "mẫu b", "phụ lục b"), before "khoản", or in a
    run of letters ("các điểm a, b, c và d", "từ điểm a đến điểm g")."""
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


def symbol_letter(line: str, chunks: list[regex.Match[str]], n: int) -> bool:
    """Whether the one-letter word at ``chunks[n]`` is written as a symbol: a unit after a
    figure ("3 m", "500 g", "20 l") or in a table's cell of its own ("m", "g"), or an
    "x" that is a table's cell of its own (a tab or the line's edge on each side, a tab
    on one: "Tổng cộng<tab>x<tab>x", the cell a
    total does not apply to) or a times sign between two figures ("(A/B) x 100%", "3 x
    4 m"; "100.000 đồng/người x 130": a figure and its unit). A letter after a date or a
    percentage is a speck ("ngày 03/9/2025 x về", "50% t trở lên")."""
    text = chunks[n].group().rstrip(",.;")
    before_chunk = chunks[n - 1].group() if n > 0 else ""
    start, end = chunks[n].start(), chunks[n].end()
    if text in UNIT_LETTERS:
        # or a table's unit cell before its quantity's ("| 2 | Bề rộng nền đường | m | 5,0
        # |", a new submission's, had lost its "m"); not an "l", a rule's stroke OCR reads so
        return FIGURE.match(before_chunk) is not None or text != "l" and bool(
            UNIT_CELL.fullmatch(line[max(0, start - 2):start]) and
            QUANTITY_CELL.match(line, end))
    if text != "x":
        return False
    if _own_cell(line, start, end):
        return True
    if n + 1 >= len(chunks) or regex.match(r"[\d(]", chunks[n + 1].group()) is None:
        return False
    # a figure with its unit may come before the sign: "100.000 đồng/người x 130 người"
    return regex.search(r"[\d)%]$", before_chunk) is not None or n > 1 and bool(
        FIGURE.match(chunks[n - 2].group())) and UNIT.fullmatch(before_chunk) is not None


def _own_cell(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is a table's cell of its own: a tab or the line's edge
    on each side, a tab on one."""
    before, after = line[start - 1:start], line[end:end + 1]
    return before in ("\t", "") and after in ("\t", "") and "\t" in before + after


def stop_before_date(text: str, after: str) -> bool:
    """Whether ``text`` is a time word with a stop ("ngày:", "năm.") and ``after``, the
    next word (the next line's first when the line ends there), the date it announces:
    "ngày" a day/month(/year), "tháng" a month/year, "năm" a year."""
    date = DATE_AFTER.get(text[:-1]) if text[-1:] in ".:" else None
    return date is not None and bool(date.match(after))
