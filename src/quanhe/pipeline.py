"""The stage order: analyze(raw) -> Document.

1. extract (HTML through trafilatura, dumps through the line classifier) and normalise;
2. sentences; 3. dates (found, not yet resolved); 4. actors; 5. the publication date
when the input has none (then actors again, since who held which office depends on
it); 6. dates resolved; 7. quotes (their speakers act in what they say); 8. events.
"""

from __future__ import annotations

import re
from typing import Literal

from .extract import extract_html, extract_text
from .model import DateValue, Document
from .stages.actors import find_mentions
from .stages.dates import find_all, resolve_all, sentence_days
from .stages.events import code_events
from .stages.published import infer_published, published_from_url
from .stages.quotes import find_quotes
from .stages.sentences import split_sentences

_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_published(text: str) -> DateValue | None:
    """A metadata date as feeds write it: ISO (with or without time), or day/month/year."""
    text = text.strip()
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) if g else None for g in m.groups())
    else:
        m = _DMY.search(text)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    assert y is not None
    if not 1900 <= y <= 2100 or (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    return DateValue(y, mo, d)


def analyze(
    raw: str,
    doc_id: str = "-",
    *,
    kind: Literal["text", "html"] = "text",
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Read one article and code its events and quotes."""
    doc = Document(doc_id, url=url)
    if published:
        value = parse_published(published)
        if value is None:
            doc.warnings.append(f"published {published!r} is not a date: inferred from the text instead")
        else:
            doc.published, doc.published_source = value, "metadata"
    if kind == "html":
        extract_html(raw, doc)
    else:
        extract_text(raw, doc)
    if title and not doc.title:
        doc.title = title
    if doc.published is None and doc.url:
        from_url = published_from_url(doc.url)
        if from_url is not None:
            doc.published, doc.published_source = from_url, "url"
    split_sentences(doc)
    find_all(doc)
    find_mentions(doc, sentence_days(doc))
    if doc.published is None:
        inferred = infer_published(doc)
        if inferred is not None:
            doc.published, doc.published_source = inferred, "inferred"
            find_mentions(doc, sentence_days(doc))
    resolve_all(doc)
    find_quotes(doc)
    code_events(doc)
    return doc
