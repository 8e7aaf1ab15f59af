"""Every example in lang/vi/verbs*.jsonl is a test of its pattern."""

from __future__ import annotations

from typing import Any

import pytest

from quanhe import analyze
from quanhe.lexicon import load

EXAMPLES = load().examples


def _key(src: str, tgt: str, code: str, symmetric: bool) -> set[tuple[str, str, str]]:
    keys = {(src, tgt, code[:2])}
    if symmetric or code[:2] == "04":
        keys.add((tgt, src, code[:2]))
    return keys


@pytest.mark.parametrize(("pattern_id", "example"), EXAMPLES, ids=[f"{p}-{i}" for i, (p, _) in enumerate(EXAMPLES)])
def test_pattern_example(pattern_id: str, example: dict[str, Any]) -> None:
    doc = analyze(example["text"], pattern_id, published=example.get("date", "2024-06-15"))
    got = {(e.source.code, e.target.code, e.cameo[:2]) for e in doc.events}
    symmetric = {e.symmetric for e in doc.events}
    expected = example.get("events") or []
    for src, tgt, code in expected:
        assert _key(src, tgt, code, True in symmetric) & got, f"{src}->{tgt} {code} not in {sorted(got)}"
    if not expected:
        assert not [e for e in doc.events if e.pattern == pattern_id], f"{pattern_id} fired on a negative example"
