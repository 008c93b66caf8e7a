"""Unattended batches: bad files, broken environments, time limits, dying workers, logs."""

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

from tests.data.make_bad import make_bad_files

CLI = [sys.executable, "-m", "ocr_pipeline"]
ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 600):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=ROOT)


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    expected = make_bad_files(folder)
    out = tmp_path_factory.mktemp("bad-out")
    proc = run("ingest", str(folder), "--out", str(out), "--workers", "2")
    return expected, out, proc


def test_bad_files_are_explained_and_good_ones_done(bad_batch):
    expected, out, proc = bad_batch
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = {e["path"]: e for e in map(json.loads, (out / "errors.jsonl").read_text(
        encoding="utf-8").splitlines())}
    bad = {name: reason for name, reason in expected.items() if reason != "ok"}
    assert set(errors) == set(bad)
    for name, fragment in bad.items():
        assert fragment.lower() in errors[name]["reason"].lower(), (name, errors[name])
        assert f"{name}: " in proc.stderr
        assert not (out / name).with_suffix(".json").exists()
    done = {os.fsencode(p.name).decode("utf-8", "replace") for p in out.glob("*.json")}
    for name, reason in expected.items():
        if reason == "ok":
            assert Path(name).with_suffix(".json").name in done, name
    assert f"{len(bad)} failed" in proc.stderr


def test_blank_huge_and_upside_down_pages(bad_batch):
    _expected, out, _proc = bad_batch
    blank = json.loads((out / "blank.json").read_text(encoding="utf-8"))
    assert blank["text"] == "" and any("blank" in w for w in blank["warnings"])
    huge = json.loads((out / "huge.json").read_text(encoding="utf-8"))
    assert huge["pages"][0]["number"] == 1
    turned = json.loads((out / "upside-down.json").read_text(encoding="utf-8"))
    assert turned["pages"][0]["rotation"] == 180
    assert "cải cách hành chính" in turned["text"]


def test_rerun_of_bad_batch_skips_done_and_retries_failed(bad_batch):
    expected, out, proc = bad_batch
    folder = Path(proc.args[proc.args.index("ingest") + 1])
    again = run("ingest", str(folder), "--out", str(out), "--workers", "2")
    n_ok = sum(r == "ok" for r in expected.values())
    assert f"0 done, {n_ok} skipped, {len(expected) - n_ok} failed" in again.stderr


def _fake_bin(tmp_path: Path, programs: list[str]) -> str:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in programs:
        os.symlink(shutil.which(name), bin_dir / name)
    return str(bin_dir)


@pytest.mark.parametrize("case", ["no-tesseract", "no-poppler", "no-vie-model"])
def test_missing_environment_is_one_clear_line(tmp_path, scans_dir, case):
    env = {k: v for k, v in os.environ.items() if k not in ("PATH", "TESSDATA_PREFIX")}
    if case == "no-tesseract":
        env["PATH"] = _fake_bin(tmp_path, ["pdftoppm", "pdfinfo", "pdftotext"])
        needle = "tesseract is not installed"
    elif case == "no-poppler":
        env["PATH"] = _fake_bin(tmp_path, ["tesseract"])
        needle = "poppler is not installed"
    else:
        env["PATH"] = os.environ["PATH"]
        (tmp_path / "tessdata").mkdir()
        env["TESSDATA_PREFIX"] = str(tmp_path / "tessdata")
        needle = "vie not installed"
    proc = run("ingest", str(scans_dir), "--out", str(tmp_path / "out"), env=env)
    assert proc.returncode == 3
    assert needle in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unwritable_output_is_one_clear_line(tmp_path, scans_dir):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    proc = run("ingest", str(scans_dir), "--out", str(blocker / "out"))
    assert proc.returncode == 4
    assert "cannot create output folder" in proc.stderr and "Traceback" not in proc.stderr


def test_page_time_limit_fails_the_document_not_the_batch(tmp_path, scans_dir):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(scans_dir / "quyet-dinh-ngoc-lien.pdf", src)
    out = tmp_path / "out"
    proc = run("ingest", str(src), "--out", str(out), "--page-timeout", "0.2")
    assert proc.returncode == 1
    error = json.loads((out / "errors.jsonl").read_text().splitlines()[0])
    # whichever step runs out of time first, poppler's rasterising or tesseract, names it
    assert "longer than 0.2 s" in error["reason"] and error["stage"] in {"load", "ocr"}
    assert not (out / "quyet-dinh-ngoc-lien.json").exists()


def test_log_json_gives_one_object_per_line(tmp_path, scans_dir):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(scans_dir / "quyet-dinh-ngoc-lien.pdf", src)
    (src / "broken.pdf").write_text("nope")
    proc = run("--log-json", "ingest", str(src), "--out", str(tmp_path / "out"))
    records = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    outcomes = {r.get("document"): r.get("outcome") for r in records}
    assert outcomes["broken.pdf"] == "failed"
    assert outcomes["quyet-dinh-ngoc-lien.pdf"] == "done"
    done = next(r for r in records if r.get("outcome") == "done")
    assert {"stage", "duration_s"} <= set(done)


def _worker_pids(root_pid: int) -> list[int]:
    """Processes running tesseract's parents (the pool workers) under ``root_pid``."""
    out = subprocess.run(["ps", "-eo", "pid,ppid,comm"], capture_output=True, text=True).stdout
    parent = {}
    comm = {}
    for line in out.splitlines()[1:]:
        pid, ppid, name = line.split(None, 2)
        parent[int(pid)], comm[int(pid)] = int(ppid), name.strip()
    workers = []
    for pid, name in comm.items():
        if name == "tesseract":
            chain, p = [], parent.get(pid)
            while p and p > 1:
                chain.append(p)
                p = parent.get(p)
            # the ingest process itself runs "tesseract --list-langs" at start: skip it
            if root_pid in chain and parent[pid] != root_pid:
                workers.append(parent[pid])
    return workers


def test_a_dying_worker_is_replaced_and_its_document_retried(tmp_path, scans_dir):
    out = tmp_path / "out"
    proc = subprocess.Popen([*CLI, "-q", "ingest", str(scans_dir), "--out", str(out),
                             "--workers", "1"], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.time() + 60
    killed = False
    while time.time() < deadline and not killed:
        for pid in _worker_pids(proc.pid):
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.1)
    stderr = proc.communicate(timeout=300)[1]
    assert killed
    assert proc.returncode == 0, stderr
    assert (out / "bao-cao-mai-hoa.json").exists() and (out / "quyet-dinh-ngoc-lien.json").exists()


@pytest.fixture
def tiny_disk(tmp_path):
    """A 16 KiB filesystem (tmpfs; needs root, as CI has): room for no whole document."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)],
                          capture_output=True)
    if proc.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_disk_full_is_one_clear_line_and_leaves_nothing_half_written(tiny_disk, scans_dir):
    proc = run("ingest", str(scans_dir), "--out", str(tiny_disk / "out"), "--workers", "2")
    assert proc.returncode == 4
    assert "disk is full" in proc.stderr and "Traceback" not in proc.stderr
    leftovers = [p.name for p in (tiny_disk / "out").rglob("*") if p.is_file()]
    assert not [name for name in leftovers if name.endswith((".tmp", ".json", ".txt"))]
