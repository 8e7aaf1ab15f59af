from __future__ import annotations

import pytest

from quanhe.model import DateValue
from quanhe.stages.dates import find_dates, opened_by, resolve

PUB = DateValue(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai bên điện đàm ngày 12/2.", "2025-02-12"),
        ("Cuộc hội đàm diễn ra ngày 18/2/2025 tại Riyadh.", "2025-02-18"),
        ("Hai ông gặp nhau tại Helsinki tháng 7/2018.", "2018-07"),
        ("Hôm 30/7, Tổng thống Nga tuyên bố.", "2024-07-30"),
        ("Ngày 22-6, Hội đồng thông qua nghị quyết.", "2024-06-22"),
        ("Bộ Ngoại giao ngày 14.2 cho biết.", "2025-02-14"),
        ("Hôm qua (19/3), các nhà lãnh đạo họp.", "2025-03-19"),
        ("Hôm qua, hai bên ký thỏa thuận.", "2025-03-19"),
        ("Sự việc xảy ra năm 2020.", "2020"),
        ("Vụ việc diễn ra hồi năm 2018.", "2018"),
        ("Tàu bị bắt giữ hôm 11 tháng 1 năm 2022.", "2022-01-11"),
        ("Thủ tướng sẽ thăm từ ngày 10-17/9.", "2024-09-10"),
        ("Hai nước nâng cấp quan hệ vào tháng 11/2024.", "2024-11"),
        ("Hai nước nâng cấp quan hệ tháng 11 năm 2024.", "2024-11"),
        ("Sau cuộc điện đàm vào tháng 2, Mỹ quyết định.", "2025-02"),
        ("Tuần trước, hai bên gặp nhau.", "2025-03"),
        ("Hai bên gặp nhau hôm thứ Năm.", "2025-03-20"),
        ("Lễ ký diễn ra thứ Bảy 25/1.", "2025-01-25"),
        ("Lễ ký diễn ra thứ Bảy 28/1.", "2023-01-28"),  # 28/1/2025 is a Tuesday: the weekday wins
        ("Năm ngoái, Nga trục xuất 10 nhà ngoại giao.", "2024"),
        ("Đầu năm nay, hai nước nối lại đàm phán.", "2025"),
    ],
)
def test_date_grammar(text: str, expected: str) -> None:
    found = find_dates(text)
    assert found, text
    value = resolve(found[0].raw, PUB)
    assert value is not None and value.iso == expected


@pytest.mark.parametrize(
    "text",
    [
        "Giá dầu tăng 1/3 so với năm trước đó.".replace("năm trước đó", "kỳ trước"),
        "Kim ngạch đạt 7,5 tỷ USD.",
        "Khoảng 1.000 người tham gia.",
        "Hiệp định có hiệu lực trong 18 tháng.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_future_resolves_forward() -> None:
    found = find_dates("Hai bên sẽ gặp nhau ngày 2/4.")
    assert resolve(found[0].raw, PUB, future=True) == DateValue(2025, 4, 2)
    assert resolve(found[0].raw, PUB) == DateValue(2024, 4, 2)


def test_weekend_this_week() -> None:
    found = find_dates("cuộc gặp cuối tuần này")
    value = resolve(found[0].raw, DateValue(2017, 8, 3))
    assert value is not None and value.iso.startswith("2017-08")


def test_weekday_beside_a_date_picks_the_year() -> None:
    found = find_dates("Bộ Ngoại giao Philippines thứ Năm (5/12) gửi công hàm.")
    dm = next(f for f in found if f.raw[0] == "dm")
    assert resolve(dm.raw, DateValue(2026, 3, 1)) == DateValue(2024, 12, 5)  # a Thursday; 2025-12-05 is not


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cùng ngày"/"cùng tháng"/"cùng năm" repeat the last date written that precisely
        ("Ngày 23/7, Thái Lan trục xuất đại sứ Campuchia. Cùng ngày, Thái Lan đóng cửa khẩu.", "2025-07-23"),
        ("Tháng 6, Campuchia kiện ra ICJ. Cùng tháng, Campuchia ngừng nhập khẩu rau quả.", "2025-06"),
        ("Năm 2019, hai nước cắt quan hệ. Cùng năm, Mỹ áp lệnh trừng phạt.", "2019"),
        # ...not a date things run "from"
        (
            "Ngày 22/6, Hội đồng thông qua nghị quyết về các vi phạm từ năm 2016. Cùng ngày, ICC lên tiếng.",
            "2025-06-22",
        ),
        # with no date before, the publication day
        ("Cùng ngày, Nga bác bỏ cáo buộc.", "2025-07-25"),
    ],
)
def test_same_day_repeats_the_last_date(text: str, expected: str) -> None:
    from quanhe import analyze

    doc = analyze(text, "t", published="2025-07-25")
    same = [d for d in doc.dates if d.raw[0].startswith("same-")]
    assert same and same[-1].value.iso == expected


def test_an_act_that_happened_is_not_dated_after_publication() -> None:
    from quanhe import analyze

    doc = analyze(
        "Việt Nam và Indonesia nhất trí tăng cường hợp tác quốc phòng, phấn đấu đưa kim ngạch thương mại "
        "lên 18 tỷ USD đến năm 2028.",
        "t",
        published="2025-03-10",
    )
    assert doc.events and all(e.date is None or e.date.year <= 2025 for e in doc.events)


def test_a_sentence_with_no_date_goes_on_from_the_paragraph() -> None:
    from quanhe import analyze

    doc = analyze(
        "Ngày 2/4, tàu hải cảnh Trung Quốc đâm chìm một tàu cá Việt Nam gần Hoàng Sa. Toàn bộ 8 ngư dân Việt Nam "
        "sau đó bị phía Trung Quốc bắt giữ trên tàu hải cảnh.",
        "t",
        published="2020-04-04",
    )
    held = [
        e for e in doc.events if e.cameo.startswith("17") and "bắt giữ" in doc.text[e.trigger.start : e.trigger.end]
    ]
    assert held and held[0].date is not None and held[0].date.iso == "2020-04-02"


@pytest.mark.parametrize(
    ("text", "kinds", "expected"),
    [
        ("bị bắt giữ từ ngày 12/3/2021", ("date_since",), True),
        ("quan hệ xấu đi kể từ năm 2016", ("date_since",), True),
        ("lệnh cấm có hiệu lực đến ngày 30/6/2025", ("date_since", "date_until"), True),
        ("lệnh cấm có hiệu lực đến ngày 30/6/2025", ("date_since",), False),
        ("hai bên đã ký thỏa thuận ngày 12/3/2021", ("date_since", "date_until"), False),
        ("lệnh trừng phạt (từ tháng 3/2021) vẫn còn", ("date_since",), True),
    ],
)
def test_opened_by_tells_a_bound_from_a_date(text: str, kinds: tuple[str, ...], expected: bool) -> None:
    start = min(d.start for d in find_dates(text))
    assert opened_by(text, start, *kinds) is expected
