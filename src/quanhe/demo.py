"""``make demo``: analyse the bundled sample corpus and show what quanhe found."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .inputs import InputFailure, iter_inputs
from .model import Document
from .pipeline import analyze
from .stages.quotes import scored


def _snippet(doc: Document, start: int, end: int, width: int = 70) -> str:
    s = doc.text.rfind("\n", 0, start) + 1
    e = doc.text.find("\n", end)
    e = len(doc.text) if e < 0 else e
    lo, hi = max(s, start - width), min(e, end + width)
    return ("…" if lo > s else "") + doc.text[lo:hi] + ("…" if hi < e else "")


def sample_paths() -> list[str]:
    base = Path(str(resources.files("quanhe").joinpath("data", "sample")))
    return [str(p) for p in sorted(base.iterdir()) if p.suffix in {".txt", ".html", ".jsonl"}]


def main() -> int:
    console = Console(width=None if Console().is_terminal else 160)
    docs: list[Document] = []
    for item in iter_inputs(sample_paths()):
        if isinstance(item, InputFailure):
            console.print(f"[red]{item.where}: {item.reason}")
            continue
        docs.append(analyze(item.raw, Path(item.doc).name, kind=item.kind, published=item.published, url=item.url))
    table = Table(title=f"Events in {len(docs)} sample articles", show_lines=True)
    for col in ("doc", "date", "source", "target", "CAMEO", "PLOVER", "Goldstein", "evidence"):
        table.add_column(col, overflow="fold")
    for d in docs:
        for e in d.events:
            table.add_row(
                d.doc,
                e.date.iso if e.date else "-",
                e.source.code,
                e.target.code,
                e.cameo,
                e.plover or "-",
                f"{e.goldstein:+.1f}" if e.goldstein is not None else "-",
                _snippet(d, e.trigger.start, e.trigger.end),
            )
    console.print(table)
    dyad = sorted(
        (
            (e.date.key() if e.date else (0, 0, 0), e, d)
            for d in docs
            for e in d.events
            if {e.source.code, e.target.code} == {"USA", "RUS"}
        ),
        key=lambda x: x[0],
    )
    timeline = Table(title="USA–RUS timeline")
    for col in ("date", "who → whom", "CAMEO", "Goldstein", "trigger", "doc"):
        timeline.add_column(col)
    for _, e, d in dyad:
        timeline.add_row(
            e.date.iso if e.date else "-",
            f"{e.source.code} → {e.target.code}",
            e.cameo,
            f"{e.goldstein:+.1f}" if e.goldstein is not None else "-",
            d.text[e.trigger.start : e.trigger.end],
            d.doc,
        )
    console.print(timeline)
    quotes = [(d.doc, q) for d in docs for q in d.quotes if scored(q)]
    console.print(f"{len(quotes)} attributed quotes; e.g.")
    for name, q in quotes[:5]:
        console.print(f"  {name}: [bold]{q.speaker}[/]: “{q.text[:90]}…”")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
