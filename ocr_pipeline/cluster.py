"""Run ingest's page tasks on a Dask cluster (``--scheduler tcp://HOST:8786`` or ``local``).

Only the executor changes: pages are OCR'd on the cluster's workers, while this process
(the client) assembles documents and writes every output, manifest line and error, so
the guarantees of the local path hold unchanged: atomic writes, resumability, and a
document written once even when a worker dies and Dask re-runs its tasks elsewhere.
Inputs and outputs must be on storage that the client and every worker see at the same
paths; ``check_shared_storage`` verifies this before any work starts.
"""

from __future__ import annotations

import concurrent.futures as cf
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ocr_pipeline.errors import EnvironmentProblem


def _probe(in_dir: str, out_dir: str) -> str | None:
    """Runs on each worker: None when it can read DIR and write OUT, else the reason."""
    if not os.path.isdir(in_dir):
        return f"cannot see the input folder {in_dir}"
    if not os.access(out_dir, os.W_OK):
        return f"cannot write the output folder {out_dir}"
    return None


class DaskExecutor(cf.Executor):
    """A ``concurrent.futures`` face on a ``distributed.Client``, so the batch runner's
    scheduling loop works unchanged (its futures are bridged to standard futures)."""

    def __init__(self, scheduler: str, workers: int):
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise EnvironmentProblem(
                "--scheduler needs dask.distributed (pip install 'ocr-pipeline[cluster]')"
            ) from exc
        self.cluster = None
        try:
            if scheduler == "local":
                self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                            processes=True, host="127.0.0.1")
                self.client = Client(self.cluster)
            else:
                self.client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise EnvironmentProblem(f"cannot reach the Dask scheduler {scheduler} ({exc})") \
                from exc

    def check_shared_storage(self, in_dir: Path, out_dir: Path) -> None:
        problems = self.client.run(_probe, str(in_dir.resolve()), str(out_dir.resolve()))
        bad = {worker: reason for worker, reason in problems.items() if reason}
        if bad:
            worker, reason = next(iter(bad.items()))
            raise EnvironmentProblem(f"Dask worker {worker} {reason}: inputs and outputs "
                                     "must be on storage shared by all workers")

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> cf.Future:
        bridged: cf.Future = cf.Future()
        bridged.set_running_or_notify_cancel()
        remote = self.client.submit(fn, *args, pure=False, **kwargs)

        def settle(done: Any) -> None:
            try:
                bridged.set_result(done.result())
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting loop
                bridged.set_exception(exc)

        remote.add_done_callback(settle)
        bridged.remote = remote  # keeps the Dask future (and its task) alive
        return bridged

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
