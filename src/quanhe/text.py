"""Text normalisation and tokenisation shared by every stage.

Vietnamese news mixes two tone-mark conventions ("hoà"/"hòa", "thuỷ"/"thủy") and
several quote characters; dictionaries are written in one form, so the text is
brought to that form once, before any matching.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Token

# Old-style tone placement on the second vowel of an open syllable (oa, oe, uy)
# moved to the first vowel, as in current press usage: hoà -> hòa, thuỷ -> thủy.
_TONES = {
    "à": "ò",
    "á": "ó",
    "ả": "ỏ",
    "ã": "õ",
    "ạ": "ọ",
    "è": "ò",
    "é": "ó",
    "ẻ": "ỏ",
    "ẽ": "õ",
    "ẹ": "ọ",
}
_UY = {"ỳ": "ù", "ý": "ú", "ỷ": "ủ", "ỹ": "ũ", "ỵ": "ụ"}
_OA_OE = re.compile(r"([oO])([àáảãạèéẻẽẹ])(?![^\W\d_])")
_UY_RE = re.compile(r"(?<![qQ])([uU])([ỳýỷỹỵ])(?![^\W\d_])")
_QUOTES = str.maketrans(
    {
        "„": "“",
        "‟": "“",
        "«": "“",
        "»": "”",
        "″": '"',
        "＂": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\t": " ",
    }
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")
_SPACES = re.compile(r" {2,}")


def _move_oa(m: re.Match[str]) -> str:
    o, v = m.group(1), m.group(2)
    mark = _TONES[v]
    base = "a" if v in "àáảãạ" else "e"
    return (mark.upper() if o.isupper() else mark) + base


def _move_uy(m: re.Match[str]) -> str:
    u, v = m.group(1), m.group(2)
    mark = _UY[v]
    return (mark.upper() if u.isupper() else mark) + "y"


def normalize(text: str) -> str:
    """NFC, plain spaces, one set of quote characters. The article keeps its own spelling."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).translate(_QUOTES)
    return _SPACES.sub(" ", text)


def fold_tones(text: str) -> str:
    """One tone-mark convention (hoà -> hòa, thuỷ -> thủy) for matching.

    Length-preserving, so offsets into the folded text are offsets into the original."""
    return _UY_RE.sub(_move_uy, _OA_OE.sub(_move_oa, text))


_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*|\w+|[^\w\s]")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Syllables, numbers and punctuation with their offsets into the document."""
    folded = fold_tones(text)
    low = folded.lower()
    if len(low) != len(folded):  # lower() changed a length (not Vietnamese): token by token
        return [
            Token(
                m.start() + offset,
                m.end() + offset,
                m.group(),
                folded[m.start() : m.end()].lower(),
                folded[m.start() : m.end()],
            )
            for m in _TOKEN.finditer(text)
        ]
    out = []
    for m in _TOKEN.finditer(text):
        a, b = m.span()
        out.append(Token(a + offset, b + offset, m.group(), low[a:b], folded[a:b]))
    return out


_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
