"""Who acted on whom: the source and target of one trigger.

Vietnamese is subject-verb-object with few case markers, so the rules read position
and the function words around an actor: the subject is the nearest noun phrase before
the trigger in its clause (the agent after "bị" in a passive, the "của X" right after
a nominal trigger, the two sides after "giữa"); the target is the first actor after the
trigger that is not a place (after "tại"/"ở"), a topic ("về X") or a news source
("theo X"). Quotations of ten words or more bound the search.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from ..lexicon import Pattern
from ..model import Document, Mention, Token

TARGET_MARKERS = {"với", "đối", "cho", "tới", "đến", "nhằm", "chống", "lên", "vào", "sang", "nhắm", "trước", "về"}
SOURCE_MARKERS = {"của", "từ", "bởi"}
# with no other target, the place is what the act is about: "lên án bạo lực ở Libya",
# "chiếm thành phố Goma ở miền đông Congo", "không kích ở Lebanon"
TOPIC_ROOTS = {"09", "11", "18", "19", "20"}


@dataclass(slots=True)
class Trigger:
    i: int
    j: int
    pattern: Pattern
    head: int = 0  # end of the first literal part: an object may stand in a "*" gap after it


@dataclass(slots=True)
class Candidate:
    """A trigger with everything decided about it, kept for ``quanhe explain``."""

    trigger: Trigger
    code: str | None
    modality: str = "asserted"
    source: list[Mention] = field(default_factory=list)
    target: list[Mention] = field(default_factory=list)
    rejected: str | None = None
    recipient_pending: bool = False  # "... và tiếp nhận X từ Y": Y acts on the unstated subject
    mutual: bool = False  # the act it stands for is mutual ("cam kết đàm phán")


@dataclass(slots=True)
class Placed:
    """A mention placed on the sentence's tokens: [i, j)."""

    i: int
    j: int
    m: Mention


def quoted_spans(tokens: list[Token], min_words: int = 10) -> dict[int, int]:
    """Token index -> quotation number, for quotations of ``min_words`` words or more
    (scare quotes around a few words do not bound anything)."""
    out: dict[int, int] = {}
    start = None
    for k, tok in enumerate(tokens):
        if tok.text in {"“", '"', "«"} and start is None:
            start = k
        elif tok.text in {"”", '"', "»"} and start is not None:
            if sum(1 for x in tokens[start + 1 : k] if x.text[:1].isalnum()) >= min_words:
                out.update({i: start for i in range(start + 1, k)})
            start = None
    if start is not None and len(tokens) - start > min_words:
        out.update({i: start for i in range(start + 1, len(tokens))})  # runs on to the next paragraph
    return out


def _light_verb_between(a: int, b: int, cues: dict[str, list[tuple[int, int]]]) -> bool:
    """Is the noun the object of a light verb of its subject ("Nga mở cuộc tấn công",
    "hai bên có cuộc hội đàm"), or right after it?"""
    return b == a or any(a <= i and b - 3 <= j <= b for i, j in cues["light_verb"])


def marked(tokens: list[Token], i: int, markers: set[str]) -> bool:
    k = i - 1
    while k >= 0 and tokens[k].low in {"các", "những", "phía", "nước", "lãnh", "đạo", "chính", "quyền", "ông", "bà"}:
        k -= 1
    if k >= 1 and tokens[k].low == "bởi" and tokens[k - 1].text == ",":
        return False  # ", bởi Ankara liên tục yêu cầu ...": "because", not the agent of a passive
    return k >= 0 and tokens[k].low in markers


def find_arguments(
    cand: Candidate,
    tokens: list[Token],
    ms: list[Placed],
    cues: dict[str, list[tuple[int, int]]],
    clause: tuple[int, int],
    doc: Document,
    verbs: frozenset[int] = frozenset(),
) -> None:
    """``verbs``: where the sentence's other triggers start; an actor right after a comma
    and right before one of them opens a clause of its own."""
    t = cand.trigger
    cs, ce = clause
    p = t.pattern
    actors = [x for x in ms if x.m.codes]
    # "các nhóm phiến quân FSA do Ankara hậu thuẫn": the noun before "do" is what X did it to
    agent = next((x for x in actors if x.j == t.i and x.i >= 2 and tokens[x.i - 1].low == "do"), None)
    if agent is not None:
        head = _before_do(actors, agent, tokens)
        if head is not None:
            cand.source, cand.target = [agent.m], [head.m]
            return
    # the subject is the nearest noun phrase before the trigger, even one with no code
    # ("Quốc hội", an unnamed official): then there is no source, not a farther one
    nps = [
        x
        for x in ms
        if x.j <= t.i
        and x.i >= cs
        and not x.m.location
        and x.m.kind != "name_only"
        and not marked(tokens, x.i, TARGET_MARKERS | SOURCE_MARKERS | {"giữa"})
    ]
    # "rút nhân viên ngoại giao khỏi Argentina, Chile ... và Uruguay, đồng thời yêu cầu ...":
    # the end of a list of objects is no subject
    if nps and _object_list(nps[-1], [x for x in ms if x.m.codes], tokens):
        nps = nps[:-1]
    passive_at = [i for i, j in cues["passive"] if j <= t.i and i >= cs and tokens[i].low == "bị"]
    starts_nominal = any(i == t.i and j <= t.j for i, j in cues["nominal"])  # "lễ đón", "lời khen ngợi"
    # "hành vi ‘bắt cóc’": a quotation mark may open the noun
    opening = {t.i, t.i - 1} if t.i > 0 and tokens[t.i - 1].text in {"‘", "“", '"', "'"} else {t.i}
    nominal = (
        starts_nominal
        or any(j in opening and not any(a <= i < b for a, b in cues["not_nominal"]) for i, j in cues["nominal"])
        or (t.i > 0 and tokens[t.i - 1].low in {"và", ","} and any(t.i - 10 <= j < t.i for _, j in cues["nominal"]))
    )  # "những vụ đánh bom và pháo kích", "các vấn đề như cáo buộc ..., tấn công mạng"
    left = [x for x in actors if x.j <= t.i and x.i >= cs and not x.m.location]
    # objects follow the trigger's head: "yêu cầu [Nhật Bản] mở cửa", "triệu tập [đại sứ Israel]"
    right = [x for x in actors if x.j > t.head and t.i <= x.i < ce and (p.target_location or not x.m.location)]
    # "X phóng tên lửa ..., Nhật Bản phản đối": a new subject, not this verb's object
    # ... but "triệu tập đại sứ Anh, Pháp và Đức để phản đối" lists objects
    subordinate = {i for i, _ in cues["subordinate"]}
    opens = [
        x.i
        for x in right
        if x.i > t.j
        and tokens[x.i - 1].text == ","
        and any(x.j <= v <= x.j + 2 and not subordinate & set(range(x.j, v)) for v in verbs)
    ]
    if opens:
        right = [x for x in right if x.i < opens[0]]
    if passive_at:
        b = passive_at[-1]
        agents = [x for x in left if x.i > b]
        patients = [x for x in left if x.j <= b]
        if agents:
            cand.source = [agents[-1].m]
        else:
            by = [x for x in right if marked(tokens, x.i, SOURCE_MARKERS)]
            cand.source = [by[0].m] if by else []
        cand.target = [patients[-1].m] if patients else []
        return
    nominal_head = t.i == cs or not nps or tokens[t.i - 1].low in {"cuộc", "hội", "nghị", "các", "những"}
    between = [
        x
        for x in right
        if len(x.m.codes) >= 2 and x.i <= t.j + 4 and (marked(tokens, x.i, {"giữa"}) or (nominal_head and x.i == t.j))
    ]  # "đàm phán giữa Kiev và Moscow", "Hội nghị thượng đỉnh Mỹ - Triều Tiên"
    if p.symmetric and between:
        cand.source = [between[0].m]  # "đàm phán giữa Kiev và Moscow": the two sides, not who urged it
        return
    if p.symmetric and any(tk.low == "giữa" for tk in tokens[max(t.i, t.j - 1) : t.j + 1]):
        # "xung đột giữa quân đội Sudan do Tư lệnh X đứng đầu và nhóm RSF": the two sides
        # of "giữa", however much stands between them
        sides = [x for x in right if t.j <= x.i <= t.j + 24]
        first = sides[0] if sides else None
        og = next(
            (
                x
                for x in sides[1:]
                if first is not None
                and set(x.m.codes) - set(first.m.codes)
                and any(tk.low == "và" for tk in tokens[first.j : x.i])
            ),
            None,
        )
        if first is not None and og is not None:
            cand.source, cand.target = [first.m], [og.m]
            return
    # "không quân Thái Lan điều sáu chiến đấu cơ F-16 không kích ...": the means is no subject
    while (
        len(nps) > 1
        and not nps[-1].m.codes
        and any(nps[-1].i - 4 <= j <= nps[-1].i for _, j in cues["instrument_verb"])
    ):
        nps = nps[:-1]
    # "Thủ tướng Malaysia Anwar Ibrahim, Chủ tịch ASEAN năm 2025, kêu gọi ...": an
    # apposition between commas describes the subject before it, who acts
    if (
        len(nps) > 1
        and nps[-2].m.codes
        and (nps[-2].m.kind in {"person", "official"} or not nps[-1].m.codes)
        and tokens[nps[-2].j].text == ","
        and nps[-1].i - nps[-2].j <= 3  # ", Thiếu tướng Asif Ghafoor,": a rank may stand between
        and (comma := next((k for k in range(nps[-1].j, t.i) if tokens[k].text == ","), None)) is not None
        and comma - nps[-1].j <= 3
        and not any(nps[-1].j <= v < comma for v in verbs)
    ):
        nps = nps[:-1]
    # "FSA do Ankara hậu thuẫn đã đánh bật IS": the agent of the relative clause is not the
    # main verb's subject; the noun it describes is
    if nps and nps[-1].i >= 1 and tokens[nps[-1].i - 1].low == "do" and any(nps[-1].j <= v < t.i for v in verbs):
        head = _before_do([x for x in nps if x.m.codes], nps[-1], tokens)
        if head is not None:
            nps = [x for x in nps if x.i <= head.i]
    subj = [nps[-1]] if nps and nps[-1].m.codes else []
    if not subj:
        # "đặc phái viên Mỹ Amos Hochstein, người đã tới Beirut": "người" is the one named
        rel = next((k for k in range(t.i - 1, max(cs, t.i - 6) - 1, -1) if tokens[k].low == "người"), None)
        if rel is not None and rel >= 1 and tokens[rel - 1].text == ",":
            subj = [x for x in left if x.j == rel - 1 and x.m.kind in {"person", "official"}][:1]
    if nps and not subj:
        # "chiến đấu cơ của Ấn Độ không kích", "tàu hải cảnh số hiệu 4301 của Trung Quốc đâm
        # vào ...": the owner of the means acts
        of_at = next((k for k in range(nps[-1].j, min(nps[-1].j + 4, t.i)) if tokens[k].low == "của"), None)
        if of_at is not None:
            subj = [x for x in left if x.i == of_at + 1][:1]
    if p.patient_subject and subj:
        # "Kiev sẽ ... buộc Mông Cổ phải chịu hậu quả": the one made to pay is the target;
        # who threatens is an earlier subject, or the speaker
        cand.target = [subj[-1].m]
        earlier = [x for x in nps if x.m.codes and x.j <= subj[-1].i and set(x.m.codes) - set(subj[-1].m.codes)]
        cand.source = [earlier[0].m] if earlier else []
        return
    received = [x for x in right if marked(tokens, x.i, {"từ"}) and x.i <= t.j + 6]
    lo = subj[-1].j if subj else cs
    if received and any(lo <= i and (j <= t.i or i == t.i) and t.i - j <= 8 for i, j in cues["receive"]):
        # "Israel nhận 3,8 tỷ USD viện trợ quân sự mỗi năm từ Mỹ": the giver acts
        cand.source, cand.target = [received[0].m], [subj[-1].m] if subj else []
        cand.recipient_pending = not subj
        return
    if nominal:
        # the agent of a noun follows it closely: "cuộc tấn công (quân sự) của Nga"
        marks = [
            k
            for k in range(t.j, min(t.j + 4, len(tokens)))
            if tokens[k].low in SOURCE_MARKERS
            and not any(x.low in TARGET_MARKERS | {"tại", "ở"} for x in tokens[t.j : k])
        ]
        of = [x for x in right if marks and marks[0] < x.i <= marks[0] + 4]
        if of:
            cand.source = [y.m for y in _listed(of[0], [x for x in right if x.i > of[0].i], tokens)]
            right = [x for x in right if x is not of[0]]
            head = next((x for x in nps if x.m.codes), None)
            lead_in = {tk.low for tk in tokens[max(0, t.i - 2) : t.i]}
            if lead_in & {"theo", "với", "nhờ"} and head and set(head.m.codes) - set(of[0].m.codes):
                # "HĐBA họp ... theo đề nghị của Ai Cập", "Israel đánh chặn ... với sự hỗ trợ của
                # Mỹ, Anh và Pháp": the clause's subject is the one asked or helped, and help
                # given alongside is cooperation rather than aid
                cand.target = [head.m]
                if (cand.code or "").startswith("07") and lead_in & {"với", "nhờ"}:
                    cand.code = "060"
                return
    if nominal and subj and not _light_verb_between(subj[-1].j, t.i, cues):
        subj = []  # "thương vong từ những vụ đánh bom": a noun with no agent of its own
    if subj and any(subj[-1].j <= i < t.i for i, _ in cues["subordinate"]) and nps:
        # "X sẽ hội kiến Y trước khi tiếp tục chuyến công du": the verb after "trước khi" is X's
        heads = [x for x in nps if x.m.codes]
        subj = heads[:1] or subj
    if not cand.source and subj:
        cand.source = [y.m for y in _listed(subj[-1], list(reversed(nps[:-1])), tokens, backwards=True)]
    fronted = any(i <= cs + 1 for i, _ in cues["fronted"]) and not any(tk.text == "," for tk in tokens[cs : t.i])
    if not cand.source and fronted:
        # a fronted adverbial ("Sau cuộc điện đàm với X, Mỹ đã ...") takes the main subject
        after = [
            x
            for x in actors
            if x.i >= t.j
            and not x.m.location
            and not marked(tokens, x.i, TARGET_MARKERS | SOURCE_MARKERS)
            and any(tk.text == "," for tk in tokens[t.j : x.i])
        ]
        if after:
            cand.source = [after[0].m]
            right = [x for x in right if x.i < after[0].i]
        elif left and not nps:
            cand.source = [left[-1].m]
    # "hội đàm với ông Berri ... rồi sang Israel": an object we cannot code is still the
    # object, not a licence to take a farther one
    obj = next((x for x in ms if t.j <= x.i < ce), None)
    if (
        obj is not None
        and not obj.m.codes
        and obj.m.kind in {"person", "official"}
        and (obj.i == t.j or marked(tokens, obj.i, {"với"}))
        and not any(obj.j <= x.i <= obj.j + 4 for x in right)  # "Thủ tướng Quốc vụ viện Trung Quốc Lý Cường"
    ):
        right = [x for x in right if x.i < obj.i]
    # "với sự hỗ trợ của Mỹ", "dưới sự trung gian của Qatar": who helped, not whom it was done to
    for owner in [x for x in right if _circumstance(tokens, t.j, x.i)]:
        helpers = _listed(owner, [x for x in right if x.i > owner.i], tokens)
        right = [x for x in right if all(x is not h for h in helpers)]
    listing = list(right)  # a list may run on past where a target may start
    if p.target_next:
        right = [x for x in right if x.i <= t.j + 1]
    # "đàm phán về Ukraine" is a topic and "theo Hàn Quốc" a source of news: neither is a target
    right = [
        x
        for x in right
        if not (x.i > 0 and tokens[x.i - 1].low == "về" and tokens[x.i].low != "phía")
        and not marked(tokens, x.i, {"theo"})
    ]
    if p.symmetric and cand.source and not any(len(m.codes) >= 2 for m in cand.source):
        # "các nhà lãnh đạo G7 họp trực tuyến và ... trừng phạt Iran": a mutual act's partner
        # stands before the next verb
        subs = {i for i, _ in cues["subordinate"] if not (i + 1 < len(tokens) and tokens[i + 1].low == "vào")}
        right = [x for x in right if not any(t.j <= v < x.i for v in verbs) and not any(t.j <= k < x.i for k in subs)]
    if (p.symmetric or cand.mutual) and any(len(m.codes) >= 2 for m in cand.source):
        # "hai nước điện đàm": the two sides; a third party only as "với X"
        right = [
            x for x in right if marked(tokens, x.i, {"với", "cùng"}) and not (x.i > 1 and tokens[x.i - 2].low == "đối")
        ]
    src_codes = {c for m in cand.source for c in m.codes}
    for x in right:
        if set(x.m.codes) - src_codes:
            rest = [y for y in listing if y.i > x.i]
            cand.target = [y.m for y in _listed(x, rest, tokens) if set(y.m.codes) - src_codes]
            break
    if not cand.target:
        marked_left = [x for x in left if marked(tokens, x.i, TARGET_MARKERS) and set(x.m.codes) - src_codes]
        if marked_left:
            cand.target = [marked_left[-1].m]
    if not cand.target and (p.cameo or "").startswith("045") and cand.source:
        # "đàm phán do Trung Quốc làm trung gian": the mediator acts on both sides named
        src = {c for m in cand.source for c in m.codes}
        sides = [x for x in actors if len(x.m.codes) >= 2 and not src & set(x.m.codes)]
        if sides:
            cand.target = [min(sides, key=lambda x: abs(x.i - t.i)).m]
    if not cand.target and (cand.code or "")[:2] in TOPIC_ROOTS:
        places = [x for x in actors if x.j > t.head and t.i <= x.i < ce and x.m.location and set(x.m.codes) - src_codes]
        if places:
            cand.target = [places[0].m]


def _circumstance(tokens: list[Token], after: int, i: int) -> bool:
    """Is the actor at ``i`` the owner in a "với/dưới/nhờ sự ... của X" phrase after ``after``?"""
    window = [tk.low for tk in tokens[max(after, i - 8) : i]]
    if not window or window[-1] != "của":
        return False
    return any(a in {"với", "dưới", "nhờ", "có"} and b == "sự" for a, b in pairwise(window))


def _before_do(actors: list[Placed], agent: Placed, tokens: list[Token]) -> Placed | None:
    """The noun a "do X ..." relative clause describes: right before "do" (a closing
    bracket or comma may stand between)."""
    for x in actors:
        between = tokens[x.j : agent.i - 1]
        if x.j <= agent.i - 1 and set(x.m.codes) - set(agent.m.codes) and all(tk.text in {")", ","} for tk in between):
            return x
    return None


def _object_list(last: Placed, actors: list[Placed], tokens: list[Token]) -> bool:
    """Is ``last`` the end of a list whose first member follows a preposition?"""
    listed = _listed(last, sorted((a for a in actors if a.j <= last.i), key=lambda a: -a.j), tokens, backwards=True)
    return len(listed) > 1 and marked(tokens, listed[-1].i, TARGET_MARKERS | SOURCE_MARKERS | {"khỏi", "tại", "ở"})


_LIST_GAPS = ([","], ["và"], [",", "và"])


def _listed(first: Placed, rest: list[Placed], tokens: list[Token], backwards: bool = False) -> list[Placed]:
    """``first`` and the actors listed with it ("Argentina, Chile và Peru"), in ``rest``
    order (reading order, or backwards from a subject). A list closes with "và" (often
    inside a joint mention already): commas alone may as well end a fronted phrase."""
    out = [first]
    for y in rest:
        a, b = (y.j, out[-1].i) if backwards else (out[-1].j, y.i)
        if not y.m.codes or y.m.location or [tk.low for tk in tokens[a:b]] not in _LIST_GAPS:
            break
        out.append(y)
    last = out[0] if backwards else out[-1]
    closed = (last.m.kind == "joint" and " và " in last.m.text) or any(
        tokens[k].low == "và" for x, y in pairwise(out) for k in range(min(x.j, y.j), max(x.i, y.i))
    )
    return out if closed else [first]


def _set_source(cand: Candidate, source: list[Mention], targets: list[Mention]) -> None:
    cand.source = source
    src = {c for m in source for c in m.codes}
    cand.target = [m for m in targets if set(m.codes) - src][:1]


def inherit_subject(
    cand: Candidate,
    prev: Candidate | None,
    tokens: list[Token],
    scope: list[Placed],
    clause: tuple[int, int],
    in_quote: bool,
    doc: Document,
) -> None:
    """Subjects Vietnamese leaves out, taken from the sentence around the trigger."""
    if cand.recipient_pending:
        # the left-out subject received: it is the target, the giver stays the source
        giver, cand.source, cand.target = cand.source, [], []
        _inherit(cand, prev, tokens, scope, clause, in_quote, doc)
        given = {c for m in giver for c in m.codes}
        cand.source, cand.target = giver, [m for m in cand.source if set(m.codes) - given][:1]
        return
    _inherit(cand, prev, tokens, scope, clause, in_quote, doc)


def _inherit(
    cand: Candidate,
    prev: Candidate | None,
    tokens: list[Token],
    scope: list[Placed],
    clause: tuple[int, int],
    in_quote: bool,
    doc: Document,
) -> None:
    t = cand.trigger
    cs, ce = clause
    # verbs in a row: ", gặp ...", "và gặp ...", "rồi sang ...", "đồng thời yêu cầu ..."
    after_comma = (t.i > 0 and tokens[t.i - 1].low in {",", "và", "rồi", "thời"}) or tokens[t.i].low == "rồi"
    if not cand.source and cs > 0 and not any(cs <= x.i < t.i for x in scope):
        # "Hai Thủ tướng hài lòng ...; nhất trí thúc đẩy ...": a clause with no subject of its own
        heads = [
            x
            for x in scope
            if x.j <= cs
            and x.m.codes
            and not x.m.location
            and not marked(tokens, x.i, TARGET_MARKERS | SOURCE_MARKERS | {"giữa"})
        ]
        if heads:
            _set_source(cand, [heads[0].m], cand.target)
    if prev is not None and prev.source and after_comma:
        if cand.source and prev.target and cand.source[0] is prev.target[0]:
            # "Milei thăm Israel và gặp Netanyahu": Israel is the last verb's object, not this one's subject
            after = [x.m for x in scope if t.j <= x.i < ce and x.m.codes and not x.m.location]
            _set_source(cand, prev.source, after)
        elif not cand.source:
            # "X ra tối hậu thư ..., cảnh báo ...": verbs in a row share their subject
            _set_source(cand, prev.source, cand.target)
    if not cand.source and in_quote and any(tk.low in {"tôi", "ta"} for tk in tokens[max(cs, t.i - 4) : t.i]):
        # "Chúng tôi đã ..." in a quotation: the speaker acts
        speaker = next((q.mention for q in doc.quotes if q.start <= tokens[t.i].start < q.end), None)
        if speaker is not None and speaker.codes:
            _set_source(cand, [speaker], cand.target)
