"""Atomic file writes: a temp file in the destination folder, fsync, then rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ocr_pipeline.errors import OutputError


def write_with(path: Path, write: Callable[[str], None]) -> None:
    """Let ``write`` fill a temp file beside ``path`` (given its name), then fsync and
    rename it into place; on any failure the temp file is removed and ``path`` untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(exc, OSError):
            raise
        reason = "disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise OutputError(f"cannot write output ({reason})", path=str(path), stage="write") from exc


def write_bytes(path: Path, data: bytes) -> None:
    write_with(path, lambda tmp: Path(tmp).write_bytes(data))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def remove_stale_temps(folder: Path) -> int:
    """Temp files left by a run that was killed mid-write; safe to delete when we hold the lock."""
    count = 0
    for tmp in folder.rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            count += 1
    return count
