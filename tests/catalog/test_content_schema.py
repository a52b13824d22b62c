"""Issue 12 schema: missions <-> agreements, membership rows, disputes as data, events through organizations."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from catalog.models import Membership
from coop_site.records.models import Status
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MissionFactory,
    OrganizationFactory,
    SignatoryFactory,
)

pytestmark = pytest.mark.django_db
D = datetime.date


def test_missions_and_agreements_link_both_ways_on_pages_and_api(client):
    mission = MissionFactory(slug="iss", name="International Space Station")
    agreement = AgreementFactory(slug="iss-iga", name="ISS Intergovernmental Agreement")
    draft = MissionFactory(slug="secret", name="Secret draft", publication_status=Status.DRAFT)
    agreement.missions.set([mission, draft])

    assert "ISS Intergovernmental Agreement" in client.get("/missions/iss/").content.decode()
    page = client.get("/agreements/iss-iga/").content.decode()
    assert "International Space Station" in page and "Secret draft" not in page
    assert client.get("/api/v1/missions/iss/").json()["agreements"] == ["iss-iga"]
    assert client.get("/api/v1/agreements/iss-iga/").json()["missions"] == ["iss"]
    assert [row["slug"] for row in client.get("/api/v1/missions/?agreement=iss-iga").json()["results"]] == ["iss"]
    assert [row["slug"] for row in client.get("/api/v1/agreements/?mission=iss").json()["results"]] == ["iss-iga"]
    assert client.get("/api/v1/agreements/?mission=nope").json()["count"] == 0  # well-formed, unknown
    assert client.get("/api/v1/agreements/?mission=No%20Such").status_code == 400  # malformed


def test_membership_rows_on_organization_and_country_pages_and_api(client):
    esa = OrganizationFactory(slug="esa", acronym="ESA", name="European Space Agency")
    germany = CountryFactory(code="de", name="Germany")
    Membership.objects.create(organization=esa, country=germany, joined_on=D(1977, 7, 26))
    Membership.objects.create(
        organization=esa,
        country=CountryFactory(code="pt", name="Portugal"),
        joined_on=D(2000, 5, 5),
        joined_precision="year",
    )
    page = client.get("/organizations/esa/").content.decode()
    assert "26 July 1977" in page and "Portugal" in page and ">2000<" in page
    assert (
        "European Space Agency" in client.get("/countries/de/").content.decode()
        or "ESA" in client.get("/countries/de/").content.decode()
    )
    members = client.get("/api/v1/organizations/esa/").json()["members"]
    assert {(m["country"], m["joined_on"]) for m in members} == {("de", "1977-07-26"), ("pt", "2000")}
    assert client.get("/api/v1/countries/de/").json()["memberships"][0]["organization"] == "esa"


def test_membership_counts_from_the_end_of_its_period():
    row = Membership(joined_on=D(2025, 10, 1), joined_precision="month")
    assert not row.is_member_on(D(2025, 10, 30))
    assert row.is_member_on(D(2025, 10, 31))


def test_disputes_are_validated():
    row = SignatoryFactory(agreement=AgreementFactory())
    row.disputes = [{"field": "signed_on", "value": "1998-01-28"}]
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert "disputes" in error.value.message_dict
    row.disputes = [{"field": "signed_on", "value": "1998-01-28", "source_url": "https://example.org/"}]
    row.full_clean()


def test_disputed_filter_and_mark(client):
    agreement = AgreementFactory(slug="iss-iga", name="ISS IGA")
    AgreementFactory(slug="calm", name="Calm")
    row = SignatoryFactory(agreement=agreement, signed_on=D(1998, 1, 29))
    row.disputes = [{"field": "signed_on", "value": "1998-01-28", "source_url": "https://example.org/"}]
    row.save()
    slugs = [r["slug"] for r in client.get("/api/v1/agreements/?disputed=true").json()["results"]]
    assert slugs == ["iss-iga"]
    assert "Sources disagree" in client.get("/agreements/iss-iga/").content.decode()


def test_signatory_dates_at_their_precision_in_the_api(client):
    agreement = AgreementFactory(slug="artemis-accords")
    SignatoryFactory(
        agreement=agreement, country=CountryFactory(code="my"), signed_on=D(2025, 10, 1), signed_precision="month"
    )
    row = client.get("/api/v1/agreements/artemis-accords/").json()["signatories"][0]
    assert row["signed_on"] == "2025-10"
    counted = client.get("/api/v1/agreements/?as_of=2025-10-30").json()["results"][0]["signatory_count"]
    assert counted == 0
    assert client.get("/api/v1/agreements/?as_of=2025-10-31").json()["results"][0]["signatory_count"] == 1


def test_events_follow_their_organizations_countries(client):
    india = CountryFactory(code="in", name="India")
    isro = OrganizationFactory(slug="isro", acronym="ISRO", country=india)
    event = EventFactory(slug="chandrayaan-launch", title="Chandrayaan launch")
    event.organizations.set([isro])
    slugs = [row["slug"] for row in client.get("/api/v1/events/?country=in").json()["results"]]
    assert slugs == ["chandrayaan-launch"]
    assert "Chandrayaan launch" in client.get("/countries/in/").content.decode()
