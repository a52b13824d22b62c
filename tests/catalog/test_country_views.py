"""/countries/ and /countries/<iso2>/."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import (
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
)

pytestmark = pytest.mark.django_db
LIST = reverse("catalog:country-list")


def test_country_list_shows_published_countries(client):
    CountryFactory(code="in", name="India")
    CountryFactory(code="xd", name="Draftland", publication_status=Status.DRAFT)
    text = client.get(LIST).text
    assert "India" in text and "Draftland" not in text and "<strong>1</strong> country" in text


def test_country_list_filters_by_region(client):
    CountryFactory(code="in", name="India", region="asia")
    CountryFactory(code="fr", name="France", region="europe")
    text = client.get(LIST, {"region": "asia"}).text
    assert "India" in text and "France" not in text


def test_country_list_searches_names_and_codes(client):
    CountryFactory(code="in", name="India")
    CountryFactory(code="fr", name="France")
    text = client.get(LIST, {"q": "Indi"}).text
    assert "India" in text and "France" not in text


def test_invalid_region_gives_a_400_naming_the_field(client):
    response = client.get(LIST, {"region": "atlantis"})
    assert response.status_code == 400 and "<strong>region</strong>" in response.text


def test_country_page_shows_organizations_agreements_missions_and_events(client):
    india = CountryFactory(code="in", name="India")
    isro = OrganizationFactory(name="Indian Space Research Organisation", country=india)
    ParticipationFactory(organization=isro, mission=MissionFactory(name="NISAR"))
    SignatoryFactory(country=india, agreement__name="Artemis Accords", signed_on=datetime.date(2025, 6, 19))
    EventFactory(title="India signs the Accords").countries.add(india)
    response = client.get(reverse("catalog:country-detail", args=["in"]))
    assert response.status_code == 200
    for expected in (
        "<h1>India</h1>",
        "Indian Space Research Organisation",
        "NISAR",
        "Artemis Accords",
        "19 June 2025",
        "India signs the Accords",
    ):
        assert expected in response.text


def test_upper_case_code_redirects_to_the_lower_case_page(client):
    CountryFactory(code="in")
    response = client.get("/countries/IN/")
    assert response.status_code == 301 and response["Location"] == "/countries/in/"


def test_unknown_and_draft_countries_are_404(client):
    CountryFactory(code="xd", publication_status=Status.DRAFT)
    assert client.get("/countries/zz/").status_code == 404
    assert client.get("/countries/xd/").status_code == 404
    assert client.get("/countries/usa/").status_code == 404


def test_staff_preview_a_draft_country(client, staff_user):
    CountryFactory(code="xd", name="Draftland", publication_status=Status.DRAFT)
    client.force_login(staff_user)
    assert "Draft — not visible to the public" in client.get("/countries/xd/").text


def test_country_list_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    CountryFactory.create_batch(5)
    # 1 count, 2 the page of countries.
    with django_assert_num_queries(2):
        client.get(LIST)
    CountryFactory.create_batch(45)
    with django_assert_num_queries(2):
        client.get(LIST)


def test_country_page_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    country = CountryFactory(code="in")

    def grow(n):
        for _ in range(n):
            org = OrganizationFactory(country=country)
            ParticipationFactory(organization=org)
            OrganizationFactory().member_countries.add(country)
            SignatoryFactory(country=country)
            EventFactory().countries.add(country)

    grow(5)
    # 1 the country, 2 sources, 3 its organizations, 4 memberships, 5 signatures with agreements,
    # 6 membership rows, 7 events (named, or through its organizations), 8 missions through its
    # organizations, 9 their lead organizations, 10 the published guides that link it ("Explained in").
    with django_assert_num_queries(10):
        client.get(country.get_absolute_url())
    grow(45)
    with django_assert_num_queries(10):
        client.get(country.get_absolute_url())
