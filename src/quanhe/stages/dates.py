"""Vietnamese date expressions, with precision, resolved against the publication date.

The grammar (this module) is small; the words (weekdays, "hôm qua", "tuần trước",
prefixes such as "ngày"/"hôm"/"sáng") come from ``lang/vi/dates.jsonl``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..lexicon import load
from ..model import DateMention, DateValue, Document

# raw = (kind, year, month, day, offset); kinds: abs, dm, month, year, rel-<unit>, weekday
Raw = tuple[str, int | None, int | None, int | None, int]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LOWER = {"dmy_words", "my", "month", "rel", "same", "_pre"}  # rules written in lower case


@cache
def _grammar(folded: bool = True) -> list[tuple[str, re.Pattern[str]]]:
    """The rules. With ``folded`` the case-insensitive ones are compiled case-sensitive,
    to run on the lower-cased text: Python's re is several times slower with re.I."""
    rules = _rules()
    if not folded:
        return rules
    return [(name, re.compile(rx.pattern) if name in _LOWER else rx) for name, rx in rules]


def _rules() -> list[tuple[str, re.Pattern[str]]]:
    lex = load()
    prefixes = next(r["words"] for r in lex.date_words if r["kind"] == "prefix")
    weekdays = [r["word"] for r in lex.date_words if r["kind"] == "weekday"]
    rel = [r["word"].lower() for r in lex.date_words if r["kind"] == "relative"]
    same = [r["word"].lower() for r in lex.date_words if r["kind"] == "same"]
    low_words = [w.lower() for w in prefixes + weekdays]
    pre = rf"(?:(?:{_alt(low_words)}|và|,|\(|–|-)\s*\(?\s*)"
    d, m, y = r"(?P<d>\d{1,2})", r"(?P<m>\d{1,2})", r"(?P<y>(?:19|20)\d{2})"
    b = r"(?<![\w/.,])"
    e = r"(?![\w/]|[.,]\d)"
    return [
        ("range", re.compile(rf"{b}{d}\s*[-–]\s*\d{{1,2}}[/.]{m}(?:[/.]{y})?{e}")),
        ("dmy_words", re.compile(rf"{b}(?:ngày\s+)?{d}\s+tháng\s+{m}(?:\s+năm\s+{y})?{e}", re.I)),
        ("dmy", re.compile(rf"{b}{d}[/.-]{m}[/.-]{y}{e}")),
        ("my", re.compile(rf"{b}tháng\s+{m}\s*(?:[/.-]|\s+năm\s+){y}{e}", re.I)),
        ("month", re.compile(rf"(?<!\d\s){b}tháng\s+{m}{e}(?!\s*(?:[/.-]|năm)\s*\d)", re.I)),
        ("year", re.compile(rf"{b}(?:năm|Năm|thập niên)\s+{y}{e}")),
        ("rel", re.compile(rf"{b}(?P<w>{_alt(rel)})(?!\w)", re.I)),
        ("same", re.compile(rf"{b}(?P<w>{_alt(same)})(?!\w)", re.I)),
        ("weekday", re.compile(rf"{b}(?:hôm\s+|vào\s+|ngày\s+)?(?P<w>{_alt(weekdays)})(?!\w)(?!\s*\(?\s*\d)")),
        ("_pre", re.compile(rf"{pre}$", re.I)),
    ]


_DM = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?![\w/]|[.,]\d)")


@cache
def _word_tables() -> tuple[dict[str, dict[str, Any]], dict[str, int]]:
    """Relative date words and weekday names, read once."""
    lex = load()
    rel = {r["word"].lower(): r for r in lex.date_words if r["kind"] == "relative"}
    weekdays = {r["word"]: r["weekday"] for r in lex.date_words if r["kind"] == "weekday"}
    return rel, weekdays


@cache
def _same_words() -> dict[str, str]:
    """ "cùng ngày", "cùng tháng": the unit of the date they repeat."""
    return {r["word"].lower(): r["unit"] for r in load().date_words if r["kind"] == "same"}


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Date expressions in a sentence, unresolved (``value`` holds a placeholder)."""
    rel_words, weekday_words = _word_tables()
    same_words = _same_words()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    folded = len(low) == len(text)  # lower() keeps offsets for Vietnamese; not for every script
    grammar = dict(_grammar(folded))
    cased = {name: low if folded and name in _LOWER else text for name in grammar}

    def add(s: int, e: int, rule: str, raw: Raw) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(DateMention(s + offset, e + offset, text[s:e], DateValue(1), rule, raw[1] is not None, raw))

    for rule in ("range", "dmy_words", "dmy", "my"):
        for m in grammar[rule].finditer(cased[rule]):
            y = int(m["y"]) if m.groupdict().get("y") else None
            dd = int(m["d"]) if m.groupdict().get("d") else None
            add(m.start(), m.end(), rule, ("abs" if y else "dm", y, int(m["m"]), dd, 0))
    for m in _DM.finditer(text):
        # a bare d/m needs a date word or bracket before it ("ngày 12/2", "(30/7)", "và 18/3")
        if not grammar["_pre"].search(cased["_pre"][max(0, m.start() - 24) : m.start()]):
            continue
        add(m.start(), m.end(), "dm", ("dm", None, int(m["m"]), int(m["d"]), 0))
    for m in grammar["month"].finditer(cased["month"]):
        add(m.start(), m.end(), "month", ("month", None, int(m["m"]), None, 0))
    for m in grammar["year"].finditer(text):
        add(m.start(), m.end(), "year", ("year", int(m["y"]), None, None, 0))
    for m in grammar["rel"].finditer(cased["rel"]):
        r = rel_words[m["w"].lower()]
        add(m.start(), m.end(), "rel", (f"rel-{r['unit']}", None, None, None, int(r["offset"])))
    for m in grammar["same"].finditer(cased["same"]):
        add(m.start(), m.end(), "same", (f"same-{same_words[m['w'].lower()]}", None, None, None, 0))
    for m in grammar["weekday"].finditer(text):
        add(m.start(), m.end(), "weekday", ("weekday", None, None, weekday_words[m["w"]], 0))
    found = [f for f in found if _valid(f.raw)]
    # "thứ Năm (5/12)": a weekday written with a day/month tells the year apart
    for f in found:
        if f.raw[0] == "dm" and f.raw[3] is not None:
            before = text[max(0, f.start - offset - 14) : f.start - offset]
            for word, wd in weekday_words.items():
                if before.rstrip(" (,").endswith(word):
                    f.raw = ("dm", None, f.raw[2], f.raw[3], wd + 1)
                    break
    found.sort(key=lambda f: f.start)
    return found


def _valid(raw: Raw) -> bool:
    kind, y, m, d, _ = raw
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None and kind != "weekday" and not 1 <= d <= 31:
        return False
    return not (y is not None and not 1900 <= y <= 2100)


def _clip(y: int, m: int, d: int) -> date:
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


def resolve(raw: Raw, anchor: DateValue | None, *, future: bool = False) -> DateValue | None:
    """The calendar date of a raw expression: the most recent one not after the anchor,
    or the next one on or after it when the clause speaks of the future."""
    kind, y, m, d, off = raw
    if kind in {"abs", "year"} and y is not None:
        return DateValue(y, m, d)
    if anchor is None:
        return None
    a = _clip(anchor.year, anchor.month or 12, anchor.day or 28)
    if kind == "dm" and m is not None:
        cands = []
        for yy in range(a.year - (7 if off else 1), a.year + 2):
            try:
                cands.append(date(yy, m, d or 1))
            except ValueError:
                continue
        if off:  # the weekday written beside it picks the year
            cands = [c for c in cands if c.weekday() == off - 1] or [c for c in cands if abs(c.year - a.year) <= 1]
        past = [c for c in cands if c <= a + timedelta(days=1)]
        ahead = [c for c in cands if c >= a - timedelta(days=1)]
        pool = (ahead or past) if future else (past or ahead)
        if not pool:
            return None
        best = min(pool) if future and ahead else max(pool) if not future else min(pool)
        return DateValue(best.year, best.month, best.day if d else None)
    if kind == "month" and m is not None:
        yy = a.year
        if not future and m > a.month:
            yy -= 1
        if future and m < a.month:
            yy += 1
        return DateValue(yy, m)
    if kind == "weekday" and d is not None:
        delta = (a.weekday() - d) % 7
        c = a + timedelta(days=(7 - delta) % 7) if future else a - timedelta(days=delta)
        return DateValue(c.year, c.month, c.day)
    if kind == "rel-day":
        c = a + timedelta(days=off)
        return DateValue(c.year, c.month, c.day)
    if kind in {"rel-week", "rel-weekend"}:
        c = a + timedelta(days=7 * off)
        if kind == "rel-weekend":
            c = c + timedelta(days=(5 - c.weekday()) % 7)
        return DateValue(c.year, c.month, c.day if kind == "rel-weekend" else None)
    if kind == "rel-month":
        mm = a.month - 1 + off
        return DateValue(a.year + mm // 12, mm % 12 + 1)
    if kind == "rel-year":
        return DateValue(a.year + off)
    return None


def find_all(doc: Document) -> Document:
    """Dates of the whole text in one pass per rule (no rule crosses a line)."""
    doc.dates = find_dates(doc.text)
    return doc


def resolve_all(doc: Document) -> Document:
    kept: list[DateMention] = []
    for dm in doc.dates:
        if dm.raw[0].startswith("same-"):
            # "Cùng ngày"/"Cùng tháng": the last date written that precisely (not a "từ năm 2016")
            unit = dm.raw[0][5:]
            need = {"day": 3, "month": 2, "year": 1}[unit]
            last = next(
                (
                    k.value
                    for k in reversed(kept)
                    if _digits(k.value) >= need and not opened_by(doc.text, k.start, "date_since")
                ),
                None,
            )
            v = _same(unit, last) if last else resolve(("rel-day", None, None, None, 0), doc.published)
        else:
            v = resolve(dm.raw, doc.published)
        if v is not None:
            dm.value = v
            kept.append(dm)
    doc.dates = kept
    return doc


def _digits(v: DateValue) -> int:
    return 1 + (v.month is not None) + (v.day is not None)


def _same(unit: str, last: DateValue) -> DateValue:
    if unit == "year":
        return DateValue(last.year)
    if unit == "month":
        return DateValue(last.year, last.month)
    return DateValue(last.year, last.month, last.day)


def opened_by(text: str, start: int, *kinds: str) -> bool:
    """Is the date at ``start`` opened by a word of the cue ``kinds`` ("từ", "đến"),
    a "ngày" between allowed? Such a date bounds a span rather than dating an act."""
    before = text[max(0, start - 14) : start].lower().rstrip().removesuffix("ngày").rstrip()
    lex = load()
    return any(before.endswith(w) and not before[: -len(w)][-1:].isalpha() for kind in kinds for w in lex.cue_set(kind))


def sentence_days(doc: Document) -> dict[int, DateValue | None]:
    """The date written with its year in each sentence, if any: office-holders named
    there are coded as of that date ("Tổng thống Trump năm 2018")."""
    out: dict[int, DateValue | None] = {}
    k = 0
    for si, s in enumerate(doc.sentences):
        while k < len(doc.dates) and doc.dates[k].start < s.start:
            k += 1
        j = k
        while j < len(doc.dates) and doc.dates[j].start < s.end:
            _, y, m, d, _ = doc.dates[j].raw
            if y is not None and not opened_by(doc.text, doc.dates[j].start, "date_since", "date_until"):
                out[si] = DateValue(y, m, d)
                break
            j += 1
    return out
