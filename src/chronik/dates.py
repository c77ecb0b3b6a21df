"""Partial dates: a value that may be known to the year, the month or the day, never more precise than the source."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (also the first 10 characters of an ISO timestamp)."""
        m = _ISO.match(value.strip()[:10]) if value else None
        if not m:
            raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
        y, mo, d = (int(g) if g else None for g in m.groups())
        pd = cls(y, mo, d)
        pd.start()  # validates month/day
        return pd

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def start(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def end(self) -> date:
        if self.day:
            return date(self.year, self.month or 1, self.day)
        if self.month:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_date(value: str | None) -> PartialDate | None:
    """Like :meth:`PartialDate.parse` but returns None for empty or unparseable values."""
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None
