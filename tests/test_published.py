from __future__ import annotations

from datetime import date

import pytest

from quanhe import analyze
from quanhe.stages.published import infer_published, published_from_url

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
        # a Japanese name in family-name-first order; a person named beside a past year
        # dates that year's event, not the article
        (
            "Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nhật Bản Suga Yoshihide hôm qua đã hội đàm tại Hà Nội. Quan hệ "
            "hai nước được nâng cấp từ tháng 3/2014, nhân chuyến thăm Nhật Bản của Chủ tịch nước Trương Tấn Sang.",
            "2020",
        ),
        # a date spoken of as to come is no news peg
        (
            "Ngày 20/9, Ngoại trưởng Mỹ Antony Blinken điện đàm với Tổng thống Azerbaijan về chiến dịch phát động "
            "hồi tháng 9/2023. Hai nhà lãnh đạo dự kiến gặp nhau tại hội nghị thượng đỉnh ở Granada, Tây Ban Nha "
            "vào ngày 5/10.",
            "2023-09-21",
        ),
        # an office the data does not know ("Ủy viên Quốc vụ") makes the person's known
        # terms (foreign minister until 3/2013) no evidence; the spokesman's term is
        (
            "Ngày 6/8, Bộ trưởng Ngoại giao Phạm Bình Minh điện đàm với Ủy viên Quốc vụ Trung Quốc Dương Khiết "
            "Trì. Người phát ngôn Bộ Ngoại giao Mỹ Jen Psaki chỉ trích Bắc Kinh.",
            "2013-08-07",
        ),
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


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://baomau.vn/the-gioi/2023/06/01/my-nga-dam-phan.html", "2023-06-01"),
        ("https://baomau.vn/2021/09/han-quoc-trieu-tien.html", "2021-09"),
        ("https://baomau.vn/an-do-pakistan-dau-sung-185240305113012345.htm", "2024-03-05"),
        ("https://baomau.vn/thai-lan-campuchia-215250726093011223.chn", "2025-07-26"),
        ("https://baomau.vn/trung-quoc-philippines-20190412083015123.htm", "2019-04-12"),
        ("https://baomau.org/news/tau-ca-bi-bat-01132022085848.html", "2022-01-13"),
        # ids without a date, and a date-like id that is not a calendar date
        ("https://baomau.vn/the-gioi/my-nga-post1036132.vov", None),
        ("https://baomau.vn/my-nga-20231345678901.htm", None),
        # not after today
        ("https://baomau.vn/2027/01/02/tuong-lai.html", None),
    ],
)
def test_published_from_url(url: str, expected: str | None) -> None:
    value = published_from_url(url, TODAY)
    assert (value.iso if value else None) == expected


def test_url_date_used_only_without_metadata() -> None:
    text = "Bộ trưởng Ngoại giao Ấn Độ hôm 4/3 điện đàm với người đồng cấp Pakistan."
    url = "https://baomau.vn/an-do-pakistan-185240305113012345.htm"
    doc = analyze(text, "t", url=url)
    assert (doc.published.iso if doc.published else None, doc.published_source) == ("2024-03-05", "url")
    doc = analyze(text, "t", url=url, published="2024-03-06")
    assert (doc.published.iso if doc.published else None, doc.published_source) == ("2024-03-06", "metadata")
