"""End to end: the real CLI, real Tesseract and Poppler, on the committed sample scans."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ocr_pipeline import batch, document, metrics
from ocr_pipeline.models import Options
from tests.helpers import page_lines, text_layer_pdf

CLI = [sys.executable, "-m", "ocr_pipeline"]


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout)


def outputs(out: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix in (".json", ".txt") and p.parent.name != "tables"
    }


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory, scans_dir) -> Path:
    """Four documents (six pages) in two folders."""
    root = tmp_path_factory.mktemp("in")
    for sub in ("a", "b/c"):
        (root / sub).mkdir(parents=True)
        for pdf in scans_dir.glob("*.pdf"):
            shutil.copy(pdf, root / sub / pdf.name)
    return root


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory, batch_dir) -> Path:
    out = tmp_path_factory.mktemp("out-reference")
    proc = run_cli("-q", "ingest", str(batch_dir), "--out", str(out), "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    return out


def test_ingest_writes_json_and_text_with_low_cer(reference_run, scans_dir):
    for gt_path in scans_dir.glob("*.gt.txt"):
        stem = gt_path.name.removesuffix(".gt.txt")
        for sub in ("a", "b/c"):
            text = (reference_run / sub / f"{stem}.txt").read_text(encoding="utf-8")
            assert metrics.cer(gt_path.read_text(encoding="utf-8"), text) < 0.03


def test_every_json_validates_against_the_schema(reference_run):
    docs = list(reference_run.rglob("*.json"))
    assert len(docs) == 4
    for path in docs:
        doc = json.loads(path.read_text(encoding="utf-8"))
        document.validate(doc)
        assert doc["source"]["page_count"] == len(doc["pages"])
        assert all(p["source"] == "ocr" for p in doc["pages"])
        assert doc["text"].count("\f") == len(doc["pages"]) - 1
        assert [s["name"] for s in doc["pipeline"]][:4] == ["load", "clean", "ocr", "repair"]
        # the clean stage's levels, so a reader knows what counted as grey paper or a speck
        assert {"dark_area_mm", "grey_paper", "lone_speck_mm", "italic_min_deg",
                "heavy_stroke_px", "faint_gamma", "rule_rim_px", "show_through_share",
                "show_through_area"} <= set(
            doc["pipeline"][1]["settings"])


def test_rerun_skips_everything_and_changes_nothing(reference_run, batch_dir):
    before = outputs(reference_run)
    summary = batch.ingest(batch_dir, reference_run, Options(workers=2), progress=False)
    assert (summary.done, summary.skipped, summary.failed) == (0, 4, 0)
    assert outputs(reference_run) == before


@pytest.mark.parametrize("kill_after_s", [1.5, 4.0, 7.0])
def test_kill_9_then_rerun_gives_identical_output(tmp_path, batch_dir, reference_run,
                                                   kill_after_s):
    out = tmp_path / "out"
    proc = subprocess.Popen([*CLI, "-q", "ingest", str(batch_dir), "--out", str(out),
                             "--workers", "2"], start_new_session=True)
    time.sleep(kill_after_s)
    os.killpg(proc.pid, signal.SIGKILL)  # the workers die with their parent
    proc.wait()
    rerun = run_cli("-q", "ingest", str(batch_dir), "--out", str(out), "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert outputs(out) == outputs(reference_run)
    assert not list(out.rglob("*.tmp"))


def test_text_layer_and_images_in_one_batch(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    typed = "UBND xã đã triền khai Quyết định số 22/QD-UBND."  # as its author typed it
    text_layer_pdf(src / "digital.pdf", [*page_lines()[:15], typed])
    from tests.helpers import clean_page

    clean_page().save(src / "photo.png")
    out = tmp_path / "out"
    summary = batch.ingest(src, out, Options(workers=2), progress=False)
    assert summary.done == 2
    digital = json.loads((out / "digital.json").read_text(encoding="utf-8"))
    photo = json.loads((out / "photo.json").read_text(encoding="utf-8"))
    assert digital["pages"][0]["source"] == "text-layer"
    assert typed in digital["text"] and not digital["corrections"]
    assert photo["pages"][0]["source"] == "ocr"
    assert metrics.cer("\n".join(page_lines()), photo["text"]) < 0.02


def test_names_with_dots_and_shared_stems_get_outputs_of_their_own(tmp_path):
    # "bc.12.2025.pdf" had been written to "bc.12.json", and so had "bc.12.2026.pdf"
    # over it; "mau.pdf" and "mau.png" both to "mau.json"
    from tests.helpers import clean_page

    src = tmp_path / "in"
    src.mkdir()
    text_layer_pdf(src / "bc.12.2025.pdf", page_lines()[:10])
    text_layer_pdf(src / "bc.12.2026.pdf", page_lines()[10:20])
    text_layer_pdf(src / "mau.pdf", page_lines()[:5])
    clean_page().save(src / "mau.png")
    out = tmp_path / "out"
    assert batch.ingest(src, out, Options(workers=2), progress=False).done == 4
    written = {}
    for path in out.glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        written[doc["source"]["path"]] = path.name
        assert path.with_suffix(".txt").read_text(encoding="utf-8").strip() == \
            doc["text"].strip()
    assert written == {"bc.12.2025.pdf": "bc.12.2025.json", "bc.12.2026.pdf": "bc.12.2026.json",
                       "mau.pdf": "mau.pdf.json", "mau.png": "mau.png.json"}


def test_bad_file_does_not_stop_the_batch(tmp_path, scans_dir):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(scans_dir / "quyet-dinh-ngoc-lien.pdf", src)
    (src / "broken.pdf").write_bytes(b"not a pdf")
    out = tmp_path / "out"
    proc = run_cli("ingest", str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 1
    assert "broken.pdf" in proc.stderr and "not a PDF" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (out / "quyet-dinh-ngoc-lien.json").exists()
    assert not (out / "broken.json").exists()
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert errors[0]["path"] == "broken.pdf" and errors[0]["stage"] == "load"


def test_second_ingest_on_same_out_refuses(tmp_path, scans_dir):
    out = tmp_path / "out"
    out.mkdir()
    with batch.OutputLock(out):
        proc = run_cli("ingest", str(scans_dir), "--out", str(out))
    assert proc.returncode == 4
    assert "another ingest" in proc.stderr and "Traceback" not in proc.stderr
