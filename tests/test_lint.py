"""The code base stays ruff-clean (the project's convention)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff")
                    .exists(), reason="ruff not installed")
def test_ruff_clean():
    ruff = Path(sys.executable).parent / "ruff"
    proc = subprocess.run([str(ruff) if ruff.exists() else "ruff", "check", str(ROOT)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
