"""/: what the Atlas is, headline figures, featured missions, latest events."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import EventFactory, MissionFactory, OrganizationFactory, ParticipationFactory

pytestmark = pytest.mark.django_db
HOME = reverse("catalog:home")


def test_home_explains_the_atlas_and_derives_its_figures(client):
    OrganizationFactory.create_batch(3)
    OrganizationFactory(publication_status=Status.DRAFT)
    response = client.get(HOME)
    assert response.status_code == 200
    assert "reference catalog and timeline of international cooperation in space" in response.text
    assert '<span class="figure-value">3</span> <span class="figure-label">organizations</span>' in response.text


def test_home_features_the_most_international_missions(client):
    iss = MissionFactory(name="International Space Station")
    ParticipationFactory.create_batch(5, mission=iss)
    MissionFactory(name="Hidden Mission", publication_status=Status.DRAFT)
    text = client.get(HOME).text
    assert "International Space Station" in text and "Hidden Mission" not in text


def test_home_lists_the_latest_events_and_upcoming_ones(client):
    EventFactory(title="ISS 25 years", date=datetime.date(2025, 11, 2))
    EventFactory(title="Artemis III", date=datetime.date(2099, 1, 1), date_precision="year", kind="planned")
    EventFactory(title="Hidden event", publication_status=Status.DRAFT)
    text = client.get(HOME).text
    assert "ISS 25 years" in text and "2 November 2025" in text
    assert "Coming up" in text and "Artemis III" in text
    assert "Hidden event" not in text


def test_home_has_title_description_canonical_and_open_graph(client):
    text = client.get(HOME).text
    assert "<title>Who cooperates with whom in space, and since when · Space Cooperation Atlas</title>" in text
    assert '<meta name="description" content="The reference catalog' in text
    assert '<link rel="canonical" href="http://testserver/">' in text
    assert '<meta property="og:url" content="http://testserver/">' in text


def test_home_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    def make(n):
        for mission in MissionFactory.create_batch(n):
            ParticipationFactory(mission=mission, role="lead")
        EventFactory.create_batch(n)

    make(5)
    # 1-6 the six headline counts, 7 featured missions, 8 their leads, 9 latest events, 10 upcoming events.
    with django_assert_num_queries(10):
        client.get(HOME)
    make(45)
    with django_assert_num_queries(10):
        client.get(HOME)
