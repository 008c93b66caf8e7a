"""Scanned Vietnamese administrative reports to clean text and structured JSON."""

__version__ = "0.2.0"
