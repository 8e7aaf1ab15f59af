"""Actor mentions: states, organisations, armed groups, state bodies and officials.

Dictionary-driven (``lang/vi/actors.jsonl``, ``officeholders.jsonl``, ``roles.jsonl``,
``bodies.jsonl``), longest match on whole tokens. Pieces are then composed the way
Vietnamese writes an official: [title|body]* [country] [name], as in "Tổng thống Nga
Vladimir Putin", "người đứng đầu Bộ Ngoại giao Mỹ", "Bộ trưởng Ngoại giao Cuba Bruno
Rodríguez". A person is coded as the state he or she served on the reference date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from ..lexicon import Lexicon, load
from ..matcher import longest
from ..model import DateValue, Document, Mention, Sentence, Token
from .scan import hits

_JOINERS = {"al", "bin", "ibn", "de", "da", "do", "dos", "van", "von", "der", "del", "la", "le", "el", "di", "-", "abu"}
_CAP_BREAK = {
    "Tổng",
    "Thủ",
    "Bộ",
    "Ngoại",
    "Chủ",
    "Phó",
    "Ông",
    "Bà",
    "Theo",
    "Trong",
    "Tại",
    "Hôm",
    "Ngày",
    "Khi",
    "Sau",
    "Trước",
    "Tuy",
    "Nhưng",
    "Đây",
    "Các",
    "Những",
    "Người",
    "Nhà",
    "Cựu",
    "Đại",
    "Thứ",
}
_PLACE_WORDS = {
    "thủ",
    "đô",
    "thành",
    "phố",
    "của",
    "quận",
    "tỉnh",
    "bang",
    "khu",
    "vực",
    "vùng",
    "miền",
    "phía",
    "bắc",
    "nam",
    "đông",
    "tây",
    "thị",
    "trấn",
    "làng",
    "cảng",
    "đảo",
    "quần",
    "biển",
    "sân",
    "bay",
    "lãnh",
    "thổ",
    "trung",
    "tâm",
    "ngoại",
    "ô",
}
_FILLER = {"nước", "quốc", "gia"}
_STATES = frozenset({"state"})
_PARTIES = frozenset({"state", "armed_group"})  # who can be a party to a conflict


@dataclass(slots=True)
class Piece:
    i: int
    j: int
    kind: str  # name, person, short, title, body, capname, joint, blocker
    code: str | None = None
    name: str | None = None
    role: str | None = None
    home: str | None = None
    entry_kind: str = ""
    persons: tuple[str, ...] = ()
    needs_title: bool = False


def person_code(
    lex: Lexicon, name: str, day: DateValue | None, prefer: list[str] | None = None
) -> tuple[str | None, str | None]:
    """(code, role) of the office the person held on ``day``; the latest term when no date.
    Among several offices at once (a monarch of several realms), the state the article
    has been talking about (``prefer``, most recent last) wins."""
    terms = lex.terms.get(name, [])
    if day is None:
        return (terms[-1].code, terms[-1].role) if terms else (None, None)
    order = ["head_of_state", "head_of_government", "party_leader", "foreign_minister", "defence_minister"]
    recent = prefer or []
    serving = sorted(
        (t for t in terms if t.covers(day)),
        key=lambda t: (
            -(len(recent) - recent[::-1].index(t.code)) if t.code in recent else 1,
            order.index(t.role) if t.role in order else len(order),
        ),
    )
    return (serving[0].code, serving[0].role) if serving else (None, None)


def _capnames(tokens: list[Token], taken: set[int]) -> list[Piece]:
    """Runs of capitalised tokens not covered by the dictionary: unknown names."""
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if i in taken or not t.text[:1].isupper() or not t.text[:1].isalpha() or t.text in _CAP_BREAK:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j not in taken:
            nt = tokens[j]
            if (
                (nt.text[:1].isupper() and nt.text[:1].isalpha() and nt.text not in _CAP_BREAK)
                or (nt.low in _JOINERS and j + 1 < len(tokens) and tokens[j + 1].text[:1].isalpha())
                or (
                    nt.text == "."
                    and len(tokens[j - 1].text) == 1
                    and j + 1 < len(tokens)
                    and tokens[j + 1].text[:1].isupper()
                )
            ):
                j += 1
            else:
                break
        while j > i + 1 and tokens[j - 1].low in _JOINERS:
            j -= 1
        if j - i >= 2 or (j == i + 1 and i > 0 and tokens[i - 1].low in {"ông", "bà"}):  # "bà Pelosi"
            out.append(
                Piece(
                    i, j, "capname", name=" ".join(x.text for x in tokens[i:j]).replace(" - ", "-").replace(" .", ".")
                )
            )
        i = j
    return out


_HONORIFIC = {"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cậu"}


def _keep(p: Piece, chosen: list[Piece], tokens: list[Token]) -> bool:
    """Drop a state name used as a given name ("bà Nga", "anh Đức") and a one-syllable
    dyad form ("Trung", "Việt") outside a dyad ("Việt - Trung", "Mỹ-Trung")."""
    if p.kind != "name":
        return True
    if p.i > 0 and tokens[p.i - 1].low in _HONORIFIC and tokens[p.i - 1].text != "Anh":
        return False
    if p.entry_kind != "dyad":
        return True
    dash = {"-", "–", "—"}
    left = p.i >= 2 and tokens[p.i - 1].text in dash and any(q.j == p.i - 1 and q.kind == "name" for q in chosen)
    right = (
        p.j + 1 < len(tokens) and tokens[p.j].text in dash and any(q.i == p.j + 1 and q.kind == "name" for q in chosen)
    )
    return left or right


def sentence_pieces(s: Sentence) -> list[Piece]:
    """Dictionary pieces of one sentence, longest match first (computed once per sentence)."""
    if s.pieces is None:
        s.pieces = _sentence_pieces(s)
    return list(s.pieces)


def _sentence_pieces(s: Sentence) -> list[Piece]:
    tokens = s.tokens
    h = hits(s)
    cands: list[tuple[int, int, list[Piece]]] = []
    for i, j, payloads in h.get("name", []):
        e = payloads[0]
        if e.kind == "person":
            cands.append((i, j, [Piece(i, j, "person", persons=tuple(p.name for p in payloads))]))
        elif e.kind == "blocker":
            cands.append((i, j, [Piece(i, j, "blocker")]))
        else:
            cands.append((i, j, [Piece(i, j, "name", e.code, e.name, entry_kind=e.kind)]))
    for i, j, shorts in h.get("short", []):
        persons = tuple(name for name, _ in shorts)
        cands.append((i, j, [Piece(i, j, "short", persons=persons, needs_title=all(t for _, t in shorts))]))
    for i, j, titles in h.get("title", []):
        role, home = titles[0]
        cands.append((i, j, [Piece(i, j, "title", role=role, home=home)]))
    for i, j, bodies in h.get("body", []):
        kind, code = bodies[0]
        if kind == "blocker":
            cands.append((i, j, [Piece(i, j, "blocker")]))
            continue
        cands.append((i, j, [Piece(i, j, "body", code=code, entry_kind=kind)]))
    for i, j, _ in h.get("joint", []):
        cands.append((i, j, [Piece(i, j, "joint")]))
    # of two pieces as long, a name beats a body: "nhóm phiến quân FSA" is FSA
    chosen = [c[2][0] for c in longest(cands, rank=lambda c: 0 if c[2][0].kind == "name" else 1)]
    chosen = [p for p in chosen if _keep(p, chosen, tokens)]
    # "Lại Thanh Đức", "Trần Tuấn Anh": a one-word country name closing a run of
    # capitalised words is the end of a person's name
    covered = {k for p in chosen if p.kind != "short" for k in range(p.i, p.j)}
    ends = {p.j for p in chosen if p.kind in {"title", "name"}}
    chosen = [p for p in chosen if not _closes_a_name(p, tokens, covered, ends)]
    # a short form inside a longer run of capitalised words is part of another name:
    # "Trọng" in "Nguyễn Trọng Nghĩa" is not Nguyễn Phú Trọng
    # a given name that blocks a country ("Minh Đức", "Tuấn Anh") still belongs to a name
    taken = {k for p in chosen if p.kind not in {"short", "blocker"} for k in range(p.i, p.j)}
    runs = _capnames(tokens, taken)
    inside = {k for r in runs if r.j - r.i >= 2 for k in range(r.i, r.j)}
    chosen = [p for p in chosen if not (p.kind in {"short", "blocker"} and p.i in inside)]
    taken = {k for p in chosen for k in range(p.i, p.j)}
    chosen.extend(r for r in runs if not any(k in taken for k in range(r.i, r.j)))
    return sorted(chosen, key=lambda p: p.i)


def _closes_a_name(p: Piece, tokens: list[Token], covered: set[int], ends: set[int]) -> bool:
    """A one-word country name after two or more capitalised words that follow a title, a
    country or "ông"/"bà" ("Lãnh đạo Đài Loan Lại Thanh Đức"), not after a place's name
    ("Hạm đội Biển Đen Nga")."""
    if p.kind != "name" or p.j - p.i != 1:
        return False
    k = p.i
    while k > 0 and (k - 1) not in covered and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text[:1].isalpha():
        if tokens[k - 1].text in _CAP_BREAK:
            break
        k -= 1
    if p.i - k < 2:
        return False
    return k in ends or (k > 0 and tokens[k - 1].low in {"ông", "bà"})


def _cue_positions(s: Sentence, kind: str) -> dict[int, int]:
    """End token index -> start token index of cue phrases of one kind."""
    return {j: i for i, j, _ in hits(s).get(kind, [])}


def _is_location(tokens: list[Token], start: int, loc_ends: dict[int, int]) -> bool:
    if start > 0 and tokens[start - 1].low == "của":
        return False  # "vùng Kharkiv của Ukraine": the owner, not the place
    k = start
    steps = 0
    while k > 0 and steps < 6:
        if k in loc_ends:
            return True
        prev = tokens[k - 1]
        if prev.low in _PLACE_WORDS or (prev.text[:1].isupper() and prev.text[:1].isalpha()):
            k -= 1
            steps += 1
            continue
        break
    return k in loc_ends


def _in_institution(tokens: list[Token], start: int, inst: dict[int, int]) -> bool:
    """Is the name part of an institution's name ("Viện Hàn lâm Khoa học Nga", "Báo Độc lập
    của Nga", "tiếng Anh")? A capitalised head counts a few words back when a capitalised
    word follows it; a lower-case one ("tiếng", "đồng") only right before the name."""
    if start in inst:
        return True
    for k in range(start - 1, max(-1, start - 8), -1):
        if not tokens[k].text[:1].isalnum():
            return False
        head = inst.get(k)
        if head is not None and tokens[head].text[:1].isupper():
            nxt = tokens[k] if k < start else None
            return nxt is not None and nxt.text[:1].isupper()
    return False


@dataclass(slots=True)
class _Compound:
    i: int
    j: int
    code: str | None = None
    name: str | None = None
    person: str | None = None
    role: str | None = None
    kind: str = "state"
    codes: tuple[str, ...] = ()
    pieces: list[Piece] = field(default_factory=list)


@dataclass(slots=True)
class _Frame:
    """One sentence's pieces grouped, and its cue positions: all that does not depend on
    the date, so the pass after the publication date is inferred does not redo it."""

    groups: list[list[Piece]]
    loc_ends: dict[int, int]
    inst_ends: dict[int, int]
    former_ends: dict[int, int]
    pron_ends: dict[int, int]
    group_ends: dict[int, int]
    venue_ends: dict[int, int]
    people_ends: dict[int, int]
    states_ends: dict[int, int]


def _frame(s: Sentence) -> _Frame:
    pieces = sentence_pieces(s)
    named = {k for pc in pieces if pc.kind in {"name", "person"} for k in range(pc.i, pc.j)}
    return _Frame(
        _compose(pieces, s.tokens),
        _cue_positions(s, "location"),
        {j: i for j, i in _cue_positions(s, "institution").items() if i not in named},  # not "Đài Loan"
        _cue_positions(s, "former"),
        _cue_positions(s, "pronoun"),
        _cue_positions(s, "group_head"),
        _cue_positions(s, "venue"),
        _cue_positions(s, "joint_people"),
        _cue_positions(s, "joint_states"),
    )


def _compose(pieces: list[Piece], tokens: list[Token]) -> list[list[Piece]]:
    """Join title/body, country and name pieces that stand next to each other."""
    out: list[list[Piece]] = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if p.kind == "blocker":
            k += 1
            continue
        group = [p]
        k += 1
        while k < len(pieces):
            q = pieces[k]
            gap = [t.low for t in tokens[group[-1].j : q.i]]
            last = group[-1].kind
            adjacent = all(g in _FILLER for g in gap) or (
                last == "title" and q.kind == "title" and gap in ([","], ["và"], ["kiêm"])
            )
            if not adjacent or q.kind in {"blocker", "joint"} or last == "joint":
                break
            if q.kind in {"title", "body"} and last not in {"title", "body"}:
                break
            if q.kind == "name" and any(g.kind == "name" for g in group):
                break
            if q.kind in {"person", "short", "capname"} and any(
                g.kind in {"person", "short", "capname"} for g in group
            ):
                break
            group.append(q)
            k += 1
        out.append(group)
    return out


def _resolve(
    c: _Compound, lex: Lexicon, day: DateValue | None, full_persons: set[str], recent: list[str] | None = None
) -> None:
    has_title = False
    for p in c.pieces:
        if p.kind == "title":
            has_title = True
            c.role = c.role or p.role
            c.code = c.code or (p.home if p.home and not any(q.kind == "name" for q in c.pieces) else None)
            c.kind = "official"
        elif p.kind == "body":
            c.kind = "body" if c.kind == "state" else c.kind
            c.code = c.code or p.code
        elif p.kind == "name":
            c.code = p.code
            c.name = p.name
            c.kind = p.entry_kind if c.kind == "state" else c.kind
        elif p.kind in {"person", "short"}:
            cands = list(p.persons)
            if p.kind == "short":
                known = [n for n in cands if n in full_persons]
                serving = [n for n in cands if person_code(lex, n, day)[0]]
                cands = known or serving or ([] if len(cands) > 1 else cands)
            if not cands:
                continue
            c.person = cands[0]
            code, role = person_code(lex, c.person, day, recent)
            if not any(q.kind == "name" for q in c.pieces):
                c.code = code
            c.role = c.role or role
            c.kind = "person"
        elif p.kind == "capname":
            c.person = p.name
            # "Ethiopia Seleshi Bekele" (a title cut off by "Thủy lợi"): a person of that state
            after_state = c.kind in {"state", "igo"} and c.name is not None and len((p.name or "").split()) >= 2
            c.kind = "person" if has_title or c.kind == "person" or after_state else c.kind
    if c.code:
        c.codes = (c.code,)


def find_mentions(doc: Document, day_of: dict[int, DateValue | None] | None = None) -> Document:
    """Actor mentions of every sentence, people resolved on the sentence's date."""
    lex = load()
    doc.mentions = []
    doc.people = []
    full_persons: set[str] = set()
    recent: list[str] = []
    last_person: tuple[str, tuple[str, ...]] | None = None
    # does Vietnam play a part (named, or one of its office-holders), and is the story told
    # from its side (among the two actors named most)?
    home_codes = [
        "VNM" if any(t.code == "VNM" for n in p.persons for t in lex.terms.get(n, [])) else p.code
        for s in doc.sentences
        for p in sentence_pieces(s)
        if p.code or p.persons
    ]
    vn_home = "VNM" in home_codes
    counts = {k: home_codes.count(k) for k in set(home_codes) if k}
    vn_main = vn_home and "VNM" in sorted(counts, key=lambda k: -counts[k])[:2]
    seen_people: dict[str, tuple[str, ...]] = {}  # persons named so far, in order, with their codes
    for si, s in enumerate(doc.sentences):
        m0 = len(doc.mentions)
        toks = s.tokens
        day = (day_of or {}).get(si) or doc.published
        if s.frame is None:
            s.frame = _frame(s)
        frame: _Frame = s.frame
        loc_ends, inst_ends, former_ends = frame.loc_ends, frame.inst_ends, frame.former_ends
        pron_ends, group_ends, venue_ends = frame.pron_ends, frame.group_ends, frame.venue_ends
        compounds = [_Compound(g[0].i, g[-1].j, pieces=g) for g in frame.groups]
        starts = {c.i for c in compounds}
        # "ông"/"bà" point to the person named before them: within a sentence the first
        # one (its subject, as a rule), else the last one of the sentences before
        pronouns = sorted((pj, pi) for pi, pj in pron_ends.items() if pi not in starts)
        first_person: tuple[str, tuple[str, ...]] | None = None
        for c in [*compounds, None]:
            while pronouns and (c is None or pronouns[0][0] < c.i):
                pj, pi = pronouns.pop(0)
                first_person = first_person or last_person
                if first_person is not None:
                    name, codes = first_person
                    start, end = toks[pj].start, toks[pi - 1].end
                    doc.mentions.append(Mention(start, end, doc.text[start:end], codes, "pronoun", person=name))
            if c is None:
                break
            if any(p.kind == "joint" for p in c.pieces):
                if c.j in starts and any(d.i == c.j and d.pieces[0].kind == "name" for d in compounds):
                    continue  # "hai ngoại trưởng Mỹ và Ấn Độ": the names say who
                # "hai nước", "hai Tổng thống": states only, whatever organisation is much named
                # "hai bên": states or armed groups when two are in play, not the court or
                # organisation the article keeps naming
                parties = [k for k in recent if k in _codes_of(_PARTIES)]
                pool = (
                    [k for k in recent if k in _codes_of(_STATES)]
                    if c.j in frame.states_ends
                    else parties
                    if len(set(parties[-12:])) >= 2
                    else recent
                )
                pair = _two_sides(pool)
                # the article's own dyad ("Nga và Mỹ", "quan hệ Mỹ - Nga") when both are still in play
                dyads = [
                    m.codes
                    for m in doc.mentions
                    if m.kind == "joint" and len(m.codes) == 2 and m.text[:3] != "hai" and set(m.codes) <= set(pool)
                ]
                top = _two_sides(pool, 24) + pair
                if dyads and all(code in pool[-24:] for code in dyads[-1]) and set(dyads[-1]) & set(top):
                    pair = list(reversed(dyads[-1]))
                if c.j in frame.people_ends:
                    # "hai nhà lãnh đạo": the last two office-holders named, if of two countries
                    people = _last_two_people(doc.mentions)
                    pair = people or pair
                if len(pair) == 2:
                    text = doc.text[toks[c.i].start : toks[c.j - 1].end]
                    doc.mentions.append(Mention(toks[c.i].start, toks[c.j - 1].end, text, (pair[1], pair[0]), "joint"))
                continue
            first = c.pieces[0]
            if first.kind == "short" and first.needs_title and c.i not in pron_ends:
                continue
            if first.kind == "capname" and len(c.pieces) == 1:
                c.kind = "person" if c.i in pron_ends else "name_only"  # "ông Nguyễn Trọng Nghĩa"
            former = c.i in former_ends or (c.i - 1) in former_ends
            _resolve(c, lex, day, full_persons, recent)
            if c.person and not c.codes and any(p.kind == "capname" for p in c.pieces):
                # "ông Seleshi", "bà Pelosi", "Tổng thống Ukhnaagiin Khurelsukh": the person
                # named in full earlier, with the codes he had there
                word = c.person.split()
                earlier = [n for n in reversed(seen_people) if seen_people[n] and all(w in n.split() for w in word)]
                if earlier:
                    c.person, c.codes = earlier[0], seen_people[earlier[0]]
                    c.code = c.codes[0]
            if (
                c.codes == ("VNM",)
                and any(p.kind == "title" and p.home == "VNM" for p in c.pieces)
                and any(p.kind == "capname" for p in c.pieces)
                and not any(p.kind == "name" for p in c.pieces)
                and not _vietnamese(c.person, lex)
            ):
                c.code, c.codes = None, ()  # "Chủ tịch Quốc hội Nabih Berri": a title Vietnam has, a foreign name
            if c.kind == "person" and not c.codes and c.role and vn_home and _vietnamese(c.person, lex):
                c.code, c.codes = "VNM", ("VNM",)  # "Phó Thủ tướng Trần Lưu Quang": Vietnam's own
            if (
                vn_home
                and not c.codes
                and len(c.pieces) == 1
                and c.pieces[0].entry_kind == "people"
                and " ".join(t.low for t in toks[c.i : c.j]) in lex.cue_set("home_people")
            ):
                c.code, c.codes = "VNM", ("VNM",)  # "tàu cá QNg 90617 TS cùng 8 ngư dân": Vietnam's own
            if (
                vn_main
                and not c.codes
                and all(p.kind == "body" for p in c.pieces)
                and " ".join(t.low for t in toks[c.i : c.j]) in lex.cue_set("home_bodies")
                and not (c.j < len(toks) and toks[c.j].text[:1].isupper())  # "Chính phủ Công đảng": named
            ):
                c.code, c.codes = "VNM", ("VNM",)  # "Bộ Ngoại giao đã trao công hàm phản đối": Vietnam's
            if c.person and any(p.kind == "person" for p in c.pieces):
                full_persons.add(c.person)
            if former and c.kind == "person" and not any(p.kind == "name" for p in c.pieces):
                c.codes = ()
            dropped = _in_institution(toks, c.i, inst_ends) and c.kind not in {"person", "official"}
            location = _is_location(toks, c.i, loc_ends) and c.kind not in {"person", "official"}
            if c.kind == "igo" and c.i in venue_ends:
                location = True  # "bên lề hội nghị ASEAN": the meeting is the place
            if location and c.i >= 2 and toks[c.i - 1].low in {"tại", "ở"} and (c.i - 1) in group_ends:
                location = False  # "phe đảo chính tại Niger": the side is Niger's
            # "tại Helsinki (Phần Lan)": the bracketed country of a place is a place too
            if c.i >= 2 and toks[c.i - 1].text == "(" and c.kind not in {"person", "official"}:
                before = toks[c.i - 2]
                last = doc.mentions[-1] if doc.mentions and doc.mentions[-1].end == before.end else None
                # ... and so is one after a name that is no actor ("sân bay Ankara (Thổ Nhĩ Kỳ)")
                location = location or (last.location if last else before.text[:1].isupper())
            if dropped:
                continue
            text = doc.text[toks[c.i].start : toks[c.j - 1].end]
            full = any(p.kind == "person" for p in c.pieces)
            titled = any(p.kind == "title" and p.role not in {"official", "counterpart"} for p in c.pieces)
            m = Mention(
                toks[c.i].start,
                toks[c.j - 1].end,
                text,
                c.codes,
                c.kind,
                c.name,
                c.person,
                c.role,
                location,
                full and not former,
                titled,
            )
            doc.mentions.append(m)
            if m.person:
                doc.people.append(m)
            if c.person and c.kind == "person":
                seen_people[c.person] = c.codes
                last_person = (c.person, c.codes)
                first_person = first_person or last_person
            elif c.kind == "official" and c.role and c.codes and day is not None:
                holders = lex.holders(c.role, c.codes[0], day)
                if len(holders) == 1:  # "người đứng đầu Lầu Năm Góc ... Ông nói": he is the one meant
                    last_person = (holders[0].name, c.codes)
                    first_person = first_person or last_person
            if c.codes and not location:
                recent.extend(c.codes)
        _spread_location(doc, m0)
        _join_coordinated(doc, m0)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


@cache
def _codes_of(kinds: frozenset[str]) -> frozenset[str]:
    return frozenset(e.code for _, e in load().names if e.code and e.kind in kinds)


def _vietnamese(name: str | None, lex: Lexicon) -> bool:
    """A name of three or more syllables opening with a Vietnamese family name."""
    words = (name or "").split()
    return len(words) >= 3 and words[0].lower() in lex.cue_set("vn_surname")


def _last_two_people(mentions: list[Mention], window: int = 8) -> list[str]:
    """Codes of the last two people or officials of different states among the last
    ``window`` mentions, latest first (the order ``_two_sides`` gives)."""
    codes: list[str] = []
    for m in reversed(mentions[-window:]):
        if m.kind in {"person", "official"} and len(m.codes) == 1 and m.codes[0] not in codes:
            codes.append(m.codes[0])
            if len(codes) == 2:
                return codes
    return []


def _two_sides(recent: list[str], window: int = 12) -> list[str]:
    """The two parties "hai bên"/"hai nước" refers to: the two actors named most in the
    last few mentions, with the article's main actors as a prior (a tenth of their count
    so far) and the more recent first on ties; in reading order."""
    last = recent[-window:]
    score = {c: (last.count(c) + recent.count(c) / 10, max(i for i, x in enumerate(last) if x == c)) for c in set(last)}
    top = sorted(score, key=lambda c: score[c], reverse=True)[:2]
    return sorted(top, key=lambda c: score[c][1], reverse=True)


def _spread_location(doc: Document, first: int) -> None:
    """ "các nhà tù ở Nga, Belarus và Mỹ": a place's list is places."""
    ms = doc.mentions[first:]
    k = 0
    while k < len(ms):
        chain = [ms[k]]
        gaps = []
        while k + 1 < len(ms) and (gap := doc.text[chain[-1].end : ms[k + 1].start].strip()) in {",", "và", ", và"}:
            gaps.append(gap)
            chain.append(ms[k + 1])
            k += 1
        k += 1
        if any("và" in g for g in gaps):  # commas alone may end the phrase: "ở Biển Đỏ, Mỹ lên án"
            for a, b in pairwise(chain):
                b.location = b.location or a.location


def _join_coordinated(doc: Document, first: int) -> None:
    """ "Nga và Mỹ", "Nga - Mỹ", "giữa A và B": one joint mention with both codes.
    ``first``: index in ``doc.mentions`` of the sentence's first mention."""
    ms = doc.mentions
    k = first
    while k + 1 < len(ms):
        a, b = ms[k], ms[k + 1]
        between = doc.text[a.end : b.start].strip()
        if (
            a.codes
            and b.codes
            and not a.location
            and not b.location
            and a.codes != b.codes
            and between in {"và", "-", "–", "cùng", "lẫn", "với cả", "và ông", "và bà"}
        ):
            joint = Mention(a.start, b.end, doc.text[a.start : b.end], a.codes + b.codes, "joint", person=None)
            ms[k : k + 2] = [joint]
            continue
        k += 1
