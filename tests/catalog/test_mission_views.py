"""/missions/ and /missions/<slug>/."""

import datetime

import factory
import pytest
from django.urls import reverse

from catalog.models import MissionStatus, Role, Status
from tests.factories import (
    AgreementFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
LIST = reverse("catalog:mission-list")


def test_mission_list_shows_published_missions_and_their_count(client):
    MissionFactory(name="International Space Station")
    MissionFactory(name="Secret Draft Mission", publication_status=Status.DRAFT)
    response = client.get(LIST)
    assert response.status_code == 200
    assert "International Space Station" in response.text
    assert "Secret Draft Mission" not in response.text
    assert "<strong>1</strong> mission" in response.text


def test_mission_list_filters_by_status(client):
    MissionFactory(name="Hubble", status=MissionStatus.ACTIVE)
    MissionFactory(name="Mir", status=MissionStatus.COMPLETED)
    response = client.get(LIST, {"status": "completed"})
    assert "Mir" in response.text and "Hubble" not in response.text


def test_mission_list_filters_by_kind(client):
    MissionFactory(name="Hubble", kind="observatory")
    MissionFactory(name="Space Station Freedom", kind="space_station")
    response = client.get(LIST, {"kind": "space_station"})
    assert "Space Station Freedom" in response.text and "Hubble" not in response.text


def test_mission_list_filters_by_organization(client):
    esa = OrganizationFactory(slug="esa", acronym="ESA")
    ParticipationFactory(mission=MissionFactory(name="Rosetta"), organization=esa)
    MissionFactory(name="Chandrayaan-1")
    response = client.get(LIST, {"organization": "esa"})
    assert "Rosetta" in response.text and "Chandrayaan-1" not in response.text


def test_mission_list_filters_by_country_of_a_participant(client):
    org = OrganizationFactory(country__code="in")
    ParticipationFactory(mission=MissionFactory(name="NISAR"), organization=org)
    MissionFactory(name="Hubble")
    response = client.get(LIST, {"country": "IN"})
    assert "NISAR" in response.text and "Hubble" not in response.text


def test_mission_list_filters_by_topic(client):
    topic = TopicFactory(slug="astronomy")
    MissionFactory(name="JWST").topics.add(topic)
    MissionFactory(name="Landsat")
    response = client.get(LIST, {"topic": "astronomy"})
    assert "JWST" in response.text and "Landsat" not in response.text


def test_mission_list_filters_by_start_date_range(client):
    MissionFactory(name="Apollo-Soyuz", start_date=datetime.date(1975, 7, 15))
    MissionFactory(name="Artemis I", start_date=datetime.date(2022, 11, 16))
    assert "Apollo-Soyuz" not in client.get(LIST, {"started_after": "2000"}).text
    assert "Artemis I" not in client.get(LIST, {"started_before": "1999-12"}).text


def test_mission_list_searches_names(client):
    MissionFactory(name="Rosetta")
    MissionFactory(name="Hubble")
    response = client.get(LIST, {"q": "roset"})
    assert "Rosetta" in response.text and "Hubble" not in response.text


def test_mission_list_sorts_by_name(client):
    MissionFactory(name="Zeta")
    MissionFactory(name="Alpha")
    text = client.get(LIST, {"ordering": "name"}).text
    assert text.index("Alpha") < text.index("Zeta")
    text = client.get(LIST, {"ordering": "-name"}).text
    assert text.index("Zeta") < text.index("Alpha")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "bogus"}, "status"),
        ({"kind": "rocket"}, "kind"),
        ({"organization": "no such org"}, "organization"),
        ({"started_after": "last year"}, "started_after"),
        ({"page": "abc"}, "page"),
    ],
)
def test_invalid_filter_values_give_a_400_page_naming_the_field(client, params, field):
    response = client.get(LIST, params)
    assert response.status_code == 400
    assert f"<strong>{field}</strong>" in response.text
    assert "Bad request" in response.text


def test_a_page_beyond_the_last_is_a_404_that_says_how_many_pages_there_are(client):
    MissionFactory()
    response = client.get(LIST, {"page": 7})
    assert response.status_code == 404
    assert "There is no page 7: these results have 1 page." in response.text


def test_pagination_keeps_the_filters_in_the_links(client):
    MissionFactory.create_batch(25, status=MissionStatus.ACTIVE)
    response = client.get(LIST, {"status": "active"})
    assert "Page 1 of 2" in response.text
    assert "?status=active&amp;page=2" in response.text
    second = client.get(LIST, {"status": "active", "page": 2})
    assert second.status_code == 200 and "Page 2 of 2" in second.text


def test_htmx_requests_get_only_the_results(client):
    MissionFactory(name="Rosetta")
    response = client.get(LIST, headers={"HX-Request": "true"})
    assert "Rosetta" in response.text
    assert "<html" not in response.text and "result-count" in response.text
    assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_full_page(client):
    response = client.get(LIST, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in response.text


def test_mission_list_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    def make(n):
        for mission in MissionFactory.create_batch(n):
            ParticipationFactory(mission=mission, role=Role.LEAD)

    make(5)
    # 1 count, 2 the page of missions, 3 their lead participations with organizations,
    # 4-7 the filter form's organization, country, topic and agreement choices.
    with django_assert_num_queries(7):
        assert client.get(LIST).status_code == 200
    make(45)
    with django_assert_num_queries(7):
        assert client.get(LIST, {"page": 2}).status_code == 200


def test_mission_page_shows_participants_roles_contributions_and_events(client):
    mission = MissionFactory(name="Orion", summary="NASA crew capsule.", sources=[SourceFactory(title="NASA Orion")])
    esa = OrganizationFactory(name="European Space Agency", acronym="ESA")
    ParticipationFactory(
        mission=mission, organization=esa, role=Role.CONTRIBUTOR, contribution="European Service Module"
    )
    EventFactory(title="Artemis I launch").missions.add(mission)
    response = client.get(mission.get_absolute_url())
    assert response.status_code == 200
    text = response.text
    assert "<h1>Orion" in text
    assert "European Space Agency" in text and "contributor" in text and "European Service Module" in text
    assert "Artemis I launch" in text
    assert "NASA Orion" in text  # sources at the foot
    assert '<link rel="canonical" href="http://testserver/missions/' in text
    assert '<meta property="og:title" content="Orion">' in text


def test_mission_page_leaves_out_draft_participants_and_events(client):
    mission = MissionFactory()
    ParticipationFactory(
        mission=mission, organization=OrganizationFactory(name="Hidden Agency", publication_status="draft")
    )
    EventFactory(title="Hidden event", publication_status="draft").missions.add(mission)
    text = client.get(mission.get_absolute_url()).text
    assert "Hidden Agency" not in text and "Hidden event" not in text


def test_unknown_mission_is_a_404(client):
    assert client.get(reverse("catalog:mission-detail", args=["no-such-mission"])).status_code == 404


def test_draft_mission_is_hidden_from_visitors(client, visitor):
    mission = MissionFactory(publication_status=Status.DRAFT)
    assert client.get(mission.get_absolute_url()).status_code == 404
    client.force_login(visitor)
    assert client.get(mission.get_absolute_url()).status_code == 404


def test_staff_preview_a_draft_mission_with_a_banner(client, staff_user):
    mission = MissionFactory(name="Future Station", publication_status=Status.DRAFT)
    client.force_login(staff_user)
    response = client.get(mission.get_absolute_url())
    assert response.status_code == 200
    assert "Future Station" in response.text
    assert "Draft — not visible to the public" in response.text


def test_user_text_is_escaped(client):
    mission = MissionFactory(name="<script>alert(1)</script>")
    text = client.get(mission.get_absolute_url()).text
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_mission_page_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    mission = MissionFactory()

    def grow(n):
        for _ in range(n):
            ParticipationFactory(mission=mission)
            EventFactory().missions.add(mission)
            mission.topics.add(TopicFactory())
            MissionFactory(parent=mission)
            AgreementFactory().missions.add(mission)

    grow(5)
    # 1 the mission with its parent, 2 sources, 3 participants with organizations and countries,
    # 4 topics, 5 missions of the programme, 6 events.
    # 7: the published guides that link it ("Explained in"); 8: the agreements that govern it.
    with django_assert_num_queries(8):
        client.get(mission.get_absolute_url())
    grow(45)
    with django_assert_num_queries(8):
        client.get(mission.get_absolute_url())


def test_a_long_list_of_organizations_becomes_a_slug_box_not_thousands_of_options(client):
    from coop_site.records import pages as mixins

    OrganizationFactory.create_batch(4, slug=factory.Sequence(lambda n: f"long-{n}"))
    original = mixins.MAX_SELECT_OPTIONS
    mixins.MAX_SELECT_OPTIONS = 3
    try:
        html = client.get(reverse("catalog:mission-list")).content.decode()
    finally:
        mixins.MAX_SELECT_OPTIONS = original
    assert 'name="organization" placeholder="Organization: slug or code"' in html
    assert 'value="long-0"' not in html


def test_organization_choices_are_listed_when_few(client):
    OrganizationFactory(slug="nasa", name="National Aeronautics and Space Administration", acronym="NASA")
    html = client.get(reverse("catalog:mission-list")).content.decode()
    assert '<option value="nasa">' in html
