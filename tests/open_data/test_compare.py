"""/compare/?countries=…: two to four countries side by side."""

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
    ParticipationFactory,
    SignatoryFactory,
)

pytestmark = pytest.mark.django_db
URL = reverse("catalog:compare")
D = datetime.date


@pytest.fixture
def pair():
    us, india = CountryFactory(code="us", name="United States"), CountryFactory(code="in", name="India")
    nasa, isro = OrganizationFactory(acronym="NASA", country=us), OrganizationFactory(acronym="ISRO", country=india)
    ost = AgreementFactory(short_name="OST")
    SignatoryFactory(
        agreement=ost, country=us, signed_on=D(1967, 1, 27), ratified_on=D(1967, 10, 10), status="ratified"
    )
    SignatoryFactory(agreement=ost, country=india, signed_on=D(1967, 3, 3), status="signed")
    nisar = MissionFactory(name="NISAR")
    ParticipationFactory(mission=nisar, organization=nasa, role="lead")
    ParticipationFactory(mission=nisar, organization=isro, role="partner")
    solo = MissionFactory(name="Solo mission")
    ParticipationFactory(mission=solo, organization=nasa, role="lead")
    EventFactory(title="Joint launch", date=D(2025, 7, 30)).countries.add(us, india)
    EventFactory(title="Indian event", date=D(2008, 10, 22)).countries.add(india)
    EventFactory(title="Draft event", publication_status=Status.DRAFT).countries.add(india)
    return us, india


def test_compare_shows_agreements_shared_missions_organizations_and_events(client, pair):
    response = client.get(URL, {"countries": "us,in"})
    assert response.status_code == 200
    text = response.text
    assert "Compare: United States · India" in text
    (line,) = response.context["agreements"]
    assert [cell.status for cell in line["cells"]] == ["ratified", "signed"]
    (shared,) = response.context["missions"]
    assert shared["mission"].name == "NISAR"
    assert [[p.role for p in parts] for parts in shared["columns"]] == [["lead"], ["partner"]]
    assert "Solo mission" not in text
    assert [[o.acronym for o in orgs] for orgs in response.context["organizations"]] == [["NASA"], ["ISRO"]]
    events = [(item["event"].title, item["linked"]) for item in response.context["events"]]
    assert events == [("Indian event", [False, True]), ("Joint launch", [True, True])]
    assert "Draft event" not in text


def test_codes_are_case_insensitive_and_deduplicated(client, pair):
    assert client.get(URL, {"countries": "US, in ,us"}).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"countries": "us"},
        {"countries": "us,in,cn,fr,de"},
        {"countries": "us,xx"},
        {"countries": "us,india"},
        {"countries": "us,in", "extra": "1"},
    ],
)
def test_bad_input_is_a_400_with_a_message(client, pair, query):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert "countries" in response.text or "extra" in response.text


def test_draft_country_cannot_be_compared(client, pair):
    CountryFactory(code="zz", name="Hiddenland", publication_status=Status.DRAFT)
    response = client.get(URL, {"countries": "us,zz"})
    assert response.status_code == 400
    assert "Hiddenland" not in response.text


def test_country_page_links_to_compare(client, pair):
    text = client.get(reverse("catalog:country-detail", kwargs={"code": "in"})).text
    assert f'action="{URL}"' in text and 'name="countries" value="in,"' in text


@pytest.mark.parametrize("count", [5, 50])
def test_compare_runs_a_constant_number_of_queries(client, django_assert_num_queries, pair, count):
    us, india = pair
    for _n in range(count):
        mission = MissionFactory()
        ParticipationFactory(mission=mission, organization=OrganizationFactory(country=us))
        ParticipationFactory(mission=mission, organization=OrganizationFactory(country=india))
        EventFactory().countries.add(us)
    # countries, agreements, signatory rows, participations, organizations, events + 5 kinds of links
    with django_assert_num_queries(11):
        assert client.get(URL, {"countries": "us,in"}).status_code == 200
