from __future__ import annotations

from datetime import date

import pytest

from quanhe import analyze
from quanhe.stages.published import infer_published

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day/month peg and an office-holder whose term fixes the year; the article is
        # usually out the day after its news
        ("Ngoại trưởng Mỹ Rex Tillerson ngày 3/8 phát biểu về quan hệ với Nga.", "2017-08-04"),
        # a dated reference bounds the date from below: 3/6 must come after 7/2018
        ("Tổng thống Mỹ Donald Trump hôm 3/6 thăm Anh. Ông từng thăm nước này vào tháng 7/2018.", "2019-06-04"),
        # a full date alone gives its year
        ("Hai nước ký hiệp định ngày 18/2/2025 tại Riyadh.", "2025"),
        # a target year ("đến năm 2040") is not evidence
        ("Hai bên đặt mục tiêu kim ngạch 20 tỷ USD đến năm 2040.", None),
        # nothing to go on
        ("Hai bên nhất trí tăng cường hợp tác.", None),
    ],
)
def test_infer(text: str, expected: str | None) -> None:
    doc = analyze(text, "t")
    value = infer_published(doc, TODAY)
    if expected is None:
        assert value is None
    else:
        assert value is not None and value.iso.startswith(expected)


def test_metadata_wins_over_inference() -> None:
    doc = analyze("Ngoại trưởng Mỹ Rex Tillerson ngày 3/8 phát biểu.", "t", published="2017-08-05")
    assert doc.published_source == "metadata" and doc.published is not None and doc.published.iso == "2017-08-05"


def test_weekday_fixes_the_year() -> None:
    doc = analyze("Tổng thống Philippines Ferdinand Marcos Jr. thứ Năm (5/12) lên án Trung Quốc.", "t")
    value = infer_published(doc, TODAY)
    assert value is not None and value.iso.startswith("2024-12")


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2017-08-05", "2017-08-05"),
        ("2017-08-05T10:20:00+07:00", "2017-08-05"),
        ("2017-08", "2017-08"),
        ("05/08/2017 10:20", "2017-08-05"),
        ("Thứ Bảy, 5/8/2017", "2017-08-05"),
    ],
)
def test_metadata_date_forms(raw: str, iso: str) -> None:
    doc = analyze("Hai bên hội đàm.", "t", published=raw)
    assert doc.published is not None and doc.published.iso == iso


def test_bad_metadata_date_is_a_warning_not_a_lost_document() -> None:
    doc = analyze("Ngoại trưởng Mỹ Rex Tillerson ngày 3/8 phát biểu.", "t", published="hôm qua")
    assert doc.warnings and doc.published_source == "inferred"
