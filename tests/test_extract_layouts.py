"""Six site layouts (written for these tests), each with its expected article lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quanhe import analyze
from quanhe.text import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _strip(line: str) -> str:
    return normalize(line).strip().strip("|").strip()


@pytest.mark.parametrize("name", CASES)
def test_layout(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    doc = analyze((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), name)
    body = [_strip(p) for p in doc.body()]
    assert doc.title == _strip(expected["title"])
    for line in expected["body"]:
        assert body.count(_strip(line)) == 1, f"missing or repeated: {line[:60]}"
    for line in expected["not_body"]:
        if _strip(line) != _strip(expected["title"]):
            assert _strip(line) not in body, f"boilerplate kept: {line[:60]}"
