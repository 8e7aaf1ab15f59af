"""Every example in lang/vi/verbs*.jsonl is a test of its pattern.

An example may carry ``"known_failure": "why"``: a limitation written down in the data.
Its test then checks that the limitation still holds, so fixing it makes the test fail
until the marker is removed.
"""

from __future__ import annotations

from typing import Any

import pytest

from quanhe import analyze
from quanhe.lexicon import load

EXAMPLES = load().examples


def _holds(pattern_id: str, example: dict[str, Any]) -> tuple[bool, str]:
    doc = analyze(example["text"], pattern_id, published=example.get("date", "2024-06-15"))
    got = {(e.source.code, e.target.code, e.cameo[:2]) for e in doc.events}
    got |= {(t, s, c) for s, t, c in got if c == "04" or any(e.symmetric for e in doc.events)}
    expected = example.get("events") or []
    for src, tgt, code in expected:
        if (src, tgt, code[:2]) not in got:
            return False, f"{src}->{tgt} {code} not in {sorted(got)}"
    if not expected and any(e.pattern == pattern_id for e in doc.events):
        return False, f"{pattern_id} fired on a negative example"
    return True, ""


@pytest.mark.parametrize(("pattern_id", "example"), EXAMPLES, ids=[f"{p}-{i}" for i, (p, _) in enumerate(EXAMPLES)])
def test_pattern_example(pattern_id: str, example: dict[str, Any]) -> None:
    ok, why = _holds(pattern_id, example)
    if example.get("known_failure"):
        assert not ok, f"fixed: remove known_failure from this example ({example['known_failure']})"
    else:
        assert ok, why


def test_enough_patterns() -> None:
    lex = load()
    assert len(lex.patterns) >= 400
    assert {p.cameo[:2] for p in lex.patterns if p.cameo} >= {f"{r:02d}" for r in range(1, 21)}
