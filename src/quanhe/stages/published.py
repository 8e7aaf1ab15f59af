"""Publication-date inference for pages that give none.

Only the article body counts (boilerplate is gone by now). Evidence:
1. dates written with a year bound the publication date from below (a date said to lie
   in the past "khi đó"/"trước đó" bounds it strictly);
2. office-holders named in the body: the publication date should fall in the terms of
   as many of them as possible;
3. day/month dates without a year are the news peg: the publication year is the first
   one, from the lower bound on, that puts them after every dated reference.
The result is as precise as the evidence: a day when a peg exists, else a year.
"""

from __future__ import annotations

import calendar
from datetime import date

from ..lexicon import load
from ..model import DateMention, DateValue, Document

_PAST = ("khi đó", "lúc đó", "trước đó", "hồi đó", "khi ấy")
_FUTURE_YEAR = ("đến năm", "tới năm", "vào năm tới", "trước năm")


def infer_published(doc: Document, today: date | None = None) -> DateValue | None:
    today = today or date.today()
    lex = load()
    explicit: list[tuple[DateValue, bool]] = []
    pegs: list[DateMention] = []
    for d in doc.dates:
        kind, y, m, day, _ = d.raw
        if y is not None:
            if y > today.year:
                continue
            before = doc.text[max(0, d.start - 10) : d.start].lower()
            if any(before.endswith(w) or before.endswith(w + " ") for w in _FUTURE_YEAR):
                continue
            sent = next((s for s in doc.sentences if s.start <= d.start < s.end), None)
            strict = bool(sent and any(w in doc.text[sent.start : sent.end].lower() for w in _PAST))
            explicit.append((DateValue(y, m, day), strict))
        elif kind == "dm" and m is not None and day is not None:
            pegs.append(d)
    people = {m.person for m in doc.mentions if m.person and m.person in lex.terms}
    lower = max((v for v, _ in explicit), key=lambda v: v.key(), default=None)
    low_year = 2000
    for v, strict in explicit:
        low_year = max(low_year, v.year + 1 if strict else v.year)
    if lower is None and not people and not pegs:
        return None
    if lower is None and not people:
        return None
    peg = max(pegs, key=lambda d: (d.raw[2], d.raw[3])) if pegs else None
    best: tuple[int, int] | None = None
    choice: DateValue | None = None
    for year in range(low_year, today.year + 1):
        if peg is not None:
            _, _, m, day, _ = peg.raw
            assert m is not None and day is not None
            if day > calendar.monthrange(year, m)[1]:
                continue
            cand = DateValue(year, m, day)
            if lower is not None and cand.key() < lower.key():
                continue
        else:
            cand = DateValue(year)
        score = sum(1 for p in people if any(t.covers(cand) for t in lex.terms[p]))
        rank = (score, -year)
        if best is None or rank > best:
            best, choice = rank, cand
    if choice is not None and peg is None and lower is not None and not people:
        return DateValue(lower.year)
    return choice
