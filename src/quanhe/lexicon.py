"""Language data for Vietnamese, loaded once and validated.

Every table lives in ``lang/vi/*.jsonl``: one JSON object per line, the first line a
``{"_meta": ...}`` record naming its source. A malformed record raises
:class:`~quanhe.errors.LexiconError` naming the file and line, at start-up rather than
in the middle of a batch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .errors import LexiconError
from .model import DateValue
from .text import normalize

LANG = "vi"
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CAMEO = re.compile(r"^\d{2,4}$")
_VIET = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
_CODE = re.compile(r"^[A-Z][A-Z0-9+\-]{1,29}$")

# Required keys and their types, per file. Optional keys are checked where read.
SCHEMAS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "actors": {"kind": str, "names": list},
    "officeholders": {"name": str, "code": str, "role": str, "start": str},
    "roles": {"role": str, "titles": list},
    "bodies": {"kind": str, "names": list},
    "cues": {"kind": str, "words": list},
    "dates": {"kind": str},
    "boilerplate": {"kind": str, "patterns": list},
    "verbs": {"id": str, "patterns": list},
    "cameo": {"code": str, "root": str, "name": str, "quad": int, "goldstein": (int, float)},
}
ROLES = {
    "head_of_state",
    "head_of_government",
    "vice_head_of_state",
    "foreign_minister",
    "defence_minister",
    "mfa_spokesperson",
    "government_spokesperson",
    "party_leader",
    "legislature_head",
    "igo_head",
    "other",
    "counterpart",
    "official",
}


def _files(stem: str) -> list[Any]:
    base = resources.files("quanhe").joinpath("lang", LANG)
    return sorted(
        (p for p in base.iterdir() if p.name == f"{stem}.jsonl" or p.name.startswith(f"{stem}_")),
        key=lambda p: p.name,
    )


def read_records(stem: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """Yield (file name, line number, record) for every data record of a table."""
    schema = SCHEMAS[stem]
    files = _files(stem)
    if not files:
        raise LexiconError("data file missing", where=f"lang/{LANG}/{stem}.jsonl")
    for path in files:
        where_file = f"lang/{LANG}/{path.name}"
        text = path.read_text(encoding="utf-8")
        seen_meta = False
        for no, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{where_file}:{no}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise LexiconError(f"not JSON ({exc.msg})", where=where) from None
            if not isinstance(rec, dict):
                raise LexiconError("record is not an object", where=where)
            if "_meta" in rec:
                seen_meta = True
                continue
            for key, typ in schema.items():
                if key not in rec:
                    raise LexiconError(f"missing key {key!r}", where=where)
                if not isinstance(rec[key], typ):
                    raise LexiconError(f"key {key!r} has the wrong type", where=where)
            yield where, no, rec
        if not seen_meta:
            raise LexiconError("no _meta record (source and version)", where=where_file)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    code: str | None
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    code: str
    role: str
    start: DateValue
    end: DateValue | None
    title: str | None

    def covers(self, day: DateValue) -> bool:
        if day.key() < self.start.key():
            return False
        if self.end is None:
            return True
        end = self.end
        last = (end.year, end.month or 12, end.day or 31)
        first_of = (day.year, day.month or 1, day.day or 1)
        return first_of <= last


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    cameo: str | None
    tokens: tuple[str, ...]
    symmetric: bool
    target_location: bool
    refused: str | None
    future: str | None
    text: str
    needs_action: bool = False  # an intent word ("cam kết", "sẵn sàng") counts only with the action it governs
    target_next: bool = False  # the target must follow at once ("hy vọng G7 ...", not "với hy vọng xoa dịu")
    person_source: bool = False  # only a person or an official does it ("tới Nhà Trắng" is a visit, "tên lửa tới" not)
    patient_subject: bool = False  # the grammatical subject undergoes it ("Mông Cổ phải chịu hậu quả")
    passive_only: bool = False  # a bare verb that codes only after "bị X" ("quan hệ bị Riyadh cắt đứt")


@dataclass(frozen=True, slots=True)
class CodebookEntry:
    code: str
    root: str
    name: str
    plover: str | None
    quad: int
    goldstein: float


@dataclass(slots=True)
class Lexicon:
    names: list[tuple[str, ActorEntry]] = field(default_factory=list)
    person_short: list[tuple[str, str, bool]] = field(default_factory=list)
    terms: dict[str, list[Term]] = field(default_factory=dict)
    titles: list[tuple[str, str, str | None]] = field(default_factory=list)
    bodies: list[tuple[str, str, str | None]] = field(default_factory=list)
    cues: dict[str, list[str]] = field(default_factory=dict)
    windows: dict[str, int] = field(default_factory=dict)
    date_words: list[dict[str, Any]] = field(default_factory=list)
    boilerplate: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    examples: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    codebook: dict[str, CodebookEntry] = field(default_factory=dict)
    family_name_first: set[str] = field(default_factory=set)  # "Suga Yoshihide" as often as "Yoshihide Suga"
    _by_office: dict[tuple[str, str], list[Term]] | None = None
    _cue_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def cue_set(self, kind: str) -> frozenset[str]:
        """A cue list as a lower-case set, built once: for membership tests in hot loops."""
        if kind not in self._cue_sets:
            self._cue_sets[kind] = frozenset(w.lower() for w in self.cues.get(kind, []))
        return self._cue_sets[kind]

    def holders(self, role: str, code: str, day: DateValue) -> list[Term]:
        if self._by_office is None:  # built on first use: an index, not a scan of 2000 terms per title
            self._by_office = {}
            for ts in self.terms.values():
                for t in ts:
                    self._by_office.setdefault((t.role, t.code), []).append(t)
        return [t for t in self._by_office.get((role, code), []) if t.covers(day)]

    def cameo(self, code: str) -> CodebookEntry | None:
        while code:
            if code in self.codebook:
                return self.codebook[code]
            code = code[:-1]
        return None


def _date(value: Any, where: str, key: str) -> DateValue | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise LexiconError(f"{key} must be an ISO date YYYY[-MM[-DD]], got {value!r}", where=where)
    return DateValue.parse(value)


def _strings(rec: dict[str, Any], key: str, where: str) -> list[str]:
    values = rec.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(f"{key!r} must be a list of non-empty strings", where=where)
    return [normalize(v).strip() for v in values]


def _case_variants(names: list[str]) -> list[str]:
    """Names as written plus the capitalisations the press also uses: a leading capital
    at the start of a sentence ("Phiến quân Houthi"), an acronym in capitals ("HAMAS")."""
    out = dict.fromkeys(names)
    for n in names:
        out.setdefault(n[:1].upper() + n[1:])
        last = n.rsplit(" ", 1)[-1]
        if last.isalpha() and last.isascii() and last[:1].isupper() and 3 <= len(last) <= 12:
            out.setdefault(n[: len(n) - len(last)] + last.upper())
    return list(out)


def _load_actors(lex: Lexicon) -> None:
    owner: dict[str, tuple[str | None, str]] = {}
    for where, _, rec in read_records("actors"):
        code, kind = rec.get("code"), rec["kind"]
        if kind not in {"state", "igo", "armed_group", "blocker"}:
            raise LexiconError(f"unknown actor kind {kind!r}", where=where)
        if kind != "blocker" and not (isinstance(code, str) and _CODE.match(code)):
            raise LexiconError(f"bad actor code {code!r}", where=where)
        main = _strings(rec, "names", where)
        groups = [
            ("name", main),
            ("capital", _strings(rec, "capitals", where)),
            ("metonym", _strings(rec, "metonyms", where)),
        ]
        for sub, names in groups:
            for n in _case_variants(names):
                entry = ActorEntry(
                    code if kind != "blocker" else None, kind if sub == "name" else sub, main[0] if main else n
                )
                prev = owner.get(n)
                if prev and prev[0] != entry.code:
                    raise LexiconError(f"name {n!r} maps to {prev[0]} and {entry.code}", where=where)
                owner[n] = (entry.code, where)
                lex.names.append((n, entry))
        for s in _strings(rec, "short", where):
            lex.names.append((s, ActorEntry(code, "dyad", main[0])))
        if rec.get("family_name_first") is True and isinstance(code, str):
            lex.family_name_first.add(code)
        elif rec.get("family_name_first", False) is not False:
            raise LexiconError("family_name_first must be true or false", where=where)


def _load_officeholders(lex: Lexicon) -> None:
    for where, _, rec in read_records("officeholders"):
        if rec["role"] not in ROLES:
            raise LexiconError(f"unknown role {rec['role']!r}", where=where)
        if not _CODE.match(rec["code"]):
            raise LexiconError(f"bad actor code {rec['code']!r}", where=where)
        start = _date(rec["start"], where, "start")
        end = _date(rec.get("end"), where, "end")
        assert start is not None
        if end is not None and end.key() < start.key():
            raise LexiconError("end before start", where=where)
        name = normalize(rec["name"]).strip()
        term = Term(name, rec["code"], rec["role"], start, end, rec.get("title_vi"))
        if name not in lex.terms:
            lex.terms[name] = []
            aliases = [name, *_strings(rec, "aliases", where)]
            if rec["code"] in lex.family_name_first and len(name.split()) == 2:
                aliases.append(" ".join(reversed(name.split())))  # "Suga Yoshihide", as the press also writes
            for alias in aliases:
                lex.names.append((alias, ActorEntry(None, "person", name)))
        lex.terms[name].append(term)
        for s in _strings(rec, "short", where):
            # "Trump", "Lavrov" are safe alone; the given name of a Vietnamese or
            # Sino-Vietnamese name ("Chính", "Quang", "Tập") or a very short one ("Kim")
            # is an everyday word too and needs a title or "ông"/"bà" before it.
            lex.person_short.append((s, name, bool(_VIET.search(name)) or len(s) <= 3))


def _check_url_rule(rec: dict[str, Any], where: str) -> None:
    """A URL date rule must compile, name its year and month, and match its example."""
    try:
        rx = re.compile(rec.get("pattern", ""))
    except re.error as e:
        raise LexiconError(f"url pattern does not compile: {e}", where=where) from None
    groups = set(rx.groupindex)
    if "m" not in groups or not groups & {"y", "yy"}:
        raise LexiconError("url pattern needs groups m and y (or yy)", where=where)
    if not rx.search(str(rec.get("example", ""))):
        raise LexiconError(f"url pattern does not match its example {rec.get('example')!r}", where=where)


def _load_patterns(lex: Lexicon) -> None:
    from .text import tokenize

    ids: set[str] = set()
    for where, _, rec in read_records("verbs"):
        if rec["id"] in ids:
            raise LexiconError(f"duplicate pattern id {rec['id']!r}", where=where)
        ids.add(rec["id"])
        code = rec.get("cameo")
        if code is not None and not (isinstance(code, str) and _CAMEO.match(code)):
            raise LexiconError(f"bad CAMEO code {code!r}", where=where)
        for key in ("refused", "future"):
            v = rec.get(key)
            if v is not None and not (isinstance(v, str) and _CAMEO.match(v)):
                raise LexiconError(f"bad CAMEO code in {key!r}: {v!r}", where=where)
        for text in _strings(rec, "patterns", where):
            toks = tuple(t.low for t in tokenize(text))
            if not toks or toks[0] == "*" or toks[-1] == "*":
                raise LexiconError(f"pattern {text!r} must start and end with a word", where=where)
            lex.patterns.append(
                Pattern(
                    rec["id"],
                    code,
                    toks,
                    bool(rec.get("symmetric")),
                    bool(rec.get("target_location")),
                    rec.get("refused"),
                    rec.get("future"),
                    text,
                    bool(rec.get("needs_action")),
                    bool(rec.get("target_next")),
                    bool(rec.get("person_source")),
                    bool(rec.get("patient_subject")),
                    bool(rec.get("passive_only")),
                )
            )
        for ex in rec.get("examples") or []:
            lex.examples.append((rec["id"], ex))


def _load_misc(lex: Lexicon) -> None:
    for where, _, rec in read_records("roles"):
        if rec["role"] not in ROLES:
            raise LexiconError(f"unknown role {rec['role']!r}", where=where)
        for t in _strings(rec, "titles", where):
            lex.titles.append((t, rec["role"], rec.get("home")))
    for where, _, rec in read_records("bodies"):
        for n in _strings(rec, "names", where):
            lex.bodies.append((n, rec["kind"], rec.get("code")))
    for where, _, rec in read_records("cues"):
        lex.cues.setdefault(rec["kind"], []).extend(_strings(rec, "words", where))
        if "window" in rec:
            lex.windows[rec["kind"]] = int(rec["window"])
    for where, _, rec in read_records("dates"):
        if rec["kind"] == "url":
            _check_url_rule(rec, where)
        lex.date_words.append(rec)
    for where, _, rec in read_records("boilerplate"):
        flags = 0 if rec.get("case_sensitive") else re.IGNORECASE
        pats = _strings(rec, "patterns", where)
        for p in pats:
            try:
                re.compile(p, flags)
            except re.error as exc:
                raise LexiconError(f"bad regular expression {p!r}: {exc}", where=where) from None
        # one alternation per record: a line is tested once per record, not once per pattern
        lex.boilerplate.append((rec["kind"], re.compile("|".join(f"(?:{p})" for p in pats), flags)))
    for where, _, rec in read_records("cameo"):
        if not _CAMEO.match(rec["code"]) or not rec["code"].startswith(rec["root"]):
            raise LexiconError(f"bad CAMEO code {rec['code']!r}", where=where)
        lex.codebook[rec["code"]] = CodebookEntry(
            rec["code"], rec["root"], rec["name"], rec.get("plover"), rec["quad"], float(rec["goldstein"])
        )


@cache
def load() -> Lexicon:
    """The Vietnamese lexicon, read and validated once per process."""
    lex = Lexicon()
    _load_actors(lex)
    _load_officeholders(lex)
    _load_misc(lex)
    _load_patterns(lex)
    return lex
