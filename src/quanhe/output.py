"""The JSON form of a Document: ANNOTATION.md's system output plus richer fields."""

from __future__ import annotations

from typing import Any

from .model import Actor, Document, Event, Quote


def _actor(a: Actor) -> dict[str, Any]:
    return {"code": a.code, "name": a.name, "text": a.text, "span": [a.start, a.end]}


def event_json(doc: Document, e: Event) -> dict[str, Any]:
    return {
        "source": _actor(e.source),
        "target": _actor(e.target),
        "cameo": e.cameo,
        "root": e.root,
        "plover": e.plover,
        "quad_class": e.quad,
        "goldstein": e.goldstein,
        "date": e.date.iso if e.date else None,
        "date_precision": e.date.precision if e.date else None,
        "date_source": e.date_source,
        "modality": e.modality,
        "symmetric": e.symmetric,
        "pattern": e.pattern,
        "trigger": doc.text[e.trigger.start : e.trigger.end],
        "trigger_span": [e.trigger.start, e.trigger.end],
        "evidence": doc.text[e.sentence.start : e.sentence.end],
        "sentence_span": [e.sentence.start, e.sentence.end],
    }


def quote_json(q: Quote) -> dict[str, Any]:
    return {
        "speaker": q.speaker,
        "speaker_code": q.speaker_code,
        "speaker_kind": q.speaker_kind,
        "text": q.text,
        "span": [q.start, q.end],
        "attribution": q.attribution,
    }


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "doc": doc.doc,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published.iso if doc.published else None,
        "published_source": doc.published_source,
        "body": doc.body(),
        "captions": doc.captions(),
        "events": [event_json(doc, e) for e in doc.events],
        "quotes": [quote_json(q) for q in doc.quotes],
        "warnings": doc.warnings,
    }
