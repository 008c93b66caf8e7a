"""The package's one exception hierarchy.

The CLI turns any ``PipelineError`` into a one-line message and a non-zero exit code;
anything else is a bug.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class: something the user can act on, described in one line."""

    exit_code = 1

    def __init__(self, reason: str, *, path: str | None = None, stage: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.stage = stage

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.reason}"


class EnvironmentProblem(PipelineError):
    """A required program, model or directory is missing or unusable."""

    exit_code = 3


class InputError(PipelineError):
    """One input file cannot be processed (corrupt, encrypted, empty, ...)."""

    exit_code = 2


class PageTimeout(InputError):
    """Rasterising or OCR of one page exceeded the configured time limit."""


class OutputError(PipelineError):
    """Output cannot be written (not writable, disk full, locked by another run)."""

    exit_code = 4
