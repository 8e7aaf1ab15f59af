"""Direct quotes and who said them.

A quote is text in “…”, "…" or «…» (normalised to “…”), possibly over several
paragraphs. The speaker comes from the introducing clause ("X nói:", "X cho biết"), from
the clause after the quote ("…”, ông X nói"), from a role title resolved on the article's
date ("người đứng đầu Bộ Ngoại giao Mỹ" → the foreign minister then in office), or from
"ông"/"bà" referring back to the last named person.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import load
from ..model import Document, Mention, Quote
from ..text import word_count

_OPEN = re.compile(r"[“\"]")
_CURLY = re.compile(r"[“”]")
_ORG_KINDS = {"state", "name", "igo", "armed_group", "body", "capital", "metonym", "joint"}


def _quote_spans(doc: Document) -> list[tuple[int, int]]:
    text = doc.text
    spans: list[tuple[int, int]] = []
    found = _OPEN.search(text)
    while found is not None:
        i = found.start()
        if text[i] == "“":
            depth = 1
            for q in _CURLY.finditer(text, i + 1):
                k = q.start()
                if text[k] == "”":
                    depth -= 1
                elif text[k - 1] != "\n":  # an opening mark that starts a paragraph continues the quote
                    depth += 1
                if depth == 0:
                    spans.append((i + 1, k))
                    found = _OPEN.search(text, k + 1)
                    break
            else:
                found = _OPEN.search(text, i + 1)
        else:
            k = text.find('"', i + 1)
            if k > 0:
                spans.append((i + 1, k))
                found = _OPEN.search(text, k + 1)
            else:
                found = _OPEN.search(text, i + 1)
    return spans


def _speaker_mention(doc: Document, start: int, end: int) -> Mention | None:
    ms = [m for m in doc.mentions if start <= m.start and m.end <= end]
    people = [m for m in ms if m.kind in {"person", "official", "pronoun"}]
    if people:
        return people[0]
    return ms[0] if ms else None


@cache
def _aliases() -> dict[str, list[str]]:
    """Every written form of each office-holder, longest first."""
    out: dict[str, list[str]] = {}
    for alias, entry in load().names:
        if entry.kind == "person":
            out.setdefault(entry.name, []).append(alias)
    return {k: sorted(set(v), key=len, reverse=True) for k, v in out.items()}


def _speaker_name(doc: Document, m: Mention) -> tuple[str | None, str]:
    if m.person:
        # "Suga Yoshihide", "Erdoğan", "Kim Jong Un": the form the article writes, where
        # the name is written otherwise than in the data
        if m.person not in doc.text:
            written = next((a for a in _aliases().get(m.person, []) if a in doc.text), None)
            if written:
                return written, "person"
        return m.person, "person"
    if m.kind == "official" and m.role and m.codes and doc.published:
        holders = load().holders(m.role, m.codes[0], doc.published)
        if len(holders) == 1:
            return holders[0].name, "person"
        return None, "none"
    if m.kind in _ORG_KINDS:
        return None, "organisation"
    return None, "none"


def find_quotes(doc: Document) -> Document:
    doc.quotes = []
    lex = load()
    speech = lex.cues.get("speech", [])
    media = [w.lower() for w in lex.cues.get("media", [])]
    for qs, qe in _quote_spans(doc):
        body = doc.text[qs:qe].strip()
        if not body:
            continue
        sent = next((s for s in doc.sentences if s.start <= qs - 1 < s.end), None)
        para_start = doc.text.rfind("\n", 0, qs - 1) + 1
        intro_start = sent.start if sent else para_start
        intro = doc.text[intro_start : qs - 1]
        m = None
        how = ""
        if intro.strip(" :,“"):
            m = _speaker_mention(doc, intro_start, qs - 1)
            how = "before"
            # the speaker must say it: a speech verb after the name, or a colon before the quote
            if (
                m is not None
                and not intro.rstrip(" “").endswith(":")
                and not any(w in doc.text[m.end : qs - 1] for w in speech)
            ):
                m = None
        if m is None:
            after_end = doc.text.find("\n", qe)
            after_end = len(doc.text) if after_end < 0 else after_end
            tail = doc.text[qe + 1 : after_end]
            stop = min((tail.find(c) for c in '.“"' if tail.find(c) >= 0), default=len(tail))
            said_after = tail[:stop].lstrip(" ,").lower().startswith(("theo lời", "theo ", "lời "))
            if said_after or any(w in tail[:stop] for w in speech):
                m = _speaker_mention(doc, qe + 1, qe + 1 + stop)
                how = "after"
        if m is None and sent is not None:
            prev = [s for s in doc.sentences if s.end <= intro_start]
            if prev and doc.text[prev[-1].start : prev[-1].end].rstrip().endswith(":"):
                m = _speaker_mention(doc, prev[-1].start, prev[-1].end)
                how = "previous sentence"
        speaker, kind = (None, "none")
        code = None
        if m is not None:
            speaker, kind = _speaker_name(doc, m)
            code = m.codes[0] if m.codes and len(m.codes) == 1 else None
        low_intro = intro.lower()
        if speaker is None and kind == "none":
            if "nguồn tin" in low_intro:
                kind = "unnamed"
            elif any(low_intro.strip().startswith(w) for w in media):
                kind = "media"
        doc.quotes.append(Quote(qs, qe, body, speaker, code, kind, how, m))  # type: ignore[arg-type]
    return doc


def scored(q: Quote) -> bool:
    """The quotes ANNOTATION.md scores: a person's words, ten words or more."""
    return q.speaker_kind == "person" and bool(q.speaker) and word_count(q.text) >= 10
