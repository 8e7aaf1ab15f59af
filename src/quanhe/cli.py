"""Command line: quanhe analyze | eval | explain | dict check."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .errors import QuanheError

EXAMPLES = """\
examples:
  quanhe analyze article.txt                      one text dump, JSON to stdout
  quanhe analyze pages/ feed.jsonl -o out.jsonl   a folder and a JSON Lines file
  quanhe eval out.jsonl ../shared/gold            precision/recall/F1 against gold
  quanhe explain "Nga và Mỹ hội đàm tại Riyadh ngày 18/2." --date 2025-02-20
  quanhe dict check                               validate the language data files
"""


def _analyze(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .inputs import InputFailure, iter_inputs
    from .output import document_json
    from .pipeline import analyze

    items = list(iter_inputs(args.inputs))
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    failed = done = 0
    show = args.progress if args.progress is not None else (sys.stderr.isatty() and len(items) > 1)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, disable=not show, transient=True, console=None) as bar:
            task = bar.add_task("analysing", total=len(items))
            for item in items:
                bar.advance(task)
                if isinstance(item, InputFailure):
                    failed += 1
                    print(f"quanhe: {item.where}: skipped: {item.reason}", file=sys.stderr)
                    continue
                try:
                    doc = analyze(
                        item.raw, item.doc, kind=item.kind, published=item.published, url=item.url, title=item.title
                    )
                except (ValueError, QuanheError) as exc:
                    failed += 1
                    print(f"quanhe: {item.origin or item.doc}: skipped: {exc}", file=sys.stderr)
                    continue
                except Exception as exc:
                    failed += 1
                    print(
                        f"quanhe: {item.origin or item.doc}: skipped: internal error "
                        f"({type(exc).__name__}: {exc}); please report it with this document",
                        file=sys.stderr,
                    )
                    continue
                for warning in doc.warnings:
                    print(f"quanhe: {item.origin or item.doc}: warning: {warning}", file=sys.stderr)
                out.write(json.dumps(document_json(doc), ensure_ascii=False) + "\n")
                done += 1
    finally:
        if args.output:
            out.close()
    if args.output:
        print(f"quanhe: {done} document(s) written to {args.output}, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, load_gold, load_system

    report = evaluate(load_system(args.system), load_gold(args.gold))
    if args.json:
        print(json.dumps(report.totals))
        return 0
    print(f"{'document':40} {'ev tp':>5} {'fp':>4} {'fn':>4} {'q tp':>5} {'fp':>4} {'fn':>4}")
    for name, *nums in report.rows:
        print(f"{name[:40]:40} " + " ".join(f"{n:>4}" for n in nums))
        if args.details:
            print("\n".join(report.details.get(name, [])))
    for k, v in report.totals.items():
        print(f"{k}: {v}")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain

    print(explain(args.sentence, args.date))
    return 0


def _dict(args: argparse.Namespace) -> int:
    from .lexicon import load

    lex = load()
    print(
        f"ok: {len(lex.names)} actor names, {len(lex.terms)} office-holders, {len(lex.titles)} titles, "
        f"{len(lex.patterns)} event patterns, {len(lex.codebook)} CAMEO codes"
    )
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quanhe",
        description="Read Vietnamese news and code political events (CAMEO, PLOVER, Goldstein).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"quanhe {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    a = sub.add_parser(
        "analyze",
        help="code events and quotes in articles, one JSON object per document",
        description="INPUT is a .txt text dump, an .html/.htm page, a .jsonl JSON Lines file (one record per "
        "line with id, optional url, published, title, and text or html) or a folder of those. "
        "A document that cannot be read is reported and skipped; the exit code is 1 if any was.",
    )
    a.add_argument("inputs", nargs="+", metavar="INPUT")
    a.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of standard output")
    a.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    a.set_defaults(func=_analyze)
    e = sub.add_parser("eval", help="score output against gold files (ANNOTATION.md rules)")
    e.add_argument("system", metavar="OUT.jsonl")
    e.add_argument("gold", metavar="GOLD_DIR")
    e.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    e.add_argument("--details", action="store_true", help="list matched, false and missed events per document")
    e.set_defaults(func=_eval)
    x = sub.add_parser("explain", help="show actors, dates, triggers and decisions for one sentence")
    x.add_argument("sentence")
    x.add_argument("--date", metavar="YYYY-MM-DD", help="publication date to resolve dates and office-holders")
    x.set_defaults(func=_explain)
    d = sub.add_parser("dict", help="language data tools")
    d.add_argument("action", choices=["check"])
    d.set_defaults(func=_dict)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except QuanheError as exc:
        print(f"quanhe: error {exc.code}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"quanhe: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
