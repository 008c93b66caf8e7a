from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANS = ROOT / "samples" / "scans"


@pytest.fixture(scope="session")
def scans_dir() -> Path:
    return SCANS
