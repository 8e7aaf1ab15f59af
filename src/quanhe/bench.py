"""``make bench``: quanhe's speed and memory against named baselines, in one run.

1. text dumps: quanhe.analyze per document vs underthesea.word_tokenize alone on the
   same texts (target: quanhe <= 0.05 of it);
2. HTML pages: quanhe.analyze(kind="html") vs trafilatura.extract alone on the same
   pages (target: <= 1.5x).
Each side runs warm (models and dictionaries loaded first), several rounds, best round
kept; peak memory is tracemalloc's peak while that side runs.
"""

from __future__ import annotations

import html
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from .demo import sample_paths
from .inputs import Item, iter_inputs
from .pipeline import analyze


def _texts(shared: Path) -> list[str]:
    paths = [str(p) for p in sorted((shared / "seeds").glob("*.txt"))] + [str(shared / "dev" / "dev.jsonl")]
    paths += sample_paths()
    return [i.raw for i in iter_inputs(paths) if isinstance(i, Item) and i.kind == "text"]


def _page(text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title, body = (lines[0], lines[1:]) if lines else ("", [])
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    nav = "".join(f'<li><a href="/m{i}">Mục {i}</a></li>' for i in range(30))
    return (
        f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>{html.escape(title)}</title></head>"
        f"<body><nav><ul>{nav}</ul></nav><article><h1>{html.escape(title)}</h1>{paras}</article>"
        f"<aside><h3>Tin liên quan</h3><ul>{nav}</ul></aside><footer>© Báo mẫu</footer></body></html>"
    )


def _measure(fn: Callable[[str], object], docs: list[str], rounds: int = 3) -> tuple[float, float]:
    for d in docs[:2]:
        fn(d)  # warm: load models, dictionaries, automata
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    for d in docs:
        fn(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best / len(docs) * 1000, peak / 2**20


def main(argv: list[str]) -> int:
    import trafilatura
    from underthesea import word_tokenize

    shared = Path(argv[1] if len(argv) > 1 else "../shared")
    texts = _texts(shared)
    pages = [_page(t) for t in texts]
    rows = []
    q_ms, q_mb = _measure(lambda t: analyze(t, "bench"), texts)
    u_ms, u_mb = _measure(word_tokenize, texts)
    rows.append(("text dumps", "quanhe.analyze", q_ms, q_mb, "underthesea.word_tokenize", u_ms, u_mb, 0.05))
    h_ms, h_mb = _measure(lambda p: analyze(p, "bench", kind="html"), pages)
    t_ms, t_mb = _measure(trafilatura.extract, pages)
    rows.append(("HTML pages", "quanhe.analyze(html)", h_ms, h_mb, "trafilatura.extract", t_ms, t_mb, 1.5))
    print(f"{len(texts)} documents; per-document wall time (best of 3 rounds) and tracemalloc peak")
    print(
        f"{'input':11} {'quanhe':22} {'ms/doc':>8} {'peak MB':>8} | {'baseline':26} {'ms/doc':>8} "
        f"{'peak MB':>8} | {'ratio':>6} {'target':>7}"
    )
    for name, qn, qm, qmb, bn, bm, bmb, target in rows:
        ratio = qm / bm if bm else float("inf")
        mark = "ok" if ratio <= target else "over"
        print(
            f"{name:11} {qn:22} {qm:8.2f} {qmb:8.1f} | {bn:26} {bm:8.2f} {bmb:8.1f} | {ratio:6.3f} "
            f"<= {target:<4} {mark}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
