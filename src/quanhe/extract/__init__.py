"""Turn raw input (a text dump or an HTML page) into a Document's paragraphs.

Cascade, as in trafilatura: 1. HTML goes through trafilatura, whose text then gets the
same line cleaning as a dump; 2. a text dump goes through the line classifier of
:mod:`quanhe.extract.textdump`.
"""

from __future__ import annotations

from .html import extract_html
from .textdump import extract_text

__all__ = ["extract_html", "extract_text"]
