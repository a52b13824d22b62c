"""/api/v1/signatories/, /api/v1/participations/ and /api/v1/deletions/: rows across records and sync."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from catalog.models import Agreement, Mission, Organization, Status
from tests.factories import (
    AgreementFactory,
    CountryFactory,
    MissionFactory,
    OrganizationFactory,
    ParticipationFactory,
    SignatoryFactory,
)

pytestmark = pytest.mark.django_db
SIGNATORIES = reverse("api:signatory-list")
PARTICIPATIONS = reverse("api:participation-list")
DELETIONS = reverse("api:deletions")
D = datetime.date


@pytest.fixture
def rows():
    india, brazil = CountryFactory(code="in", name="India"), CountryFactory(code="br", name="Brazil")
    ost = AgreementFactory(slug="outer-space-treaty")
    artemis = AgreementFactory(slug="artemis-accords")
    hidden = AgreementFactory(slug="hidden-accord", publication_status=Status.DRAFT)
    SignatoryFactory(
        agreement=ost, country=india, signed_on=D(1967, 3, 3), ratified_on=D(1982, 1, 18), status="ratified"
    )
    SignatoryFactory(agreement=ost, country=brazil, signed_on=D(1967, 1, 30), status="signed")
    SignatoryFactory(agreement=artemis, country=india, signed_on=D(2023, 6, 21), status="signed")
    SignatoryFactory(agreement=hidden, country=india, signed_on=D(2024, 1, 1))
    return india, brazil, ost, artemis


def slugs_and_codes(response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.content
    return [(row["agreement"], row["country"]) for row in response.json()["results"]]


def test_signatories_of_a_country_across_published_agreements(client, rows):
    response = client.get(SIGNATORIES, {"country": "in"})
    assert slugs_and_codes(response) == [("artemis-accords", "in"), ("outer-space-treaty", "in")]
    row = response.json()["results"][1]
    assert row["url"].endswith(f"/api/v1/agreements/outer-space-treaty/signatories/{row['id']}/")
    assert row["ratified_on"] == "1982-01-18" and row["status"] == "ratified"


def test_signatories_filter_by_agreement(client, rows):
    response = client.get(SIGNATORIES, {"agreement": "outer-space-treaty"})
    assert slugs_and_codes(response) == [("outer-space-treaty", "br"), ("outer-space-treaty", "in")]


def test_signatories_filter_by_status(client, rows):
    assert slugs_and_codes(client.get(SIGNATORIES, {"status": "ratified"})) == [("outer-space-treaty", "in")]


def test_signatories_filter_by_signature_dates(client, rows):
    assert slugs_and_codes(client.get(SIGNATORIES, {"signed_after": "2000"})) == [("artemis-accords", "in")]
    assert slugs_and_codes(client.get(SIGNATORIES, {"signed_before": "1967-01"})) == [("outer-space-treaty", "br")]


def test_signatories_filter_by_organization(client):
    esa = OrganizationFactory(slug="esa")
    SignatoryFactory(agreement=AgreementFactory(slug="rescue"), country=None, organization=esa)
    SignatoryFactory(agreement=AgreementFactory(slug="other"))
    rows = client.get(SIGNATORIES, {"organization": "esa"}).json()["results"]
    assert [(r["agreement"], r["organization"]) for r in rows] == [("rescue", "esa")]


def test_signatories_updated_after_is_the_rows_own_change(client, rows):
    later = timezone.now() + datetime.timedelta(seconds=1)
    assert client.get(SIGNATORIES, {"updated_after": later.isoformat()}).json()["count"] == 0
    assert client.get(SIGNATORIES, {"updated_after": "2000-01-01T00:00:00Z"}).json()["count"] == 3


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"country": "x1"}, "country"),
        ({"status": "maybe"}, "status"),
        ({"signed_after": "1967-13"}, "signed_after"),
        ({"agreement": "hidden accord"}, "agreement"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_signatories_bad_filter_is_a_400_naming_it(client, rows, query, field):
    response = client.get(SIGNATORIES, query)
    assert response.status_code == 400
    assert field in response.json()


def test_signatories_csv_names_the_agreement(client, rows):
    response = client.get(SIGNATORIES, {"country": "in", "format": "csv"})
    assert response.status_code == 200
    assert 'filename="signatories.csv"' in response["Content-Disposition"]
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(r["agreement"], r["country"], r["signed_on"]) for r in table] == [
        ("artemis-accords", "in", "2023-06-21"),
        ("outer-space-treaty", "in", "1967-03-03"),
    ]


@pytest.mark.parametrize("count", [5, 50])
def test_signatories_list_runs_a_constant_number_of_queries(client, django_assert_num_queries, count):
    india = CountryFactory(code="in")
    for n in range(count):
        SignatoryFactory(agreement=AgreementFactory(slug=f"a-{n}"), country=india)
    # the country filter's choice, the count (+ latest change), the page of rows (joined)
    with django_assert_num_queries(3):
        assert client.get(SIGNATORIES, {"country": "in", "page_size": 100}).json()["count"] == count


# --- participations ------------------------------------------------------------------------------------


@pytest.fixture
def participations():
    india, japan = CountryFactory(code="in"), CountryFactory(code="jp")
    isro, jaxa = OrganizationFactory(slug="isro", country=india), OrganizationFactory(slug="jaxa", country=japan)
    lupex = MissionFactory(slug="lupex")
    iss = MissionFactory(slug="iss")
    ParticipationFactory(mission=lupex, organization=jaxa, role="lead")
    ParticipationFactory(mission=lupex, organization=isro, role="partner")
    ParticipationFactory(mission=iss, organization=jaxa, role="partner")
    ParticipationFactory(mission=MissionFactory(slug="hidden", publication_status=Status.DRAFT), organization=isro)
    return lupex, iss


def pairs(response) -> set[tuple[str, str, str]]:
    assert response.status_code == 200, response.content
    return {(row["mission"], row["organization"], row["role"]) for row in response.json()["results"]}


def test_participations_of_published_missions(client, participations):
    assert pairs(client.get(PARTICIPATIONS)) == {
        ("lupex", "jaxa", "lead"),
        ("lupex", "isro", "partner"),
        ("iss", "jaxa", "partner"),
    }


def test_participations_filter_by_mission(client, participations):
    assert pairs(client.get(PARTICIPATIONS, {"mission": "iss"})) == {("iss", "jaxa", "partner")}


def test_participations_filter_by_organization(client, participations):
    assert pairs(client.get(PARTICIPATIONS, {"organization": "isro"})) == {("lupex", "isro", "partner")}


def test_participations_filter_by_role(client, participations):
    assert pairs(client.get(PARTICIPATIONS, {"role": "lead"})) == {("lupex", "jaxa", "lead")}


def test_participations_filter_by_organizations_country(client, participations):
    assert pairs(client.get(PARTICIPATIONS, {"country": "JP"})) == {
        ("lupex", "jaxa", "lead"),
        ("iss", "jaxa", "partner"),
    }


def test_participations_csv(client, participations):
    response = client.get(PARTICIPATIONS, {"format": "csv", "mission": "lupex"})
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {(r["mission"], r["organization"]) for r in table} == {("lupex", "jaxa"), ("lupex", "isro")}


def test_participations_bad_role_is_a_400(client, participations):
    assert client.get(PARTICIPATIONS, {"role": "boss"}).status_code == 400


@pytest.mark.parametrize("count", [5, 50])
def test_participations_list_runs_a_constant_number_of_queries(client, django_assert_num_queries, count):
    org = OrganizationFactory(slug="esa")
    for n in range(count):
        ParticipationFactory(mission=MissionFactory(slug=f"m-{n}"), organization=org)
    # the organization filter's choice, the count (+ latest change), the page of rows (joined)
    with django_assert_num_queries(3):
        assert client.get(PARTICIPATIONS, {"organization": "esa", "page_size": 100}).json()["count"] == count


# --- a row change moves its parent, for `updated_after` sync -------------------------------------------


def _stamp_in_the_past(model, record) -> datetime.datetime:
    past = timezone.now() - datetime.timedelta(days=1)
    model.objects.filter(pk=record.pk).update(updated_at=past)
    return past + datetime.timedelta(hours=1)


def test_signatory_edit_shows_up_in_agreements_updated_after_sync(client, rows):
    _india, _brazil, ost, _artemis = rows
    since = _stamp_in_the_past(Agreement, ost)
    url = reverse("api:agreement-list")
    assert "outer-space-treaty" not in client.get(url, {"updated_after": since.isoformat()}).text
    row = ost.signatories.get(country__code="br")
    row.ratified_on, row.status = D(1969, 3, 5), "ratified"
    row.save()  # as the admin inline, the CSV import and the loader do
    assert "outer-space-treaty" in client.get(url, {"updated_after": since.isoformat()}).text


def test_participation_delete_moves_its_missions_updated_at(participations):
    lupex, _iss = participations
    since = _stamp_in_the_past(Mission, lupex)
    lupex.participations.first().delete()
    lupex.refresh_from_db()
    assert lupex.updated_at > since


# --- deletions -------------------------------------------------------------------------------------------


def deletions(client, since) -> list[dict]:
    response = client.get(DELETIONS, {"since": since.isoformat()})
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.mark.history
def test_deleted_signatory_row_is_reported(client, rows):
    _india, brazil, ost, _artemis = rows
    since = timezone.now()
    row = ost.signatories.get(country=brazil)
    row_id = row.pk
    row.delete()
    (item,) = deletions(client, since)
    assert item["type"] == "signatory" and item["change"] == "deleted"
    assert item["key"] == str(row_id) and item["parent"] == "agreements/outer-space-treaty"


@pytest.mark.history
def test_deleted_and_unpublished_records_are_reported_by_their_published_key(client, rows):
    since = timezone.now()
    MissionFactory(slug="gone-mission").delete()
    org = OrganizationFactory(slug="was-public")
    org.publication_status = Status.DRAFT
    org.slug = "renamed-while-draft"
    org.save()
    found = {(i["type"], i["change"], i["key"]) for i in deletions(client, since)}
    assert ("mission", "deleted", "gone-mission") in found
    assert ("organization", "unpublished", "was-public") in found
    assert not any("renamed" in key for _t, _c, key in found)


def test_never_published_records_are_never_named(client):
    since = timezone.now()
    OrganizationFactory(slug="secret-draft", publication_status=Status.DRAFT).delete()
    OrganizationFactory(slug="still-draft", publication_status=Status.DRAFT)
    assert deletions(client, since) == []


def test_older_deletions_are_not_reported(client, rows):
    Organization.objects.create(name="Old", slug="old-org").delete()
    assert deletions(client, timezone.now()) == []


@pytest.mark.parametrize("query", [{}, {"since": "yesterday"}, {"since": "2026-13-01"}, {"since": "", "x": "1"}])
def test_deletions_needs_a_valid_since(client, query):
    response = client.get(DELETIONS, query)
    assert response.status_code == 400
    assert response.json()


def test_deletions_run_a_constant_number_of_queries(client, django_assert_num_queries, rows):
    since = timezone.now()
    for n in range(5):
        MissionFactory(slug=f"m-{n}").delete()
    with django_assert_num_queries(DELETION_QUERIES):
        client.get(DELETIONS, {"since": since.isoformat()})


# two per record type (deleted, unpublished: eight types, guides and questions included) and one per
# row type (signatories, participations, memberships)
DELETION_QUERIES = 19


def test_a_draft_agreements_slug_lists_no_rows_as_any_unknown_slug(client, rows):
    response = client.get(SIGNATORIES, {"agreement": "hidden-accord"})
    assert response.status_code == 200 and response.json()["count"] == 0
