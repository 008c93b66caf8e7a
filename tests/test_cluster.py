"""Ingest on a real Dask cluster on loopback: a scheduler and two worker processes."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "ocr_pipeline"]
DASK = str(Path(sys.executable).parent / "dask")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
    procs = [start([DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                    "--no-dashboard"])]
    workers = []
    for _ in range(2):
        workers.append(start([DASK, "worker", address, "--nthreads", "1", "--nworkers", "1",
                              "--no-dashboard", "--memory-limit", "0"]))
    procs += workers
    client = None
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                client = Client(address, timeout="2s")
                if len(client.scheduler_info()["workers"]) == 2:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        assert client and len(client.scheduler_info()["workers"]) == 2
        client.close()
        yield address, workers
    finally:
        for proc in procs:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*")) if p.suffix in (".json", ".txt")}


@pytest.fixture(scope="module")
def local_reference(tmp_path_factory, scans_dir):
    out = tmp_path_factory.mktemp("local")
    proc = subprocess.run([*CLI, "-q", "ingest", str(scans_dir), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return outputs(out)


def test_cluster_output_is_byte_identical_to_local(cluster, local_reference, scans_dir,
                                                    tmp_path):
    address, _ = cluster
    out = tmp_path / "out"
    proc = subprocess.run([*CLI, "-q", "ingest", str(scans_dir), "--out", str(out),
                           "--scheduler", address], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert outputs(out) == local_reference
    again = subprocess.run([*CLI, "ingest", str(scans_dir), "--out", str(out),
                            "--scheduler", address], capture_output=True, text=True, cwd=ROOT)
    assert "0 done, 2 skipped" in again.stderr


def _tesseract_under(root_pid: int) -> bool:
    table = subprocess.run(["ps", "-eo", "pid,ppid,comm"], capture_output=True,
                           text=True).stdout.splitlines()[1:]
    parent = {int(r.split()[0]): int(r.split()[1]) for r in table}
    for row in table:
        pid, _ppid, name = row.split(None, 2)
        if name.strip() == "tesseract":
            p = int(pid)
            while p > 1:
                if p == root_pid:
                    return True
                p = parent.get(p, 0)
    return False


def test_a_worker_killed_mid_run_changes_nothing(cluster, local_reference, scans_dir,
                                                  tmp_path):
    address, workers = cluster
    src = tmp_path / "in"
    src.mkdir()
    for pdf in scans_dir.glob("*.pdf"):
        shutil.copy(pdf, src / pdf.name)
    out = tmp_path / "out"
    proc = subprocess.Popen([*CLI, "-q", "ingest", str(src), "--out", str(out),
                             "--scheduler", address], stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)
    victim = workers[0]
    deadline = time.time() + 60
    while time.time() < deadline and not _tesseract_under(victim.pid):
        time.sleep(0.1)
    assert _tesseract_under(victim.pid), "the first worker never got a page"
    os.killpg(victim.pid, signal.SIGKILL)
    stderr = proc.communicate(timeout=300)[1]
    assert proc.returncode == 0, stderr
    assert outputs(out) == local_reference


def test_unreachable_scheduler_is_one_clear_line(scans_dir, tmp_path):
    proc = subprocess.run([*CLI, "ingest", str(scans_dir), "--out", str(tmp_path / "out"),
                           "--scheduler", f"tcp://127.0.0.1:{free_port()}"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 3
    assert "cannot reach the Dask scheduler" in proc.stderr and "Traceback" not in proc.stderr


def test_workers_must_see_the_shared_paths(tmp_path):
    from ocr_pipeline.cluster import _probe

    assert _probe(str(tmp_path), str(tmp_path)) is None
    assert "cannot see the input folder" in _probe(str(tmp_path / "missing"), str(tmp_path))
    assert "cannot write the output folder" in _probe(str(tmp_path), str(tmp_path / "nope"))
