"""Document codes, symbols and numbered headings, as OCR damages them.

A report cites other documents by number and symbol ("22/QĐ-UBND", "33/2023/NĐ-CP"):
such codes are kept as written, except that the Đ of a known symbol comes back ("QD" ->
"QĐ", also where Tesseract printed the Icelandic Eth), a lost hyphen between a document
type and its issuer returns ("45/KHUBND" -> "45/KH-UBND") and specks glued to a number go.
A frequent abbreviation that OCR misread by one letter of like shape ("TIHC") is read as
it; a heading's Roman numeral whose I's were read as "1", "l" or "|" is whole again, and
one that lost its stop gets it back; a first item's "1." read "I." under a Roman heading
is "1." again; the archive line of a recipient list gets its VT ("Lưu: VL"), commas and
closing stop back, and its dash where OCR read an underscore; a recipient item's "CT,
PCT" gets its comma and an item's dash with specks glued to it ("-_'TT") its space; a
signing authority's "TL:" over the signer's title is "TL."; a table head's "TT." (or
"TÍ" before a head's cells, or "11...", "IT-" over its first row) is "TT"; a recipient's
"(b/c)" misread as "(b/©)" or "(h/c)" is whole again; the national title that ends a
header line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is whole and apart from the issuer's
column again, and so is the motto under it; a line that is a document type in capitals
("PHUONG AN") reads as that type.

Contract: ``fix_code(chunk) -> chunk``, ``fix_heading(line) -> line``,
``lost_heading_stop(line, chunks) -> bool``, ``first_item_number(line, line_before) ->
offset | None``, ``archive_marks(line)``, ``chair_marks(line)``,
``authority_marks(line)``, ``head_marks(line, next_line)`` and ``item_dash_marks(line) -> {start:
(end, code)}``, ``garbled_archive(column) -> item | None``, ``national_title(line) ->
(start, title) | None``, ``motto(line) -> (start, end) | None``,
``document_type_line(line) -> (start, end, type) | None``,
``misread_abbreviation(capitals, model) -> abbreviation | None``; the patterns tell
``api`` which chunks are codes (``CODE``, ``URL_OR_MAIL``, ``BROKEN_CODE``).
"""

from __future__ import annotations

import regex
from rapidfuzz.distance import Levenshtein

from diacritics.model import Model
from diacritics.numbers import LOOKALIKES
from diacritics.syllable import strip_marks

# a web or mail address; also one whose scheme lost a slash ("https:/dichvucong.gov.vn",
# seed 001) or a bare domain ("quanggiao.thanhhoa.gov.vn"): its labels are no syllables
URL_OR_MAIL = regex.compile(
    r"(?i)^(?:https?:/|www\.)|@\p{So}*\w+\.|\w\.(?:gov|com|org|net|edu|vn)(?:\.vn)?(?!\w)")
# the ring of an "@" read once more as a symbol of its own: "quynhson@®nghean.gov.vn" (both
# renders of the one dev report with an address)
MAIL_RING = regex.compile(r"(?<=\w@)\p{So}+(?=\w)")
# and the "@" itself read as a bracket before its ring: "namdong(®thuathienhue.gov.vn" (our
# OCR of a new notice, one render of two); or the ring as a bracket before the "@", or a
# second "@": "quynhson(@nghean.gov.vn", "muongkhen(@@hoabinh.gov.vn" (7 of the 9 dev
# reports' addresses rendered in Liberation Serif, a Times-like font)
MAIL_AT_AS_BRACKET = regex.compile(r"(?<=\w)(?:\(\p{So}|\(?@{2,}|\(@)(?=[\w-]+\.)")
# an e-mail or web address itself, without what OCR glued before it ("tại:dichvucong...");
# its letters carry no Vietnamese marks ("vanphỏng.namdan@nghean.gov.vn": a new
# invitation at 150 dpi)
ADDRESS = regex.compile(
    r"[\w.-]+@[\w-]+(?:\.[\w-]+)+|(?i:https?://?|www\.)[\w./?=&%-]+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?i:gov|com|org|net|edu|vn)(?:\.vn)?(?!\w)")
# a letter no address holds: "ø" is a g ("hanoi.øov.vn", "snv@øialai.gov.vn": both of
# our OCR's), and a 1 between a domain's letters an i ("chisocchc.g1alai.gov.vn", a new
# letter's; an e-mail's name before its "@" may hold digits)
ADDRESS_LETTERS = str.maketrans("øØ", "gG")
DOMAIN_ONE = regex.compile(r"(?<=\p{L})1(?=\p{L}[\w-]*\.)")
# a Vietnamese domain's second level is one of a few words ("dichvucong.hanoi.gov.vn");
# a label there with a letter no address holds is that word misread ("hanoi.øov.vn": our
# OCR of a new notice's portal address)
SECOND_LEVEL = ("gov", "com", "org", "net", "edu")
MISREAD_SECOND_LEVEL = regex.compile(r"(?<=\.)(\p{L}{3})(?=\.vn(?!\w))")
# a unit or abbreviation written with a slash ("V/v", về việc; "km/h") is a code too, and
# the million đồng of a budget's figures ("12,5 tr.đồng", "ĐVT: Tr.đ")
CODE = regex.compile(r"\d.*[/\\]|[/\\].*\d|^/\p{Lu}|^\p{Lu}[\p{Lu}\d]*(?:[-&/][\p{Lu}\d]+)+\W*$"
                     r"|^\d{1,5}\p{Lu}{2,4}-\p{Lu}"
                     r"|^\p{L}{1,2}/\p{L}{1,2}\W*$|^[Tt]r\.đ(?:ồng)?\W*$")
# "- Lưu: VT." (kept in the archive, văn thư) ends nearly every document's recipient list,
# its codes parted by commas and closed by a stop (all 67 archive lines of the train seeds
# and the dev documents; in a two-column block read across, the signer's title or name
# follows: "- Lưu: VT. PHÓ CHỦ TỊCH"). Tesseract reads the VT as "VL", "VI", "VD", "VÌ",
# "VF", "VŨ" or "VE", drops the small stop and comma ("VT Lê Thị Hồng Nhung", "VT VP Phùng
# Thế Anh": 12 times in our OCR of the dev documents), reads the stop as a comma or, as the
# list's last code, as an "L" ("VTL"), or a speck after it as a letter ("VTF.").
# "Luu:" in legacy garble; "LƯU:" read in capitals ("- LƯU: VTL, 1E", a new decision's
# render)
# its colon read as a semicolon too ("- Lưu; VT.", a Times-like font's render); its dash
# read as an underscore ("_ Lưu: VL KT.", alone on a new report's last page) or a quote
# (``ARCHIVE_QUOTE_LEAD``)
ARCHIVE_LINE = regex.compile(
    r"^(?P<lead>[\W_]*?)\s*(?P<label>L(?i:[ưu]u))\s*(?P<colon>[:;])\s*")
ARCHIVE_DASH_READ = regex.compile(r"\s*_\s*")
# "“ LUU: VỀ VỀ" for "- Lưu: VT, VP." (a new plan's last page, its label in capitals
# without the horn): a quote opens no archive line
ARCHIVE_QUOTE_LEAD = regex.compile(r"^\s*(?P<quote>[“”\"‘’'])(?=\s+L(?i:[ưu]u)\s*[:;])")
# "Y1", "YT1" too; "VIE" (legacy); "Vì" (a new decision's scan, "- Lưu: Vì, VỀ."), "VỊ"
# (a new notice's render, "- Lưu: VỊ."); an E
# with marks as the first code ("- Lưu: VỀ 1C-KT," our OCR of a new submission); its
# T and comma read as two letters ("- Lưu: VLŨ VP-TK.", a new plan's render); "VỤ" (a
# new report's render, "- Lưu: VỤ KE")
MISREAD_VT = regex.compile(r"V[LI]?[LIDÌìÍỈĨỊ1|lFŨỤEÈÉẺẼẸÊỀẾỂỄỆ]|YT?1")
VT_STOP_READ_L = regex.compile(r"VT[LI|]")
VT_WITH_SPECK = regex.compile(r"VT[FEIL]")
# a later code's P read as an E or F, the E now and then with a mark: "VỀ", "VỆ", "VE" for
# VP (the office), "TE" for TP: our OCR of the dev renders' small archive lines, 4 of their
# 100 word errors at the time; no office's code is a V or T and an E
MISREAD_P = regex.compile(r"[VT][EFÈÉẺẼẸÊỀẾỂỄỆ]")
# and a later code's T so read: "KE", "KẾ" for KT (the commune's economic office), "ĐE" for
# ĐT (new reports' renders: "- Lưu: VD KẾ", "- Lưu: VT, ĐE."); no office's code is a K,
# Đ or C and an E
MISREAD_T = regex.compile(r"[KĐC][EÈÉẺẼẸÊỀẾỂỄỆ]")
# the drafter's name (and the copies kept) in brackets after the codes, before the stop:
# "- Lưu: VT, VP (Thọ).", "- Lưu: VT, (Hà 05b)."
ARCHIVE_DRAFTER = regex.compile(r"\([\p{L}\d .]{1,20}\)[.;]?")
# a signer's name after the codes, its column gap lost: two to four words in title case
ARCHIVE_SIGNER = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,3}")
# an archive item whose label OCR garbled: a few marks, the label, a colon (or semicolon)
# and one to three codes: the first of up to four characters, the others of up to eight (a
# unit's, "TTPVHCC": Trung tâm Phục vụ hành chính công)
GARBLED_ARCHIVE = regex.compile(
    r"\W{0,4}(?P<label>[\p{L}\d]{1,5}(?: [\p{L}\d]{1,2})?) ?[:;] ?"
    r"(?P<codes>[\p{Lu}\d][\p{L}\d]{0,3}(?:[,.;:]? [\p{Lu}\d][\p{L}\d]{0,7}){0,2})[,.;:]?")
LABEL_DIGITS = str.maketrans({"1": "l", "0": "o", "|": "l"})
# a code may have two parts ("TC-KT", the accountant's: "- Lưu: VŨ TC-KT" on a new
# submission's scan, whose VT then took the list's stop), or a mark OCR gave it ("VỀ" for
# VP, a new decision's scan: two or three capitals and a mark, not the signer's title
# on the same line, "PHÓ CHỦ TỊCH", nor a name's word, "VĂN PHÒNG")
# and a T read as a "1" at a code's start ("1C-KT", the same scan)
# a code may meet the next without a space when OCR read the comma and space between them
# as a colon ("- Lưu: VI:VP" for "VT, VP.", a new letter's render)
ARCHIVE_CODE = regex.compile(
    rf"([A-ZĐ1][A-ZĐ]{{1,5}}(?:-[A-ZĐ]{{2,6}})?|\p{{Lu}}{{2,3}}(?=[,;:.])|{MISREAD_VT.pattern}"
    rf"|{MISREAD_T.pattern})"
    r"([,;:.]?|-(?=\s*$))(?=\s|$|(?<=[,;:])[A-ZĐ]{2})")
# "(b/c)", to report to (báo cáo), after a recipient: our OCR read 5 of 15 on the dev
# pages as "(b/©)", "(b/C)", "(h/c)", "(b/€)" or "(hb/C)" (the last not mended here: the
# line's length would change under the spans of the edits after it; WIDE_REPORT_NOTE)
REPORT_NOTE = regex.compile(r"\((?!b/c\))[bh]/[c©C¢€]\)")
# and after "để" (so as to) inside the bracket: "(để b/c)" read "(để b/C)" twice in a
# render of seed 003
NOTE_AFTER_TO = regex.compile(r"(?<=\([Đđ]ể )(?!b/c\))[bh]/[c©C¢€](?=\))")
# and with one letter read as two, a symbol among them ("(b/©C)", twice on 197 dev pages),
# or the slash's top as an accented i ("(bí/c)", 7 times on the dev reports rendered in
# Liberation Sans), or its c lost ("(b/);", a new report's render): a word of its own,
# replaced whole where the length may change
WIDE_REPORT_NOTE = regex.compile(
    r"(?P<note>\((?:[bh]/[c©C¢€]{2}|hb/[c©C¢€]|b[íìi]/[c©C¢€]|b/)\))[;,.]?")
# AI in brackets after "trí tuệ nhân tạo" with its I read as an l: "nhan tao (Al)", three
# times in the real scan of seed 000 (aluminium, "nhôm (Al)", stays)
AI_READ_AL = regex.compile(r"(?<=(?i:\bt[aạ]o) )\(Al\)")
# in a recipient list's item, "(Đ/c)" too (the b read as a Đ, twice on the dev pages),
# and the slash read as a letter ("(bíc)", a new directive's; the decoder had made it
# "(bị)"); elsewhere "đ/c" is a comrade (đồng chí)
RECIPIENT_REPORT_NOTE = regex.compile(r"\((?!b/c\))[bhĐ][/íìịil|][c©C¢€]\)")
# "TT" (thường trực, the standing body) before the body in a recipient item, a T read as a
# letter of like shape: "TF HĐND", "FT Đảng ủy", "TẾ HĐND", "TP HĐND" (5 of 14 renders of
# the reports in bench/dev_reports; same length, so the spans after it stay put)
STANDING = regex.compile(
    r"(?<!\p{L})(?:T[FILPYEẾ]|[FILY]T)(?=\s+(?:HĐND|HDND|UBND|MTTQ|Đảng|ĐẢNG)\b)")
# a document code whose hyphen OCR read twice, the rest as a word of its own
# ("428/QĐ- -UBND"): one code again. Only the doubled hyphen is OCR's for sure: typists
# write "06/QĐ- TTg" and "HĐND- UBND" too (the clean seeds do), so those stay.
BROKEN_CODE = regex.compile(r"^(?:\S*\d\S*/\S*\p{Lu}|\p{Lu}{2,})-$")
CODE_REST = regex.compile(r"^-(\p{Lu}[\p{Lu}\d&]+\p{Ll}?)(\p{P}*)$")
# "HD" stays: it is the symbol of a hướng dẫn (Nghị định 30/2020, appendix III). A
# provincial department's symbol as issuer regains its Đ too: Giáo dục và Đào tạo, Kế hoạch
# và Đầu tư, Lao động - Thương binh và Xã hội ("112/KH-SGDDT" in a dev plan's text without
# marks); and a department's office of land, Quản lý đất đai ("1127/SNNMT-QLĐĐ", a new
# report's stripped text)
CODE_SYMBOLS = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "DU": "ĐU", "DH": "ĐH", "CD": "CĐ",
                "BCD": "BCĐ", "DT": "ĐT", "DTN": "ĐTN", "TTHDND": "TTHĐND",
                "GDDT": "GDĐT", "SGDDT": "SGDĐT", "KHDT": "KHĐT", "SKHDT": "SKHĐT",
                "LDTBXH": "LĐTBXH", "QLDD": "QLĐĐ"}
# the abbreviations of document types (Nghị định 30/2020, appendix III) glued to an issuer
GLUED_SYMBOL = regex.compile(
    r"(?<=/)(NQ|Q[ĐD]|CT|QC|Qy[ĐD]|TB|H[ĐD]|CTr|KH|PA|[ĐD]A|BC|BB|TTr|C[ĐD]|GUQ|GM|GGT|PC)"
    r"(UBND|H[ĐD]ND|[ĐD]U|BCĐ|BCD|VP)(?![\p{L}\d])")
# a document's number glued to its type, the slash lost ("Số: 15NQ-HĐND" in a new
# resolution's scan; "15/2025NQ-HĐND" too)
SLASH_LOST = regex.compile(
    r"(?<![\p{L}\d])(\d{1,5})(?=(?:NQ|Q[ĐD]|CT|QC|TB|H[ĐD]|CTr|KH|PA|[ĐD]A|BC|BB|TTr|C[ĐD]"
    r"|GM|PC|TT|N[ĐD]|UBND|H[ĐD]ND)-\p{Lu})")
# the document's number glued to its label, the space lost ("Số:133/KH-UBND", a new
# plan's scan)
LABEL_GLUED = regex.compile(r"^(Số|SỐ):(?=\d)")
# and a central document's: a decree of the government, a circular of a ministry or of
# its office ("01/2023/TTVPCP" on a photo of a new report; "TTCP" is the government's
# inspectorate, an issuer itself)
GLUED_CENTRAL_SYMBOL = regex.compile(
    r"(?<=/)(?!TTCP(?![\p{L}\d]))(N[ĐD]|Q[ĐD]|NQ|CT|TT)"
    r"(CP|TTg|VPCP|BNV|BTC|BTP|BCA|BYT|BXD|BCT|BQP|BTNMT|BTTTT|BKH[ĐD]T|BGD[ĐD]T|BL[ĐD]TBXH"
    r"|BNNPTNT|BVHTTDL|BKHCN|NHNN)(?![\p{L}\d])")
# the abbreviations reports write hundreds of times each (50 to 1,400 times in the LM's
# text; the next, "MTTQ", 33): a misread of one is still read as it
FREQUENT_ABBREVIATIONS = ("UBND", "HĐND", "TTHC", "CCHC")
LONG_ABBREVIATION = 6  # letters: so long an abbreviation is one letter off no other
# capitals OCR prints for one another (read, meant), marks stripped ("TƯHC" is "TUHC"):
# I, U and E as on the dev pages ("TIHC", "TƯHC", "CCHẼ"), and shapes as close as those
LOOK_ALIKES = {("I", "T"), ("U", "T"), ("Y", "T"), ("L", "T"), ("E", "C"), ("G", "C"),
               ("O", "C"), ("O", "D"), ("B", "D"), ("N", "H"), ("M", "N"), ("H", "N"),
               ("V", "U")}
# a heading's Roman numeral with its I's read as "1", "l" or "|" ("|.", "1V.", "V11."),
# before a title in capitals: not a list item whose first word, and no other, OCR printed
# in capitals ("1. VỊ trí địa lý:", a public plan's render) or is an abbreviation ("1.
# UBND xã chỉ đạo"); legacy garble's heading has capitals further on ("1. MUC dich, yeu CAU")
ROMAN_HEADING = regex.compile(
    r"^(\s*)([|l1I]{1,3}|[|l1I]?[VX][|l1I]{0,3})\.(?=\s+\p{Lu}{2,})"
    r"(?!\s+\p{Lu}{2,}(?:[ \t]+[^\s\p{Lu}]\S*)+[ \t]*$)")
ROMAN_I = str.maketrans("|l1", "III")
STOPLESS_I = str.maketrans("il", "II")
ROMAN_WITHOUT_STOP = regex.compile(r"I{1,3}|IV|VI{0,3}|IX|X")
# a first item's "1." read as a Roman "I." or as a bracket "[." (no text opens so)
FIRST_ITEM_READ_ROMAN = regex.compile(r"^(\s*)[I\[]\.(?=\s+\p{Lu}\p{Ll})")
HEADING_LINE = regex.compile(r"^\s*[IVX|l1]{1,4}\.\s+\p{Lu}{2,}")
# a line opened by a list's number or a heading's Roman numeral; a list's second item
NUMBERED_LINE = regex.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.,:]\s")
SECOND_ITEM = regex.compile(r"^\s*2\.\s+\p{Lu}")
SECOND_HEADING = regex.compile(r"^\s*2\.\s+(?:\p{Lu}+\s+)?\p{Lu}{2,}")  # "2. Ý KIẾN"
TENTH_ITEM = regex.compile(r"\s*10\.\s")
# a table row's number in its first cell, before the tab to the next: the "1" Tesseract
# reads beside a cell border as "I" or "l", a number with what is left of the border
# beneath or above it ("2_", "Iˆ": the top row's, in two new documents' scans), or with
# a stop the rows after it do not have ("I.", a new plan's scan); a group's letter with
# such a speck ("A_", "B_": a new budget notice's table, thrice in its two renders); and
# the second row's number
ROW_NUMBER_CELL = regex.compile(
    r"^(\s*)(?:(?P<one>[Il|\[i])(?P<stop>\.?)|(?P<number>\d{1,3}))"
    r"(?P<speck>[_ˆ^]*|\s*[-–—]+)\t|^(\s*)(?P<letter>[A-H])(?P<underline>[_ˆ^]+)\t")
SECOND_ROW = regex.compile(r"^\s*2[_ˆ^]*\t")
FIRST_ROW = regex.compile(r"^\s*1[_ˆ^]*\t")
TABLE_HEAD = regex.compile(r"^\s*S?TT\W*\t")
# a row numbered in its first cell, with a stop or none ("3⇥Chứng thực", "3.⇥Chứng thực");
# or whose number OCR read as a speck or a look-alike of one character ('"' for a 4, the
# last row of a new plan's table; with a bracket after it, "l)" for an 8 between 7 and 9 in
# a new report's column of months); or as two letters or digits ("P4" for a 2, a new
# resolution's money table), which only the rows on both sides may count
NUMBERED_ROW = regex.compile(
    r"^\s*(?:(?P<n>\d{1,3})|(?P<misread>[\"'“”‘’`*^~]{1,2}|[Il|\[\]!SBZzG§]\)?"
    r"|(?P<pair>[\p{L}\d]{2})))(?P<stop>\.?)\t")
# the rest of a group's row: its title in capitals, no other cell ("I⇥CẢI CÁCH THỂ CHẾ")
GROUP_TITLE = regex.compile(r"\t\s*[\p{Lu}\d][\p{Lu}\d\s,\-–]*$")
# "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the right column of every header's first line, which
# Tesseract reads across: its first word glued to the issuer or lost, its last letter
# lost (our OCR of the dev documents: 16 damaged in 121)
NATIONAL_TITLE_TEXT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_TITLE = regex.compile(
    r"(?P<cong>(?:[CŒ(\d]?[ỘÔO]NG))?\s*(?P<rest>(?P<hoa>HÒA|HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NA"
    r"\p{Lu}?[.,:;]?)\s*$")
CONG_ENDS_LINE = regex.compile(r"(?<![\p{L}])CỘNG\s*$")
MOTTO_TEXT = "Độc lập - Tự do - Hạnh phúc"
# the motto in a header column, its letters without marks a few edits off (the English
# model's "Doc lap - Fu do - Hanh phitic", "Độc lập - Tự do - Hạnh Êê" on raw pages):
# matched on the line's letters without marks, in small letters
MOTTO = regex.compile(r"(?be)(?:doc lap ?- ?tu do ?- ?hanh phuc){e<=4}")
# the motto's letters ("doclaptudohanhphuc"): a match must keep most of them
MOTTO_LETTERS = len(regex.sub(r"[^\p{L}]", "", MOTTO_TEXT))
# the types a document names itself by, on a line of their own in capitals under its number
DOCUMENT_TYPES = ["BÁO CÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CÔNG VĂN", "TỜ TRÌNH", "THÔNG BÁO",
                  "NGHỊ QUYẾT", "CHỈ THỊ", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "BIÊN BẢN",
                  "QUY CHẾ", "QUY ĐỊNH", "THÔNG TƯ", "NGHỊ ĐỊNH", "PHƯƠNG ÁN", "DỰ ÁN",
                  "GIẤY MỜI", "CÔNG ĐIỆN",
                  # a table sent on its own: an appendix to a report, a list, a summary
                  "PHỤ LỤC", "DANH SÁCH", "DANH MỤC", "BIỂU TỔNG HỢP"]
TYPE_BY_LETTERS = {strip_marks(t).replace(" ", ""): t for t in DOCUMENT_TYPES}
# a line of capitals, specks around it aside ("_ KE HOACH", "KE HOACH\t:")
CAPITALS_LINE = regex.compile(r"^[\W_]*(?P<words>\p{Lu}+(?: \p{Lu}+){0,2})[\W_]*$")
CAPITALS_WORD = regex.compile(r"\p{Lu}+[,;]?")  # a word of a heading in capitals
TITLE_NUMBER = regex.compile(r"\d{1,4}(?:[-–/]\d{1,4})?[,;]?")  # "2025", "2021-2025"
LEADING_CODE_SPECK = regex.compile(r"^[_'‘’`]+(?=\d)")
# Tesseract reads Đ as the Icelandic Eth (Ð, same length), sometimes doubled ("QĐÐ")
ETH = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})
# an inverted "¡" glued to a letter is its i ("W¡-Fi": our OCR of a new document's minutes);
# Vietnamese writes no "¡"
INVERTED_I = regex.compile(r"(?<=\p{L})¡|¡(?=\p{L})")
# "QĐÐ", "NQ/ĐÐĐH": one Đ read two or three times (the eths are Đ by then): three, or two
# in a decision's or decree's type; other symbols have two of the typist's ("QLĐĐ" of
# Quản lý đất đai, in "1127/SNNMT-QLĐĐ" of a new report's clean text, had lost one;
# "ĐĐBQH", "VPĐKĐĐ")
DOUBLED_D = regex.compile(r"Đ{3,}|(?<=(?<!\p{L})[QN])ĐĐ(?=-|$)")
# the Đ of a decision's symbol read as a small b by the English model ("23/Qb-UBND" in
# seed 001's garble): after the number's slash, before the issuer's hyphen
QD_READ_B = regex.compile(r"(?<=\d/)Qb(?=-)")
# the Prime Minister's "TTg" after a decision's or directive's type, garbled ("06/QĐ-TTEg"
# in our OCR of a dev plan; "TTG", "TIg"): no other issuer reads so
PRIME_MINISTER = regex.compile(r"(?<=/(?:Q[ĐD]|CT|C[ĐD])-)T[TIl1][A-Za-z]?[gGq](?![\p{L}\d])")
CAPITALS_RUN = regex.compile(r"(?<![\p{L}])(\p{Lu}{2,6})(?![\p{L}])")  # a symbol in a code
# a speck read as an apostrophe between a symbol's capitals ("1978/QĐ-BT'TTT", our OCR of a
# new decision): no symbol holds one
SYMBOL_APOSTROPHE = regex.compile(r"(?<=\p{Lu})['’‘`´](?=\p{Lu})")
ROMAN_LETTER = regex.compile("[IVX]")
# the 1 of a National Assembly's term after "QH" in a law's number read as a capital I or
# an l ("203/2025/QHI5" in our OCR of a public report's render): the term is all digits
ASSEMBLY_TERM_ONE = regex.compile(r"(?<=/QH)[Il|](?=\d\b)")


def _second_level(label: regex.Match[str]) -> str:
    text = label.group(1)
    if text.isascii():
        return text
    near = [word for word in SECOND_LEVEL if Levenshtein.distance(text.lower(), word) == 1]
    return near[0] if len(near) == 1 else text


def mend_letter_symbols(line: str) -> str:
    """Letters OCR printed as symbols of their shape: an eth (Ð, ð) is Đ, đ, and an "¡"
    glued to a letter is an i. The line keeps its length."""
    return INVERTED_I.sub("i", line.translate(ETH))


def _address(match: regex.Match[str]) -> str:
    name, at, domain = strip_marks(match.group()).translate(ADDRESS_LETTERS).rpartition("@")
    return name + at + DOMAIN_ONE.sub("i", domain)


def fix_code(chunk: str) -> str:
    """Đ inside known document symbols: 22/QD-UBND -> 22/QĐ-UBND (23/Qb-UBND too); the
    hyphen OCR lost between a document type and its issuer: 45/KHUBND -> 45/KH-UBND, and
    the slash between a number and its type: 15NQ-HĐND -> 15/NQ-HĐND, and the space after
    its label: Số:133/KH-UBND -> Số: 133/KH-UBND; a speck glued to the front of a number
    or date: '30/7/2025 -> 30/7/2025; an address's "@®" and "(®" -> "@", its
    domain's "øov.vn" -> "gov.vn" and its letters without marks; the Prime Minister's
    garbled "TTg" (06/QĐ-TTEg -> 06/QĐ-TTg); an apostrophe between a symbol's capitals
    goes (QĐ-BT'TTT -> QĐ-BTTTT); the 1 of the Assembly's term read as I (QHI5 -> QH15)."""
    chunk = LEADING_CODE_SPECK.sub("", DOUBLED_D.sub("Đ", chunk.translate(ETH)))
    chunk = SYMBOL_APOSTROPHE.sub("", chunk)
    chunk = QD_READ_B.sub("QĐ", chunk)
    chunk = MAIL_RING.sub("", MAIL_AT_AS_BRACKET.sub("@", chunk))
    if URL_OR_MAIL.search(chunk):
        chunk = MISREAD_SECOND_LEVEL.sub(_second_level, chunk)
        chunk = ADDRESS.sub(_address, chunk)
    chunk = LABEL_GLUED.sub(r"\1: ", SLASH_LOST.sub(r"\1/", chunk))
    chunk = GLUED_CENTRAL_SYMBOL.sub(r"\1-\2", GLUED_SYMBOL.sub(r"\1-\2", chunk))
    chunk = CAPITALS_RUN.sub(lambda m: CODE_SYMBOLS.get(m.group(1), m.group(1)), chunk)
    chunk = ASSEMBLY_TERM_ONE.sub("1", chunk)
    return PRIME_MINISTER.sub("TTg", chunk)


def fix_heading(line: str) -> str:
    def roman(m: regex.Match[str]) -> str:
        return m.group(1) + m.group(2).translate(ROMAN_I) + "."
    return ROMAN_HEADING.sub(roman, line, count=1)


def first_item_number(line: str, line_before: str) -> int | None:
    """Where the "I" of a first item's "1." read as "I." (or "[.") starts, if the line
    so begins right under a Roman heading ("III. THỜI GIAN" + "I. Thời gian: ..."): a
    Roman heading's title is in capitals and no heading follows another directly. Our
    OCR read 6 of the dev documents' first items so, and 2 more as "[."."""
    item = FIRST_ITEM_READ_ROMAN.match(line)
    return item.end(1) if item and HEADING_LINE.match(line_before) else None


def first_items_read_roman(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, "1") of each first item's "1." read as "I." (or "[.") that
    no heading stands over but the list's next number shows: the next numbered line is
    "2." ("xã yêu cầu:" + "I. Trung tâm ..." ... "2. Công an xã ..."; a Roman heading
    "I." is followed by its own items from "1." or by "II."). Twice in the fresh dev
    renders."""
    found = []
    for number, line in enumerate(lines):
        item = FIRST_ITEM_READ_ROMAN.match(line)
        if item is None:
            continue
        following = next((text for text in lines[number + 1:] if NUMBERED_LINE.match(text)),
                         "")
        if SECOND_ITEM.match(following):
            found.append((number, item.end(1), item.end(1) + 1, "1"))
    return found


def arabic_first_headings(lines: list[str]) -> frozenset[int]:
    """The lines opened by "1." before a title in capitals that number headings, not a
    Roman heading read with a "1" (``fix_heading``): the document's next numbered line is
    "2." before a title in capitals too ("1. KẾT QUẢ ĐẠT ĐƯỢC" + ... + "2. HẠN CHẾ"; a
    Roman "I." is followed by its own items from "1." or by "II."). Not a "2." before
    small letters: a raw scan's read that lost the first item under "I." ("1. CÔNG TÁC
    CHỈ ĐẠO" + "2. Công tác kiểm tra", a dev render). So is "11." after a numbered line
    "10." ("10. ..." + "11. TUYÊN TRUYỀN SỬ DỤNG ...", a written report's items in capitals)."""
    found = []
    for number, line in enumerate(lines):
        heading = ROMAN_HEADING.match(line)
        if heading is None or heading.group(2) not in ("1", "11"):
            continue
        if heading.group(2) == "11":
            before = next((text for text in reversed(lines[:number])
                           if NUMBERED_LINE.match(text)), "")
            if TENTH_ITEM.match(before):
                found.append(number)
            continue
        following = next((text for text in lines[number + 1:] if NUMBERED_LINE.match(text)),
                         "")
        if SECOND_HEADING.match(following):
            found.append(number)
    return frozenset(found)


# the letters lists are lettered with, in order (no f, j, w or z)
ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"
LETTERED_ITEM = regex.compile(r"(\s*)([a-zđ])\)")  # a list item's letter: "a)", "đ)"
# a lettered item whose bracket OCR read as a letter ("bỳ Nghị quyết" for "b) Nghị
# quyết", both renders of a public regulation), before a capital
ITEM_MARK_READ_AS_LETTER = regex.compile(r"\s*([a-zđ])([ỳ}\]jJ])(?= \p{Lu})")


def misread_item_marks(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, ")") of each lettered item's bracket read as a letter
    (``ITEM_MARK_READ_AS_LETTER``) where the lettered item before it in the text is the
    letter before ("a)" then "bỳ"): the list's order says it is an item."""
    found = []
    previous = ""
    for number, line in enumerate(lines):
        item = LETTERED_ITEM.match(line)
        if item and line[item.end():item.end() + 1].isspace():
            previous = item.group(2)
            continue
        misread = ITEM_MARK_READ_AS_LETTER.match(line)
        if misread and previous and previous in ITEM_LETTERS[:-1] and \
                ITEM_LETTERS[ITEM_LETTERS.index(previous) + 1] == misread.group(1):
            found.append((number, misread.start(2), misread.end(2), ")"))
            previous = misread.group(1)
    return found


def row_number_fixes(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, the number) of each table row's number that OCR damaged beside
    its cell border: a first cell read "I" (or "l", "|", "[") where the next row that has
    a tab is numbered 2 (a group's Roman "I" is followed by its rows from 1), the first
    group's "I" read "i_", "l" or "|" under the table's head, before a row numbered 1,
    with only its title in capitals beside it, and a number with underscores glued after
    it ("2_") or a dash its cell's border made ("I —", a new notice's photo); so is a
    group's letter with underscores ("A_")."""
    found = []
    for number, line in enumerate(lines):
        cell = ROW_NUMBER_CELL.match(line)
        if cell is None:
            continue
        if cell.group("letter"):
            found.append((number, cell.start("letter"), cell.end("underline"),
                          cell.group("letter")))
            continue
        if cell.group("number") is not None:
            if cell.group("speck"):
                found.append((number, cell.start("number"), cell.end("speck"),
                              cell.group("number")))
            continue
        following = next((text for text in lines[number + 1:] if "\t" in text), "")
        if SECOND_ROW.match(following) and cell.group("one") != "i" and not (
                cell.group("stop") and cell.group("speck")):
            # a stop stays for ``_row_sequence_fixes`` to judge by the rows after it
            end = cell.end("one") if cell.group("stop") else cell.end("speck")
            found.append((number, cell.start("one"), end, "1"))
        elif FIRST_ROW.match(following) and GROUP_TITLE.fullmatch(line[cell.end() - 1:]) and \
                (cell.group("one") != "I" or cell.group("speck")) and TABLE_HEAD.match(next(
                    (text for text in reversed(lines[:number]) if "\t" in text), "")):
            # the first group's Roman "I", under the table's head, read "i_", "l", "|"
            found.append((number, cell.start("one"), cell.end("speck"), "I"))
    mended = {(number, start) for number, start, _, _ in found}
    found += [fix for fix in _row_sequence_fixes(lines) if fix[:2] not in mended]
    mended = {(number, start) for number, start, _, _ in found}
    return found + [fix for fix in _sub_row_fixes(lines) if fix[:2] not in mended]


# a row's first cell numbered within a group ("2.1"), and one read without its stop
SUB_ROW = regex.compile(r"^\s*(?P<group>\d{1,2})\.(?P<n>\d{1,2})(?=\t)")
STOPLESS_SUB_ROW = regex.compile(r"^\s*(?P<n>\d{2,4})(?=\t)")


def _sub_row_fixes(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, the number) of a row numbered within a group whose stop OCR lost,
    between the rows before and after it in that group: "2.1", "22", "2.3" (a new report's
    table of land types) is "2.2". Only the digits of that number, in order, are read so."""
    rows = [(number, line) for number, line in enumerate(lines) if "\t" in line]
    found = []
    for (_, before), (number, line), (_, after) in zip(rows, rows[1:], rows[2:], strict=False):
        read, first, last = STOPLESS_SUB_ROW.match(line), SUB_ROW.match(before), \
            SUB_ROW.match(after)
        if read is None or first is None or last is None or \
                first.group("group") != last.group("group"):
            continue
        expected = int(first.group("n")) + 1
        if int(last.group("n")) == expected + 1 and \
                read.group("n") == f"{first.group('group')}{expected}":
            found.append((number, read.start("n"), read.end("n"),
                          f"{first.group('group')}.{expected}"))
    return found


def in_step(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two (row index, number) pairs count rows one by one."""
    return b[1] - a[1] == b[0] - a[0]


def out_of_step(known: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (row index, number) pairs of ``known`` out of step with the two around them,
    which are in step with each other: a row's number misread."""
    return {here for before, here, after in zip(known, known[1:], known[2:], strict=False)
            if in_step(before, after) and not in_step(before, here)}


def _out_of_step_ends(known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(index into ``known``, the number it stands for) of the first or last of three rows
    or more out of step with the two next to it, which are in step: "2", "3", "1" (a new
    report's last row, 4, read as a 1), with as many digits as that number, or with a 1
    more beside it: the table's rule ("11", "2", "3": a new report's first row)."""
    if len(known) < 3:
        return []
    ends = []
    for k, near, next_near in ((0, 1, 2), (len(known) - 1, -2, -3)):
        expected = known[near][1] - (known[near][0] - known[k][0])
        read = str(known[k][1])
        if in_step(known[next_near], known[near]) and not in_step(known[k], known[near]) \
                and expected > 0 and (len(str(expected)) == len(read) or read in (
                    f"1{expected}", f"{expected}1")):
            ends.append((k, expected))
    return ends


def _row_sequence_fixes(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, the number) of a table row's number out of step with the rows
    on either side (``out_of_step``: "3", "1", "5", the 4 read as a 1 in our OCR of a new
    decision's table); of a stop after it that neither of them has ("3." between "2" and
    "4") and most rows have not, or one lost that both and most rows have; of a number
    misread as a speck or a look-alike (``NUMBERED_ROW``) between rows one apart ("2",
    "~", "4"), or as the last row after two in step ("2", "3", '"'), or as the first
    before them. Rows are lines with a tab and a number in their first cell; a line
    without a tab between them (a blank one aside) ends the run."""
    runs: list[list[tuple[int, regex.Match[str]]]] = [[]]
    for number, line in enumerate(lines):
        cell = NUMBERED_ROW.match(line) if "\t" in line else None
        if cell is not None:
            runs[-1].append((number, cell))
        elif line.strip():
            runs.append([])
    found = []
    for run in runs:
        found += _misread_row_numbers(run)
        # the table's head ("TT") is no row without its number
        rows = sum(not TABLE_HEAD.match(lines[number]) for number, _ in run)
        run = [(number, cell) for number, cell in run if cell.group("n")]
        known = [(k, int(cell.group("n"))) for k, (_, cell) in enumerate(run)]
        renumbered = []
        for k, _ in sorted(out_of_step(known)):
            known[k] = (k, known[k - 1][1] + 1)
            renumbered.append(k)
        for k, expected in _out_of_step_ends(known) if len(run) == rows else ():
            known[k] = (k, expected)
            renumbered.append(k)
        for k in renumbered:
            number, cell = run[k]
            found.append((number, cell.start("n"), cell.end("n"), str(known[k][1])))
        with_stops = sum(bool(cell.group("stop")) for _, cell in run)
        if 2 * with_stops == len(run):
            continue
        most_have_stops = 2 * with_stops > len(run)
        for k, (number, cell) in enumerate(run):
            # the rows on either side, the next two of the first row, the two before the
            # last ("4", "5." in a new report's table)
            around = [k - 1, k + 1] if 0 < k < len(run) - 1 else [1, 2] if k == 0 else \
                [k - 2, k - 1] if k >= 2 else []
            if not around or around[-1] >= len(run) or not in_step(
                    known[around[0]], known[around[1]]) or not in_step(known[k], known[around[1]]):
                continue
            beside = {bool(run[j][1].group("stop")) for j in around}
            if beside != {most_have_stops} or bool(cell.group("stop")) == most_have_stops:
                continue
            if cell.group("stop"):
                found.append((number, cell.start("stop"), cell.end("stop"), ""))
            else:  # its stop lost ("2.", "3", "4.")
                found.append((number, cell.end("n"), cell.end("n"), "."))
    return found


# a table's total row: its only words "Cộng" (total), the rest of its cells figures; the
# decoder, reading the word alone, takes the commoner "Công" ("Cong" in dev batch 12's
# garble of a table of case counts, both renders)
_TOTAL_ROW = r"^\s*{empty}(?P<word>(?i:c[oôồốộổỗ]ng))(?=(?:\s*{border}\s*[\d.,%]*)+\s*$)"
TOTAL_ROW = regex.compile(_TOTAL_ROW.format(empty="", border=r"\t"))
# and in a table set by pipes, after its empty cells ("| | Cong | 512 | 406 |": "Cống" in
# the stripped text of dev batches 51 and 53)
PIPE_TOTAL_ROW = regex.compile(_TOTAL_ROW.format(empty=r"\|(?:\s*\|)*\s*", border=r"\|"))


def total_row_fixes(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, "Cộng") of each table total row's word read otherwise."""
    found = []
    for number, line in enumerate(lines):
        row = TOTAL_ROW.match(line) if "\t" in line else PIPE_TOTAL_ROW.match(line) \
            if line.lstrip().startswith("|") else None
        if row and row.group("word") not in ("Cộng", "CỘNG"):
            word = "CỘNG" if row.group("word").isupper() else "Cộng"
            found.append((number, row.start("word"), row.end("word"), word))
    return found


def _implied_number(values: list[int | None], k: int) -> int | None:
    """The number row ``k`` has if the rows count one by one to the nearest row with a
    number, past rows without one."""
    after = next((j for j in range(k + 1, len(values)) if values[j] is not None), None)
    before = next((j for j in range(k - 1, -1, -1) if values[j] is not None), None)
    if after is not None:
        return values[after] - (after - k)
    return None if before is None else values[before] + (k - before)


def _misread_row_numbers(run: list[tuple[int, regex.Match[str]]]
                         ) -> list[tuple[int, int, int, str]]:
    """``_row_sequence_fixes``'s rows whose number was read as a speck or a look-alike:
    the number the rows beside them count to."""
    values = [int(cell.group("n")) if cell.group("n") else None for _, cell in run]
    found = []
    for k, (number, cell) in enumerate(run):
        if values[k] is not None:
            continue
        before = values[k - 2:k] if k >= 2 else []
        after = values[k + 1:k + 3]
        if 0 < k < len(run) - 1 and None not in (values[k - 1], values[k + 1]) and \
                values[k + 1] - values[k - 1] == 2:
            value = values[k - 1] + 1
        elif cell.group("pair"):
            continue  # a first or last cell of two letters may be no number at all
        elif k == len(run) - 1 and len(before) == 2 and None not in before and \
                before[1] - before[0] == 1:
            value = before[1] + 1
        elif k == 0 and after == [2, 3]:
            value = 1
        elif (implied := _implied_number(values, k)) is not None and \
                LOOKALIKES.get(cell.group("misread")) == str(implied):
            value = implied  # its look-alike says so too ("|", "z", "3": a new plan's)
        else:
            continue
        values[k] = value
        found.append((number, cell.start("misread"), cell.end("misread"), str(value)))
    return found


# a line opened by a Roman numeral and its stop, then a title in capitals; and by what a
# poor scan makes of the I's of one ("Ii", "H.", "IH.", "1"), one space before the title
# a title in capitals, also one that opens with a word of one letter ("III. Ý KIẾN CÁC
# BÊN", a new minutes' heading, had been taken for a garbled numeral)
ROMAN_HEADING_LINE = regex.compile(
    r"^\s*(?P<numeral>[IVX]{1,4})\.\s+\p{Lu}(?:\p{Lu}|\s+\p{Lu}{2,})")
GARBLED_HEADING_LINE = regex.compile(
    r"^\s*(?P<numeral>[IiHlL1|!]{1,4}\.?) (?:\p{Lu}+[,;]? )+(?:\p{Lu}+|\d{4}(?:-\d{4})?)\s*$"
    # or an "I." read "L." before a title in small letters ("L. Điều kiện tự nhiên" under
    # "PHẦN I:", a public plan's render): no list is numbered with a capital L
    r"|^\s*(?P<numeral>L\.) \p{Lu}\p{Ll}*(?: \p{Ll}+)+\s*$")
STOPLESS_NUMERAL = regex.compile(r"\s*([IVX]{1,4})\s")
NATIONAL_TITLE_LETTERS = "CONG HOA XA HOI CHU NGHIA"
# a part or chapter, whose headings count from I again ("A. TÌNH HÌNH", "B. ĐỀ XUẤT")
PART_LINE = regex.compile(r"^\s*(?:[A-HJ-UWYZĐ]\.\s+\p{Lu}{2,}|(?i:phần|chương)\s)")
ROMAN_LETTER_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def heading_numeral(line: str) -> str | None:
    """The Roman numeral ("V", "IV") that opens a heading line in capitals ("V. NHIỆM
    VỤ"), when it is one as written; a lone "V" is no word to read ("U." had come out of a
    new report's legacy garble)."""
    heading = ROMAN_HEADING_LINE.match(line)
    if heading is None:
        return None
    numeral = heading.group("numeral")
    return numeral if to_roman(roman_value(numeral)) == numeral else None


def roman_value(text: str) -> int:
    """The value of a Roman numeral ("IV" 4); ``to_roman`` the other way."""
    total = 0
    for n, ch in enumerate(text):
        value = ROMAN_LETTER_VALUES.get(ch, 0)
        nxt = ROMAN_LETTER_VALUES.get(text[n + 1], 0) if n + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total


def to_roman(value: int) -> str:
    out = ""
    for number, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"),
                            (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


def roman_headings_by_sequence(read: list[str], lines: list[str]
                               ) -> list[tuple[int, int, int, str]]:
    """(line, start, end, numeral) in ``lines`` (repaired) of each heading numeral that a
    poor scan garbled in ``read`` (as OCR read it: "Ii MỤC ĐÍCH", "H. NỘI DUNG", "IH. TỔ
    CHỨC THỰC HIỆN", "1 ĐÁNH GIÁ" at 150 dpi), counted from the headings around it: the
    whole numeral before plus the headings between, or else the one after less them (the
    national title counts as a numeral 0: a document's first heading is I); both, when
    both stand, must agree. Only I to III, whose I's are what blurs; not a list's "1."
    before a title in capitals (``arabic_first_headings``)."""
    heads: list[tuple[int, int | None]] = []
    items = arabic_first_headings(read)
    for number, line in enumerate(read):
        if number in items:
            continue
        # as written (not "IIII", "VX"), or as repaired where that gave the numeral as
        # written its lost stop ("II CÁC KHU VỰC": ``lost_heading_stop``)
        numeral = heading_numeral(line)
        if numeral is None and (stopless := STOPLESS_NUMERAL.match(line)) and \
                heading_numeral(lines[number]) == stopless.group(1):
            numeral = stopless.group(1)
        value = roman_value(numeral) if numeral else 0
        if numeral and value <= 10:
            heads.append((number, value))
        elif GARBLED_HEADING_LINE.match(line):
            heads.append((number, None))
        elif PART_LINE.match(line) or not heads and \
                NATIONAL_TITLE_LETTERS in strip_marks(line).upper():
            heads.append((number, 0))
    fixes = []
    for k, (number, value) in enumerate(heads):
        if value is not None:
            # a whole stroke lost ("II. GIẢI PHÁP" read for III under the "II." of the
            # page before, a new report's render): a numeral that repeats the heading
            # just before (not its title: a line read twice), one I short of the next,
            # unless the heading after is that one
            next_value = heads[k + 1][1] if k + 1 < len(heads) else None
            repaired = ROMAN_HEADING_LINE.match(lines[number])
            if value in (1, 2) and k and heads[k - 1][1] == value and \
                    next_value != value + 1 and repaired and \
                    repaired.group("numeral") == to_roman(value) and \
                    _title(read[number]) != _title(read[heads[k - 1][0]]):
                fixes.append(_numeral_fix(number, lines[number], repaired, value + 1))
            continue
        guesses = set()
        before = next((j for j in range(k - 1, -1, -1) if heads[j][1] is not None), None)
        after = next((j for j in range(k + 1, len(heads)) if heads[j][1] is not None), None)
        if before is not None:
            guesses.add(heads[before][1] + k - before)  # type: ignore[operator]
        if after is not None and heads[after][1]:  # not across a part's start
            guesses.add(heads[after][1] - (after - k))  # type: ignore[operator]
        repaired = ROMAN_HEADING_LINE.match(lines[number]) or \
            GARBLED_HEADING_LINE.match(lines[number])
        # a numeral one stroke short that reads as the heading's just before ("Il." after
        # "II.": new documents' English-model garble, twice) is the next one: no document
        # numbers two headings alike
        repeats = before == k - 1 and _stems(read[number]) == heads[before][1]
        # and one a stroke short between two headings that both count to it ("Il." for III
        # between "II." and "IV.": the English model's garble, in new documents' renders)
        both = before is not None and after is not None and heads[after][1]
        # both neighbours count to it, whatever its strokes: a bold "II." read "IH." (the
        # dev reports rendered in a Times-like font with bold headings, 5 times), which the
        # strokes count as III
        agreed = both and before == k - 1 and after == k + 1
        if len(guesses) == 1 and (guess := guesses.pop()) in (1, 2, 3) and \
                (_stems_fit(read[number], guess) or repeats and guess == heads[before][1] + 1
                 or both and _stems(read[number]) == guess - 1 or agreed) \
                and repaired and \
                repaired.group("numeral").rstrip(".") != to_roman(guess):
            fixes.append(_numeral_fix(number, lines[number], repaired, guess))
    return fixes


def _numeral_fix(number: int, line: str, heading: regex.Match[str], value: int
                 ) -> tuple[int, int, int, str]:
    """The fix that gives ``heading``'s numeral (its stop included) ``value``."""
    start, end = heading.span("numeral")
    if line[end:end + 1] == ".":
        end += 1
    return number, start, end, to_roman(value) + "."


def _title(line: str) -> str:
    """A heading line's words after its numeral."""
    return regex.sub(r"^\s*\S+\s*", "", line).strip()


def _stems(line: str) -> int:
    """The strokes of the garbled numeral that opens ``line``: an H is two I's run
    together."""
    numeral = GARBLED_HEADING_LINE.match(line).group("numeral")  # type: ignore[union-attr]
    return sum(2 if ch == "H" else 1 for ch in numeral.rstrip("."))


def _stems_fit(line: str, value: int) -> bool:
    """Whether the garbled numeral that opens ``line`` has ``value``'s strokes
    (``_stems``); a last small stroke without a stop after it may be the stop ("Ii" for
    "I.")."""
    numeral = GARBLED_HEADING_LINE.match(line).group("numeral")  # type: ignore[union-attr]
    letters = numeral.rstrip(".")
    stems = _stems(line)
    return stems == value or (not numeral.endswith(".") and letters[-1] in "il1|!"
                              and stems - 1 == value)


def stopless_numeral(text: str) -> str:
    """``text`` as a Roman numeral, an I read as a small "i" or "l" beside a capital I, V
    or X ("Ii" is II) read as one; else ``text`` as it is."""
    return text.translate(STOPLESS_I) if ROMAN_LETTER.search(text) else text


def lost_heading_stop(line: str, chunks: list[regex.Match[str]]) -> bool:
    """Whether the first of a line's ``chunks`` is a heading's Roman numeral that lost its
    stop ("II CÁCH THỨC THỰC HIỆN", "Ii NỘI DUNG": ``stopless_numeral``): a space, then a
    title of two words or more in capitals, a number such as a year allowed ("II PHÂN
    TÍCH KẾT QUẢ NĂM 2025"); not a table's group cell, which a tab or a column's gap of
    spaces follows ("I   CẢI CÁCH THỂ CHẾ", as a text layer or our truth writes a row)."""
    first = chunks[0]
    title = [c.group() for c in chunks[1:]]
    return ROMAN_WITHOUT_STOP.fullmatch(stopless_numeral(first.group())) is not None and \
        len(title) >= 2 and line[first.end()] == " " and line[first.end() + 1] != " " and \
        sum(bool(CAPITALS_WORD.fullmatch(w)) for w in title) >= 2 \
        and all(CAPITALS_WORD.fullmatch(w) or TITLE_NUMBER.fullmatch(w) for w in title)


def _later_code(letters: str) -> str:
    """A code after an archive line's first, its P or T mended where OCR read an E
    (``MISREAD_P``, ``MISREAD_T``)."""
    if MISREAD_P.fullmatch(letters):
        return letters[0] + "P"
    return letters[0] + "T" if MISREAD_T.fullmatch(letters) else letters


def archive_marks(line: str, damaged: bool = True) -> dict[int, tuple[int, str]]:
    """The codes of an archive line ("- Lưu: VT, VP."), by where each starts: (where it
    ends, its mark included; what it reads), which is what OCR damaged mended. The first
    code read for VT ("VL", "VŨ", "Vì") is VT, a later one read "VỀ" or "TE" is VP or TP
    (``MISREAD_P``); a code before another gets the comma it lost; the last ends with the
    list's stop ("VT" at the line's end or before the signer's column, "VT," there). A
    short code with a mark OCR gave it stays a code, in capitals ("VỀ" had been read as
    the word "về"). When words that end with a mark follow the codes, the list goes on in
    words ("- Lưu: VT, hồ sơ công chức."): the first code is still mended and each code is
    followed by a comma, but no stop is put in. A code glued to the comma before it gets
    its space only in text that shows damage: a typist may write "VT,VP."."""
    head = ARCHIVE_LINE.match(line)
    if not head:
        return {}
    codes: list[regex.Match[str]] = []
    at = head.end()
    while (code := ARCHIVE_CODE.match(line, at)) is not None:
        codes.append(code)
        at = code.end() + len(line[code.end():]) - len(line[code.end():].lstrip())
        if code.group(2) == ".":
            break
    # what follows in the line's own column: a column beyond a tab is the signer's, or a
    # speck there ("- Lưu: VL⇥:", a new report's photo)
    if not codes:
        return {}
    rest = line[codes[-1].end():].split("\t")[0].strip()
    noted = ARCHIVE_DRAFTER.fullmatch(rest) is not None  # the stop comes after the note
    # the list goes on in words: they end with a mark, or they have small letters and are
    # no signer's name that lost its column gap ("- Lưu: VT, Tổ CCHC", typed so, had
    # become "VT. Tổ CCHC"; "- Lưu: VT, Vũ Thành Công" is "VT." and the name)
    words_follow = (regex.search(r"[.;:,]$", rest) is not None or (
        regex.search(r"\p{Ll}", rest) is not None and
        ARCHIVE_SIGNER.fullmatch(rest) is None)) and not noted
    marks = {}
    for n, code in enumerate(codes):
        letters, mark = code.group(1), code.group(2)
        if letters[0] == "1":
            letters = "T" + letters[1:]
        if n == 0 and MISREAD_VT.fullmatch(letters):
            letters = "VT"
        elif n == 0 and not mark and VT_STOP_READ_L.fullmatch(letters):
            # its stop or comma read "L" ("VTL", "VTL VP"); with a mark after it ("VTL,"),
            # the L is a speck, below
            letters = "VT"
        elif n == 0 and mark and VT_WITH_SPECK.fullmatch(letters):
            letters = "VT"
        elif n > 0:
            letters = _later_code(letters)
        if words_follow:  # "- Lưu: VT; hồ sơ." read for "VT,"
            mark = "," if mark in ("", ":", ";") else mark
        elif n < len(codes) - 1:  # "VT; VP." in a Times-like font's renders, 12 times
            mark = "," if mark in ("", ":", ";") else mark
            if code.end() == codes[n + 1].start() and (damaged or code.group(2) != ","):
                mark += " "
        elif noted:  # as written: "VP (Thọ).", "VT, (Hà 05b)."
            pass
        elif mark in ("", ",", ":", "-"):  # the list's stop read as a colon too ("- Lưu: VT:")
            mark = "."
        marks[code.start()] = (code.end(), letters + mark)
    if ARCHIVE_DASH_READ.fullmatch(head.group("lead")):
        at = head.start("lead") + head.group("lead").index("_")
        marks[at] = (at + 1, "-" if line[at + 1:at + 2].isspace() else "- ")
    if head.group("colon") == ";":
        marks[head.start("label")] = (head.end(), "Lưu: ")
    elif head.group("label") in ("LƯU", "LUU"):  # read in capitals
        marks[head.start("label")] = (head.end("label"), "Lưu")
    return marks


# "- CT, PCT UBND xã;" (the chairman and vice-chairmen, chủ tịch and phó chủ tịch) in a
# recipient list, its T and comma read as one letter or two ("CŨ PCT", "CLPCT"), the comma
# as another mark ("CTj các PCT", "CT; các PCT") or lost: 4 of 4 renders of two new
# documents. A first code before "PCT" is CT
CHAIR_ITEM = regex.compile(
    r"^\s*[-–+•]\s*(?P<code>C(?:Ũ|L|T[j;.]?))(?P<glued>PCT\b)?"
    r"(?(glued)|(?=\s+(?:các\s+)?PCT\b))")


def chair_marks(line: str) -> dict[int, tuple[int, str]]:
    """A recipient item's misread "CT," before "PCT" (``CHAIR_ITEM``), as ``archive_marks``
    gives its codes: {start: (end, what it reads)}."""
    item = CHAIR_ITEM.match(line)
    if item is None:
        return {}
    if item.group("glued"):
        return {item.start("code"): (item.end("glued"), "CT, PCT")}
    return {item.start("code"): (item.end("code"), "CT,")}


# a signing authority's abbreviation over the signer's title (thay mặt, ký thay, thừa lệnh,
# thừa ủy quyền: "TL. CHỦ TỊCH"), its stop read as a colon, semicolon or comma, or lost: a
# new notice's render read "TL: CHỦ TỊCH"; at a line's start or a column's, before capitals
AUTHORITY_READ = regex.compile(
    r"(?:^|(?<=\t))\s*(?P<code>TM|KT|TL|TUQ)(?P<mark>[:;,]|(?=\s))(?=\s+\p{Lu}{2})")


def authority_marks(line: str) -> dict[int, tuple[int, str]]:
    """A signing authority's abbreviation whose stop OCR misread or lost (``AUTHORITY_READ``),
    as ``archive_marks`` gives its codes: {start: (end, what it reads)}."""
    return {m.start("code"): (m.end("mark"), m.group("code") + ".")
            for m in AUTHORITY_READ.finditer(line)}


# a table head's first cell, the rows' number ("TT", "STT"), with a speck read as a stop
# after it ("TT.⇥Nhóm tiêu chí", a new submission's render): no head writes one there
NUMBER_HEAD_STOP = regex.compile(r"^(?P<code>S?TT)(?P<mark>[.,:;])(?=\t)")
# or its second T read as an I ("TÍ⇥Ấp⇥Số trẻ⇥Địa điểm", a new plan's render), where the
# rest of the line is a head: two cells or more, each in title case, no figure among them
NUMBER_HEAD_READ_I = regex.compile(r"^(?P<code>S?T[IÍÌỈĨỊÏl1|])(?P<mark>[.,:;]?)"
                                   r"(?=(?:\t\p{Lu}[^\t\d]*){2,}$)")
# a recipient item's dash with specks glued to it ("-_'TT Đảng ủy Xã;", a new report's
# render): the dash and a space, not one speck to drop
ITEM_DASH_SPECKS = regex.compile(r"^\s*(?P<code>-)(?P<mark>[_'‘’`.,]+)(?=\p{L})")


# or its T's read as ones or I's, with specks after them ("11...⇥Thôn⇥Số hộ kiểm tra" at
# 92, "IT-⇥Thun⇥Công dân đủ điều kiện⇥Đã kích hoạt mức 2" at 31: dev batches 63 and 64),
# over the table's first row (its 1 maybe read "l"): a row numbered 11 over a row 1 would
# be a group's, which holds figures; not "II", a group's Roman numeral over its first row
NUMBER_HEAD_READ_ONES = regex.compile(r"^(?P<code>S?(?!II)[TIÍl1|]{2})(?P<mark>[-.,:;…]*)"
                                      r"(?=(?:\t\p{Lu}[^\t]*){2,}$)")
FIRST_ROW = regex.compile(r"^\s*[1lI|]\t")


def head_marks(line: str, next_line: str = "") -> dict[int, tuple[int, str]]:
    """A table head's number cell with a stop read after it (``NUMBER_HEAD_STOP``), its
    second T read as an I (``NUMBER_HEAD_READ_I``) or both read as ones over the first row
    (``NUMBER_HEAD_READ_ONES``; ``next_line`` is the line after), as ``archive_marks``
    gives its codes: {start: (end, what it reads)}."""
    head = NUMBER_HEAD_STOP.match(line)
    if head:
        return {head.start("code"): (head.end("mark"), head.group("code"))}
    head = NUMBER_HEAD_READ_I.match(line)
    if head:
        return {head.start("code"): (head.end("mark"), head.group("code")[:-1] + "T")}
    head = NUMBER_HEAD_READ_ONES.match(line) if FIRST_ROW.match(next_line) else None
    return {head.start("code"): (head.end("mark"), head.group("code")[:-2] + "TT")} \
        if head else {}


def item_dash_marks(line: str) -> dict[int, tuple[int, str]]:
    """A recipient item's dash with specks glued to it (``ITEM_DASH_SPECKS``): the dash and
    a space, as ``archive_marks`` gives its codes."""
    item = ITEM_DASH_SPECKS.match(line)
    return {item.start("code"): (item.end("mark"), "- ")} if item else {}


# an abbreviation in brackets whose last I and closing bracket OCR read as one "D" (a
# render of seed 003: "(DTI)" read "(DTD", "(AI)," "(AD,"), where no bracket closes before
# the line's next opens, or its end
BRACKET_D = regex.compile(r"(?<![\p{L}\d])\((\p{Lu}[\p{Lu}\d]*)D(?=[,.;:]?(?:\s|$))")
CLOSING_FIRST = regex.compile(r"[^()]*\)")
SEEN_ABBREVIATION = 3
I_OVER_D = 10  # how much more often the LM's text has the word with the I


def bracket_i_read_d(line: str, model: Model) -> list[tuple[int, int, str]]:
    """(start, end, "I)") for each "D" of ``BRACKET_D`` whose word with an I instead is an
    abbreviation, or a word the LM's text holds ``SEEN_ABBREVIATION`` times or more that is
    no syllable, while with the D it is no abbreviation and ``I_OVER_D`` times rarer in the
    LM's text ("(USD" and "(UBND" stay, and so does "(VD", whose "vi" is a syllable)."""
    fixes = []
    for m in BRACKET_D.finditer(line):
        if CLOSING_FIRST.match(line, m.end()):
            continue
        with_i, with_d = m.group(1) + "I", m.group(1) + "D"
        if strip_marks(with_d) in model.abbreviations:
            continue
        i_count = model.lm.count(with_i.lower())
        if (strip_marks(with_i) in model.abbreviations or (
                i_count >= SEEN_ABBREVIATION and with_i.lower() not in model.valid)) and \
                model.lm.count(with_d.lower()) * I_OVER_D <= i_count:
            fixes.append((m.end() - 1, m.end(), "I)"))
    return fixes


def garbled_archive(column: str) -> str | None:
    """The archive item ("- Lưu: VT.") when OCR garbled its label past ``archive_marks``'
    reach ("-LWuU: YT1, YVE.", '"1U: VÌ.', "- Lai: VT:", "-L Mu; V1,"): a label of two to
    five letters (digits read as their letters) at most two edits from "luu" (any, before
    a VT as written or misread), a colon or semicolon, then one to three short codes, the
    first of which is VT when it is one edit from it or a known misreading (and a later
    one VP or TP when read as ``MISREAD_P`` has it). None for
    anything else, and for the label as written after a dash (an en dash too, as a word
    processor makes a list's: "– Lưu: VP."); ``api`` asks only for the item that ends a
    recipient list."""
    m = GARBLED_ARCHIVE.fullmatch(column.strip())
    if m is None:
        return None
    label = strip_marks(regex.sub(r"[^\p{L}\d]", "", m.group("label"))).lower().translate(
        LABEL_DIGITS)
    codes = regex.findall(r"[\p{L}\d]+", m.group("codes"))
    # a label garbled past two edits ("clJ0u: VÌ, VP.", our OCR of a dev decision) when the
    # first code is VT as written or as Tesseract misreads it
    vt_read = codes[0] == "VT" or MISREAD_VT.fullmatch(codes[0]) is not None
    if not 2 <= len(label) <= 5 or Levenshtein.distance(label, "luu") > 2 and not vt_read \
            or label == "luu" and column.lstrip().startswith(("- ", "– ", "— ")):
        return None
    first = strip_marks(codes[0]).upper()
    if vt_read or Levenshtein.distance(first, "VT") <= 1:
        codes[0] = "VT"
    codes[1:] = [_later_code(code) for code in codes[1:]]
    return "- Lưu: " + ", ".join(codes) + "."


def national_title(line: str, line_before: str = "") -> tuple[int, str] | None:
    """Where the national title that ends a header line starts, and how it reads, when OCR
    damaged it: glued to the issuer's column ("PHÚCỘNG HÒA", "LƯƠNGỘNG HÒA"), its C lost
    or misread ("(ỘNG", "2ÔNG"), its last letter lost or misread ("VIỆT NA", "VIỆT NAN",
    "VIỆT NAV": dev batch 67's render of a title in the old tone style, "HOÀ", which it
    keeps) or read as a mark, or a speck read as one after it ("VIỆT NA:", a new plan's
    render). Its
    "CỘNG" may end ``line_before``: a web page's copy breaks the title there."""
    title = NATIONAL_TITLE.search(line)
    if title is None:
        return None
    start = title.start("cong") if title.group("cong") else title.start("rest")
    right = NATIONAL_TITLE_TEXT if title.group("cong") else "CỘNG " + NATIONAL_TITLE_TEXT[5:]
    if not title.group("cong") and CONG_ENDS_LINE.search(line_before):
        right = NATIONAL_TITLE_TEXT[5:]
    if start > 0 and line[start - 1].isalnum():  # glued to the issuer's column
        right = " " + right
    right = right.replace("HÒA", title.group("hoa"))  # the document's tone style
    return (start, right) if right != line[start:].rstrip() else None  # spaces after it stay


def motto(line: str) -> tuple[int, int] | None:
    """Where the national motto ("Độc lập - Tự do - Hạnh phúc") stands in a header line
    whose OCR damaged it (``MOTTO``): from its first letter to the line's end, where the
    motto's column ends. None where it reads right or is not there."""
    if "-" not in line:  # asked of every header line: the fuzzy match is slow
        return None
    plain = strip_marks(line).lower()
    found = MOTTO.search(plain)
    if found is None or sum(found.fuzzy_counts) == 0 or "\t" in line[found.end():]:
        return None
    start = found.start()
    # the match may start on a letter of the word it cut into: the whole word goes, and
    # specks glued before it ("“Độc lập", "-Độc lập")
    while start > 0 and plain[start - 1].isalpha():
        start -= 1
    while start > 0 and not plain[start - 1].isspace() and not plain[start - 1].isalnum():
        start -= 1
    end = len(line.rstrip())
    letters = regex.sub(r"[^\p{L}]", "", plain[start:end])
    if abs(len(letters) - MOTTO_LETTERS) > 4 or line[start:end] == MOTTO_TEXT:
        return None
    return start, end


def _named_type(line: str) -> tuple[regex.Match[str], str] | None:
    """The words of a line in capitals and the document type (``DOCUMENT_TYPES``) their
    letters spell, whatever marks OCR gave them; None for any other line."""
    found = CAPITALS_LINE.match(line)
    if found is None:
        return None
    right = TYPE_BY_LETTERS.get(strip_marks(found.group("words")).replace(" ", ""))
    return None if right is None else (found, right)


def document_type_line(line: str) -> tuple[int, int, str] | None:
    """(start, end, type) of a line that is a document type in capitals (``DOCUMENT_TYPES``)
    and reads otherwise: the English model's "PHUONG AN" had become "PHƯỜNG AN" (a ward),
    "CONG DIEN" "CÔNG DIỄN"; "KEHOACH", its words glued, is "KẾ HOẠCH" too."""
    named = _named_type(line)
    if named is None or named[1] == named[0].group("words"):
        return None
    found, right = named
    return found.start("words"), found.end("words"), right


# the "Về" that opens a document's subject line ("Về việc ...") under its type line, read
# with another vowel: "Và việc" (Tesseract's reading of the dev reports rendered in
# Liberation Serif, a Times-like font: 3 decisions' and a submission's subjects)
SUBJECT_OPENER = regex.compile(r"^\s*(?P<ve>V\p{Ll}{1,2})(?= việc(?!\p{L}))")


def subject_opener(line: str, line_before: str) -> tuple[int, int] | None:
    """(start, end) of the "Về" that opens ``line``, a subject line right under its
    document's type line (``line_before``), when OCR read it otherwise (``SUBJECT_OPENER``):
    no subject starts with "và"."""
    opener = SUBJECT_OPENER.match(line)
    if opener is None or opener.group("ve") == "Về" or \
            strip_marks(opener.group("ve")).lower() not in ("ve", "va") or \
            _named_type(line_before) is None:
        return None
    return opener.span("ve")


def misread_abbreviation(upper_ascii: str, model: Model) -> str | None:
    """The frequent abbreviation that an unknown capitals word of at most four letters
    misreads: one letter of it lost ("THC" for TTHC, "UBN" for UBND) or read as a letter
    of like shape ("TIHC", "TƯHC" for TTHC, "CCHẼ" for CCHC). No text the model learned
    from, nor the law codes, has a word so close to one; "TTHS" (tố tụng hình sự) is
    one letter off too, but S is not shaped like C. A word of ``LONG_ABBREVIATION``
    capitals or more one letter off a known abbreviation as long, and off no other, is
    that one, whatever the letter: "TFPVHCC" is TTPVHCC (a unit's, Trung tâm Phục vụ hành
    chính công, in archive lines: our OCR of three dev renders in Liberation Serif and
    one in ours)."""
    if upper_ascii in model.abbreviations:
        return None
    if len(upper_ascii) >= LONG_ABBREVIATION:
        near = [known for known in model.abbreviations if len(known) == len(upper_ascii)
                and Levenshtein.distance(known, upper_ascii) == 1]
        return model.abbreviations[near[0]] if len(near) == 1 else None
    if len(upper_ascii) > 4:
        return None
    close = []
    for abbreviation in FREQUENT_ABBREVIATIONS:
        letters = strip_marks(abbreviation)
        ops = Levenshtein.editops(upper_ascii, letters)
        if len(ops) == 1 and (ops[0].tag == "insert" or ops[0].tag == "replace" and (
                upper_ascii[ops[0].src_pos], letters[ops[0].dest_pos]) in LOOK_ALIKES):
            close.append(abbreviation)
    return close[0] if len(close) == 1 else None
