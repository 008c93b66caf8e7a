"""Dev probe of do no harm on loanwords: each word of ``LOANWORDS`` (units, goods,
materials, media; spelt as one word, with hyphens or apart, as offices write them) put in
two sentences, each sentence added at the end of a clean dev report, which then goes
through repair. Prints the edits; every one is harm. Not a benchmark: the words were
chosen by hand, and some spellings are rare.

    python -m bench.dev_loanwords [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import diacritics

REPORT = Path(__file__).parent / "dev_reports_5" / "decision-digital-teams-phuoc-ha.txt"
LOANWORDS = """
côca ôtô môtô tivi rađiô kilôgam kilômét hécta bêtông côngtenơ pênixilin vitamin hêrôin
ôxy axít bazơ phốtpho xăng đan ampe catốt xêri gôn oxy cacao amphetamin mêtan biôga
bioga camêra vôlăng pin ắcquy acquy lốp phanh ga-ra gara sơmi nilông nilon pôlyme
plastic ximăng tôn pêđan buýt taxi tắcxi mô-tô ô-tô sêri karaôkê karaoke ghi-ta pianô
viôlông cồng chiêng xôi ôliu bơ côcacôla pepsi cafe càphê sôcôla kẹo gôm lít mililít
centimét xentimét milimét pa-nô panô áp-phích apphich băng-rôn băngrôn
""".split()
SENTENCES = ("Kiểm tra {} tại trụ sở xã.", "Số lượng {} đã được thống kê đầy đủ.")


def probe(show: bool = False) -> tuple[int, int]:
    """(sentences that repair changed, sentences)."""
    report = REPORT.read_text(encoding="utf-8").strip()
    changed = total = 0
    for word in LOANWORDS:
        for sentence in SENTENCES:
            line = sentence.format(word)
            edits = diacritics.restore(f"{report}\n{line}").edits
            total += 1
            if edits:
                changed += 1
                if show:
                    print(line, [(e.original, e.replacement) for e in edits])
    return changed, total


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true")
    changed, total = probe(parser.parse_args().show)
    print(f"{changed} of {total} sentences changed")
