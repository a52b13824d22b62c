import datetime

import pytest

from coop_site.lib.dates import format_partial, iso_partial, parse_partial
from tests.factories import EventFactory


@pytest.mark.parametrize(
    ("text", "iso", "human"),
    [
        ("1998", "1998", "1998"),
        ("2024-12", "2024-12", "December 2024"),
        ("2025-11-02", "2025-11-02", "2 November 2025"),
    ],
)
def test_a_date_is_shown_at_its_precision(text, iso, human):
    value, precision = parse_partial(text)
    assert iso_partial(value, precision) == iso
    assert format_partial(value, precision) == human


@pytest.mark.parametrize("text", ["", "98", "1998-13", "2025-02-30", "abc", "1998/12"])
def test_malformed_partial_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_partial(text)


@pytest.mark.django_db
def test_an_event_known_to_the_month_is_stored_on_the_first_of_that_month():
    event = EventFactory(date=datetime.date(2024, 12, 17), date_precision="month")
    event.refresh_from_db()
    assert event.date == datetime.date(2024, 12, 1)
    assert event.date_display == "December 2024"
