"""Multi-pattern phrase matching on whole tokens (Aho-Corasick).

Phrases are matched on the space-joined token sequence of a sentence, with a space at
each end of every key, so a match always starts and ends on a token boundary:
"Nam" never matches inside "Việt Nam" unless "Nam" itself is a token there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

import ahocorasick

from .model import Token
from .text import normalize, tokenize

T = TypeVar("T")


class PhraseMatcher(Generic[T]):
    """Find every occurrence of many phrases in a token sequence."""

    def __init__(self, phrases: Iterable[tuple[str, T]], *, lower: bool = False) -> None:
        self.lower = lower
        table: dict[str, list[T]] = {}
        for phrase, payload in phrases:
            toks = tokenize(normalize(phrase))
            if not toks:
                continue
            key = " " + " ".join(t.low if lower else t.text for t in toks) + " "
            table.setdefault(key, []).append(payload)
        self._auto = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._auto.add_word(key, (len(key.strip().split(" ")), payloads))
        self.empty = not table
        if not self.empty:
            self._auto.make_automaton()

    def find(self, tokens: Sequence[Token]) -> list[tuple[int, int, list[T]]]:
        """All matches as (first token, end token exclusive, payloads)."""
        if self.empty or not tokens:
            return []
        parts = [t.low if self.lower else t.text for t in tokens]
        starts: dict[int, int] = {}
        pos = 0
        for i, p in enumerate(parts):
            starts[pos] = i  # index of the space before token i
            pos += len(p) + 1
        joined = " " + " ".join(parts) + " "
        out = []
        for end, (n, payloads) in self._auto.iter(joined):
            out.append((end, n, payloads))
        result = []
        for end, n, payloads in out:
            # end is the index of the trailing space; the token before it ends the match
            last = _token_at(starts, end - 1)
            first = last - n + 1
            result.append((first, last + 1, payloads))
        return result


def _token_at(starts: dict[int, int], char: int) -> int:
    """Index of the token containing character ``char`` of the joined string."""
    while char not in starts:
        char -= 1
    return starts[char]


def longest(matches: Iterable[tuple[int, int, list[T]]]) -> list[tuple[int, int, list[T]]]:
    """Leftmost-longest non-overlapping selection."""
    chosen: list[tuple[int, int, list[T]]] = []
    taken: set[int] = set()
    for m in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
        if any(i in taken for i in range(m[0], m[1])):
            continue
        chosen.append(m)
        taken.update(range(m[0], m[1]))
    return sorted(chosen, key=lambda m: m[0])
