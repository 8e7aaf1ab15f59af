from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quanhe import analyze

WORDS = [
    "Mỹ",
    "Nga",
    "Hoa Kỳ",
    "Tổng thống",
    "Ngoại trưởng",
    "Moscow",
    "Nhà Trắng",
    "điện đàm",
    "với",
    "và",
    "trừng phạt",
    "ngày 12/2",
    "hôm qua",
    "“",
    "”",
    ".",
    ",",
    ":",
    "hoà bình",
    "Uỷ ban",
    "NATO",
    "thăm",
    "hội đàm",
    "cáo buộc",
    "nói",
    "ông",
    "\n",
    "  ",
    "Tin liên quan",
    "!",
    "|",
    "Trump",
    "Putin",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.booleans())
def test_spans_index_the_text(words: list[str], dated: bool) -> None:
    raw = " ".join(words)
    doc = analyze(raw, "h", published="2025-02-13" if dated else None)
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(doc.text)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    for d in doc.dates:
        assert doc.text[d.start : d.end] == d.text
    for e in doc.events:
        assert doc.text[e.source.start : e.source.end] == e.source.text
        assert doc.text[e.target.start : e.target.end] == e.target.text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
    for q in doc.quotes:
        assert doc.text[q.start : q.end].strip() == q.text
    for s in doc.sentences:
        for t in s.tokens:
            assert doc.text[t.start : t.end] == t.text
