"""pyvi's diacritic model, the peer the benchmark runs on stripped text."""

from __future__ import annotations

# imported here, not in the timed call: loading pyvi's model is no part of its speed
from pyvi import ViUtils


def add_accents(text: str) -> tuple[str, int]:
    """pyvi's ``add_accents``, line by line: a line it crashes on is kept as it is and
    counted (a wrong line for the peer), so one bad line does not end the run."""
    lines, crashes = [], 0
    for line in text.splitlines():
        try:
            lines.append(ViUtils.add_accents(line))
        except Exception:  # noqa: BLE001 - a peer's crash counts as a wrong line
            crashes += 1
            lines.append(line)
    return "\n".join(lines), crashes
