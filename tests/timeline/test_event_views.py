"""/timeline/ and /timeline/<slug>/."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
LIST = reverse("timeline:event-list")
D = datetime.date


def test_timeline_groups_events_by_decade_and_year_at_their_precision(client):
    EventFactory(title="ISS first module", date=D(1998, 11, 20), date_precision="day")
    EventFactory(title="Accords drafted", date=D(2020, 5, 1), date_precision="month")
    EventFactory(title="Gateway planned", date=D(2028, 1, 1), date_precision="year")
    EventFactory(title="Hidden event", publication_status=Status.DRAFT)
    text = client.get(LIST).text
    assert ">1990s</h2>" in text and ">2020s</h2>" in text
    assert ">1998</h3>" in text and ">2028</h3>" in text
    assert "20 November 1998" in text and "May 2020" in text
    assert '<time datetime="2028">2028</time>' in text
    assert "Hidden event" not in text
    assert text.index("ISS first module") < text.index("Accords drafted") < text.index("Gateway planned")


def test_timeline_filters_by_kind(client):
    EventFactory(title="Launch one", kind="launch")
    EventFactory(title="Signature one", kind="signature")
    text = client.get(LIST, {"kind": "signature"}).text
    assert "Signature one" in text and "Launch one" not in text


@pytest.mark.parametrize(
    ("param", "factory", "relation", "value_attr"),
    [
        ("organization", OrganizationFactory, "organizations", "slug"),
        ("country", CountryFactory, "countries", "code"),
        ("mission", MissionFactory, "missions", "slug"),
        ("agreement", AgreementFactory, "agreements", "slug"),
        ("topic", TopicFactory, "topics", "slug"),
    ],
)
def test_timeline_filters_by_linked_record(client, param, factory, relation, value_attr):
    record = factory()
    getattr(EventFactory(title="Linked event"), relation).add(record)
    EventFactory(title="Other event")
    text = client.get(LIST, {param: getattr(record, value_attr)}).text
    assert "Linked event" in text and "Other event" not in text


def test_timeline_filters_by_year_range(client):
    EventFactory(title="Sputnik era", date=D(1957, 10, 4))
    EventFactory(title="Shuttle-Mir", date=D(1995, 6, 29))
    EventFactory(title="Artemis era", date=D(2022, 11, 16))
    text = client.get(LIST, {"year_from": 1990, "year_to": 1999}).text
    assert "Shuttle-Mir" in text and "Sputnik era" not in text and "Artemis era" not in text


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"year_from": "abc"}, "year_from"),
        ({"year_to": "99999"}, "year_to"),
        ({"kind": "party"}, "kind"),
        ({"mission": "no such mission"}, "mission"),
    ],
)
def test_invalid_timeline_filters_give_a_400_naming_the_field(client, params, field):
    response = client.get(LIST, params)
    assert response.status_code == 400 and f"<strong>{field}</strong>" in response.text


def test_timeline_links_only_published_records(client):
    event = EventFactory(title="Docking")
    event.missions.add(
        MissionFactory(name="Visible Mission"), MissionFactory(name="Draft Mission", publication_status="draft")
    )
    text = client.get(LIST).text
    assert "Visible Mission" in text and "Draft Mission" not in text


def test_event_page_shows_date_kind_links_and_sources(client):
    event = EventFactory(
        title="Artemis Accords signed",
        date=D(2020, 10, 13),
        kind="signature",
        summary="Eight nations sign.",
        sources=[SourceFactory(title="NASA press release", publisher="NASA")],
    )
    event.agreements.add(AgreementFactory(name="Artemis Accords"))
    event.countries.add(CountryFactory(name="Australia"))
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    for expected in (
        "<h1>Artemis Accords signed</h1>",
        "13 October 2020",
        "Signature",
        "Eight nations sign.",
        "Artemis Accords",
        "Australia",
        "NASA press release",
        "?year_from=2020&amp;year_to=2029",
    ):
        assert expected in response.text


def test_draft_event_is_404_for_visitors_and_previewed_by_staff(client, staff_user):
    event = EventFactory(publication_status=Status.DRAFT)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert client.get(reverse("timeline:event-detail", args=["nope"])).status_code == 404
    client.force_login(staff_user)
    assert "Draft — not visible to the public" in client.get(event.get_absolute_url()).text


def test_timeline_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    def make(n):
        for event in EventFactory.create_batch(n):
            event.missions.add(MissionFactory())
            event.organizations.add(OrganizationFactory())

    make(5)
    # 1 count, 2 the events, 3-7 their organizations, countries, missions, agreements, topics,
    # 8-12 the filter form's organization, country, mission, agreement and topic choices.
    with django_assert_num_queries(12):
        client.get(LIST)
    make(45)
    with django_assert_num_queries(12):
        client.get(LIST)


def test_event_page_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    event = EventFactory()

    def grow(n):
        for _ in range(n):
            event.missions.add(MissionFactory())
            event.organizations.add(OrganizationFactory())
            event.countries.add(CountryFactory())
            event.topics.add(TopicFactory())

    grow(5)
    # 1 the event, 2-6 organizations, countries, missions, agreements, topics, 7 sources.
    # 8: the published guides that link it ("Explained in").
    with django_assert_num_queries(8):
        client.get(event.get_absolute_url())
    grow(45)
    with django_assert_num_queries(8):
        client.get(event.get_absolute_url())
