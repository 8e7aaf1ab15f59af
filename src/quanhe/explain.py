"""``quanhe explain``: one sentence, every decision visible."""

from __future__ import annotations

from .pipeline import analyze
from .stages.events import code_sentences


def explain(sentence: str, date: str | None = None) -> str:
    doc = analyze(sentence, "explain", published=date)
    lines = [f"text: {doc.text}", f"published: {doc.published.iso if doc.published else '-'} ({doc.published_source})"]
    lines.append("actors:")
    for m in doc.mentions:
        where = " (place)" if m.location else ""
        who = f" person={m.person}" if m.person else ""
        role = f" role={m.role}" if m.role else ""
        lines.append(f"  [{m.start}:{m.end}] {m.text!r} -> {'/'.join(m.codes) or '-'} {m.kind}{who}{role}{where}")
    lines.append("dates:")
    for d in doc.dates:
        lines.append(f"  [{d.start}:{d.end}] {d.text!r} -> {d.value.iso} ({d.rule})")
    lines.append("triggers:")
    for s, coded in code_sentences(doc):
        for cand, events in coded:
            t = cand.trigger
            words = " ".join(tok.text for tok in s.tokens[t.i : t.j])
            status = f"rejected: {cand.rejected}" if cand.rejected else f"{len(events)} event(s)"
            lines.append(
                f"  {words!r} pattern={t.pattern.id} ({t.pattern.text!r}) code={cand.code} "
                f"modality={cand.modality}: {status}"
            )
            src = ", ".join(f"{m.text}={'/'.join(m.codes)}" for m in cand.source) or "-"
            tgt = ", ".join(f"{m.text}={'/'.join(m.codes)}" for m in cand.target) or "-"
            lines.append(f"     source: {src}   target: {tgt}")
            for e in events:
                lines.append(
                    f"     => {e.source.code} -> {e.target.code} {e.cameo} ({e.plover}, quad {e.quad}, "
                    f"Goldstein {e.goldstein}) date={e.date.iso if e.date else None} [{e.date_source}]"
                )
    return "\n".join(lines)
