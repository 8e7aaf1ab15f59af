from __future__ import annotations

import pytest

from quanhe import analyze
from quanhe.lexicon import load
from quanhe.model import DateValue
from quanhe.stages.actors import person_code


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Rex Tillerson", "2017-01-31", None),
        ("Rex Tillerson", "2017-02-01", "USA"),
        ("Rex Tillerson", "2018-03-31", "USA"),
        ("Rex Tillerson", "2018-04-01", None),
        ("Donald Trump", "2021-01-19", "USA"),
        ("Donald Trump", "2023-06-01", None),  # a private citizen between his terms
        ("Donald Trump", "2025-01-20", "USA"),
        ("Sergei Lavrov", "2010-05-05", "RUS"),
    ],
)
def test_term_boundaries(name: str, day: str, code: str | None) -> None:
    assert person_code(load(), name, DateValue.parse(day))[0] == code


def _codes(text: str, date: str = "2025-03-01") -> list[tuple[str, ...]]:
    return [m.codes for m in analyze(text, "t", published=date).mentions if m.codes and not m.location]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Nhà Trắng ra tuyên bố.", [("USA",)]),
        ("Điện Kremlin bác bỏ thông tin.", [("RUS",)]),
        ("Ngoại trưởng Mỹ gặp người đồng cấp Nga.", [("USA",), ("RUS",)]),
        ("Người đứng đầu Bộ Ngoại giao Mỹ phát biểu.", [("USA",)]),
        ("Nga và Mỹ hội đàm.", [("RUS", "USA")]),
        ("Phái đoàn Nga - Mỹ hội đàm.", [("RUS", "USA")]),
        ("Các nước Mỹ Latinh họp.", []),
        ("Viện Hàn lâm Khoa học Nga công bố báo cáo.", []),
    ],
)
def test_actor_forms(text: str, codes: list[tuple[str, ...]]) -> None:
    assert _codes(text) == codes


def test_joint_phrase_takes_last_two_states() -> None:
    doc = analyze(
        "Tổng thống Trump điện đàm với Tổng thống Putin. Hai nhà lãnh đạo nhất trí gặp nhau.",
        "t",
        published="2025-02-13",
    )
    joint = [m for m in doc.mentions if m.kind == "joint"]
    assert joint and set(joint[0].codes) == {"USA", "RUS"}


def test_place_is_not_an_actor() -> None:
    doc = analyze("Hai bên hội đàm tại Riyadh.", "t", published="2025-02-18")
    assert all(m.location for m in doc.mentions if "SAU" in m.codes)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Quan hệ Việt - Trung phát triển.", [("VNM", "CHN")]),
        ("Đối thoại Mỹ-Trung diễn ra.", [("USA", "CHN")]),
        ("Miền Trung hứng chịu bão.", []),
        ("Bà Nga và anh Đức đã về quê.", []),
        ("Anh và Pháp ký thỏa thuận.", [("GBR", "FRA")]),
    ],
)
def test_dyad_forms_and_given_names(text: str, codes: list[tuple[str, ...]]) -> None:
    assert _codes(text) == codes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a country word closing a person's name is part of the name
        ("Lãnh đạo Đài Loan Lại Thanh Đức phát biểu tối qua.", "Lại Thanh Đức"),
        ("Ông Nguyễn Minh Đức cho biết hai bên đã ký thỏa thuận.", "Nguyễn Minh Đức"),
    ],
)
def test_country_word_ending_a_name(text: str, person: str) -> None:
    doc = analyze(text, "t", published="2024-06-15")
    assert any(m.person == person for m in doc.mentions), [(m.text, m.person) for m in doc.mentions]
    assert not any(m.codes == ("DEU",) for m in doc.mentions)


def test_family_name_first_is_read_from_the_actor_data() -> None:
    """A Japanese premier is found family name first or last; a US president only as written."""
    for name in ("Yoshihide Suga", "Suga Yoshihide"):
        text = f"Thủ tướng Nhật Bản {name} hôm qua đã điện đàm với người đồng cấp Australia."
        doc = analyze(text, "t", published="2021-03-02")
        assert any(m.person == "Yoshihide Suga" and "JPN" in m.codes for m in doc.mentions), name
    biden = analyze("Ông Biden Joe hôm qua phát biểu tại Washington.", "t", published="2022-03-02")
    assert not any(m.person == "Joe Biden" for m in biden.mentions)
    assert {"JPN", "KOR"} <= load().family_name_first
    assert "USA" not in load().family_name_first
