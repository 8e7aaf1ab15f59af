"""Coded error messages, in one place so they are easy to grep and document."""

from __future__ import annotations


class QuanheError(Exception):
    """Base class: every error quanhe raises on purpose carries a code and a reason."""

    code = "E000"

    def __init__(self, reason: str, *, where: str | None = None) -> None:
        self.reason = reason
        self.where = where
        super().__init__(f"{where}: {reason}" if where else reason)


class LexiconError(QuanheError):
    """A language data file is malformed: names the file and line."""

    code = "E001"


class InputError(QuanheError):
    """An input document cannot be read: names the file (and record) and why."""

    code = "E002"


class GoldError(QuanheError):
    """A gold or system file for ``quanhe eval`` is malformed."""

    code = "E003"
