"""Article extraction from text dumps: keep title, body, headings and captions.

A scraped page flattened to text keeps its menus, related-news boxes, "Đọc thêm"
lists, share prompts and footers. Each line is classified from its own shape (length,
final punctuation, ASCII slugs, patterns in ``lang/vi/boilerplate.jsonl``) and from its
neighbours: a list header opens a block of links that only a long paragraph closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import load
from ..model import DateValue, Document, Paragraph, ParagraphKind
from ..text import normalize, word_count

_SLUG_WORD = re.compile(r"[a-z0-9]+")
_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
_PIPES = re.compile(r"^\|\s*(.*?)\s*\|?$")
_TERMINAL = (".", "!", "?", "”", '"', ":", ")", "…", "»", "’", "'")
_TOP_DATE = re.compile(
    r"(?:(?P<h>\d{1,2}):(?P<mi>\d{2})\D{0,12})?(?P<d>\d{1,2})(?:[/.-]|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:[/.-]|,?\s+(?:năm\s+)?)(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)  # "12/03/2020 15:42", "15:42 12-3-2020", "14 tháng 4 2024", "ngày 14 tháng 4 năm 2024"
LONG = 30  # words: a paragraph this long is article text wherever it stands


@dataclass(slots=True)
class Line:
    text: str
    cls: str  # text, junk, list_header, end, teaser, caption, image, slug
    words: int


def _slug_prefix(line: str) -> int:
    """Number of leading words that are a URL slug (lower-case ASCII, no diacritics)."""
    n = 0
    for w in line.split(" "):
        if _SLUG_WORD.fullmatch(w):
            n += 1
        else:
            break
    return n


_MENU_GAPS = re.compile(r"\S(?: {2,}|\t+)\S")
_HYPHEN_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")
_CREDIT = re.compile(r"[.)\]]\s*\(?(?:Ảnh|Nguồn ảnh|Photo)\s*:\s*[^.]{1,40}\)?\.?$", re.IGNORECASE)
_FULL_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b")


@cache
def _boilerplate() -> tuple[list[str], re.Pattern[str]]:
    """All boilerplate records in one alternation (group bN is record N): a line is
    matched once, not once per record."""
    records = load().boilerplate
    parts = [
        f"(?P<b{k}>(?{'i' if rx.flags & re.IGNORECASE else '-i'}:{rx.pattern}))" for k, (_, rx) in enumerate(records)
    ]
    return [kind for kind, _ in records], re.compile("|".join(parts))


def _classify(text: str, raw: str) -> str:
    if _IMAGE.match(text) or text in {"|", "||"}:
        return "image"
    if len(_MENU_GAPS.findall(raw)) >= 2:
        return "junk"  # a menu: items separated by runs of spaces
    if _HYPHEN_SLUG.fullmatch(text):
        return "slug"
    slug = _slug_prefix(text)
    total = len(text.split(" "))
    if slug >= 4:
        return "slug" if slug == total else "teaser"
    if _CREDIT.search(text) and word_count(text) >= 8:
        return "caption"  # "[Ảnh] Tổng thống ... đón ... Ảnh: Sputnik": a photo's caption, whatever its prefix
    kinds, rx = _boilerplate()
    hits = [m.lastgroup for m in (rx.fullmatch(text), rx.fullmatch(text.rstrip(" :"))) if m and m.lastgroup]
    if hits:
        return kinds[min(int(g[1:]) for g in hits)]  # the first record that matches, as listed
    letters = [c for c in text if c.isalpha()] if total <= 8 else []
    if letters and all(c.isupper() for c in letters):
        return "junk"  # a site name or section label in capitals
    if total <= 12 and _FULL_DATE.search(text) and not text.endswith("."):
        return "junk"  # a dateline
    words = text.split(" ")
    if 2 <= total <= 4 and all(w[:1].isupper() and w.isalpha() for w in words):
        return "junk"  # a byline: the author's name alone on a line
    return "text"


def _top_date(lines: list[str]) -> DateValue | None:
    """A date line near the top of the page (its dateline) is page metadata."""
    # the page header and the lines up to the first paragraph of the article
    first_body = next((k for k, t in enumerate(lines) if word_count(t) >= LONG), len(lines))
    for text in lines[: max(8, min(first_body + 1, 25))]:
        m = _TOP_DATE.search(text)
        if m and word_count(text) <= 12 and not text.rstrip().endswith((".", "”", '"')):
            try:
                d = DateValue(int(m["y"]), int(m["m"]), int(m["d"]))
                if 1 <= d.month <= 12 and 1 <= d.day <= 31:  # type: ignore[operator]
                    return d
            except ValueError:
                continue
    return None


def _is_title(line: Line) -> bool:
    return line.cls == "text" and 5 <= line.words <= 35 and not line.text.endswith(".")


def _title_index(lines: list[Line]) -> int | None:
    """The headline: the longest title-like line before the first body paragraph."""
    best: int | None = None
    for k, line in enumerate(lines[:10]):
        if line.cls == "text" and line.words >= 20 and line.text.endswith(_TERMINAL):
            break
        if _is_title(line) and (best is None or line.words > lines[best].words):
            best = k
    return best


def extract_text(raw: str, doc: Document) -> Document:
    """Fill ``doc.text``, ``doc.paragraphs`` and ``doc.title`` from a text dump."""
    lines: list[Line] = []
    for raw_line in raw.splitlines():
        text = normalize(raw_line).strip()
        if not text:
            continue
        m = _PIPES.match(text)
        piped = bool(m and text.endswith("|") and m.group(1))
        if piped and m:
            text = m.group(1).strip()
        cls = _classify(text, raw_line)
        if piped and cls == "text":
            cls = "caption"
        lines.append(Line(text, cls, word_count(text)))
    if doc.published is None:
        top = _top_date([ln.text for ln in lines])
        if top:
            doc.published, doc.published_source = top, "page"

    kept: list[tuple[str, ParagraphKind]] = []
    seen: set[str] = set()
    in_block = False  # inside a list of links: only a long paragraph after a teaser ends it
    tail = False  # the article has ended (source line, or a list of title/summary pairs)
    body_words = 0
    repeats = 0
    after_image = False
    history: list[str] = []  # classes of the lines before, "dup" for repeated lines
    title_at = _title_index(lines)
    for i, line in enumerate(lines):
        cls = line.cls
        repeated = line.text in seen
        seen.add(line.text)
        prev = history[-1] if history else ""
        prev2 = history[-2] if len(history) > 1 else ""
        history.append("dup" if repeated else cls)
        if repeated:
            cls = "junk"  # repeated title, alt text, doubled link titles
            repeats += in_block
        if i == title_at:
            doc.title = line.text
            kept.append((line.text, "title"))
            continue
        if title_at is not None and i < title_at:
            doc.dropped.append(line.text)  # the page header: site name, menus, breadcrumbs
            continue
        if cls in {"list_header", "end"}:
            in_block = True
            tail = tail or (cls == "end" and body_words >= 150) or repeats >= 2
            doc.dropped.append(line.text)
            continue
        if in_block and repeats >= 2:
            tail = True
        if tail:
            doc.dropped.append(line.text)
            continue
        if cls in {"junk", "teaser", "image", "slug"}:
            after_image = cls in {"image", "slug"}
            doc.dropped.append(line.text)
            continue
        long = line.words >= LONG and line.text.endswith(_TERMINAL) and not line.text.endswith(("...", "…"))
        if in_block:
            # a long paragraph ends a box of links, unless it is the summary under a
            # repeated title ("Đọc thêm" lists print each title twice, then its summary)
            heading_after_teaser = prev == "text" and prev2 in {"teaser", "slug", "list_header"}
            if long and prev != "dup":
                in_block = False
                repeats = 0
                if heading_after_teaser and doc.dropped and lines[i - 1].words <= 15:
                    kept.append((doc.dropped.pop(), "heading"))
            else:
                doc.dropped.append(line.text)
                continue
        body_words += line.words
        if cls == "caption" or (after_image and line.words < LONG * 2):
            kind: ParagraphKind = "caption"
        elif line.words <= 15 and not line.text.endswith(_TERMINAL):
            kind = "heading"
        else:
            kind = "body"
        after_image = False
        kept.append((line.text, kind))
    return _assemble(doc, kept)


def _assemble(doc: Document, kept: list[tuple[str, ParagraphKind]]) -> Document:
    parts: list[str] = []
    pos = 0
    for text, kind in kept:
        doc.paragraphs.append(Paragraph(pos, pos + len(text), kind))
        parts.append(text)
        pos += len(text) + 1
    doc.text = "\n".join(parts)
    return doc
