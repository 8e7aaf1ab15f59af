"""Article extraction from HTML pages: trafilatura for the main text, then the dump
line cleaner; title, date and URL from the page's metadata.

The metadata is read with a few regular expressions over the markup (Open Graph,
article:published_time, schema.org datePublished, <time datetime>, <h1>, <title>):
trafilatura's full metadata pass costs as much as the extraction itself.
"""

from __future__ import annotations

import html as htmllib
import re

import trafilatura

from ..model import DateValue, Document
from .textdump import extract_text

_META_DATE = [
    re.compile(
        r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|"""
        r"""pubdate|publishdate|publish-date|datePublished|date|dc\.date|DC\.date\.issued)["'][^>]*>""",
        re.I,
    ),
    re.compile(r'"datePublished"\s*:\s*"([^"]+)"'),
    re.compile(r"<time[^>]+datetime=[\"']([^\"']+)[\"']", re.I),
]
_CONTENT = re.compile(r"""content=["']([^"']+)["']""", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TITLE = [
    re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S),
    re.compile(r"""<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']+)["']""", re.I),
    re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S),
]
_URL = re.compile(
    r"""<(?:link[^>]+rel=["']canonical["'][^>]*href|meta[^>]+property=["']og:url["'][^>]*content)"""
    r"""=["']([^"']+)["']""",
    re.I,
)
_TAGS = re.compile(r"<[^>]+>")


def page_date(markup: str) -> DateValue | None:
    for rx in _META_DATE:
        for m in rx.finditer(markup):
            if m.groups():
                value = m.group(1)
            else:
                content = _CONTENT.search(m.group(0))
                value = content.group(1) if content else ""
            iso = _ISO.search(value)
            if iso:
                y, mo, d = (int(g) for g in iso.groups())
                if 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
                    return DateValue(y, mo, d)
    return None


def page_title(markup: str) -> str | None:
    for rx in _TITLE:
        m = rx.search(markup)
        if m:
            text = htmllib.unescape(_TAGS.sub("", m.group(1))).strip()
            if text:
                return " ".join(text.split())
    return None


def extract_html(markup: str, doc: Document) -> Document:
    """Main text, title, date and URL of the page."""
    if doc.published is None:
        date = page_date(markup)
        if date is not None:
            doc.published, doc.published_source = date, "metadata"
    if doc.url is None:
        m = _URL.search(markup)
        doc.url = m.group(1) if m else None
    title = page_title(markup) or ""
    result = trafilatura.bare_extraction(markup, include_comments=False, include_tables=False)
    text = ""
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
    body = f"{title}\n{text}" if title and not text.startswith(title) else text
    extract_text(body, doc)
    if title and not doc.title:
        doc.title = title
    return doc
