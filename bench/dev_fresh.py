"""Dev checks on reports the model never learned from (bench/dev_reports/, written for
this dev set after the written reports: other provinces, ethnic names, e-mail addresses,
pipe tables, money lists; bench/dev_reports_2/, written later still: a disaster report
in the new tone style, a digital transformation plan with Ê Đê names, a notice with Khmer
names, a support decision listing H'Mông and Dao households; bench/dev_reports_3/ and
_4/, later still: a procedures decision and a plan with tables, Tày, Cham, Hrê, Khmer and
Mường names, a service centre's regulation; bench/dev_reports_5/, later still: a coastal
commune's economic report, a decision with Raglai names, an insurance plan with a table,
a letter full of loanwords; bench/dev_reports_6/, written after the model learned from
batch 5's errors: a plan against shrimp disease, an inspection team's decision, a digital
transformation report with a table; bench/dev_reports_7/, later still: a year's report
in the old tone style ("Uỷ ban", "hoà giải"), the minutes of a dialogue with Jrai names and
quoted questions, a budget submission with a money table and Khmer names, a notice with
office hours, a URL, phone numbers and an e-mail address; bench/dev_reports_8/, later
still: a ward's satisfaction survey report with a percentage table, a meeting's
conclusions notice with H'Mông and Dao names, a letter on internal procedures with a list
of addressees; bench/dev_reports_9/, later still: a quarter's report with Nùng and Tày
place names, a reply to a citizen's petition, a plan to score the PAR index with a table
of points; bench/dev_reports_10/, later still: a ward's decision in the old tone style
with a table of members, a notice of mobile office days with times and fees, the minutes
of a handover; bench/dev_reports_11/, later still: an invitation to a review meeting with
Khmer names and a web address, a chairman's directive on discipline with Tày place names,
a People's Council resolution on the budget with a money table; bench/dev_reports_12/,
later still: a quarter's report with a wide table of case counts, a plan with H'Mông names
and an appendix after the signature, a provincial department's letter with a web address;
bench/dev_reports_13/, later still: a commune's 2019 report under its district in the old
tone style with Khmer names and a table, a chairman's urgent dispatch (công điện) before a
storm, a scheme to merge hamlets in parts with a table and H'Mông names;
bench/dev_reports_14/, written after the public-text probe showed the parser had never met
a subject in capitals: a decision whose subject in capitals ends with the issuing body's
name before the chairman's line, signed KT. by an Ê Đê vice-chairman, and a plan whose
subject is in capitals; bench/dev_reports_15/, written after the second public-text
probe: a commune council's budget resolution with its council's term and session lines,
money in millions and a Jrai signer, and a directive whose subject in capitals runs
straight into its body; bench/dev_reports_16/: a party committee's report and resolution,
the first of their kind, with the party's title, the star, "Số 45-BC/ĐU" and "T/M", "K/T"
signatures; bench/dev_reports_17/: a Fatherland Front committee's supervision report with a
table, a steering committee's inspection plan under its commune's committee, a Youth Union
plan with its three stars; bench/dev_reports_18/: a civil-defence plan against floods with
Thái place names and a table, a guide to filing online in steps, a disciplinary decision;
bench/dev_reports_19/: a recruitment notice, a report on land titles with Xơ Đăng names
and a table, a plan in the old tone style; bench/dev_reports_20/: a merged commune's
report on its public service centre under the two-level local government of 2025, with
Tày place names, a decision on a Project 06 working group with Jrai names, a letter
asking hamlets' comments on a draft rule; bench/dev_reports_21/: a highland commune's
year programme (chương trình) with K'Ho names and a table, a coastal commune's report on
citizens' complaints with Cham names, a decision listing procedures filed anywhere with
Cơ Tu names; bench/dev_reports_22/: a plan for cashless fees in the old tone style with
brand names (MoMo, SmartCA, Zalo OA), a report on OCOP products with Hrê names and a
table, a notice of a chairman's conclusions with Xtiêng names; bench/dev_reports_23/: a
ward's submission on its job positions in the old tone style, a regulation in chapters
and articles with an Ê Đê name and no number of its own, a letter on cleaning population
data with Quảng Nam hamlets; bench/dev_reports_24/: an invitation to a year's review
with Cơ Tu names, a quarter's report on procedures with a table and Khmer names;
bench/dev_reports_25/: a highland commune's farm and reform report with Hà Nhì names,
units and a table of targets, a notice of recruitment results with a table of scores, a
letter on posting procedures in hamlets with Pa Kô names, phone numbers and an e-mail;
bench/dev_reports_26/: a budget report for nine months with a table of spending lines
and Thái names, a commendation decision listing Thái recipients and a prize in words, a
social affairs report in the old tone style; bench/dev_reports_27/: a records office's
year report with a table and a Khmer name, a party committee's report on grassroots
democracy with Ê Đê names, a legal education and mediation report in the old tone style
with a table of cases; bench/dev_reports_28/: a ward's notice of its chairman's citizen
reception days with a table, an address, a phone number and an e-mail, a decision setting
up a Mông hamlet's mediation team, a one-stop quarter report with a table in the old tone
style; bench/dev_reports_29/: a report on preventing corruption, the minutes of a
province's reform inspection at a commune with Thái names and clock times, a military
recruitment report with Khmer names in the old tone style; bench/dev_reports_30/: a
report on religious affairs with Cham and Khmer names and feasts, a decision on an
administrative penalty with its fine in words, a new-rural report with a table in the old
tone style; bench/dev_reports_31/: a food-safety month's plan with a table of dates, a
decision on hamlet heads' elections with a table of votes and Tày names, a report on
children and gender equality in the old tone style; bench/dev_reports_32/: a report on
security and order under a party committee's header with Mường names, a submission of a
repair estimate with a table of costs and a total in words, a report on fire prevention
in the old tone style; bench/dev_reports_33/: a plan for a commune's sports games with a
table of events, a report on epidemics in the old tone style, a decision leasing land
with its parcel, area and rent per square metre; bench/dev_reports_34/: a report on the
policy for people of merit, a party body's report on mass mobilisation with its star and
Dao names, a ward's notice of an online system's downtime with times, a URL, a hotline
and an e-mail in the old tone style; bench/dev_reports_35/: a report on the ethnic
minorities' national target programme with Xơ Đăng names, a submission naming streets
with a table of historical names, a plan for a village festival in the old tone style;
bench/dev_reports_36/: a notice of livestock vaccination days with a table, a notice
revoking a household business's registration; bench/dev_reports_37/: a decision raising
officials' pay steps with a table of Tày and Nùng names, ranks and coefficients, a report
on civil status registration with a table and Khmer names in the old tone style, a plan
for road traffic safety with figures of accidents and fines; bench/dev_reports_38/: a
report on forest protection and forest fires with Thái place names, parcels and hectares,
a ward's plan against drugs, a report on poor households with a table of rates and
H'Mông names; bench/dev_reports_39/: a decision disposing of public assets with a table
of values, a population report in the old tone style, a notice of school enrolment with
a URL and a phone number; bench/dev_reports_40/: a Mekong commune's plan against drought
and salinity with per mille figures and a Khmer signer, a ward's report on tax
collection with a table, a service contract between a commune and a cooperative, its
parties' signatures side by side; bench/dev_reports_41/: a submission on a rural road's
investment with a table of its size and units, a ward's notice recovering land for a
school, a report on jobs and labour sent abroad; bench/dev_reports_42/: the minutes of a
road's acceptance with three parties' signatures, a notice consulting Ê Đê hamlets on a
land-use plan, a report on crops replacing rice with a table; bench/dev_reports_43/: a
commune's quarterly CCHC report with a table of procedures by field, a decision listing a
Highlands commune's procedures with articles and a table in the old tone style, a ward's
plan for digital transformation with a table of rates; bench/dev_reports_44/: a
commune's self-assessment of its reform index with a table of points, a plan inspecting
public service in the old tone style, a notice of a chairman's conclusions signed by an
Ê Đê woman; bench/dev_reports_45/: a decision on housing support with a table of H'Mông
households, a ward's report on waste collection with a table of areas in the old tone
style, a plan for community tourism with a table of costs; bench/dev_reports_46/: a
submission for the advanced new-rural standard with a table of criteria, a report on Tết
gifts with a table of amounts in the old tone style, a report rating officials with a
table of grades; bench/dev_reports_47/: a plan for the National Day with a table of its
programme's times, a report on construction order with a table of violations and fines,
a letter on protecting livestock from the cold in the old tone style;
bench/dev_reports_48/: a report on preventing domestic violence with a table of measures,
a decision forming a team to verify land origins with its members' Ê Đê names, a report
on rice pests with a table in the old tone style; bench/dev_reports_49/: a report on
replanting coffee with a table of hectares and an Ê Đê signer, a plan for adult literacy
in the old tone style with Hà Nhì places, a report on dredging canals with a table in
cubic metres; bench/dev_reports_50/: a report on rural water supply with a table in cubic
metres a day, a ward's report on site clearance with a table of compensation in square
metres and đồng, a decision listing near-poor households with Khmer names in the old tone
style; bench/dev_reports_51/: back to administrative reform: a year's report of a public
service centre with a table by field, a ward's reform plan with a table of tasks and
quarters, a notice of an inspection's conclusions with Ê Đê names; bench/dev_reports_52/: a
plan against forest fires in the old tone style with a table of watchtowers and Xơ Đăng
places, a report on immunisation with a table of rates, a letter urging land tax;
bench/dev_reports_53/: a coastal commune's report against illegal fishing (IUU) in the old
tone style with a table of vessels by length, a report on study encouragement with a
table of scholarships and Mường clans, a decision renewing an emulation council with Tày
members in a numbered list; bench/dev_reports_54/: a report on African swine fever with a
table by Thái hamlet, a ward's notice disclosing its budget estimate with a table of groups
A and B, a decision enforcing a penalty in the old tone style; bench/dev_reports_55/: a
report on social allowances paid through accounts with a table of recipients, a plan for
an election with a table of polling areas and Mông names, a decision issuing a market's
rules in the old tone style; bench/dev_reports_56/: a report on social policy loans in the
old tone style with a table of programmes, the minutes of a council rating cultural
families with its votes, a ward's plan to inspect karaoke and game businesses with a
schedule table; bench/dev_reports_57/: a report on a commune's public land fund in the old
tone style with a table of hectares, a decision forming a relief fundraising committee
with Ê Đê and Jrai members, a plan to collect pesticide packaging with a table of tanks
by hamlet; bench/dev_reports_58/: a report on managing historic relics in the old tone
style with a table of ranked relics, a decision granting disability allowances with a table
of recipients, a plan for the tree-planting festival with a table of trees by unit;
bench/dev_reports_59/: a plan for patrolling dykes in the flood season in the old tone
style with a table of guard posts, a report on cooperatives with a table of members and
revenue, a plan for the Great National Unity festival with a schedule by hamlet;
bench/dev_reports_60/: a plan for a blood donation day in the old tone style with a table
of targets by unit, a report on the elderly and longevity celebrations with a table by age
and Mường names, a plan against children's drowning with a table of swimming classes;
bench/dev_reports_61/: a decision approving a procurement plan with a table of contract
packages, a land statistics report in the old tone style with a table of land types and
their codes, a plan for children's Mid-Autumn festival with a table of its costs;
bench/dev_reports_62/: back to administrative reform: a report on office culture in the
old tone style, a report on digital signatures and e-documents with a table by month, a
report on late files and apologies to citizens with a table of causes;
bench/dev_reports_63/: a plan against dengue fever with a table of a clean-up campaign by
hamlet, a report on civilised weddings and funerals in the old tone style, a report on
archives and records with a table of files by field; bench/dev_reports_64/: a plan to
vaccinate dogs and cats against rabies with a table by Thái hamlet, a report on gender
equality in the old tone style, a report on Project 06 (population data and electronic
identification) with a table of activated accounts; bench/dev_reports_65/: a report on
preparing a school year with a table of schools, a plan for traffic safety at Tết with a
table against the year before, a report on citizens' feedback and petitions in the old
tone style with a table by channel; bench/dev_reports_66/: a report on child nutrition
with a table of rates by hamlet, a plan for a reading culture in the old tone style, a
report on two groups of linked procedures (birth and death) with a table by month;
bench/dev_reports_67/: a plan for the rural and agricultural census with a table of
enumeration areas by hamlet, a report on farming extension in the old tone style with a
table of training classes, a report on a high-voltage line's safety corridor with a table
of violations by Tày hamlet; bench/dev_reports_68/: a report on collecting the disaster
prevention fund with a table by hamlet, a plan against illegal sand mining in the old tone
style with a table of river patrols, a decision awarding certificates of merit with a
table of Mường recipients; bench/dev_reports_69/: a report on voluntary social and
household health insurance with a table by hamlet, a report on rotating officials' posts
with a table of names and posts, a decision in the old tone style renewing a steering
committee for universal education and literacy with a table of Dao members):
what repair changes in their clean text (do no harm), and the errors left after our whole
pipeline reads two degraded renders of each (cached in bench/cache/fresh), and how the
parse of our text matches the parse of their truth. Not a benchmark: rules are found
here; the benchmark's test documents are never looked at.

The same checks run on any other folder of clean documents (``--docs``: a user's own, or
public text used as a probe), rendered into a cache folder of its own; and on renders in
another font (``--font``: the same sizes and degradations, the font alone changed), as
Liberation Serif, with Times New Roman's metrics, the font official documents are typed in
(Debian's fonts-liberation2; our renders use FreeSerif and DejaVu Serif, and the OCR channel
learned from them); and styled (``--styled``: the same renders with headings in bold and
the place and date and the legal grounds in italics, as offices print them); and under a
condition (``--condition``: the same renders photographed in uneven light, photographed
from an angle on a table, in a scanner's black border, on grey paper, copied too dark or
too light; ``samples.generate.CONDITIONS``).

    python -m bench.dev_fresh [--show] [--docs DIR [--seed N]] [--font FILE] [--styled]
                              [--condition photo|angled|framed|grey|dark|faint]
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rapidfuzz.distance import Levenshtein

import diacritics
from bench import parsing
from bench.dev_parse import doc_renders
from bench.run import assembled_texts, our_pipeline, rendered_pages, warm_worker
from ocr_pipeline import metrics
from samples.generate import CONDITIONS

# each batch with the seed its renders start from (a batch added later leaves the renders
# of the earlier ones as they were)
BATCHES = ((Path(__file__).resolve().parent / "dev_reports", 9900),
           (Path(__file__).resolve().parent / "dev_reports_2", 12000),
           (Path(__file__).resolve().parent / "dev_reports_3", 14000),
           (Path(__file__).resolve().parent / "dev_reports_4", 16000),
           (Path(__file__).resolve().parent / "dev_reports_5", 18000),
           (Path(__file__).resolve().parent / "dev_reports_6", 20000),
           (Path(__file__).resolve().parent / "dev_reports_7", 22000),
           (Path(__file__).resolve().parent / "dev_reports_8", 24000),
           (Path(__file__).resolve().parent / "dev_reports_9", 26000),
           (Path(__file__).resolve().parent / "dev_reports_10", 28000),
           (Path(__file__).resolve().parent / "dev_reports_11", 30000),
           (Path(__file__).resolve().parent / "dev_reports_12", 32000),
           (Path(__file__).resolve().parent / "dev_reports_13", 34000),
           (Path(__file__).resolve().parent / "dev_reports_14", 36000),
           (Path(__file__).resolve().parent / "dev_reports_15", 38000),
           (Path(__file__).resolve().parent / "dev_reports_16", 40000),
           (Path(__file__).resolve().parent / "dev_reports_17", 41000),
           (Path(__file__).resolve().parent / "dev_reports_18", 50000),
           (Path(__file__).resolve().parent / "dev_reports_19", 52000),
           (Path(__file__).resolve().parent / "dev_reports_20", 60000))
CACHE = Path(__file__).resolve().parent / "cache" / "fresh"
COPIES = 2


def harm(batches: tuple[tuple[Path, int], ...] = BATCHES) -> tuple[int, int, list[str]]:
    """Tokens, tokens changed and the edits when the clean texts go through repair."""
    tokens = changed = 0
    shown = []
    for path in (path for docs, _ in batches for path in sorted(docs.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        restored = diacritics.restore(text)
        n = len(metrics.letter_tokens(text))
        tokens += n
        changed += round(metrics.tokens_changed(text, restored.text) * n)
        shown += [f"{path.stem}: {e.original!r} -> {e.replacement!r}" for e in restored.edits]
    return tokens, changed, shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print each error in context")
    parser.add_argument("--docs", type=Path, help="a folder of clean .txt documents to check "
                        "instead of the dev batches")
    parser.add_argument("--seed", type=int, default=50000,
                        help="the first render's seed, with --docs")
    parser.add_argument("--font", type=Path, help="render in this font file instead")
    parser.add_argument("--styled", action="store_true", help="render with bold headings "
                        "and italic lines where offices set them")
    parser.add_argument("--condition", choices=sorted(CONDITIONS),
                        help="what befalls each page after it is scanned")
    args = parser.parse_args()
    batches, cache = BATCHES, CACHE
    if args.docs:
        if not any(args.docs.glob("*.txt")):
            raise SystemExit(f"{args.docs}: no .txt documents")
        batches = ((args.docs.resolve(), args.seed),)
        cache = CACHE.parent / f"fresh-{args.docs.resolve().name}-{args.seed}"
    if args.font:
        if not args.font.is_file():
            raise SystemExit(f"{args.font}: no such font file")
        cache = cache.parent / f"{cache.name}-{args.font.stem}"
    if args.styled:
        cache = cache.parent / f"{cache.name}-styled"
    if args.condition:
        cache = cache.parent / f"{cache.name}-{args.condition}"
    tokens, changed, edits = harm(batches)
    renders = [pdf for docs, seed in batches
               for pdf in doc_renders(COPIES, docs, cache, prefix="", first_seed=seed,
                                      font=args.font, styled=args.styled,
                                      condition=args.condition or "")]
    pages = [page for pdf in renders for page in rendered_pages(pdf)]
    with ProcessPoolExecutor(os.cpu_count(), initializer=warm_worker) as pool:
        texts = assembled_texts(pages, [result[0] for result in pool.map(our_pipeline, pages)])
    truths = [pdf.with_suffix(".gt.txt").read_text(encoding="utf-8").split("\f")[k - 1]
              for pdf, k in pages]
    errors: Counter[tuple[str, str]] = Counter()
    for (pdf, number), truth, text in zip(pages, truths, texts, strict=True):
        ref, hyp = metrics.normalise(truth).split(), metrics.normalise(text).split()
        for op in Levenshtein.opcodes(ref, hyp):
            if op.tag == "equal":
                continue
            wrong = (ref[op.src_start:op.src_end], hyp[op.dest_start:op.dest_end])
            errors[tuple(" ".join(side) for side in wrong)] += 1
            if args.show:
                around = (" ".join(ref[max(0, op.src_start - 4):op.src_end + 3]),
                          " ".join(hyp[max(0, op.dest_start - 4):op.dest_end + 3]))
                print(f"{pdf.stem} p{number}: {around[0]}  ->  {around[1]}")
    misses: list[str] = []
    parsed = parsing.evaluate(pages, texts, misses)
    if args.show:
        print("\n".join(misses))
    print(json.dumps({
        "clean text through repair": {"tokens": tokens, "changed": changed, "edits": edits},
        "our pipeline on the renders": {
            "pages": len(pages), "words": sum(len(t.split()) for t in truths),
            "wer": round(metrics.wer("\n".join(truths), "\n".join(texts)), 5),
            "errors": sum(errors.values()),
            "commonest": [f"{n} {a!r} -> {b!r}" for (a, b), n in errors.most_common(15)]},
        # the parse of our text against the parse of the truth, as make bench scores it
        "parse": {key: value for key, value in parsed.items()
                  if key.startswith(("heading_", "metadata_"))},
    }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
