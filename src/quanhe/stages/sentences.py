"""Sentence splitting that respects quotations, numbers and abbreviations."""

from __future__ import annotations

import re

from ..model import Document, Sentence
from ..text import tokenize

_ABBREV = {
    "tp",
    "ts",
    "ths",
    "pgs",
    "gs",
    "st",
    "mr",
    "mrs",
    "ms",
    "dr",
    "v.v",
    "tt",
    "ô",
    "bs",
    "q",
    "p",
    "no",
    "vs",
    "jr",
    "sr",
    "u.s",
    "ltd",
    "co",
}
_LAST_WORD = re.compile(r"(\S+)")
_END = re.compile(r"[.!?…]+[”\"’)]*")
_MARK = re.compile(r"[“”\".!?…]")  # the only characters the splitter looks at


def _splits(text: str) -> list[int]:
    """End offsets of sentences in one paragraph."""
    ends: list[int] = []
    depth = 0
    straight_open = False
    n = len(text)
    found = _MARK.search(text)
    while found is not None:
        i = found.start()
        ch = text[i]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight_open = not straight_open
        elif ch in ".!?…":
            m = _END.match(text, i)
            assert m is not None
            j = m.end()
            closes_quote = text[i:j].endswith(("”", '"'))
            if closes_quote:
                depth = max(0, depth - text[i:j].count("”"))
                if text[i:j].endswith('"'):
                    straight_open = False
            inside = depth > 0 or straight_open
            nxt = text[j : j + 2].lstrip()
            cut = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
            word = _LAST_WORD.fullmatch(text, cut, i) if cut < i else None
            abbrev = bool(word and word.group(1).lower().strip('(“"') in _ABBREV)
            initial = bool(word and len(word.group(1)) == 1 and word.group(1).isupper())
            if (
                not inside
                and not abbrev
                and not initial
                and (
                    j >= n or (text[j] == " " and nxt and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '“"([-–*'))
                )
            ):
                ends.append(j)
            found = _MARK.search(text, j)
            continue
        found = _MARK.search(text, i + 1)
    if not ends or ends[-1] < n:
        ends.append(n)
    return ends


def split_sentences(doc: Document) -> Document:
    doc.sentences = []
    for pi, para in enumerate(doc.paragraphs):
        text = doc.text[para.start : para.end]
        start = 0
        for end in _splits(text):
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            s, e = para.start + start + lead, para.start + end
            if e > s:
                doc.sentences.append(Sentence(s, e, pi, tokenize(doc.text[s:e], s)))
            start = end
    return doc
