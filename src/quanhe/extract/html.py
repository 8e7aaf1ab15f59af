"""Article extraction from HTML pages with trafilatura, then the dump line cleaner."""

from __future__ import annotations

import contextlib

import trafilatura

from ..model import DateValue, Document
from .textdump import extract_text


def extract_html(html: str, doc: Document) -> Document:
    """Main text, title, date and URL from the page; captions kept where trafilatura keeps them."""
    result = trafilatura.bare_extraction(
        html,
        url=doc.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_recall=True,
    )
    if result is None:
        return extract_text("", doc)
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    title = (data.get("title") or "").strip()
    text = data.get("text") or ""
    if doc.published is None and data.get("date"):
        with contextlib.suppress(ValueError):
            doc.published, doc.published_source = DateValue.parse(str(data["date"])), "metadata"
    doc.url = doc.url or data.get("url")
    body = f"{title}\n{text}" if title and not text.startswith(title) else text
    extract_text(body, doc)
    if title and not doc.title:
        doc.title = title
    return doc
