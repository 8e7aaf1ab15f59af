"""Event coding: trigger patterns, their source and target, modality and date.

For each sentence: triggers from ``lang/vi/verbs.jsonl`` (longest match, "*" gaps),
actor mentions from the actors stage, then per trigger
1. modality from cue words: negation drops the event (or gives the pattern's
   ``refused`` code), future/intent/threat turn it into the pattern's ``future`` code;
2. a trigger inside the complement of an appeal, demand, criticism or rejection is the
   content of that speech act, not an event of its own;
3. source = the subject (nearest unmarked actor before the trigger; the agent after
   "bị"; "của"/"từ" after a nominal trigger), target = the first actor after it that
   is not a place, or the other member of a joint subject ("hai bên", "A và B");
4. date = dates in the clause, else the sentence, else the article's lead date, else
   the publication date.
Every event keeps the id of the pattern that fired; ``explain`` shows the rest.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import TypeVar

from ..lexicon import Lexicon, load
from ..matcher import longest
from ..model import Actor, DateMention, DateValue, Document, Event, Mention, Sentence, Span, Token
from .arguments import (
    Candidate,
    Placed,
    Trigger,
    find_arguments,
    inherit_subject,
    quoted_spans,
)
from .dates import opened_by, resolve
from .scan import LOWER_CUES, hits

FUTURE_BY_ROOT = {
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "034",
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "137",
    "18": "138",
    "19": "138",
    "20": "138",
}
DOMINANT = {"02", "09", "10", "11", "12"}
REACTION_ROOTS = {"11", "12", "13"}  # disapprove, reject, threaten: said of what someone else did
_NOT_NAMING = {"*", "các", "những", "cuộc", "vụ", "một", "đã", "sẽ", "vào", "với", "của", "nhằm"}
GAP = 6  # syllables a "*" in a pattern may skip
_STAY = {"01", "02", "03", "09", "10", "11", "12", "13"}  # a planned appeal is still an appeal


def find_triggers(s: Sentence) -> list[Trigger]:
    tokens = s.tokens
    cands: list[tuple[int, int, list[Trigger]]] = []
    lows = [t.low for t in tokens]
    for i, j, payloads in hits(s).get("trigger", []):
        for pattern, rest in payloads:
            end = j
            ok = True
            for seg in rest:
                found = -1
                for start in range(end, min(end + GAP + 1, len(lows) - len(seg) + 1)):
                    if tuple(lows[start : start + len(seg)]) == seg and "." not in lows[end:start]:
                        found = start
                        break
                if found < 0:
                    ok = False
                    break
                end = found + len(seg)
            if ok:
                cands.append((i, end, [Trigger(i, end, pattern, j)]))
    return [c[2][0] for c in longest(cands)]


def _cues(s: Sentence) -> dict[str, list[tuple[int, int]]]:
    h = hits(s)
    return {k: [(i, j) for i, j, _ in h.get(k, [])] for k in LOWER_CUES}


def _tok_index(starts: list[int], char: int) -> int:
    """The first token starting at or after ``char``."""
    return bisect_left(starts, char)


_Spanned = TypeVar("_Spanned", Mention, DateMention)


def _within(items: list[_Spanned], start: int, end: int) -> list[_Spanned]:
    """Items (sorted by start) that start inside [start, end)."""
    keys = [x.start for x in items]
    return items[bisect_left(keys, start) : bisect_left(keys, end)]


def _clauses(tokens: list[Token], cues: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    cuts = sorted({i for i, _ in cues["clause_break"]})
    bounds = []
    start = 0
    for c in cuts:
        if c > start:
            bounds.append((start, c))
            start = c
    bounds.append((start, len(tokens)))
    return bounds


def _before(spans: list[tuple[int, int]], pos: int, window: int, lo: int = 0) -> bool:
    return any(j <= pos and j >= pos - window and i >= lo for i, j in spans)


def code_sentences(doc: Document) -> Iterator[tuple[Sentence, list[tuple[Candidate, list[Event]]]]]:
    """Every sentence's candidates in reading order; each sentence sees the last hostile
    act before it (a reaction's target may be named there: "HĐBA lên án vụ phóng")."""
    lex = load()
    lead = lead_date(doc)
    history: list[Candidate] = []
    for s in doc.sentences:
        coded = code_sentence(doc, s, lex, lead, history)
        history.extend(c for c, evs in coded if _acted(c, evs))
        yield s, coded


def code_sentence(
    doc: Document, s: Sentence, lex: Lexicon, lead: DateValue | None, history: list[Candidate] | None = None
) -> list[tuple[Candidate, list[Event]]]:
    """``history``: the hostile acts of the sentences before, oldest first."""
    tokens = s.tokens
    triggers = find_triggers(s)
    if not triggers:
        return []
    cues = _cues(s)
    starts = [t.start for t in tokens]
    ms = [
        Placed(_tok_index(starts, m.start), _tok_index(starts, m.end), m) for m in _within(doc.mentions, s.start, s.end)
    ]
    quoted = quoted_spans(tokens)
    dates = _within(doc.dates, s.start, s.end)
    clauses = _clauses(tokens, cues)
    not_neg = {i for i, _ in cues["not_negation"]}
    reversal = cues["negation_reversal"]
    negs = [(i, j) for i, j in cues["negation"] if i not in not_neg]
    happen = _first_syllables(lex, "happen")
    go_gap = _syllables_of(lex.cue_set("go_gap"), False)
    out: list[tuple[Candidate, list[Event]]] = []
    absorbed: set[int] = set()
    verbs = frozenset(t.i for t in triggers if not t.pattern.person_source)  # "tới", "đến": prepositions as often
    for n, trig in enumerate(triggers):
        p = trig.pattern
        cand = Candidate(trig, p.cameo)
        if p.cameo is None:
            continue
        if n in absorbed:
            continue
        cs, ce = next((a, b) for a, b in clauses if a <= trig.i < b)
        root = p.cameo[:2]
        w = lex.windows
        nominal_trig = any(j == trig.i or (i == trig.i and j <= trig.j) for i, j in cues["nominal"])
        # "không từ bỏ X" asserts X: a negated verb of giving up before the trigger cancels out
        own_negs = [(i, j) for i, j in negs if not any(j <= a and b <= trig.i for a, b in reversal)]
        # a refusal ("từ chối đàm phán") is an event of its own kind; a plain negation drops it
        if _before(cues["refusal"], trig.i, w.get("refusal", 4), cs) and p.refused:
            cand.code, cand.modality = p.refused, "refused"
        elif _before(own_negs, trig.i, w.get("negation", 3), cs) or (
            # "không công bố lịch trình cho một cuộc gặp": a negated verb takes its noun along
            nominal_trig
            and any(cs <= j <= trig.i and not any(j <= t.i < trig.i for t in triggers) for _, j in own_negs)
        ):
            cand.rejected = "negated"
        threat = _before(cues["threat"], trig.i, w.get("threat", 8), cs)
        # "sẽ hội kiến ... trước khi rời Hà Nội, tiếp tục chuyến công du": the chained verb is as future
        future = _before(cues["future"], trig.i, w.get("future", 6), cs) or any(
            cs <= fi and fj <= si and sj <= trig.i for fi, fj in cues["future"] for si, sj in cues["subordinate"]
        )
        intent = _before(cues["intent"], trig.i, w.get("intent", 8), cs) and root in {"04", "05", "06", "07", "08"}
        if cand.rejected is None and nominal_trig and _not_happened(tokens, trig, ce, lex):
            cand.rejected = "negated"  # "song cuộc điện đàm đến nay chưa diễn ra"
        if not future and nominal_trig:
            # "cuộc gặp giữa hai nhà lãnh đạo sẽ diễn ra vào tháng 5": the noun's own verb is
            # future ("sẽ", "dự kiến", "sắp"; not the "nhằm"/"để" of a purpose)
            nxt = min([t.i for t in triggers if t.i > trig.i] + [ce])
            future = any(
                trig.j <= i < nxt
                and tokens[i].low in {"sẽ", "dự", "sắp"}
                and any(tk.low in happen for tk in tokens[j : j + 3])
                for i, j in cues["future"]
            )  # "... sẽ diễn ra", "dự kiến được tổ chức vào": the noun is what will happen
        if root == "04" and trig.i >= 2 and any(tk.low == "do" for tk in tokens[max(0, trig.i - 6) : trig.i]):
            intent = future = False  # "đàm phán do Trung Quốc làm trung gian": a relative clause, done
        modal = threat or future or intent
        if cand.rejected is None and cand.modality == "asserted" and modal and root not in _STAY:
            cand.code = p.future or FUTURE_BY_ROOT.get(root, cand.code)
            cand.modality = "threat" if threat and root >= "14" else "intent" if intent else "future"
        if (
            cand.rejected is None
            and any(i < trig.i for i, _ in cues["conditional"] if i >= cs)
            and root != "13"
            and not threat
        ):
            cand.rejected = "conditional"
        if (
            cand.rejected is None
            and _before(cues["hypothetical"], trig.i, w.get("hypothetical", 4), cs)
            and not threat
            and root != "13"
        ):
            cand.rejected = "hypothetical"
        if p.passive_only and not any(
            trig.i - 6 <= i < trig.i and tokens[i].low == "bị" for i, _ in cues["passive"] if i >= cs
        ):
            cand.rejected = cand.rejected or "needs a passive 'bị X' before it"
        # "văn kiện hợp tác", "quan hệ hợp tác": a kind of document or tie, not an act of cooperation
        if cand.rejected is None and root == "06" and any(j == trig.i for _, j in cues["attributive_head"]):
            cand.rejected = "attributive"
        # "thảo luận về hợp tác quốc phòng": what was talked about, not an act
        if cand.rejected is None and _topic(tokens, trig.i):
            cand.rejected = "topic of talks"
        # an expert's opinion is a voice, not a state action ("Theo Giáo sư X, ...")
        # ... not a reporter whose question an official answers ("Trả lời câu hỏi của phóng viên")
        ex = [
            i
            for i, _ in cues["expert"]
            if i < trig.i and not any(tk.low in {"hỏi", "lời"} for tk in tokens[max(0, i - 4) : i])
        ]
        voiced = bool(ex) and (ex[0] <= 3 or any(ex[0] < i < trig.i for i, _ in cues["opinion"]))
        if cand.rejected is None and voiced:
            cand.rejected = "expert opinion"
        # a later trigger in the same clause is the content of this speech act
        before = set(absorbed)
        if root in DOMINANT | {"03", "13"}:
            for k in range(n + 1, len(triggers)):
                t2 = triggers[k]
                if t2.i >= ce or t2.pattern.cameo is None or t2.pattern.person_source:
                    continue
                r2 = t2.pattern.cameo[:2]
                reach = 10 if root == "03" else 5  # "thống nhất sẽ chỉ đạo các cơ quan ... đẩy mạnh X"
                near = (
                    t2.i - trig.j <= reach
                    and not any(trig.j <= i < t2.i for i, _ in cues["fronted"])
                    and not any(tk.text in {",", ";"} for tk in tokens[trig.j : t2.i])
                )
                if near and ((root == "13" and r2 >= "14") or (root == "03" and r2 in {"04", "05", "06", "07", "08"})):
                    cand.code = t2.pattern.future or FUTURE_BY_ROOT.get(r2, cand.code)
                    cand.mutual = cand.mutual or t2.pattern.symmetric
                    absorbed.add(k)
                elif root in DOMINANT | {"13"} and not any(tk.text in {",", ";", ":"} for tk in tokens[trig.j : t2.i]):
                    absorbed.add(k)  # the content of an appeal, a demand or a threat runs to the next comma
        if p.needs_action and not any(k in absorbed for k in range(n + 1, len(triggers))):
            cand.rejected = cand.rejected or "intent with no action it governs"
        if (
            root == "01"
            and p.cameo[:3] < "018"
            and any(
                trig.i < t.i < ce
                and t.pattern.cameo
                and t.pattern.cameo[:2] != "01"
                and not any(tk.low in {"và", "đồng thời"} for tk in tokens[trig.j : t.i])
                for t in triggers
            )
        ):  # "tuyên bố sẽ đáp trả" introduces; "bác bỏ cáo buộc và yêu cầu ..." are two acts
            cand.rejected = "statement introducing an action"
        # a quotation is a world of its own: a trigger outside it takes no actor inside it
        qid = quoted.get(trig.i)
        scope = [x for x in ms if quoted.get(x.i) == qid]  # inside the same quotation, or both outside
        # the verbs this one governs are no boundary for its arguments
        find_arguments(cand, tokens, scope, cues, (cs, ce), doc, verbs - {triggers[k].i for k in absorbed - before})
        inherit_subject(cand, out[-1][0] if out else None, tokens, scope, (cs, ce), qid is not None, doc)
        if (
            cand.source
            and not cand.target
            and root in REACTION_ROOTS
            and cand.rejected is None
            and _bare_reaction(trig, tokens, cues, ce, scope, {c for m in cand.source for c in m.codes})
        ):
            # "Triều Tiên phóng tên lửa ..., Nhật Bản phản đối": a reaction with no object
            # answers the last actor who acted, in this sentence or the one before
            answered = [c for c, evs in reversed(out) if _acted(c, evs)] + list(reversed(history or []))
            answered = [c for c in answered if _answers(root, c)]
            _react(cand, answered, {tk.low for tk in tokens[trig.j : ce]})
        if p.person_source and cand.source:
            src = cand.source[0]
            gap = doc.text[src.end : tokens[trig.i].start].lower().replace(",", " ").split()
            if not all(m.kind in {"person", "official", "pronoun", "joint"} for m in cand.source):
                cand.rejected = cand.rejected or "not done by a person"
            chained = tokens[trig.i].low == "rồi" or (trig.i > 0 and tokens[trig.i - 1].low in {",", "và", "rồi"})
            if chained:
                pass  # "tới Beirut hội đàm với ông Berri rồi sang Israel": the same subject goes on
            elif src.end > tokens[trig.i].start or not all(w in go_gap or not w.isalpha() for w in gap):
                # "Biden đến Ankara", "Macron và Merkel đã lần lượt tới Nhà Trắng"; not
                # "gửi lời cảm ơn tới", "dòng người tới Mỹ"
                cand.rejected = cand.rejected or "not the subject's own movement"
        events: list[Event] = []
        if cand.rejected is None and cand.code:
            events = _events(cand, s, tokens, dates, doc, lead, lex, (cs, ce))
            if not events and cand.rejected is None:
                cand.rejected = "no source/target pair"
        if not events and not (cand.rejected == "no source/target pair" and cand.source):
            # a speech act that did not happen governs nothing; one whose addressee is only
            # implied still governs its content ("bác bỏ yêu cầu xin lỗi")
            absorbed.intersection_update(before)
        out.append((cand, events))
    return out


def _event_dates(
    cand: Candidate,
    tokens: list[Token],
    dates: list[DateMention],
    clause: tuple[int, int],
    doc: Document,
    lead: DateValue | None,
) -> list[tuple[DateValue | None, str]]:
    t = cand.trigger
    cs, ce = clause
    lo, hi = tokens[cs].start, tokens[ce - 1].end
    near = [d for d in dates if lo <= d.start < hi]
    pool = near or dates
    if cand.modality not in {"future", "intent", "threat"} and doc.published is not None:
        # what has happened happened by publication: "đến năm 2028" is a target, not a date
        pool = [d for d in pool if d.value.year <= doc.published.year]
    if cand.modality in {"future", "intent"} and doc.published is not None:
        # an intention is dated when it is announced, not when it is to happen
        pool = [d for d in pool if d.value.key() <= doc.published.key() and d.start < tokens[t.i].start]
        if not pool:
            return [(lead or doc.published, "announced")]
    if pool:
        tpos = tokens[t.i].start

        def since(d: DateMention) -> bool:
            # "bị bắt từ tháng 8/2021", "kể từ năm 2016": when a state began, not when this happened
            return opened_by(doc.text, d.start, "date_since")

        pool = sorted(pool, key=lambda d: (since(d), abs(d.start - tpos)))
        first = pool[0]
        # coordinated dates ("ngày 12/2 và 18/3") each date an event
        group = [first]
        for d in sorted(pool, key=lambda d: d.start):
            if d is first:
                continue
            between = doc.text[min(d.end, first.end) : max(d.start, first.start)].strip(" ,")
            if between in {"và", ",", "và ngày", "hoặc"} and d.value.precision == first.value.precision:
                group.append(d)
        out = []
        for d in sorted(group, key=lambda d: d.start):
            ahead = cand.modality == "future" and d.raw[1] is None and d.start > tokens[t.i].start
            v = resolve(d.raw, doc.published, future=True) if ahead else d.value
            out.append((v, d.rule))
        return out
    if cand.modality == "asserted":
        # the paragraph's own time: a sentence with no date goes on from the one before
        # ("Ngày 2/4, ... Toàn bộ 8 ngư dân sau đó bị ... giữ lại")
        here = tokens[t.i].start
        para = doc.text.rfind("\n", 0, here) + 1
        earlier = [
            d
            for d in doc.dates
            if para <= d.start < here
            and d.value.day is not None
            and not opened_by(doc.text, d.start, "date_since", "date_until")
        ]
        if earlier and (doc.published is None or earlier[-1].value.key() <= doc.published.key()):
            return [(earlier[-1].value, "paragraph")]
    if lead is not None:
        return [(lead, "lead")]
    return [(doc.published, "published")] if doc.published else [(None, "none")]


def _events(
    cand: Candidate,
    s: Sentence,
    tokens: list[Token],
    dates: list[DateMention],
    doc: Document,
    lead: DateValue | None,
    lex: Lexicon,
    clause: tuple[int, int],
) -> list[Event]:
    assert cand.code is not None
    pairs: list[tuple[Mention, str, Mention, str]] = []
    sources = cand.source
    targets = cand.target
    for sm in sources:
        if targets:
            for tm in targets:
                for sc in sm.codes:
                    for tc in tm.codes:
                        if sc != tc:
                            pairs.append((sm, sc, tm, tc))
        elif len(sm.codes) >= 2 and cand.trigger.pattern.symmetric:
            pairs.append((sm, sm.codes[0], sm, sm.codes[1]))  # "Nga và Mỹ hội đàm": the two sides
    entry = lex.cameo(cand.code)
    out = []
    t = cand.trigger
    span = Span(tokens[t.i].start, tokens[t.j - 1].end)
    for value, how in _event_dates(cand, tokens, dates, clause, doc, lead):
        for sm, sc, tm, tc in pairs:
            out.append(
                Event(
                    _actor(sm, sc),
                    _actor(tm, tc),
                    cand.code,
                    t.pattern.id,
                    span,
                    Span(s.start, s.end),
                    value,
                    how,
                    t.pattern.symmetric,
                    cand.modality,
                    entry.root if entry else cand.code[:2],
                    entry.plover if entry else None,
                    entry.quad if entry else None,
                    entry.goldstein if entry else None,
                )
            )
    return out


def _actor(m: Mention, code: str) -> Actor:
    return Actor(code, m.person or m.name, m.text, m.start, m.end)


def lead_date(doc: Document) -> DateValue | None:
    """The news peg: a day-precise date in the first paragraphs, close to publication."""
    if doc.published is None:
        return None
    limit = doc.paragraphs[min(2, len(doc.paragraphs) - 1)].end if doc.paragraphs else 0
    for k, d in enumerate(doc.dates):
        if d.start > limit:
            break
        nxt = doc.dates[k + 1] if k + 1 < len(doc.dates) else None
        if d.rule == "rel" and nxt is not None and nxt.start - d.end <= 3:
            continue  # "hôm qua (18/2)": the written date is the one to trust
        if d.value.precision == "day" and doc.published.year == d.value.year:
            gap = (doc.published.key()[1] - d.value.key()[1]) * 31 + doc.published.key()[2] - d.value.key()[2]
            if 0 <= gap <= 10 or doc.published.precision != "day":
                return d.value
    return None


@cache
def _syllables_of(words: frozenset[str], first: bool) -> frozenset[str]:
    return frozenset(syl for w in words for syl in (w.split()[:1] if first else w.split()))


def _first_syllables(lex: Lexicon, kind: str) -> frozenset[str]:
    return _syllables_of(lex.cue_set(kind), True)


def _not_happened(tokens: list[Token], trig: Trigger, end: int, lex: Lexicon) -> bool:
    """A noun followed by "chưa/không (được) diễn ra/tổ chức": it did not take place."""
    happen = _first_syllables(lex, "happen")
    for k in range(trig.j, min(end, trig.j + 6) - 1):
        if tokens[k].low in {"chưa", "không"} and any(tk.low in happen for tk in tokens[k + 1 : k + 3]):
            return True
    return False


def _topic(tokens: list[Token], i: int) -> bool:
    before = [t.low for t in tokens[max(0, i - 3) : i]]
    return before[-1:] == ["về"] or before[-2:] in (["về", "việc"], ["về", "vấn"]) or before[-3:] == ["về", "vấn", "đề"]


def _bare_reaction(
    trig: Trigger,
    tokens: list[Token],
    cues: dict[str, list[tuple[int, int]]],
    end: int,
    scope: list[Placed],
    own: set[str],
) -> bool:
    """A verb (not "sự phản đối") whose object is missing ("Nhật Bản phản đối mạnh mẽ."),
    points back ("lên án hành động này") or, for a threat, names only the threatener
    ("cảnh báo Islamabad sẽ đáp trả")."""
    if any(j == trig.i for _, j in cues["nominal"]):
        return False
    stop = next((k for k in range(trig.j, end) if tokens[k].text in {",", ".", ";", ":", "!", "?"}), end)
    if trig.pattern.cameo and trig.pattern.cameo[:2] == "13":
        # "cảnh báo Islamabad sẽ đáp trả": what the threatener will do, to no one named
        will = any(trig.i <= i < stop and tokens[i].low == "sẽ" for i, _ in cues["future"])
        return will and not any(trig.i <= x.i < stop and set(x.m.codes) - own for x in scope if x.m.codes)
    manner = {k for i, j in cues["manner"] for k in range(i, j)}
    rest = [k for k in range(trig.j, stop) if k not in manner]
    return not rest or any(trig.j <= i < stop and i - trig.j <= 5 for i, _ in cues["anaphor"])


def _acted(c: Candidate, events: list[Event]) -> bool:
    """Did someone do something here, even to no one in particular ("phóng tên lửa")?"""
    return bool(c.code) and (bool(events) or (bool(c.source) and c.rejected == "no source/target pair"))


def _answers(reaction_root: str, act: Candidate) -> bool:
    """Condemnations, protests and threats answer hostile acts; a rejection may also
    answer a demand, an appeal or a proposal ("gạt đi yêu cầu này")."""
    root = (act.code or "")[:2]
    return root >= "13" or (reaction_root == "12" and root in {"02", "03", "10"})


def _react(cand: Candidate, before: list[Candidate], said: set[str]) -> None:
    """The act answered: the latest one whose verb the reaction names ("lên án vụ phóng"
    answers a launch, not the drill after it), else the latest one."""
    src = {c for m in cand.source for c in m.codes}
    others = [c for c in before if c.source and set(c.source[0].codes) - src]
    named = [c for c in others if said & (set(c.trigger.pattern.tokens) - _NOT_NAMING)]
    chosen = (named or others[:1])[:1]
    if chosen:
        cand.target = chosen[0].source[:1]


def code_events(doc: Document) -> Document:
    seen: set[tuple[str, str, str, str | None, str]] = set()  # one event per pattern, pair and day
    doc.events = []
    for _, coded in code_sentences(doc):
        for _, events in coded:
            for ev in events:
                key = (ev.source.code, ev.target.code, ev.cameo, ev.date.iso if ev.date else None, ev.pattern)
                if key in seen:
                    continue
                seen.add(key)
                doc.events.append(ev)
    return doc
