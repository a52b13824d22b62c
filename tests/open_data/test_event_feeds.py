"""/timeline/feed/ (Atom) and /timeline/calendar.ics (iCalendar): the events of /timeline/, same filters."""

import datetime

import feedparser
import icalendar
import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
)

pytestmark = pytest.mark.django_db
FEED = reverse("timeline:event-feed")
ICS = reverse("timeline:event-calendar")
LIST = reverse("timeline:event-list")
D = datetime.date


@pytest.fixture
def linked_events():
    esa = OrganizationFactory(slug="esa", acronym="ESA")
    india = CountryFactory(code="in", name="India")
    one = EventFactory(title="ESA launch", slug="esa-launch", date=D(2003, 6, 2))
    two = EventFactory(title="ESA and India", slug="esa-india", date=D(2008, 10, 1), date_precision="month")
    three = EventFactory(title="India year", slug="india-year", date=D(2014, 1, 1), date_precision="year")
    four = EventFactory(title="ISRO alone", slug="isro-only", date=D(2019, 7, 22))
    four.organizations.add(OrganizationFactory(slug="isro", acronym="ISRO", country=india))  # India through its seat
    EventFactory(title="Unlinked", slug="unlinked")
    EventFactory(title="Hidden ESA draft", slug="hidden-esa", publication_status=Status.DRAFT)
    one.organizations.add(esa)
    two.organizations.add(esa)
    two.countries.add(india)
    three.countries.add(india)
    return esa, india


def timeline_slugs(client, query: dict) -> set[str]:
    response = client.get(LIST, query)
    assert response.status_code == 200
    return {event.slug for event in response.context["object_list"]}


def feed_slugs(client, query: dict) -> set[str]:
    response = client.get(FEED, query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    return {entry.id.rstrip("/").rsplit("/", 1)[1] for entry in feed.entries}


def calendar_events(client, query: dict) -> list:
    response = client.get(ICS, query)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["version"]) == "2.0" and calendar["prodid"]
    return list(calendar.walk("VEVENT"))


def calendar_slugs(client, query: dict) -> set[str]:
    return {str(event["uid"]).rstrip("/").rsplit("/", 1)[1] for event in calendar_events(client, query)}


@pytest.mark.parametrize(
    "query", [{}, {"organization": "esa"}, {"country": "in"}, {"country": "IN", "year_from": "2010"}, {"q": "india"}]
)
def test_atom_feed_holds_exactly_the_timelines_events_for_the_same_filters(client, linked_events, query):
    assert feed_slugs(client, query) == timeline_slugs(client, query)


@pytest.mark.parametrize(
    "query", [{}, {"organization": "esa"}, {"country": "in"}, {"kind": "launch"}, {"year_to": "2009"}]
)
def test_calendar_holds_exactly_the_timelines_events_for_the_same_filters(client, linked_events, query):
    assert calendar_slugs(client, query) == timeline_slugs(client, query)


def test_organization_feed_lists_its_published_events_only(client, linked_events):
    assert feed_slugs(client, {"organization": "esa"}) == {"esa-launch", "esa-india"}
    assert calendar_slugs(client, {"country": "in"}) == {"esa-india", "india-year", "isro-only"}
    assert feed_slugs(client, {"country": "in"}) == timeline_slugs(client, {"country": "in"})


def test_feed_entry_ids_are_absolute_event_addresses(client, linked_events):
    feed = feedparser.parse(client.get(FEED).content)
    entry = next(e for e in feed.entries if "ESA launch" in e.title)
    assert entry.id == "http://testserver/timeline/esa-launch/"
    assert entry.link == "http://testserver/timeline/esa-launch/"
    assert entry.title == "2 June 2003: ESA launch"
    assert entry.updated_parsed


def test_calendar_uids_are_absolute_and_partial_dates_are_all_day_periods(client, linked_events):
    events = {str(e["summary"]): e for e in calendar_events(client, {})}
    day, month, year = events["ESA launch"], events["ESA and India"], events["India year"]
    assert str(day["uid"]) == "http://testserver/timeline/esa-launch/"
    # VALUE=DATE (not a date-time) and an exclusive end: a day, a whole month, a whole year.
    assert day["dtstart"].params.get("VALUE") == "DATE"
    assert (day.decoded("dtstart"), day.decoded("dtend")) == (D(2003, 6, 2), D(2003, 6, 3))
    assert (month.decoded("dtstart"), month.decoded("dtend")) == (D(2008, 10, 1), D(2008, 11, 1))
    assert (year.decoded("dtstart"), year.decoded("dtend")) == (D(2014, 1, 1), D(2015, 1, 1))


def test_calendar_event_with_an_end_spans_to_the_end_of_its_last_period(client):
    EventFactory(
        title="Expedition",
        date=D(2000, 11, 2),
        end_date=D(2001, 3, 1),
        end_precision="month",
    )
    (event,) = calendar_events(client, {})
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (D(2000, 11, 2), D(2001, 4, 1))


@pytest.mark.parametrize("url", [FEED, ICS])
@pytest.mark.parametrize(
    ("query", "field"),
    [({"organization": "no such org"}, "organization"), ({"year_from": "abc"}, "year_from"), ({"kind": "x"}, "kind")],
)
def test_bad_filter_value_is_a_400_naming_the_field(client, url, query, field):
    response = client.get(url, query)
    assert response.status_code == 400
    assert field in response.text


@pytest.mark.parametrize("url", [FEED, ICS])
def test_a_well_formed_slug_naming_nothing_is_an_empty_feed_as_on_the_timeline(client, linked_events, url):
    """As the filters' contract says: a slug that names no record matches nothing (200), like /timeline/."""
    assert timeline_slugs(client, {"organization": "no-such-org"}) == set()
    if url == FEED:
        assert feed_slugs(client, {"organization": "no-such-org"}) == set()
    else:
        assert calendar_slugs(client, {"organization": "no-such-org"}) == set()


def test_draft_events_are_not_in_feed_or_calendar(client, linked_events):
    assert "hidden-esa" not in client.get(FEED).text
    assert "Hidden ESA draft" not in client.get(ICS).text


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.parametrize("url", [FEED, ICS])
def test_feeds_run_a_constant_number_of_queries(client, django_assert_num_queries, url, count):
    org = OrganizationFactory(slug="esa")
    for n in range(count):
        EventFactory(slug=f"e-{n}").organizations.add(org)
    # the organization filter's choice, the events, then one per kind of link (5)
    with django_assert_num_queries(7):
        assert client.get(url, {"organization": "esa"}).status_code == 200


def test_timeline_page_links_its_filtered_feeds(client, linked_events):
    text = client.get(LIST, {"organization": "esa", "page": "1"}).text
    assert '<link rel="alternate" type="application/atom+xml"' in text
    assert f'href="{FEED}?organization=esa"' in text
    assert f'href="{ICS}?organization=esa"' in text


@pytest.mark.parametrize(
    ("factory", "param", "key"),
    [
        (OrganizationFactory, "organization", "slug"),
        (CountryFactory, "country", "code"),
        (MissionFactory, "mission", "slug"),
        (AgreementFactory, "agreement", "slug"),
    ],
)
def test_record_pages_link_their_own_events_feed(client, factory, param, key):
    record = factory()
    text = client.get(record.get_absolute_url()).text
    value = getattr(record, key)
    assert f'<link rel="alternate" type="application/atom+xml" title="Events — {record} (Atom)"' in text
    assert f'href="{FEED}?{param}={value}"' in text
    assert f'href="{ICS}?{param}={value}"' in text
    assert client.get(f"{FEED}?{param}={value}").status_code == 200
