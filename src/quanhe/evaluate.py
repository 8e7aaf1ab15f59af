"""Scoring by the matching rules of ANNOTATION.md.

The same rules as the reference ``score.py``: events match on (source, target, CAMEO
root), unordered for root 04 and symmetric gold rows, each gold row at most once with
dated matches preferred; optional rows are neutral; quotes match on the speaker's last
name and the gold quote's first words; body by bag-of-words overlap.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError

SYMMETRIC_ROOTS = {"04"}
MIN_QUOTE_WORDS = 10
_EXTS = {".txt", ".html", ".htm", ".json", ".jsonl", ".warc"}


def doc_key(doc: str) -> str:
    base = os.path.basename(doc)
    stem, ext = os.path.splitext(base)
    return stem if ext.lower() in _EXTS else base


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text or "").lower())


def _root(code: Any) -> str:
    text = str(code or "").strip()
    return text[:2] if len(text) >= 2 else text


def _date_ok(system: Any, gold: Any) -> bool | None:
    if not gold:
        return None
    return bool(system) and str(system).startswith(gold)


def _gold_keys(g: dict[str, Any]) -> set[tuple[str, str, str]]:
    roots = [_root(g["cameo"])] + [_root(c) for c in g.get("cameo_alt", [])]
    symmetric = g.get("symmetric") or _root(g["cameo"]) in SYMMETRIC_ROOTS
    keys = set()
    for r in roots:
        keys.add((g["source"], g["target"], r))
        if symmetric or r in SYMMETRIC_ROOTS:
            keys.add((g["target"], g["source"], r))
    return keys


def _system_key(ev: dict[str, Any]) -> tuple[str, str, str]:
    def code(actor: Any) -> str:
        if isinstance(actor, dict):
            actor = actor.get("code") or actor.get("country")
        return str(actor or "").upper()

    return code(ev.get("source")), code(ev.get("target")), _root(ev.get("cameo") or ev.get("code"))


def score_events(
    system: list[dict[str, Any]], gold: list[dict[str, Any]], details: list[str] | None = None
) -> tuple[int, int, int, int, int]:
    required = [g for g in gold if not g.get("optional")]
    optional_keys: set[tuple[str, str, str]] = set()
    for g in gold:
        if g.get("optional"):
            optional_keys |= _gold_keys(g)
    keys = [_system_key(e) for e in system]
    gkeys = [_gold_keys(g) for g in required]
    used = [False] * len(required)
    match: list[int | None] = [None] * len(system)
    for dates_must_agree in (True, False):
        for j, ev in enumerate(system):
            if match[j] is not None:
                continue
            for i, g in enumerate(required):
                if used[i] or keys[j] not in gkeys[i]:
                    continue
                if dates_must_agree and not _date_ok(ev.get("date"), g.get("date")):
                    continue
                used[i], match[j] = True, i
                break
    matched: set[tuple[str, str, str]] = set()
    for m in match:
        if m is not None:
            matched |= gkeys[m]
    tp = fp = right = total = 0
    for j, ev in enumerate(system):
        hit = match[j]
        label = f"{'/'.join(keys[j])} {ev.get('date')} {ev.get('pattern', '')}: {ev.get('trigger', '')}"
        if hit is not None:
            tp += 1
            ok = _date_ok(ev.get("date"), required[hit].get("date"))
            if ok is not None:
                total += 1
                right += int(ok)
            if details is not None:
                when = "" if ok is not False else f" (gold date {required[hit].get('date')})"
                details.append(f"  ok    {label}{when}")
        elif keys[j] not in matched and keys[j] not in optional_keys:
            fp += 1
            if details is not None:
                details.append(f"  FP    {label} | {str(ev.get('evidence', ''))[:100]}")
    if details is not None:
        for i, g in enumerate(required):
            if not used[i]:
                details.append(
                    f"  MISS  {g['source']}/{g['target']}/{g['cameo']} {g.get('date')}: {g.get('evidence', '')}"
                )
    return tp, fp, used.count(False), right, total


def _scored_quote(q: dict[str, Any]) -> bool:
    return (
        bool((q.get("speaker") or "").strip())
        and q.get("speaker_kind", "person") in (None, "person")
        and len(_words(q.get("text"))) >= MIN_QUOTE_WORDS
    )


def _last(name: str) -> str:
    w = _words(name)
    return w[-1] if w else ""


def score_quotes(system: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, int, int]:
    system = [q for q in system if _scored_quote(q)]
    used = [False] * len(system)
    tp = 0
    for g in gold:
        start = " ".join(_words(g["text_start"]))
        for i, q in enumerate(system):
            if used[i] or _last(q.get("speaker") or "") != _last(g["speaker"]):
                continue
            if start in " ".join(_words(q.get("text"))):
                used[i] = True
                tp += 1
                break
    return tp, len(system) - tp, len(gold) - tp


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Report:
    totals: dict[str, Any]
    rows: list[tuple[str, int, int, int, int, int, int]] = field(default_factory=list)
    details: dict[str, list[str]] = field(default_factory=dict)


def load_gold(gold_dir: str | Path) -> dict[str, dict[str, Any]]:
    golds = {}
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError("not a folder", where=str(folder))
    for path in sorted(folder.glob("*.gold.json")):
        try:
            g = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GoldError(f"not JSON ({exc})", where=str(path)) from None
        golds[doc_key(g["doc"])] = g
    if not golds:
        raise GoldError("no *.gold.json files", where=str(folder))
    return golds


def load_system(path: str | Path) -> dict[str, dict[str, Any]]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"not JSON ({exc.msg})", where=f"{path}:{no}") from None
            out[doc_key(str(obj.get("doc", "")))] = obj
    return out


def evaluate(system: dict[str, dict[str, Any]], golds: dict[str, dict[str, Any]]) -> Report:
    t: Counter[str] = Counter()
    rows = []
    details: dict[str, list[str]] = {}
    for name, g in golds.items():
        out = system.get(name, {})
        lines: list[str] = []
        tp, fp, fn, dr, dt = score_events(out.get("events") or [], g.get("events", []), lines)
        details[name] = lines
        qtp, qfp, qfn = score_quotes(out.get("quotes") or [], g.get("quotes", []))
        t.update(tp=tp, fp=fp, fn=fn, dr=dr, dt=dt, qtp=qtp, qfp=qfp, qfn=qfn, docs=1, missing=int(name not in system))
        if "body" in g:
            body = out.get("body") or []
            body = [body] if isinstance(body, str) else body
            sw = Counter(w for p in body for w in _words(p))
            gw = Counter(w for p in g["body"] for w in _words(p))
            t.update(bov=sum((sw & gw).values()), bsys=sum(sw.values()), bgold=sum(gw.values()))
        if g.get("published"):
            t.update(pub_total=1, pub_right=int(bool(_date_ok(out.get("published"), g["published"]))))
        rows.append((name, tp, fp, fn, qtp, qfp, qfn))
    ep, er, ef = _prf(t["tp"], t["fp"], t["fn"])
    qp, qr, qf = _prf(t["qtp"], t["qfp"], t["qfn"])
    bp = t["bov"] / t["bsys"] if t["bsys"] else 0.0
    br = t["bov"] / t["bgold"] if t["bgold"] else 0.0
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    totals = {
        "documents": t["docs"],
        "missing_outputs": t["missing"],
        "event_precision": round(ep, 3),
        "event_recall": round(er, 3),
        "event_f1": round(ef, 3),
        "event_tp": t["tp"],
        "event_fp": t["fp"],
        "event_fn": t["fn"],
        "date_accuracy": round(t["dr"] / t["dt"], 3) if t["dt"] else None,
        "quote_precision": round(qp, 3),
        "quote_recall": round(qr, 3),
        "quote_f1": round(qf, 3),
        "published_accuracy": round(t["pub_right"] / t["pub_total"], 3) if t["pub_total"] else None,
        "body_precision": round(bp, 3) if t["bgold"] else None,
        "body_recall": round(br, 3) if t["bgold"] else None,
        "body_f1": round(bf, 3) if t["bgold"] else None,
    }
    return Report(totals, rows, details)
