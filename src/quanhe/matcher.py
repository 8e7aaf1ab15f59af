"""Multi-pattern phrase matching on whole tokens (Aho-Corasick).

Phrases are matched on the space-joined token sequence of a sentence, with a space at
each end of every key, so a match always starts and ends on a token boundary:
"Nam" never matches inside "Việt Nam" unless "Nam" itself is a token there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import Any, Generic, TypeVar, cast

import ahocorasick

from .model import Token
from .text import normalize, tokenize

T = TypeVar("T")


class PhraseMatcher(Generic[T]):
    """Find every occurrence of many phrases in a token sequence."""

    def __init__(
        self,
        phrases: Iterable[tuple[str, T]],
        *,
        lower: bool = False,
        pack: Callable[[list[T]], Any] | None = None,
    ) -> None:
        """``pack`` turns a phrase's payload list into what ``find`` returns for it,
        once at build time rather than at every match."""
        self.lower = lower
        table: dict[str, list[T]] = {}
        for phrase, payload in phrases:
            toks = tokenize(normalize(phrase))
            if not toks:
                continue
            key = " " + " ".join(t.low if lower else t.norm for t in toks) + " "
            table.setdefault(key, []).append(payload)
        self._auto = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._auto.add_word(key, (len(key.strip().split(" ")), pack(payloads) if pack else payloads))
        self.empty = not table
        if not self.empty:
            self._auto.make_automaton()

    def find(self, tokens: Sequence[Token]) -> list[tuple[int, int, list[T]]]:
        """All matches as (first token, end token exclusive, payloads)."""
        if self.empty or not tokens:
            return []
        parts = [t.low for t in tokens] if self.lower else [t.norm for t in tokens]
        # offset of the space after token i -> i
        ends = dict(zip(accumulate(len(p) + 1 for p in parts), range(len(parts)), strict=True))
        joined = " " + " ".join(parts) + " "
        return [(ends[end] - n + 1, ends[end] + 1, payloads) for end, (n, payloads) in self._auto.iter(joined)]


def longest(
    matches: Iterable[tuple[int, int, list[T]]], rank: Callable[[tuple[int, int, list[T]]], int] | None = None
) -> list[tuple[int, int, list[T]]]:
    """Leftmost-longest non-overlapping selection; ``rank`` (lower first) breaks ties of
    length before position."""
    chosen: list[tuple[int, int, list[T]]] = []
    taken: set[int] = set()
    for m in sorted(matches, key=lambda m: (-(m[1] - m[0]), rank(m) if rank else 0, m[0])):
        if any(i in taken for i in range(m[0], m[1])):
            continue
        chosen.append(m)
        taken.update(range(m[0], m[1]))
    return sorted(chosen, key=lambda m: m[0])


class Index:
    """Many phrase tables (actors, titles, cues, triggers...) in two automata, one
    case-sensitive and one lower-cased, so a sentence is scanned twice in all, not once
    per table. ``find`` returns matches grouped by table name."""

    def __init__(self, exact: dict[str, Iterable[tuple[str, object]]], lower: dict[str, Iterable[tuple[str, object]]]):
        self._exact = PhraseMatcher(((p, (cat, v)) for cat, items in exact.items() for p, v in items), pack=_by_table)
        self._lower = PhraseMatcher(
            ((p, (cat, v)) for cat, items in lower.items() for p, v in items), lower=True, pack=_by_table
        )

    def find(self, tokens: Sequence[Token]) -> dict[str, list[tuple[int, int, list[object]]]]:
        out: dict[str, list[tuple[int, int, list[object]]]] = {}
        for matcher in (self._exact, self._lower):
            for i, j, groups in matcher.find(tokens):
                for cat, values in cast(list[tuple[str, list[object]]], groups):
                    out.setdefault(cat, []).append((i, j, values))
        return out


def _by_table(payloads: list[tuple[str, object]]) -> list[tuple[str, list[object]]]:
    by_cat: dict[str, list[object]] = {}
    for cat, value in payloads:
        by_cat.setdefault(cat, []).append(value)
    return list(by_cat.items())
