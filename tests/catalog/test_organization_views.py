"""/organizations/ and /organizations/<slug>/."""

import pytest
from django.urls import reverse

from catalog.models import Membership, Role, Status
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
    SourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
LIST = reverse("catalog:organization-list")


def test_organization_list_shows_published_organizations_with_count(client):
    OrganizationFactory(name="Indian Space Research Organisation", acronym="ISRO")
    OrganizationFactory(name="Hidden Agency", publication_status=Status.DRAFT)
    text = client.get(LIST).text
    assert "Indian Space Research Organisation" in text and "Hidden Agency" not in text
    assert "<strong>1</strong> organization" in text


def test_organization_list_filters_by_kind(client):
    OrganizationFactory(name="ESA", kind="intergovernmental")
    OrganizationFactory(name="JAXA", kind="national_agency")
    text = client.get(LIST, {"kind": "intergovernmental"}).text
    assert "ESA" in text and "JAXA" not in text


def test_organization_list_filters_by_country_code_in_any_case(client):
    OrganizationFactory(name="ISRO", country=CountryFactory(code="in"))
    OrganizationFactory(name="JAXA", country=CountryFactory(code="jp"))
    text = client.get(LIST, {"country": "IN"}).text
    assert "ISRO" in text and "JAXA" not in text


def test_organization_list_filters_by_topic(client):
    OrganizationFactory(name="UNOOSA").topics.add(TopicFactory(slug="space-law"))
    OrganizationFactory(name="JAXA")
    text = client.get(LIST, {"topic": "space-law"}).text
    assert "UNOOSA" in text and "JAXA" not in text


@pytest.mark.parametrize(("params", "field"), [({"kind": "club"}, "kind"), ({"country": "z9"}, "country")])
def test_invalid_organization_filters_give_a_400_naming_the_field(client, params, field):
    response = client.get(LIST, params)
    assert response.status_code == 400 and f"<strong>{field}</strong>" in response.text


def test_organization_page_shows_missions_agreements_members_and_events(client):
    esa = OrganizationFactory(name="European Space Agency", acronym="ESA", country=None, kind="intergovernmental")
    ParticipationFactory(
        organization=esa, mission=MissionFactory(name="Rosetta"), role=Role.LEAD, contribution="Orbiter"
    )
    esa.member_countries.add(CountryFactory(code="fr", name="France"))
    AgreementFactory(name="ESA Convention").organizations.add(esa)
    SignatoryFactory(agreement=AgreementFactory(name="Registration Convention"), country=None, organization=esa)
    EventFactory(title="Rosetta arrives at the comet").organizations.add(esa)
    esa.sources.set([SourceFactory(title="ESA member states")])
    response = client.get(esa.get_absolute_url())
    assert response.status_code == 200
    for expected in (
        "European Space Agency",
        "International",
        "Rosetta",
        "lead",
        "Orbiter",
        "France",
        "ESA Convention",
        "Registration Convention",
        "Rosetta arrives at the comet",
        "ESA member states",
    ):
        assert expected in response.text


def test_organization_page_hides_draft_missions(client):
    org = OrganizationFactory()
    ParticipationFactory(organization=org, mission=MissionFactory(name="Hidden Mission", publication_status="draft"))
    assert "Hidden Mission" not in client.get(org.get_absolute_url()).text


def test_draft_organization_is_404_for_visitors_and_previewed_by_staff(client, staff_user):
    org = OrganizationFactory(publication_status=Status.DRAFT)
    assert client.get(org.get_absolute_url()).status_code == 404
    client.force_login(staff_user)
    assert "Draft — not visible to the public" in client.get(org.get_absolute_url()).text


def test_unknown_organization_is_a_404(client):
    assert client.get(reverse("catalog:organization-detail", args=["nope"])).status_code == 404


def test_organization_list_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    OrganizationFactory.create_batch(5)
    # 1 count, 2 the page of organizations with their countries, 3-5 country, topic and member
    # country choices.
    with django_assert_num_queries(5):
        client.get(LIST)
    OrganizationFactory.create_batch(45)
    with django_assert_num_queries(5):
        client.get(LIST)


def test_organization_page_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    org = OrganizationFactory()

    def grow(n):
        for _ in range(n):
            ParticipationFactory(organization=org)
            org.member_countries.add(CountryFactory())
            AgreementFactory().organizations.add(org)
            SignatoryFactory(country=None, organization=org)
            EventFactory().organizations.add(org)
            org.topics.add(TopicFactory())
            Membership.objects.create(organization=org, country=CountryFactory())

    grow(5)
    # 1 the organization with its country, 2 sources, 3 member countries, 4 topics, 5 agreements,
    # 6 events, 7 participations with missions, 8 signatures with agreements.
    # 9: the published guides that link it ("Explained in"); 10 membership rows with countries,
    # 11 their sources.
    with django_assert_num_queries(11):
        client.get(org.get_absolute_url())
    grow(45)
    with django_assert_num_queries(11):
        client.get(org.get_absolute_url())
