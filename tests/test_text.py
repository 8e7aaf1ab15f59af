from __future__ import annotations

import pytest

from quanhe.text import fold_tones, normalize, tokenize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("Thoả thuận Minsk", "Thỏa thuận Minsk"),
        ("Uỷ ban", "Ủy ban"),
        ("thuỷ thủ", "thủy thủ"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("quý", "quý"),  # qu + y: the mark stays on y
        ("hoàn thành", "hoàn thành"),  # closed syllable: unchanged
    ],
)
def test_fold_tones(raw: str, expected: str) -> None:
    assert fold_tones(raw) == expected
    assert len(fold_tones(raw)) == len(raw)  # offsets survive folding


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("«Không»", "“Không”"),
        ("a\u00a0 b", "a b"),
        ("Nga\u200b", "Nga"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_tokens_match_either_spelling() -> None:
    assert [t.low for t in tokenize("Thoả thuận")] == [t.low for t in tokenize("Thỏa thuận")]
    assert tokenize("Thoả")[0].text == "Thoả"  # the article keeps its spelling


def test_normalize_is_nfc() -> None:
    decomposed = "Vie\u0302\u0323t Nam"
    assert normalize(decomposed) == "Việt Nam"


def test_tokens_keep_dates_and_numbers_whole() -> None:
    toks = [t.text for t in tokenize("Ngày 12/2/2025, 1.000 người")]
    assert toks == ["Ngày", "12/2/2025", ",", "1.000", "người"]
