import pytest

from ocr_pipeline import metrics


def test_identical_text_scores_zero():
    assert metrics.cer("cải cách", "cải cách") == 0.0
    assert metrics.wer("cải cách", "cải cách") == 0.0


def test_tone_style_whitespace_dashes_and_quotes_are_folded():
    assert metrics.cer("hoá  thuỷ – “a”", "hóa\nthủy - \"a\"") == 0.0


def test_known_values():
    assert metrics.cer("abcd", "abed") == pytest.approx(0.25)
    assert metrics.wer("một hai ba bốn", "một hai ba bon") == pytest.approx(0.25)
    overall, marked = metrics.syllable_accuracy("cải cách hành chính xã", "cai cách hành chính xa")
    assert overall == pytest.approx(3 / 5)
    assert marked == pytest.approx(3 / 5)
    overall, marked = metrics.syllable_accuracy("Ban hành kế hoạch", "Ban hanh kế hoạch")
    assert overall == pytest.approx(3 / 4) and marked == pytest.approx(2 / 3)


def test_tokens_changed():
    assert metrics.tokens_changed("a b c d", "a b x d") == pytest.approx(0.25)
