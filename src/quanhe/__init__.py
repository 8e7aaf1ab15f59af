"""quanhe: Vietnamese news to coded political events.

>>> from quanhe import analyze
>>> doc = analyze("Ngoại trưởng Mỹ điện đàm với người đồng cấp Nga ngày 12/2.", published="2025-02-13")
"""

from __future__ import annotations

from .model import Document, Event, Quote
from .pipeline import analyze

__version__ = "0.1.0"
__all__ = ["Document", "Event", "Quote", "__version__", "analyze"]
