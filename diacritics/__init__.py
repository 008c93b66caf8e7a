"""Vietnamese diacritic restoration and OCR post-correction.

``restore(text) -> Restored(text, edits)``: the repaired text has exactly as many lines
as the input; each edit names its line, character span, original, replacement and a
confidence in [0, 1]. ``text_mode(text)`` says how the text reads as a whole ("vie",
"stripped" or "legacy").
"""

from __future__ import annotations

from diacritics.api import Edit, Restored, model_info, restore, text_mode

__version__ = "0.1.0"
__all__ = ["Edit", "Restored", "restore", "text_mode", "model_info", "__version__"]
