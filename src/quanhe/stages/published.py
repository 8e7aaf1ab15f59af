"""Publication-date inference for pages that give none.

Only the article body counts (boilerplate is gone by now). Evidence:
1. dates written with a year bound the publication date from below (a date said to lie
   in the past, "khi đó"/"trước đó", bounds it strictly);
2. office-holders named in full in the body, not as "cựu"/former: the publication date
   should fall in (or just after) the terms of as many of them as possible;
3. day/month dates without a year are the news peg: the candidates are that day in each
   year the bounds allow, and the earliest one in office for the most of those people
   wins (a weekday written beside the peg rules out the other years);
4. an article usually appears the day after the events it reports ("hôm qua"), so a
   day peg gives the following day.
The result is as precise as the evidence: a day when a peg exists, else a year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from ..lexicon import Term, load
from ..model import DateValue, Document

_PAST = ("khi đó", "lúc đó", "trước đó", "hồi đó", "khi ấy")
_FUTURE_YEAR = ("đến năm", "tới năm", "vào năm tới", "trước năm", "tầm nhìn")
GRACE = timedelta(days=60)  # articles about an ousted leader still call him by his title


def _span(t: Term, today: date) -> tuple[date, date]:
    s = t.start
    start = date(s.year, s.month or 1, s.day or 1)
    if t.end is None:
        return start, today
    e = t.end
    m = e.month or 12
    return start, date(e.year, m, e.day or calendar.monthrange(e.year, m)[1]) + GRACE


@cache
def _url_rules() -> list[re.Pattern[str]]:
    return [re.compile(r["pattern"]) for r in load().date_words if r["kind"] == "url"]


def published_from_url(url: str, today: date | None = None) -> DateValue | None:
    """The date many Vietnamese sites write into an article's address (a folder, or
    the yyMMdd inside the CMS's article id); the rules are in ``lang/vi/dates.jsonl``."""
    today = today or date.today()
    for rx in _url_rules():
        for m in rx.finditer(url):
            g = m.groupdict()
            y = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
            mo, d = int(g["m"]), int(g["d"]) if g.get("d") else None
            try:
                value = date(y, mo, d or 1)
            except ValueError:
                continue
            if date(2000, 1, 1) <= value <= today:
                return DateValue(y, mo, d)
    return None


_AHEAD = ("sẽ", "dự kiến", "dự định", "sắp", "kế hoạch", "vào tuần tới", "tháng tới")


def _ahead(doc: Document, start: int) -> bool:
    """A date the sentence speaks of as to come ("dự kiến gặp nhau ... ngày 5/10") is no
    news peg: the article was written before it."""
    sent = next((s for s in doc.sentences if s.start <= start < s.end), None)
    before = doc.text[sent.start if sent else max(0, start - 80) : start].lower()
    return any(w in before for w in _AHEAD)


def _unknown_title(text: str, start: int, titled: bool) -> bool:
    """ "Ủy viên Quốc vụ Trung Quốc Dương Khiết Trì": an office the data does not know,
    so the terms it does know say nothing about the date."""
    if titled:
        return False
    words = text[max(0, start - 40) : start].split()
    recent: list[str] = []
    for w in reversed(words[-4:]):
        if not w[-1:].isalnum():
            break
        recent.append(w)
    return any(w[:1].isupper() for w in recent[:-1] or recent) and len(recent) > 1


def infer_published(doc: Document, today: date | None = None) -> DateValue | None:
    today = today or date.today()
    lex = load()
    lower: date | None = None
    strict = False
    pegs: list[tuple[int, int, int]] = []  # month, day, weekday (-1: none written)
    for d in doc.dates:
        kind, y, m, day, _ = d.raw
        if y is not None:
            if y > today.year:
                continue
            before = doc.text[max(0, d.start - 12) : d.start].lower().rstrip()
            if any(before.endswith(w) for w in _FUTURE_YEAR):
                continue
            point = date(y, m or 1, day or 1)
            sent = next((s for s in doc.sentences if s.start <= d.start < s.end), None)
            past = bool(sent and any(w in doc.text[sent.start : sent.end].lower() for w in _PAST))
            if lower is None or point > lower:
                lower, strict = point, past
        elif kind == "dm" and m is not None and day is not None and not _ahead(doc, d.start):
            pegs.append((m, day, d.raw[4] - 1 if d.raw[4] else -1))
    # "hôm qua (18/2)", "hôm nay (19/2)", "ngày mai (29/4)": the article says its own date
    for k, d in enumerate(doc.dates[:-1]):
        nxt = doc.dates[k + 1]
        if d.raw[0] == "rel-day" and nxt.raw[0] == "dm" and nxt.start - d.end <= 3 and nxt.raw[3]:
            peg_day = (nxt.raw[2], nxt.raw[3])
            offset = d.raw[4]
            break
    else:
        peg_day, offset = None, 0
    spans: dict[str, list[tuple[date, date]]] = {}
    # someone named once with an office the data does not know holds it all along
    unknown = {m.person for m in doc.people if m.full_name and _unknown_title(doc.text, m.start, m.titled)}
    # a person named beside a year ("tháng 3/2014, nhân chuyến thăm của Chủ tịch nước
    # Trương Tấn Sang") dates that year's event, not the article
    dated = [(s.start, s.end) for s in doc.sentences if any(s.start <= d.start < s.end and d.raw[1] for d in doc.dates)]
    for men in doc.people:
        if not (men.full_name and men.person in lex.terms) or men.person in unknown:
            continue
        if any(a <= men.start < b for a, b in dated):
            continue
        terms = lex.terms[men.person]
        if men.titled and any(t.role == men.role for t in terms):
            terms = [t for t in terms if t.role == men.role]  # "Tổng thống Maduro": his presidency only
        spans.setdefault(men.person, []).extend(_span(t, today) for t in terms)
    if lower is None and not spans:
        return None
    first_year = 2000 if lower is None else lower.year + (1 if strict else 0)
    peg = max(pegs) if pegs else None
    cands: list[date] = []
    for year in range(first_year, today.year + 1):
        if peg is None:
            cands.append(date(year, 7, 1))
        elif peg[1] <= calendar.monthrange(year, peg[0])[1]:
            c = date(year, peg[0], peg[1])
            if peg[2] >= 0 and c.weekday() != peg[2]:
                continue  # "thứ Năm (5/12)" only fits some years
            if (lower is None or c >= lower) and c <= today:
                cands.append(c)
    if not cands:
        return DateValue(lower.year) if lower else None

    def covering(c: date) -> list[tuple[date, date]]:
        out = []
        for terms in spans.values():
            hit = (
                [t for t in terms if t[0] <= c <= t[1]]
                if peg
                else [t for t in terms if t[0] <= date(c.year, 12, 31) and t[1] >= date(c.year, 1, 1)]
            )
            if hit:
                out.append(hit[0])
        return out

    best = max(len(covering(c)) for c in cands)
    if best == 0 and lower is None:
        return None
    top = [c for c in cands if len(covering(c)) == best]
    choice = top[0]  # the earliest date all the evidence allows
    if peg is None:
        return DateValue(choice.year)
    if peg_day is not None and peg_day[0] is not None:
        try:
            own = date(choice.year, peg_day[0], peg_day[1]) - timedelta(days=offset)
            return DateValue(own.year, own.month, own.day)
        except ValueError:
            pass
    after = min(choice + timedelta(days=1), today)
    return DateValue(after.year, after.month, after.day)
