"""Stage 6, batch: ingest a folder, pages in parallel, resumable, atomic, one bad file never
stops the run.

Contract: ``ingest(in_dir, out_dir, options) -> Summary``. For every input
``IN/a/b.pdf`` it writes ``OUT/a/b.json`` and ``OUT/a/b.txt`` (each atomically) and then
records the document in the manifest. Failures go to ``OUT/errors.jsonl`` and leave no
output for that document. Pages of all documents are spread over worker processes, with
a bounded number in flight so memory stays flat however large the folder is.
"""

from __future__ import annotations

import concurrent.futures as cf
import fcntl
import json
import logging
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ocr_pipeline import __version__, atomic, document, load, pipeline
from ocr_pipeline._exec import poppler, tesseract
from ocr_pipeline.errors import InputError, OutputError, PipelineError
from ocr_pipeline.manifest import Manifest, file_sha256, run_key
from ocr_pipeline.models import Options, PageText

log = logging.getLogger("ocr_pipeline")
LOCK_NAME = ".ocr-pipeline.lock"
ERRORS_NAME = "errors.jsonl"


@dataclass
class Summary:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    pages: int = 0
    wall_s: float = 0.0
    failures: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        rate = self.pages / self.wall_s * 60 if self.wall_s else 0.0
        return (
            f"documents: {self.done} done, {self.skipped} skipped, {self.failed} failed; "
            f"pages: {self.pages}; wall time: {self.wall_s:.1f} s ({rate:.1f} pages/min)"
        )


def display_path(path: Path | str) -> str:
    """A path as valid UTF-8 text even when the file name is not."""
    raw = os.fsencode(str(path))
    return raw.decode("utf-8", errors="replace")


def discover(in_dir: Path) -> list[Path]:
    """Supported files under ``in_dir``, sorted; symlinked folders are not followed (no loops)."""
    found = []
    for root, dirs, files in os.walk(in_dir, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path.suffix.lower() in load.SUPPORTED_SUFFIXES and path.is_file():
                found.append(path)
    return found


def output_stem(in_dir: Path, path: Path, keep_suffix: bool = False) -> Path:
    """Where a document's outputs go under OUT, less their own suffix: its path under IN
    without its suffix, and only that ("bc.12.2025.pdf" -> "bc.12.2025": ``with_suffix``
    had made it "bc.12", so that "bc.12.2025.pdf" and "bc.12.2026.pdf" wrote one file);
    with it, ``keep_suffix``, when another file of the batch has the same stem
    ("bao-cao.pdf" and "bao-cao.tif" -> "bao-cao.pdf", "bao-cao.tif")."""
    rel = path.relative_to(in_dir)
    return rel if keep_suffix else rel.with_name(rel.stem)


def sharing_a_stem(in_dir: Path, files: list[Path]) -> set[Path]:
    """The files whose output stem another file of ``files`` has too."""
    stems = {f: output_stem(in_dir, f) for f in files}
    counts = Counter(stems.values())
    return {f for f, stem in stems.items() if counts[stem] > 1}


class OutputLock:
    """Refuses a second ingest on the same OUT while the first is running."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / LOCK_NAME
        self.fh = None

    def __enter__(self) -> OutputLock:
        try:
            self.fh = self.path.open("a+")
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise OutputError(
                "another ingest is already writing to this folder", path=str(self.path.parent)
            ) from exc
        except OSError as exc:
            raise OutputError(f"output folder is not writable ({exc.strerror})",
                              path=str(self.path.parent)) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fh:
            fcntl.flock(self.fh, fcntl.LOCK_UN)
            self.fh.close()


def check_environment(options: Options, out_dir: Path) -> None:
    tesseract.check(options.lang)
    poppler.version()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = f"cannot create output folder ({exc.strerror})"
        raise OutputError(reason, path=str(out_dir)) from exc
    if not os.access(out_dir, os.W_OK):
        raise OutputError("output folder is not writable", path=str(out_dir))


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _run_page(path: str, number: int, options: Options) -> PageText:
    return pipeline.process_page(Path(path), number, options)


@dataclass
class _Job:
    path: Path
    rel: str
    sha256: str
    page_count: int
    pages: dict[int, PageText] = field(default_factory=dict)
    pending: set[int] = field(default_factory=set)
    error: PipelineError | None = None
    attempts: int = 0
    started: float = field(default_factory=time.monotonic)


class Ingest:
    def __init__(self, in_dir: Path, out_dir: Path, options: Options, force: bool = False,
                 progress: bool = True, scheduler: str | None = None):
        self.in_dir, self.out_dir, self.options = in_dir, out_dir, options
        self.force, self.show_progress = force, progress
        self.scheduler = scheduler
        self.summary = Summary()
        self.key = run_key(__version__, options.stage_settings())
        self.shared_stems: set[Path] = set()

    # -- recording -------------------------------------------------------------
    def _record_failure(self, path: Path, sha256: str | None, error: PipelineError) -> None:
        rel = display_path(path.relative_to(self.in_dir))
        entry = {"path": rel, "sha256": sha256, "stage": error.stage or "unknown",
                 "reason": error.reason}
        with (self.out_dir / ERRORS_NAME).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        if sha256:
            self.manifest.append({**entry, "status": "failed", "run_key": self.key})
        self.summary.failed += 1
        self.summary.failures.append(entry)
        log.error("%s: %s", rel, error.reason,
                  extra={"document": rel, "stage": error.stage, "outcome": "failed"})

    def _finish(self, job: _Job) -> None:
        if job.error is not None:
            self._record_failure(job.path, job.sha256, job.error)
            return
        pages = [job.pages[n] for n in sorted(job.pages)]
        source = {"path": job.rel, "sha256": job.sha256, "page_count": job.page_count}
        doc = document.assemble(source, pages, self.options)
        stem = self.out_dir / output_stem(self.in_dir, job.path, job.path in self.shared_stems)
        json_path = stem.with_name(stem.name + ".json")
        txt_path = stem.with_name(stem.name + ".txt")
        atomic.write_text(json_path, document.dumps(doc))
        atomic.write_text(txt_path, doc["text"] if doc["text"].endswith("\n")
                          else doc["text"] + "\n")
        outputs = [str(p.relative_to(self.out_dir)) for p in (json_path, txt_path)]
        self.manifest.append({"path": job.rel, "sha256": job.sha256, "status": "done",
                              "run_key": self.key, "outputs": outputs, "pages": job.page_count})
        self.summary.done += 1
        self.summary.pages += job.page_count
        log.info("%s: done (%d pages)", job.rel, job.page_count,
                 extra={"document": job.rel, "stage": "write", "outcome": "done",
                        "duration_s": round(time.monotonic() - job.started, 3)})

    # -- scheduling ------------------------------------------------------------
    def _jobs(self, files: list[Path]) -> Iterator[_Job]:
        for path in files:
            rel = display_path(path.relative_to(self.in_dir))
            sha = None
            try:
                sha = file_sha256(path)
                if not self.force and self.manifest.is_done(rel, sha, self.key, self.out_dir):
                    self.summary.skipped += 1
                    self.bar.update(1)
                    continue
                count = load.count_pages(path)
            except PipelineError as exc:
                exc.path = exc.path or str(path)
                self._record_failure(path, sha, exc)
                self.bar.update(1)
                continue
            except OSError as exc:
                self._record_failure(path, sha, InputError(
                    f"cannot read file ({exc.strerror or exc})", stage="load"))
                self.bar.update(1)
                continue
            yield _Job(path=path, rel=rel, sha256=sha, page_count=count,
                       pending=set(range(1, count + 1)))

    def _new_pool(self) -> cf.Executor:
        if self.scheduler:
            from ocr_pipeline.cluster import DaskExecutor

            executor = DaskExecutor(self.scheduler, self.options.workers)
            try:
                executor.check_shared_storage(self.in_dir, self.out_dir)
            except Exception:
                executor.shutdown()
                raise
            return executor
        return cf.ProcessPoolExecutor(
            max_workers=max(1, self.options.workers),
            mp_context=multiprocessing.get_context("forkserver"),
            initializer=_init_worker,
        )

    def run(self) -> Summary:
        start = time.monotonic()
        files = discover(self.in_dir)
        self.shared_stems = sharing_a_stem(self.in_dir, files)
        with OutputLock(self.out_dir):
            atomic.remove_stale_temps(self.out_dir)
            self.manifest = Manifest.open(self.out_dir)
            self.bar = tqdm(total=len(files), unit="doc", disable=not self.show_progress,
                            dynamic_ncols=True, desc="ingest")
            try:
                self._schedule(self._jobs(files), start)
            finally:
                self.bar.close()
        self.summary.wall_s = time.monotonic() - start
        return self.summary

    def _schedule(self, jobs: Iterator[_Job], start: float) -> None:
        limit = max(2, self.options.workers * 3)
        pool = self._new_pool()
        in_flight: dict[cf.Future[PageText], tuple[_Job, int]] = {}
        open_jobs: list[_Job] = []
        queue: list[tuple[_Job, int]] = []
        pages_done = 0

        def refill() -> None:
            while len(in_flight) < limit:
                if not queue:
                    job = next(jobs, None)
                    if job is None:
                        return
                    open_jobs.append(job)
                    queue.extend((job, n) for n in sorted(job.pending))
                    continue
                job, number = queue.pop(0)
                if job.error is not None:
                    job.pending.discard(number)
                    continue
                fut = pool.submit(_run_page, str(job.path), number, self.options)
                in_flight[fut] = (job, number)

        try:
            refill()
            while in_flight:
                finished, _ = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
                broken = False
                for fut in finished:
                    job, number = in_flight.pop(fut)
                    try:
                        job.pages[number] = fut.result()
                        pages_done += 1
                    except BrokenProcessPool:
                        broken = True
                        queue.insert(0, (job, number))
                        continue
                    except PipelineError as exc:
                        exc.path = exc.path or str(job.path)
                        exc.reason = f"page {number}: {exc.reason}"
                        job.error = job.error or exc
                    except Exception as exc:  # noqa: BLE001 - a bug on one page fails one doc
                        job.error = job.error or PipelineError(
                            f"page {number}: internal error ({type(exc).__name__}: {exc})",
                            path=str(job.path), stage="page")
                    job.pending.discard(number)
                if broken:
                    self._recover(pool, in_flight, queue)
                    pool = self._new_pool()
                for job in [j for j in open_jobs if not j.pending]:
                    open_jobs.remove(job)
                    try:
                        self._finish(job)
                    except (OutputError, OSError):
                        raise  # the output folder itself is failing: stop the batch
                    except Exception as exc:  # noqa: BLE001 - one document must not stop all
                        self._record_failure(job.path, job.sha256, PipelineError(
                            f"internal error while assembling ({type(exc).__name__}: {exc})",
                            stage="assemble"))
                    self.bar.update(1)
                elapsed = time.monotonic() - start
                self.bar.set_postfix(pages_s=f"{pages_done / elapsed:.2f}", refresh=False)
                refill()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _recover(self, pool: cf.ProcessPoolExecutor, in_flight: dict, queue: list) -> None:
        """A worker died: retry its documents' pages once on a fresh pool, then give up."""
        retried: set[int] = set()
        for fut, (job, number) in list(in_flight.items()):
            queue.insert(0, (job, number))
            in_flight.pop(fut)
        for job, _ in queue:
            if id(job) in retried:
                continue
            retried.add(id(job))
            job.attempts += 1
            if job.attempts > 1 and job.error is None:
                job.error = InputError("a worker process died twice on this document",
                                       path=str(job.path), stage="ocr")
        pool.shutdown(wait=False, cancel_futures=True)
        log.warning("a worker process died; restarting the pool and retrying its documents")


def ingest(in_dir: Path, out_dir: Path, options: Options, *, force: bool = False,
           progress: bool = True, scheduler: str | None = None) -> Summary:
    """``scheduler``: None runs pages on local processes; "local" or "tcp://HOST:PORT"
    runs them on a Dask cluster (``cluster.py``)."""
    if not in_dir.is_dir():
        raise InputError("input folder does not exist", path=str(in_dir))
    check_environment(options, out_dir)
    return Ingest(in_dir, out_dir, options, force=force, progress=progress,
                  scheduler=scheduler).run()

