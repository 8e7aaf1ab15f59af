"""Reading inputs: text dumps, HTML pages, JSON Lines records, folders of those.

Every failure becomes an :class:`InputFailure` naming the file (and line) and the
reason, so one bad document never stops a batch and nothing is lost silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


@dataclass(slots=True)
class Item:
    doc: str
    raw: str
    kind: Literal["text", "html"]
    published: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str = ""


@dataclass(slots=True)
class InputFailure:
    where: str
    reason: str


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f WINDOWS-1258 -t UTF-8"
        ) from None


def _records(path: Path, text: str) -> Iterator[Item | InputFailure]:
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{no}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(where, f"not JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict):
            yield InputFailure(where, "record is not a JSON object")
            continue
        doc_id = rec.get("id") or rec.get("doc")
        body = rec.get("text")
        html = rec.get("html")
        if not doc_id:
            yield InputFailure(where, "record has no 'id'")
            continue
        if not (isinstance(body, str) and body.strip()) and not (isinstance(html, str) and html.strip()):
            yield InputFailure(where, f"record {doc_id!r} has neither 'text' nor 'html'")
            continue
        published = rec.get("published") or rec.get("date")
        yield Item(
            str(doc_id),
            html if isinstance(html, str) and html.strip() else str(body),
            "html" if isinstance(html, str) and html.strip() else "text",
            str(published) if published else None,
            rec.get("url"),
            rec.get("title"),
            where,
        )


def iter_inputs(paths: list[str]) -> Iterator[Item | InputFailure]:
    """Items (or failures) from files and folders, in a stable order."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputFailure(str(path), "folder holds no .txt, .html, .htm or .jsonl file")
            yield from iter_inputs([str(p) for p in files])
            continue
        if not path.exists():
            yield InputFailure(str(path), "no such file")
            continue
        kind = SUFFIXES.get(path.suffix.lower(), "text")
        try:
            text = _read_text(path)
        except (ValueError, OSError) as exc:
            yield InputFailure(str(path), str(exc))
            continue
        if kind == "jsonl":
            yield from _records(path, text)
        else:
            yield Item(str(path), text, "html" if kind == "html" else "text", origin=str(path))
