"""One scan per sentence over every phrase table (see :class:`quanhe.matcher.Index`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..lexicon import load
from ..matcher import Index
from ..model import Sentence

EXACT_CUES = ("institution",)
LOWER_CUES = (
    "joint",
    "venue",
    "group_head",
    "location",
    "expert",
    "former",
    "pronoun",
    "negation",
    "not_negation",
    "refusal",
    "future",
    "intent",
    "threat",
    "conditional",
    "hypothetical",
    "clause_break",
    "nominal",
    "fronted",
    "opinion",
    "passive",
    "light_verb",
    "not_nominal",
    "negation_reversal",
    "subordinate",
    "anaphor",
    "manner",
    "joint_people",
    "instrument_verb",
    "receive",
    "joint_states",
    "attributive_head",
)


@cache
def index() -> Index:
    lex = load()
    triggers = []
    for p in lex.patterns:
        segs: list[list[str]] = [[]]
        for t in p.tokens:
            if t == "*":
                segs.append([])
            else:
                segs[-1].append(t)
        triggers.append((" ".join(segs[0]), (p, tuple(tuple(s) for s in segs[1:]))))
    exact: dict[str, Any] = {
        "name": lex.names,
        "short": [(s, (n, t)) for s, n, t in lex.person_short],
        **{k: [(w, k) for w in lex.cues.get(k, [])] for k in EXACT_CUES},
    }
    lower: dict[str, Any] = {
        "title": [(t, (r, h)) for t, r, h in lex.titles],
        "body": [(n, (k, c)) for n, k, c in lex.bodies],
        "trigger": triggers,
        **{k: [(w, k) for w in lex.cues.get(k, [])] for k in LOWER_CUES},
    }
    return Index(exact, lower)


def hits(s: Sentence) -> dict[str, list[tuple[int, int, list[Any]]]]:
    if s.hits is None:
        s.hits = index().find(s.tokens)
    return s.hits
