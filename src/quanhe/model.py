"""One document model that every stage reads and extends.

Spans are character offsets into ``Document.text``: the normalised article text
(title, body paragraphs and captions joined by newlines). Nothing copies text out
of the document except the JSON writer, so offsets stay the single source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ParagraphKind = Literal["title", "body", "heading", "caption"]
Precision = Literal["day", "month", "year"]


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: ParagraphKind


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # tone-folded, lower-cased: what case-insensitive tables match
    norm: str = ""  # tone-folded, case kept: what names match


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    # phrase-table matches by table name, filled once by stages.scan
    hits: dict[str, list[tuple[int, int, list[Any]]]] | None = None
    pieces: list[Any] | None = None  # actor pieces, filled once by stages.actors
    frame: Any = None  # what stages.actors reads before any date is known, kept for a second pass


@dataclass(slots=True)
class DateValue:
    """A calendar date known to some precision; ``iso`` is YYYY, YYYY-MM or YYYY-MM-DD."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def key(self) -> tuple[int, int, int]:
        """Sort key; a missing month or day sorts as the period's start."""
        return (self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> DateValue:
        parts = [int(p) for p in text[:10].split("-") if p]
        return cls(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: DateValue
    rule: str
    explicit_year: bool
    raw: tuple[str, int | None, int | None, int | None, int] = ("abs", None, None, None, 0)


@dataclass(slots=True)
class Mention:
    """An actor mention: a state, organisation, armed group, body or person.

    ``codes`` has two entries for joint mentions ("Nga và Mỹ", "hai bên").
    """

    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    kind: str
    name: str | None = None
    person: str | None = None
    role: str | None = None
    location: bool = False
    full_name: bool = False  # the person is named in full, not by a short form or a pronoun
    titled: bool = False  # a title says which office ("Tổng thống Nicolas Maduro")

    @property
    def joint(self) -> bool:
        return len(self.codes) > 1


@dataclass(slots=True)
class Actor:
    code: str
    name: str | None
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    source: Actor
    target: Actor
    cameo: str
    pattern: str
    trigger: Span
    sentence: Span
    date: DateValue | None = None
    date_source: str = "none"
    symmetric: bool = False
    modality: str = "asserted"
    root: str = ""
    plover: str | None = None
    quad: int | None = None
    goldstein: float | None = None


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_code: str | None
    speaker_kind: Literal["person", "organisation", "media", "unnamed", "none"]
    attribution: str = ""
    mention: Mention | None = None  # the words that name the speaker, outside the quotation


@dataclass(slots=True)
class Document:
    doc: str
    text: str = ""
    url: str | None = None
    title: str | None = None
    published: DateValue | None = None
    published_source: Literal["metadata", "page", "url", "inferred", "none"] = "none"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # every person mention as found, before "A và B" are joined into one (dating evidence)
    people: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def slice(self, span: Span | Paragraph | Sentence | Mention | DateMention | Quote) -> str:
        return self.text[span.start : span.end]

    def body(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs if p.kind != "title"]

    def captions(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs if p.kind == "caption"]
