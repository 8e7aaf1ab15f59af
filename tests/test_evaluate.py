"""``quanhe eval`` must agree with the reference scorer, figure for figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quanhe.evaluate import evaluate, load_gold, load_system
from quanhe.inputs import Item, iter_inputs
from quanhe.output import document_json
from quanhe.pipeline import analyze


def test_eval_agrees_with_score_py(shared: Path, tmp_path: Path) -> None:
    scorer = shared / "score.py"
    if not scorer.exists():
        pytest.skip("no reference scorer beside the repository")
    out = tmp_path / "dev.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for item in iter_inputs([str(shared / "dev" / "dev.jsonl")]):
            assert isinstance(item, Item)
            doc = analyze(item.raw, item.doc, published=item.published)
            f.write(json.dumps(document_json(doc), ensure_ascii=False) + "\n")
    reference = json.loads(
        subprocess.run(
            [sys.executable, str(scorer), str(out), str(shared / "dev"), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ours = evaluate(load_system(out), load_gold(shared / "dev")).totals
    assert ours == reference


def test_matching_rules_on_a_small_case() -> None:
    from quanhe.evaluate import score_events

    gold = [
        {"source": "USA", "target": "RUS", "cameo": "041", "date": "2025-02-12"},
        {"source": "RUS", "target": "USA", "cameo": "163", "date": None, "optional": True},
    ]
    system = [
        {"source": {"code": "RUS"}, "target": {"code": "USA"}, "cameo": "040", "date": "2025-02-12"},  # 04 unordered
        {"source": {"code": "USA"}, "target": {"code": "RUS"}, "cameo": "042", "date": "2025-02-12"},  # duplicate key
        {"source": {"code": "RUS"}, "target": {"code": "USA"}, "cameo": "163", "date": None},  # optional: neutral
        {"source": {"code": "CHN"}, "target": {"code": "USA"}, "cameo": "111", "date": None},  # false positive
    ]
    tp, fp, fn, right, total = score_events(system, gold)
    assert (tp, fp, fn, right, total) == (1, 1, 0, 1, 1)
