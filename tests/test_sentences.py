from __future__ import annotations

from quanhe import analyze


def _sentences(text: str) -> list[str]:
    doc = analyze(text, "s", published="2025-03-01")
    return [doc.text[s.start : s.end] for s in doc.sentences]


def test_quotes_numbers_and_abbreviations_do_not_split() -> None:
    text = (
        "Ông nói: “Quan hệ hai nước đang xấu đi. Chúng tôi cần đối thoại.” Sau đó ông rời đi. "
        "Kim ngạch đạt 1.000 tỷ USD, tăng 7,5%. GS. Nguyễn Văn A nhận định vậy. "
        "Tổng thống Nga Vladimir V. Putin ngày 12/2 điện đàm với ông Trump."
    )
    assert _sentences(text) == [
        "Ông nói: “Quan hệ hai nước đang xấu đi. Chúng tôi cần đối thoại.”",
        "Sau đó ông rời đi.",
        "Kim ngạch đạt 1.000 tỷ USD, tăng 7,5%.",
        "GS. Nguyễn Văn A nhận định vậy.",
        "Tổng thống Nga Vladimir V. Putin ngày 12/2 điện đàm với ông Trump.",
    ]
