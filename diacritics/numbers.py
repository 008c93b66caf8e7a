"""Digits read as look-alike letters where only a number can stand.

Tesseract misreads the digits of a document's date line (often set in italics) and of its
number: "ngày 2§ tháng I I năm 2025", "tháng O1", "ngày 1Š", "Số: I2/QĐ-UBND", "Số:
Ø7/CTr-UBND". The parser then finds no date or no number, and the text is wrong. In those
slots nothing but digits can stand, so a look-alike there is read as the digit it
resembles, when the result is a valid day (1-31), month (1-12), year (1900-2099) or
document number.

An article's or clause's number, always in figures, with its 1 read as a letter or a
stroke ("Điều l và các cơ quan", "khoản I Điều 3") is read as "1", and so is a school
grade's with one look-alike ("lớp I", "Lớp l:"; not "lớp II", which may be Roman).

A one-digit count before a word that counts or measures, read "l" or "§" ("và l đợt",
"Hồi § giờ"), is read as 1 or 8 (and a month's "§" after "tháng" as 8), and an "I"
after a word a count follows ("và I thánh thất"; not after a Roman numeral and "và":
"quý I và II"), as is a two-figure count's second 1 read as an I apart ("1 I cơ sở"); so
is the hour of a clock time ("0§h00" -> "08h00", "1 Ih00" -> "11h00"), and its minute
sign read as a degree sign is "’" ("11h00°").

A number whose 8 Tesseract printed as "§" ("§. Sơ kết" at a line's start, "5§,6%") is
read so as well, and so is a count of two characters before a word when one is a digit and
the other a look-alike ("O1 hiệu trưởng", "cho l6 người", "có 0] doanh nghiệp"), and a
table cell of up to four such characters, a digit among them ("I8", "1O5"). In a
document that writes its quarters in Roman numerals, a quarter in ones before its year
is its I's misread ("Quý 1/2026" -> "Quý I/2026"). Tesseract also prints a space after
the comma of a decimal percentage ("đạt trên 95, 4%", "(96, 22 %)"), which makes two
numbers of one: the space goes. "100%" before a noun read "1003" or "1004" is "100%", and
an amount's thousands stop read as a colon after a stop's group is a stop ("2.312.000:000").
A Roman numeral after "khu vực" or "quý" read with an "l" or "1" among its I's ("khu vực
l1"), or with a mark on an I ("khu vực VỊ"), is Roman again; in a document that numbers
its areas in figures ("Khu vực 2") and none in Roman numerals, "khu vực l" is "khu vực 1".
A letter no Vietnamese word writes glued to a date's month or day ("tháng 5Š") is a
speck when, read as a digit, it would make no month or day. A figure's per mille sign
read "%o" is "‰", a metre's "m" read "rn" after a figure or as a table's cell is "m", and
a millilitre's "l" read "]" or "ì" after a figure ("350 m])") is "ml"; a round bracket
opened before a table cell's figure and never closed ("(133") is a speck.
A square metre's raised 2 read "?", "°", "Ỷ" (and so on) is "²" again, or "³" after a
volume's word ("khối lượng đất đào đắp 41.350 mỶ" -> "m³"; ``raised_digit``), after a
figure, in a table head's brackets, as a cell alone, or at the start of a line after one
that ends with a figure.
In a bordered table's cells the two I's of a quarter are read joined ("Quý H/2026" ->
"Quý II/2026", "quý IH/2021" -> "quý III/2021"), and a slash as a fraction slash
("I⁄2026", "I/⁄2026" -> "I/2026").

A document that writes decimals with a comma ("86,45 điểm") has none with a stop: two
decimals after a stop, before a unit or at a table cell's end, are a comma misread
("đạt 4.82 tỷ đồng" -> "4,82"); so is one decimal when the figure is a cell's whole,
the row's last or before another figure ("⇥98.4" -> "98,4"; not a sub-item's "⇥1.1⇥Rà soát"),
or before a percent sign or a unit of amount ("84.2%" -> "84,2%", "2.5 ha"), and one or
two after thousands ("3.134.7" -> "3.134,7").

Contract: ``digit_fixes(line, style, line_before, next_text) -> list[DigitFix]``, spans in
``line``; a fix may span two words ("tháng I I" -> "tháng 11"). Lines without such a slot
give no fixes.
``number_style(text)`` says how a document writes its quarters, decimals and units.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from diacritics.syllable import strip_marks

# a figure as reports write it: stops group thousands, a comma marks decimals ("1.250",
# "98,3", "1.284,5"); a pattern to build on, for the figures of a table's column and of a
# sentence's counts alike
REPORTED_FIGURE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"

# after strip_marks, which turns "Š" into "S" and "í" into "i"
LOOKALIKES = {"O": "0", "o": "0", "Ø": "0", "ø": "0", "Q": "0", "D": "0",
              "I": "1", "l": "1", "i": "1", "|": "1", "]": "1", "[": "1", "!": "1", "J": "1",
              "L": "1", "Z": "2", "z": "2", "S": "5", "s": "5", "$": "5", "G": "6", "b": "6",
              "T": "7", "§": "8", "B": "8"}
TO_DIGITS = str.maketrans(LOOKALIKES)
_CH = "[0-9" + regex.escape("".join(LOOKALIKES)) + "]"
# one or two characters, or two single characters read apart ("I I")
_SHORT = rf"{_CH}{{1,2}}|{_CH} {_CH}"
# the day and month, also of a date line that wraps before "năm"
DAY_MONTH = regex.compile(
    rf"(?<![\p{{L}}\d])(?i:ngay)\s+(?:(?P<d>{_SHORT})\s+)?(?i:thang)(?:\s+(?P<m>{_SHORT}))?"
    rf"(?=\s+(?i:nam)(?!\p{{L}})|\s*[,.;]?\s*$)")
# a month and year without a day ("tháng § năm 2025"; DAY_MONTH reads those with one)
MONTH_YEAR = regex.compile(
    rf"(?<![\p{{L}}\d])(?i:thang)\s+(?P<m>{_SHORT})(?=\s+(?i:nam)\s+{_CH}{{4}}(?![\p{{L}}\d]))")
# a month before a mark ("Kết quả tháng §: 04 người", "trong tháng O1, ...")
MONTH_MARK = regex.compile(
    rf"(?<![\p{{L}}\d])(?i:thang)\s+(?P<m>{_CH}{{1,2}})(?=[:,;)]|\.(?!\d))")
# also a year whose last digit OCR read apart as a letter ("Luật Khiếu nại năm 201 l./.",
# a new letter's render)
YEAR = regex.compile(
    rf"(?<![\p{{L}}\d])(?i:nam)\s+(?P<y>{_CH}{{4}}|\d{{3}} {_CH})(?![\p{{L}}\d])")
NUMBER = regex.compile(rf"(?<![\p{{L}}\d])(?i:so)\s*:?\s*(?P<n>{_CH}{{1,4}})(?=\s*/)")
# a number after "số" that no slash follows (a house's, a land parcel's: "số 118 đường
# Trần Quốc Toản"), its ones read as I's, a lone one apart ("số I I8", a new notice's
# render): figures with a look-alike of 1 among them, four at most (not a table's "|")
HOUSE_NUMBER = regex.compile(
    r"(?<![\p{L}\d])(?i:so) (?P<n>(?:[Il] )?(?=[0-9Il]*\d)[0-9Il]{2,4})(?![\p{L}\d/|])")
# a chainage on a road, canal or dyke, kilometres + metres ("K12+300", "Km 5+200"), its
# ones read as I's beside the K ("KI2+300" in a new plan's table of dyke guard posts)
CHAINAGE = regex.compile(
    r"(?<![\p{L}\d])Km? ?(?P<n>(?=[0-9Il]*\d)[0-9Il]{1,3}\+(?=[0-9IlO]*\d)[0-9IlO]{3})"
    r"(?![\p{L}\d])")
# a numeric date whose day or month OCR split with a space or printed with a look-alike:
# "10/1 1/2025", "I1/ 12/2025"
_PART = rf"{_CH}(?: ?{_CH})?"
SLASH_DATE = regex.compile(
    rf"(?<![\p{{L}}\d/])(?P<d>{_PART})/ ?(?P<m>{_PART})/ ?(?P<y>(?:19|20)\d\d)(?![\d/])")
# the word between a date's day and month ("ngày 20 tiáhg 4 năm 2027" on a photo of a new
# notice): only "tháng" stands there
MONTH_WORD = regex.compile(
    r"(?<![\p{L}\d])(?i:ngay)\s+\d{1,2}\s+(?P<w>\p{L}{3,7})\s+\d{1,2}\s+(?i:nam)\s+\d{4}")
# the year's word of a full date with a mark misread ("ngày 16 tháng 9 nắm 2026", read
# at 96 on a photo of a new submission): only "năm" stands there
YEAR_WORD = regex.compile(
    r"(?<![\p{L}\d])(?i:thang)\s+\d{1,2}\s+(?P<w>(?i:nam))\s+\d{4}(?!\d)")
# a speck read as a slash between a date's word and its figure ("năm/2026" on a photo of a
# new notice): no text writes one there
DATE_WORD_SLASH = regex.compile(r"(?<![\p{L}\d])(?i:ngay|thang|nam)(?P<slash>/)(?=\d)")


def _foreign_letters() -> str:
    """The Latin letters with marks no Vietnamese word writes ("Š", "Ž", "ß"), for a regex
    class; not "Ð", which fonts without the Đ print for it."""
    vietnamese_marks = set("\u0301\u0300\u0309\u0303\u0323\u0302\u0306\u031b")
    foreign = []
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        letter = chr(code)
        if not letter.isalpha() or letter in "ĐđÐð":
            continue
        base, *marks = unicodedata.normalize("NFD", letter)
        if not (base.isascii() and base.isalpha() and set(marks) <= vietnamese_marks):
            foreign.append(letter)
    return regex.escape("".join(foreign))


# such a letter glued to a date's month or day where, read as a digit, it would make no
# month (20 on) or day (40 on): a speck ("tháng 5Š" in a new decision's render, which
# left the parser without the date); a month or day of "1Š" may be 15, and stays
DATE_SPECK_LETTER = regex.compile(
    rf"(?<![\p{{L}}\d])(?:(?i:th[aá]ng)\s+[2-9]|(?i:ng[aà]y)\s+[4-9])(?P<s>[{_foreign_letters()}])"
    r"(?=[\s/,.]|$)")
# specks between the words and figures of a full date ("ngày 02:tháng #4 năm 2027" on a
# photo of a new report): no text writes a mark there
_GAP = r"(?:\s*[^\p{L}\d\s]{1,2}\s*|\s+)"
DATE_SPECKS = regex.compile(
    rf"(?<![\p{{L}}\d])(?i:ngay)\s+\d{{1,2}}(?P<a>{_GAP})(?i:thang)(?P<b>{_GAP})\d{{1,2}}"
    rf"(?P<c>{_GAP})(?i:nam)(?P<d>{_GAP})\d{{4}}(?!\d)")
# a table written with pipes, as text converted from a spreadsheet or Markdown has it
# ("| 1 | Cải cách thể chế | 10 | 9,00 |"); OCR reads a scanned table's rules as "|"
# too, but clean.remove_rules takes them off the page first (the parser's table_rows
# reads such rows too, and ``api`` and ``damage`` ask of it as here)
PIPE_TABLE_ROW = regex.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
# the number of an article or clause, which is always in figures ("Điều l và", "khoản I"):
# its 1 read as a letter or a stroke (Mục, Chương and Phần take Roman numerals: not here)
ARTICLE = regex.compile(r"(?<![\p{L}\d])(?i:dieu|khoan)\s+(?P<a>[0-9Il|\[\]!]{1,3})(?=[\s.,;:)]|$)")
# an article that opens its line ("Điều 2. ..."), as repaired
ARTICLE_START = regex.compile(r"^\s*Điều\s+(?P<n>\d{1,3})\.")
# and a school grade's (lớp 1 to 12): a lone look-alike, or one beside a digit ("Tuyển
# sinh vào lớp I và lớp 6", "Lớp l:" in a new notice's render); not two look-alikes, as
# an old text's "lớp II" may be Roman, nor one before a Roman numeral ("các lớp I, II")
GRADE = regex.compile(
    r"(?<![\p{L}\d])(?i:lop)\s+(?P<a>[Il|]|[0-9][Il|]|[Il|][0-9])(?=[\s.,;:)]|$)"
    r"(?!\s*(?:,|va)\s*[IVX]{1,4}(?![\p{L}\d]))")
# a count of two characters before a small-letter word, one a digit and one a look-alike,
# or before a dash and a figure, the first of a range ("(KH I0 - I1 triệu USD)", a
# public report's render; "có L7 thôn", a new report's render), or before a comma and a
# small-letter word, the count of a list's item ("(trợ cấp mai táng I1, trợ cấp một lần
# 6", a new report's render)
COUNT = regex.compile(
    r"(?<!\S)(?P<c>[0-9OIlLØ\]|§]{2})(?=\s+\p{Ll}|,\s+\p{Ll}\p{L}|\s*[-–]\s*[0-9OIl]?\d)")
# a table cell of a figure with a digit read as a look-alike ("Giao quân\tngười\tI8\tI8",
# our OCR of a new report's table): a cell of a few characters, digits and look-alikes,
# is no word
CELL_COUNT = regex.compile(r"(?:(?<=\t)|^)(?P<c>[0-9OIlØ|]{2,4})(?=\t|$)")
# a table cell's figure with an opening bracket before it and none closing (dev batch 64's
# render of a column of vaccine doses: "(133", "(219" at 77-84 in a table's row, whose
# print has no bracket): no cell opens a bracket it does not close. Not a square bracket,
# which is as often a 1 misread (a dev table's "[19" for 119, its "[102" for 102)
BRACKETED_CELL = regex.compile(r"(?<=\t)(?P<b>\()(?=\d+(?:[.,]\d+)*(?:\t|$))")
# a cell of one figure, an 8, read "§" (its usual misreading, above) between figures of a
# row ("11⇥2⇥§⇥1", a new report's table; it had gone as a speck)
EIGHT_CELL = regex.compile(r"(?<=\d\t)(?P<c>§)(?=\t\d)")
# 11 read as Roman II in a count before a small-letter word ("Trưởng thôn của II thôn",
# our OCR of a dev report, both renders), after a word a count follows (``COUNTED_AFTER``):
# a Roman numeral stands after the word it numbers ("quý III năm", "Phụ lục II kèm
# theo", "tổ II thôn Đông", "Chương trình II về"). (A lone "I" there is more often a
# speck raw Tesseract read: "đơn giản I hóa")
ROMAN_COUNT = regex.compile(r"(?<=(?<!\p{L})(?P<before>\p{Ll}+) )(?P<c>II)(?= \p{Ll})")
# a Roman numeral before that word: "quý I và II năm 2026", "Phụ lục I và II kèm theo" list
# Roman numerals, not counts
ROMAN_BEFORE = regex.compile(r"(?<![\p{L}\d])[IVX]+,?\s+$")
# words (without marks) a count follows: của, có, gồm, với, trong, và, cho, đạt, tổng,
# được, là, hết, thêm, còn, nhận, tại, ở, tăng, giảm ("tăng I vụ so với năm 2025", a new
# report's render), dưới, trên ("trẻ em dưới I tuổi", another's)
COUNTED_AFTER = frozenset(("cua co gom voi trong va cho dat tong duoc la het them con nhan"
                           " tai o tang giam duoi tren").split())
# the same after a label's colon, before what reports count ("bảo trợ xã hội: II thủ tục",
# a photo of a new decision): a Roman numeral after a colon stands alone ("Xếp loại: II")
ROMAN_COUNT_AFTER_LABEL = regex.compile(
    r"(?<=: )(?P<c>II)(?= (?:thu tuc|ho so|nguoi|ho|truong hop|van ban|don vi|luot|thon|xa"
    r"|to chuc|ca nhan)(?!\p{L}))")
# a one-digit count read as its look-alike before a word that counts or measures ("và l
# đợt lũ", "Hồi § giờ 30 phút": our OCR of new documents, the digit then dropped as a
# speck; "l gói" in a new plan's column of quantities, "85 suất", "400 chiếc"): neither
# "l" nor "§" is a word (on the text without marks)
_COUNTED = (r"(?:dot|lan|luot|gio|phut|nguoi|ho|ha|km|tan|ty|trieu|cuoc|buoi|thon|xa|don vi"
            r"|van ban|truong hop|tuoi|truong|lop|phong hoc|diem truong|ho so|thu tuc|can bo"
            r"|cong chuc|hoc sinh|tre em|goi|suat|chiec|giai|bo|cai|ngay)(?!\p{L})")
LONE_COUNT = regex.compile(rf"(?<!\S)(?P<c>[l§])(?= {_COUNTED})")
# and a month's 8 so read after "tháng", before no word or figure ("Một văn bản tháng §
# phát hành", a new report's render): no word is "§"
MONTH_EIGHT = regex.compile(r"(?<=(?<!\p{L})(?i:thang) )(?P<c>§)(?![\p{L}\d])")
# and a capital I, after a comma or an opening bracket, before any word in small letters:
# "(6 hồ sơ đất đai, I hồ sơ chứng thực)" (our OCR of a new notice), "2 bình bột, I bình
# khí" (of a new report). A Roman numeral follows the word it numbers ("quý I"), and a
# speck read "I" sits between words ("đơn giản I hóa"), not after a mark
LONE_COUNT_AFTER_MARK = regex.compile(r"(?:(?<=, )|(?<=\())(?P<c>I)(?= \p{Ll})")
# and anywhere before a magnitude, in either case: "TRỒNG I TỶ CÂY XANH", "trồng I tỷ cây"
# (a public plan's render, both lines). No Roman numeral or speck stands before tỷ, triệu,
# nghìn ("ngân" is no magnitude: "quý I ngân sách")
MAGNITUDE_COUNT = regex.compile(r"(?<!\S)(?P<c>I)(?= (?i:ty|trieu|nghin)(?!\p{L}))")
# and after a word a count follows (``COUNTED_AFTER``), before a word in small letters: "2
# trường tiểu học và I trường trung học" (a new report's render; the other render read
# "l"), "2 giáo họ và I" + "thánh thất" on the next line (a new report's render). A Roman
# numeral follows the word it numbers ("quý I", "khu vực I"), never "và" or "có"
LONE_COUNT_AFTER_WORD = regex.compile(
    r"(?<=(?<!\p{L})(?P<before>\p{Ll}+) )(?P<c>I)(?= \p{Ll})")
# a count of two figures whose second 1 OCR read as an I apart ("dân số; 1 I" + "cơ sở thờ
# tự" on the next line, a new report's render): no Roman numeral follows a figure
SPLIT_COUNT = regex.compile(r"(?<![\p{L}\d.,/])(?P<c>[1-9] [Il])(?= \p{Ll})")
TO_ONE_DIGIT = {"l": "1", "§": "8", "I": "1"}
TIME_WORD_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:ngay|thang|nam)\s+$")
TIME_WORD_AFTER = regex.compile(r"(?i)\s+(?:thang|nam)(?!\p{L})")
# a percentage: at most 100 before the comma, one or two decimals after it
# "100%" before a noun with its % read "3" or "4" ("1003 văn bản", "1004 thôn": our OCR
# of the dev documents, 4 times in 110); a count of a thousand or more is written "1.003"
HUNDRED_PERCENT = regex.compile(r"(?<![\S])(?P<p>100[34])(?=\s+\p{Ll})")
# a square metre after a number with its "²" read "?" or "Ÿ" ("4.200 m?" both dev
# renders of a report that writes m², "30 m?" in seed 001): no report asks a question so
# (or "°": "20 m°", a new report's render; a temperature is "°C" and follows the figure;
# or "Ỷ": "2,3 mỶ", a new letter's render; or a closing quote no quote opened: "162,4
# km”," in a party resolution's render; or "Ý": "2.350 mÝ đất", a new report's render)
SQUARE_READS = "?Ÿ°ỶÝ”ể"  # "ể": "10.840 mể." in a new report's render
_UNIT_READ = rf"(?P<unit>(?P<m>k?m)[{SQUARE_READS}])(?=[\s,.;:)]|$)"
SQUARE_UNIT = regex.compile(r"(?<=\d ?)" + _UNIT_READ)
# a table's cell of the unit alone, its "²" so read ("m?" in a new submission's column of
# units, under "Đơn vị"); a cell "m2" may be typed so, and stays, but where the document
# writes m² (below)
_CELL = r"(?:(?<=\t)|^)(?P<unit>(?P<m>k?m){})(?=\t|$)"
SQUARE_CELL = regex.compile(_CELL.format(f"[{SQUARE_READS}]"))
# a rate per square metre ("3.150 đồng/m?/năm" in a new decision's render, "đồng/m”")
SQUARE_RATE = regex.compile(rf"(?<=/)(?P<unit>(?P<m>k?m)[{SQUARE_READS}])(?=[/\s,.;:)]|$)")
# a unit in a table head's brackets ("Diện tích (m?)"), its raised figure so read: "(m°)"
# under "Khối lượng" in both renders of a new report's table
_BRACKETED = r"(?<=\()(?P<unit>(?P<m>k?m){})(?=\))"
BRACKETED_UNIT = regex.compile(_BRACKETED.format(f"[{SQUARE_READS}]"))
# a raised 3 reads as a raised 2 does ("41.350 mỶ" after "khối lượng đất đào đắp" in a
# new report's render): the unit is the one its nearest measure before it asks for, on
# the line without its marks (``raised_digit``)
UNIT_MEASURE = regex.compile(r"(?i)(?<!\p{L})(?:dien tich|khoi luong|the tich)(?!\p{L})")
# a document that writes cubic metres, so, or as OCR misreads them after a volume's word
CUBIC_METRES = regex.compile(
    rf"k?m³|(?i:khối lượng|thể tích)[^\n]*?(?:\d ?|\()k?m[{SQUARE_READS}](?=[\s,.;:)]|$)")
# in such a document, an "m3" after a figure is its raised 3 read level ("41.350 m3"
# beside "(m°)" under "Khối lượng", a new report's render)
# and in a document that writes square metres, an "m3" after an area's word is its raised
# 2 so read ("tổng diện tích thu hồi 98.560 m°, trong đó đất ở 6.420 m3", a new report's
# render): nothing measures an area in cubic metres (``level_three``)
LEVEL_CUBE = regex.compile(r"(?<=\d ?)(?P<unit>(?P<m>k?m)3)(?=[\s,.;:)]|$)|" +
                           _CELL.format("3"))
# the unit of a figure that ends the line before, its raised figure so read ("41.350" +
# "mỶ; trong đó", a new report's render)
UNIT_AT_START = regex.compile("^" + _UNIT_READ)
FIGURE_AT_END = regex.compile(r"(?<![\p{L}\d])\d+(?:[.,]\d+)*\s*$")
SQUARE_METRES = regex.compile(r"(?<=\d ?|/)k?m²|(?:(?<=\t)|^)k?m²(?=\t|$)|" +
                              SQUARE_UNIT.pattern + "|" + SQUARE_CELL.pattern + "|" +
                              SQUARE_RATE.pattern)
# a metre's "m" read "rn" after a figure or as a table's cell ("rn" at 38 in the unit
# column of a new submission's render); no word is so spelt
METRE_READ_RN = regex.compile(r"(?:(?<=\d ?)|(?<=\t))(?P<unit>k?rn(?:2|²)?)(?=\t|[\s,.;:)]|$)")
# an amount with a thousands stop read as a colon ("Tổng cộng⇥2.312.000:000", a new
# decision's render): groups of three digits, the colon after a stop's group; a map's
# scale has its colon first ("1:2.000.000") and a time no stop
COLON_FOR_THOUSANDS = regex.compile(r"(?<![\d.,:/])\d{1,3}(?:\.\d{3})+:\d{3}(?:\.\d{3})*"
                                    r"(?![\d.,:])")
# a millilitre's "l" read "]", "|" or "1" after a figure ("250 ml hoặc 350 m])." in a
# new plan's render), or "ì" before a closing mark ("350 mì)." in its other render): no
# measure is so spelt, and a noodle is counted by its packet
MILLILITRE_READ = regex.compile(r"(?<=\d ?)(?P<unit>m(?:[\]|1]|ì(?=[,.;:)])))(?=[\s,.;:)]|$)")
# in a document that writes m², an "m2" after a figure is its raised 2 read level ("2,3
# m2" beside "156,8 m?" on a new letter's render), and so is a cell of "m2" alone (the
# new submission's other cells, beside its "m?")
LEVEL_SQUARE = regex.compile(r"(?<=\d ?)(?P<unit>(?P<m>k?m)2)(?=[\s,.;:)]|$)|" +
                             _CELL.format("2") + "|" + _BRACKETED.format("2"))
# an area in square kilometres whose raised 2 OCR lost ("diện tích tự nhiên 162,4 km," in
# two dev renders): no area is measured in kilometres
AREA_IN_KM = regex.compile(
    r"(?i)\bdien tich(?:\s+\p{L}+){0,3}\s+\d+(?:[.,]\d+)*\s?(?P<unit>km)(?![²2\p{L}\d])")
SPLIT_DECIMAL = regex.compile(r"(?<![\d.,])(?:100|\d{1,2})(?P<decimals>, \d{1,2}) ?%")
# a list number at a line's start with its 8 read "§" ("§. Sơ kết", "5§. Xây dựng"): no
# report writes the section sign there
LIST_NUMBER = regex.compile(r"^\s*(?P<k>\d?§\d?)(?=\.\s+\p{Lu})")
# a "§" beside an 8 is that 8 read twice ("Số: 18§9/BC-UBND" for 189, "5§8/KH-UBND" for 58:
# both of the two in our OCR of the dev renders)
EIGHT_READ_TWICE = regex.compile(r"(?<=8)§|§(?=8)")
# a number with an 8 read "§" ("bằng 5§,6% dự toán"; its first digit, before a thousands
# stop: "Tổng cộng⇥§.765", a new budget report's table): no text writes the sign in a number
SECTION_SIGN_NUMBER = regex.compile(
    r"(?<![\p{L}\d§])(?P<k>\d+§\d*|§\d+|§(?=[.,]\d))(?=(?:[.,]\d+)*%?(?![\p{L}\d§]))")
# a decimal read as a look-alike letter, before a percent sign or a range's dash ("KH giảm
# từ 1,Š - 2%", a public report's render: no word is a figure, a comma and one letter)
DECIMAL_LOOKALIKE = regex.compile(
    r"(?<![\p{L}\d.,])\d{1,3},(?P<d>[OoØSsIlZ§B])(?=\s*%|\s*[-–]\s*\d)")
# a percentage with a digit read as its look-alike ("tăng 6,I%", our OCR of a new report;
# "l5%"): a digit among them, nothing but a figure stands before "%"
PERCENT_LOOKALIKE = regex.compile(
    rf"(?<![\p{{L}}\d.,])(?P<p>{_CH}{{1,3}}(?:,{_CH}{{1,2}})?)(?= ?%)")
# a quarter with its Roman I's read as ones before the year ("Quý 1/2026" for "Quý
# I/2026": our OCR of the dev renders, 8 times in 9)
# (on the text as written: "quỹ", a fund, is not "quý"; text without marks writes "quy")
QUARTER = r"(?i)(?<!\p{L})qu[yý]\s+"
BEFORE_YEAR = r"(?=/(?:19|20)\d\d)"  # "Quý I/2026"
QUARTER_IN_ONES = regex.compile(QUARTER + r"(?P<q>1{1,3}|1V)" + BEFORE_YEAR)
# "Quý H/2026": the two I's of "II" joined into an H (a scan of a bordered table's cell);
# "quý IH/2021", two of the three I's of "III" so (our OCR of a public report's render)
# and before "năm 2026" as before "/2026", and an I read as a bracket: "quý IH năm 2026",
# "quý [II năm 2026", "quý [ năm 2029" (dev reports rendered in Liberation Serif)
QUARTER_H_NUMERAL = r"(?P<q>H|IH|HI|\[I{0,2})(?=/(?:19|20)\d\d|\s+(?i:năm)\s+(?:19|20)\d\d)"
QUARTER_H = regex.compile(QUARTER + QUARTER_H_NUMERAL)
# and the numeral alone at a line's start, "quý" ending the line before (a table's cell
# that wrapped: "- Quý" + "H/2026" in a render of seed 003)
QUARTER_H_AT_START = regex.compile(r"^\s*" + QUARTER_H_NUMERAL)
QUARTER_AT_END = regex.compile(r"(?i)(?<!\p{L})qu[yý]\s*$")
# a Roman numeral after "khu vực" or "quý" read with an "l" or "1" among its I's ("Kho
# bạc Nhà nước khu vực l1", a new decision's render: the regional offices of the
# Treasury, tax and customs are so numbered since 2025); a numeral of figures alone is
# written so ("khu vực 1", "quý 2"), but no figure has a letter among its digits (nor a
# "|": a pipe table's "| Khu vực | Số hộ |" in a dev plan); or with a mark on an I ("Kho
# bạc Nhà nước khu vực VỊ", a new decision's render, had become "vị")
NUMBERED_WORD = r"(?<![\p{L}\d])(?i:(?P<quarter>quy)|khu vuc)\s+"
ROMAN_AFTER_WORD = regex.compile(NUMBERED_WORD + r"(?P<r>[IVl1]{1,4})(?=[\s.,;:)/]|$)")
ROMAN_OF_I = str.maketrans("l1", "II")
# what ends before such a numeral
NUMBERED_WORD_AT_END = regex.compile(NUMBERED_WORD + "$")
ROMAN_QUARTERS = frozenset(("I", "II", "III", "IV"))
ROMAN_AREAS = ROMAN_QUARTERS | {"V", "VI", "VII", "VIII"}
# the fraction slash Tesseract now and then reads for a slash, or beside one ("I/⁄2026");
# not a speck's: "=⁄" alone beside a recipient line was a signature's stroke
FRACTION_SLASH = regex.compile(r"(?<=[\p{L}\d])/?⁄/?|/?⁄/?(?=\d)")
# the per mille sign after a figure, which Tesseract's vie reads "%o" (a salinity's "4‰",
# every time in a new plan's renders); no text writes "%o"
PER_MILLE = regex.compile(r"(?<=\d)%o(?![\p{L}\d])")
# a Roman quarter, also as OCR misreads it where no figure can stand: "H/2026" (II),
# "11/2026" and "111/2026" (there is no eleventh quarter)
ROMAN_QUARTER = regex.compile(
    QUARTER + r"(?:I{1,3}|IV|(?:H|1{2,3})" + BEFORE_YEAR + r")(?![\p{L}\d])")
ARABIC_QUARTER = regex.compile(QUARTER + r"[2-4](?!\d)")
# areas numbered in figures ("Khu vực 2", "khu vực 3": a ward's table of its areas) and
# none in Roman numerals: there an "l" after "khu vực" is a 1, not the Roman I ("Khu vực
# l" had become "Khu vực I" in a new report's table)
AREA = r"(?i)(?<![\p{L}\d])khu\s+v[uự]c\s+"
ARABIC_AREA = regex.compile(AREA + r"[2-9](?![\p{L}\d])")
ROMAN_AREA = regex.compile(AREA + r"(?:II|III|IV|VI{0,3})(?![\p{L}\d])")
# "quý" read with another tone before its quarter's numeral ("Quỷ IV", our OCR of a new
# plan's table, which repair kept: "quỷ" is a word); not "quỹ", a fund
QUARTER_TONE_MISREAD = regex.compile(
    r"(?<!\p{L})[Qq]u[ỳỷỵ](?=\s+(?:I{1,3}|IV)(?![\p{L}\d])|\s+[1-4]" + BEFORE_YEAR + ")")
# a decimal comma; and a decimal comma read as a stop: two decimals after a stop (a
# thousands separator has three), then a unit or a table cell's end ("đạt 4.82 tỷ đồng",
# "16<tab>14.50<tab>": our OCR of the dev and written reports, 4 times in 4), after a
# space or tab (a heading's "2.10" starts its line)
DECIMAL_COMMA = regex.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d,])")
DECIMAL_STOP = regex.compile(
    r"(?<=[ \t])\d{1,3}(?P<stop>\.)\d{2}(?![\d.,/])"
    r"(?=\s*(?:%|(?:tỷ|triệu|nghìn|ngàn|đồng|ha|km|tấn|điểm|lần)(?!\p{L}))|[ \t]*\t|\s*$)")
# one decimal after a stop, the figure a table cell's whole, the row's last or before
# another figure ("98.4" among "98,6", "97,9": a new appendix's column of percentages);
# "Công nghiệp 4.0" is no cell's figure alone, a sub-item's "1.1" comes before its text
CELL_DECIMAL_STOP = regex.compile(
    r"(?<=\t)\d{1,3}(?P<stop>\.)\d(?=[ \t]*\t[ \t]*\d|\s*$)")
# one decimal after a stop before a percent sign or a unit of amount ("(84.2%)" among
# "87,5%" and "91,3%" in our OCR of a new report) or of area ("diện tích 156.8 m²", a new
# letter's render): a thousands separator has three digits after it, and a sub-item's
# "2.1" comes before no such sign
_AREA = rf"k?m(?:[²2{SQUARE_READS}]|(?!\p{{L}}))"
UNIT_DECIMAL_STOP = regex.compile(
    r"(?<![\d.,])\d{1,3}(?P<stop>\.)\d(?![\d.,/])"
    rf"(?=\s*(?:%|(?:tỷ|triệu|nghìn|ngàn|ha|km|tấn)(?!\p{{L}})|{_AREA}))")
# a decimal stop after thousands groups ("3.134.7" in a new report's yields table, both
# renders): thousands have three digits, so a last group of one or two is decimals
GROUPED_DECIMAL_STOP = regex.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?P<stop>\.)\d{1,2}(?![\d.,/])")
# a phone number's last group whose first 1 OCR read as an I apart from the rest
# ("0254.3862.I 17", a new letter's render); a group of digits never starts with a letter
GROUP_ONE_APART = regex.compile(
    r"(?<=\d{3,4}\.\d{3,4}\.)(?P<group>[Il|] (?P<rest>\d{1,3}))(?![\d\p{L}])")
DATE_WORD_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:ngay|tu|den|toi)\s+$")
# a clock time as notices write it ("08h00", "7h30"), its hour's digits read as
# look-alikes, an 11's first 1 apart ("0§h00", "1 Ih00" in our OCR of a public notice's
# render): a time's hour can only be figures
CLOCK_TIME = regex.compile(
    r"(?<![\p{L}\d])(?P<h>(?:1 (?=[Il|]))?[0-2§Il|]?[0-9§Il|])h(?=[0-5][0-9](?!\d))")
# the minute sign after a clock time ("08h00’") read as a degree sign, with or without
# an apostrophe before it ("0§h00'°", "1 Ih00°"); a closing quote may end a quotation
CLOCK_PRIME = regex.compile(r"(?<=[\d§Il|]h[0-5][0-9])(?P<p>'?°)(?=[\s,.;)]|$)")
MAX_LOOKALIKES = {"d": 2, "m": 2, "y": 1, "n": 2}
MIN_DIGITS = {"d": 0, "m": 0, "y": 3, "n": 1}  # "tháng I I" is 11; "số II/" may be Roman
VALID = {"d": range(1, 32), "m": range(1, 13), "y": range(1900, 2100), "n": range(1, 100_000)}


@dataclass(frozen=True)
class NumberStyle:
    """How a document writes numbers: its quarters in Roman numerals ("Quý II", "quý IV"),
    as reports do, and none in figures that OCR does not confuse with I's ("Quý 2/2026");
    decimals with a comma ("86,45 điểm", "58,6%"); square metres with a raised 2 ("m²", or
    as OCR misreads it, ``SQUARE_UNIT``)."""

    roman_quarters: bool = False
    arabic_areas: bool = False
    decimal_comma: bool = False
    square_metres: bool = False
    cubic_metres: bool = False


PLAIN = NumberStyle()  # what is assumed of a line without its document


def number_style(text: str) -> NumberStyle:
    return NumberStyle(
        roman_quarters=ROMAN_QUARTER.search(text) is not None and
        ARABIC_QUARTER.search(text) is None,
        arabic_areas=ARABIC_AREA.search(text) is not None and ROMAN_AREA.search(text) is None,
        decimal_comma=DECIMAL_COMMA.search(text) is not None,
        square_metres=SQUARE_METRES.search(text) is not None,
        cubic_metres=CUBIC_METRES.search(text) is not None)


def _measure(before: str) -> str | None:
    """The last measure's word in ``before`` (``UNIT_MEASURE``), without marks, in small
    letters."""
    measures = UNIT_MEASURE.findall(before)
    return measures[-1].lower() if measures else None


def raised_digit(before: str) -> str:
    """The raised figure of a square or cubic metre whose unit comes after ``before``
    (the line up to it, without its marks): "³" after a volume's word ("khối lượng",
    "thể tích") nearer than an area's ("diện tích"), else "²"."""
    return "³" if _measure(before) not in (None, "dien tich") else "²"


def level_three(before: str, style: NumberStyle) -> str | None:
    """What an "m3" after ``before`` (``LEVEL_CUBE``) stands for: "²" after an area's word
    where the document writes square metres, "³" where it writes cubic metres and no
    area's word is nearer, else nothing (the unit as typed)."""
    measure = _measure(before)
    if measure == "dien tich" and style.square_metres:
        return "²"
    return "³" if style.cubic_metres and measure != "dien tich" else None


@dataclass(frozen=True)
class DigitFix:
    start: int
    end: int
    original: str
    replacement: str


def quarters_in_ones(line: str) -> list[DigitFix]:
    """A quarter's Roman I's read as ones before its year, made Roman ("Quý 1/2026" ->
    "Quý I/2026"): for a document that writes its quarters in Roman numerals."""
    return [DigitFix(*match.span("q"), match.group("q"), match.group("q").replace("1", "I"))
            for match in QUARTER_IN_ONES.finditer(line)]


def quarter_tone_fixes(line: str) -> list[tuple[int, int, str]]:
    """(start, end, "quý") of each quarter's word read with another tone
    (``QUARTER_TONE_MISREAD``), in the case written."""
    return [(m.start(), m.end(), m.group()[:2] + "ý") for m in QUARTER_TONE_MISREAD.finditer(line)]


def _overlaps(fixes: list[DigitFix], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in fixes)


def digit_fixes(line: str, style: NumberStyle = PLAIN,
                line_before: str = "", next_text: str = "") -> list[DigitFix]:
    """``style``: how the document writes numbers (``number_style``): where it writes
    quarters in Roman numerals, a quarter in ones is its I's misread; where it writes
    decimal commas, a decimal stop is a comma misread. ``line_before``: the line before,
    where it ends with "quý" (``QUARTER_AT_END``) or a figure (its unit may start this
    line, ``UNIT_AT_START``); ``next_text``: the next line, where it goes on
    with this line's sentence (a count at a line's end counts its first word)."""
    folded = strip_marks(line)
    if len(folded) != len(line):
        return []
    fixes = []
    if style.decimal_comma:
        for pattern in (DECIMAL_STOP, CELL_DECIMAL_STOP, UNIT_DECIMAL_STOP,
                        GROUPED_DECIMAL_STOP):
            for match in pattern.finditer(line):
                fixes.append(DigitFix(*match.span("stop"), ".", ","))
    quarters = list(QUARTER_H.finditer(line))
    if QUARTER_AT_END.search(line_before) and (first := QUARTER_H_AT_START.match(line)):
        quarters.insert(0, first)
    for match in quarters:
        fixes.append(DigitFix(*match.span("q"), match.group("q"),
                              match.group("q").upper().replace("H", "II").replace("[", "I")))
    for match in DECIMAL_LOOKALIKE.finditer(folded):
        start, end = match.span("d")
        fixes.append(DigitFix(start, end, line[start:end], match.group("d").translate(TO_DIGITS)))
    for match in FRACTION_SLASH.finditer(line):
        fixes.append(DigitFix(*match.span(), match.group(), "/"))
    for match in PER_MILLE.finditer(line):
        fixes.append(DigitFix(*match.span(), match.group(), "‰"))
    if style.roman_quarters:
        fixes.extend(quarters_in_ones(line))
    for pattern in (DAY_MONTH, MONTH_YEAR, MONTH_MARK, YEAR, NUMBER):
        for match in pattern.finditer(folded):
            for group, value in match.groupdict().items():
                if not value or value.isdigit() or _overlaps(fixes, *match.span(group)):
                    continue
                read = EIGHT_READ_TWICE.sub("", value.replace(" ", ""))
                digit_count = sum(ch.isdigit() for ch in read)
                if len(read) - digit_count > MAX_LOOKALIKES[group] or \
                        digit_count < MIN_DIGITS[group]:
                    continue
                digits = read.translate(TO_DIGITS)
                if digits.isdigit() and int(digits) in VALID[group]:
                    start, end = match.span(group)
                    fixes.append(DigitFix(start, end, line[start:end], digits))
    for match in CHAINAGE.finditer(folded):
        read = match.group("n")
        if not _overlaps(fixes, *match.span("n")) and read != read.translate(TO_DIGITS):
            fixes.append(DigitFix(*match.span("n"), read, read.translate(TO_DIGITS)))
    for match in HOUSE_NUMBER.finditer(folded):
        read = match.group("n")
        if not read.isdigit() and not _overlaps(fixes, *match.span("n")):
            fixes.append(DigitFix(*match.span("n"), read,
                                  read.replace(" ", "").translate(TO_DIGITS)))
    for match in SLASH_DATE.finditer(folded):
        day, month = (match.group(g).replace(" ", "").translate(TO_DIGITS) for g in "dm")
        fixed = f"{day}/{month}/{match.group('y')}"
        # a day split in two ("1 1/11/2025") only where a date is announced: after
        # "Khoản 2" the "2" is not part of it
        split_day = " " in match.group("d") and not DATE_WORD_BEFORE.search(
            folded[:match.start()])
        if day.isdigit() and month.isdigit() and int(day) in VALID["d"] and \
                int(month) in VALID["m"] and fixed != match.group() and not split_day:
            fixes.append(DigitFix(match.start(), match.end(), line[match.start():match.end()],
                                  fixed))
    for match in MONTH_WORD.finditer(folded):
        word = match.group("w")
        if word.lower() != "thang":
            start, end = match.span("w")
            fixes.append(DigitFix(start, end, line[start:end],
                                  "THÁNG" if word.isupper() else "tháng"))
    for match in YEAR_WORD.finditer(folded):
        start, end = match.span("w")
        word = line[start:end]
        proper = "NĂM" if word.isupper() else "Năm" if word[0].isupper() else "năm"
        if word.lower() != "năm":
            fixes.append(DigitFix(start, end, line[start:end], proper))
    for match in DATE_WORD_SLASH.finditer(folded):
        fixes.append(DigitFix(*match.span("slash"), "/", " "))
    for match in DATE_SPECK_LETTER.finditer(line):
        fixes.append(DigitFix(*match.span("s"), match.group("s"), ""))
    for match in DATE_SPECKS.finditer(folded):
        for gap in "abcd":
            start, end = match.span(gap)
            marks = line[start:end].strip()
            spaced = line[start:end] != marks
            at = line.index(marks, start) if marks else start
            # a speck glued to a word or figure; one between spaces is a chunk of its own
            if marks and not (line[start].isspace() and line[end - 1].isspace()) and \
                    not _overlaps(fixes, at, at + len(marks)):
                fixes.append(DigitFix(at, at + len(marks), marks, "" if spaced else " "))
    for match in CLOCK_TIME.finditer(line):
        hour = match.group("h")
        digits = hour.replace(" ", "").translate(TO_DIGITS)
        if hour != digits and digits.isdigit() and int(digits) < 24 and \
                not _overlaps(fixes, *match.span("h")):
            fixes.append(DigitFix(*match.span("h"), hour, digits))
    for match in CLOCK_PRIME.finditer(line):
        fixes.append(DigitFix(*match.span("p"), match.group("p"), "’"))
    for match in ROMAN_AFTER_WORD.finditer(folded):
        read = match.group("r")
        roman = read.translate(ROMAN_OF_I)
        written = line[match.start("r"):match.end("r")]
        # or with a mark on an I ("khu vực VỊ"), not in capitals ("KHU VỰC VỊ TRÍ")
        marked = written != read and not line[match.start():match.start("r")].isupper()
        if (roman != read or marked) and not read.isdigit() and \
                roman in (ROMAN_QUARTERS if match.group("quarter") else ROMAN_AREAS) and \
                not _overlaps(fixes, *match.span("r")):  # a quarter's, read above
            arabic = style.arabic_areas and not match.group("quarter") and "V" not in roman
            fixes.append(DigitFix(*match.span("r"), written,
                                  roman.replace("I", "1") if arabic else roman))
    for match in [*ARTICLE.finditer(folded), *GRADE.finditer(folded)]:
        start, end = match.span("a")
        # a pipe table's stroke after a cell's "khoản" (an item of cost) parts two cells
        if not match.group("a").isdigit() and not (
                match.group("a") == "|" and PIPE_TABLE_ROW.match(line)):
            fixes.append(DigitFix(start, end, line[start:end],
                                  match.group("a").translate(TO_DIGITS)))
    for match in EIGHT_CELL.finditer(line):
        fixes.append(DigitFix(*match.span("c"), "§", "8"))
    if line.count("\t") >= 2:
        for match in BRACKETED_CELL.finditer(line):
            fixes.append(DigitFix(*match.span("b"), match.group("b"), ""))
    cells = CELL_COUNT.finditer(line) if "\t" in line else ()
    for match in [*COUNT.finditer(line), *cells]:
        count = match.group("c")
        digits = count.translate(TO_DIGITS)
        # a date's day or month is read above, where its value is checked ("ngày 4O"); a
        # count of months or years that could be no day stays too, but one that could is
        # that count ("Trẻ I§ tháng tiêm vắc xin" in a new report's table: 18 months)
        in_date = TIME_WORD_BEFORE.search(folded[:match.start()]) or TIME_WORD_AFTER.match(
            folded[match.end():]) and not (digits.isdigit() and int(digits) in VALID["d"])
        # a digit, or the section sign, which no word writes (OCR's 8: "0§h00")
        if any(ch.isdigit() or ch == "§" for ch in count) and not count.isdigit() and \
                not in_date and not _overlaps(fixes, *match.span()):  # an article's number
            fixes.append(DigitFix(match.start(), match.end(), count, digits))
    for match in [*LONE_COUNT.finditer(folded), *LONE_COUNT_AFTER_MARK.finditer(folded),
                  *MAGNITUDE_COUNT.finditer(folded)]:
        fixes.append(DigitFix(*match.span("c"), match.group("c"), TO_ONE_DIGIT[match.group("c")]))
    for match in MONTH_EIGHT.finditer(folded):
        if not _overlaps(fixes, *match.span("c")):  # a date's month, read above
            fixes.append(DigitFix(*match.span("c"), "§", "8"))
    # after a word a count follows: "I" before a counted word, "II" before any word
    # ("gồm II" at a line's end, "thành viên" first on the next: a new report's render)
    joined = f"{folded} {strip_marks(next_text)}" if next_text else folded
    for pattern, digits in ((LONE_COUNT_AFTER_WORD, "1"), (ROMAN_COUNT, "11")):
        for match in pattern.finditer(joined):
            if match.group("before") in COUNTED_AFTER and match.end("c") <= len(line) and \
                    not ROMAN_BEFORE.search(joined, 0, match.start("before")):
                start, end = match.span("c")
                fixes.append(DigitFix(start, end, line[start:end], digits))
    for match in SPLIT_COUNT.finditer(joined):
        if match.end("c") <= len(line):
            start, end = match.span("c")
            fixes.append(DigitFix(start, end, line[start:end], line[start] + "1"))
    for match in ROMAN_COUNT_AFTER_LABEL.finditer(folded):
        fixes.append(DigitFix(*match.span("c"), "II", "11"))
    section_signs = [*LIST_NUMBER.finditer(line), *SECTION_SIGN_NUMBER.finditer(line)] \
        if "§" in line else []  # most lines have none: two scans spared
    for match in section_signs:
        start, end = match.span("k")
        if not _overlaps(fixes, start, end):  # a date's, read above
            read = line[start:end]
            fixes.append(DigitFix(start, end, read, EIGHT_READ_TWICE.sub("", read).replace(
                "§", "8")))
    for match in PERCENT_LOOKALIKE.finditer(folded):
        start, end = match.span("p")
        read = match.group("p")
        if any(ch.isdigit() for ch in read) and not read.replace(",", "").isdigit() and \
                not _overlaps(fixes, start, end):
            fixes.append(DigitFix(start, end, line[start:end], read.translate(TO_DIGITS)))
    squares = (SQUARE_UNIT, SQUARE_CELL, SQUARE_RATE, BRACKETED_UNIT, LEVEL_SQUARE) \
        if style.square_metres else (SQUARE_UNIT, SQUARE_CELL, SQUARE_RATE, BRACKETED_UNIT)
    for match in (match for pattern in squares for match in pattern.finditer(line)):
        start, end = match.span("unit")
        if line[end - 1] == "”" and "“" in line[:start]:  # a quotation's end
            continue
        raised = "²" if line[end - 1] == "2" else raised_digit(folded[:start])
        fixes.append(DigitFix(start, end, line[start:end], match.group("m") + raised))
    unit = UNIT_AT_START.match(line) if FIGURE_AT_END.search(line_before) else None
    if unit:
        fixes.append(DigitFix(*unit.span("unit"), unit.group("unit"),
                              unit.group("m") + raised_digit(strip_marks(line_before))))
    if style.cubic_metres or style.square_metres:
        for match in LEVEL_CUBE.finditer(line):
            raised = level_three(folded[:match.start("unit")], style)
            if raised:
                fixes.append(DigitFix(*match.span("unit"), match.group("unit"),
                                      match.group("m") + raised))
    for match in METRE_READ_RN.finditer(line):
        start, end = match.span("unit")
        if not _overlaps(fixes, start, end):
            fixes.append(DigitFix(start, end, line[start:end],
                                  line[start:end].replace("rn", "m")))
    for match in MILLILITRE_READ.finditer(line):
        fixes.append(DigitFix(*match.span("unit"), match.group("unit"), "ml"))
    for match in AREA_IN_KM.finditer(folded):
        start, end = match.span("unit")
        if not _overlaps(fixes, start, end):
            fixes.append(DigitFix(start, end, line[start:end], "km²"))
    for match in COLON_FOR_THOUSANDS.finditer(line):
        if not _overlaps(fixes, *match.span()):
            fixes.append(DigitFix(*match.span(), match.group(), match.group().replace(":", ".")))
    for match in HUNDRED_PERCENT.finditer(line):
        start, end = match.span("p")
        fixes.append(DigitFix(start, end, line[start:end], "100%"))
    for match in GROUP_ONE_APART.finditer(line):
        fixes.append(DigitFix(*match.span("group"), match.group("group"),
                              "1" + match.group("rest")))
    for match in SPLIT_DECIMAL.finditer(line):
        start, end = match.span("decimals")
        fixes.append(DigitFix(start, end, line[start:end], line[start:end].replace(" ", "")))
    return sorted(fixes, key=lambda f: f.start)


def numbered_word_before(text: str) -> bool:
    """Whether ``text`` ends with "quý" or "khu vực" and a space, which a Roman numeral
    follows (``ROMAN_AFTER_WORD``)."""
    return NUMBERED_WORD_AT_END.search(strip_marks(text[-16:])) is not None


def articles_by_sequence(read: list[str], lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, number) in ``lines`` (repaired) of each article number that
    breaks its articles' count where a look-alike OCR read beside a digit was taken for a
    digit: "Điều I1." (at 59, dev batch 69's decision) became "Điều 11." before "Điều 2.";
    without the look-alike it is the article the count wants. ``read``: the lines as OCR
    read them, the same length where the number stands."""
    articles = [(n, m) for n, line in enumerate(lines) if (m := ARTICLE_START.match(line))]
    fixes = []
    for k, (number, match) in enumerate(articles):
        wanted = int(articles[k - 1][1].group("n")) + 1 if k else 1
        after = int(articles[k + 1][1].group("n")) if k + 1 < len(articles) else None
        written = match.group("n")
        start, end = match.span("n")
        as_read = read[number][start:end]
        if int(written) == wanted or after != wanted + 1 or len(as_read) != len(written):
            continue
        for at, char in enumerate(as_read):
            if not char.isdigit() and written[:at] + written[at + 1:] == str(wanted):
                fixes.append((number, start, end, str(wanted)))
                break
    return fixes
