"""Partial dates: a date stored with the precision it is known to (year, month or day).

A year-precision date is stored as 1 January of that year and a month-precision date as the
first of the month; the precision field says how much of the stored date is real.
"""

import datetime
import re

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    YEAR = "year", _("year")
    MONTH = "month", _("month")
    DAY = "day", _("day")


_PARTIAL_RE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


def parse_partial(text: str) -> tuple[datetime.date, str]:
    """'1998' -> (1998-01-01, 'year'); '2024-12' -> month; '2025-11-02' -> day."""
    match = _PARTIAL_RE.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date like 1998, 2024-12 or 2025-11-02")
    year, month, day = match["year"], match["month"], match["day"]
    value = datetime.date(int(year), int(month or 1), int(day or 1))
    precision = Precision.DAY if day else Precision.MONTH if month else Precision.YEAR
    return value, str(precision)


def truncate(value: datetime.date, precision: str) -> datetime.date:
    """Drop the parts of a date finer than its precision."""
    if precision == Precision.YEAR:
        return value.replace(month=1, day=1)
    if precision == Precision.MONTH:
        return value.replace(day=1)
    return value


def iso_partial(value: datetime.date | None, precision: str) -> str | None:
    """ISO text at the date's precision: '1998', '2024-12', '2025-11-02'."""
    if value is None:
        return None
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def format_partial(value: datetime.date | None, precision: str) -> str:
    """Human text at the date's precision in the active language (Django's formats, see
    coop_site/formats/): '1998', 'December 2024', '2 November 2025'; in French 'décembre 2024',
    '2 novembre 2025'; in Chinese '2024年12月', '2025年11月2日'."""
    if value is None:
        return ""
    if precision == Precision.YEAR:
        return str(value.year)
    if precision == Precision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")
