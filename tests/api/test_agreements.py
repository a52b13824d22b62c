"""/api/v1/agreements/ and /api/v1/agreements/<slug>/signatories/: counts as of a date, filters, writes."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Signatory, Status
from tests import factories as f

from .helpers import at, set_updated_at, slugs

pytestmark = pytest.mark.django_db
LIST = reverse("api:agreement-list")


def detail(slug: str) -> str:
    return reverse("api:agreement-detail", kwargs={"slug": slug})


def signatories(slug: str) -> str:
    return reverse("api:agreement-signatories", kwargs={"slug": slug})


def signatory_detail(slug: str, pk: int) -> str:
    return reverse("api:agreement-signatory-detail", kwargs={"slug": slug, "id": pk})


@pytest.fixture
def accords():
    """Three signed by the end of 2023, five by today; one of the early ones ratified in 2024."""
    agreement = f.AgreementFactory(slug="artemis-accords", binding=False, kind="accords")
    for n, signed in enumerate([(2020, 10, 13), (2021, 5, 1), (2023, 12, 31), (2024, 1, 1), (2025, 3, 3)]):
        f.SignatoryFactory(agreement=agreement, country__code=f"c{chr(97 + n)}", signed_on=datetime.date(*signed))
    first = agreement.signatories.get(country__code="ca")
    first.ratified_on, first.status = datetime.date(2024, 2, 2), "ratified"
    first.save()
    return agreement


def test_list_has_the_envelope_and_derived_counts(api, accords):
    body = api.get(LIST).json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["url"] == "http://testserver/api/v1/agreements/artemis-accords/"
    assert (item["signatory_count"], item["party_count"]) == (5, 1)
    assert {"name", "short_name", "kind", "binding", "opened_for_signature", "entered_into_force"} <= set(item)


def test_as_of_counts_on_the_list(api, accords):
    item = api.get(LIST, {"as_of": "2023-12-31"}).json()["results"][0]
    assert (item["signatory_count"], item["party_count"]) == (3, 0)
    today = datetime.date.today().isoformat()
    assert api.get(LIST, {"as_of": today}).json()["results"][0]["signatory_count"] == 5


def test_as_of_on_the_detail_dates_counts_and_signatories(api, accords):
    body = api.get(detail("artemis-accords"), {"as_of": "2023-12-31"}).json()
    assert body["signatory_count"] == 3 and body["as_of"] == "2023-12-31"
    assert [row["country"] for row in body["signatories"]] == ["ca", "cb", "cc"]
    first = body["signatories"][0]
    assert (first["status"], first["ratified_on"]) == ("signed", None)  # it ratified only in 2024


def test_detail_without_as_of_lists_every_signatory(api, accords):
    body = api.get(detail("artemis-accords")).json()
    assert body["signatory_count"] == 5 and len(body["signatories"]) == 5
    first = body["signatories"][0]
    assert first == {
        "id": first["id"],
        "url": f"http://testserver{signatory_detail('artemis-accords', first['id'])}",
        "country": "ca",
        "organization": None,
        "signed_on": "2020-10-13",
        "ratified_on": "2024-02-02",
        "withdrawn_on": None,
        "status": "ratified",
        "notes": "",
        "disputes": [],
        "updated_at": first["updated_at"],
    }


def test_signatories_endpoint_as_of(api, accords):
    assert api.get(signatories("artemis-accords")).json()["count"] == 5
    assert api.get(signatories("artemis-accords"), {"as_of": "2023-12-31"}).json()["count"] == 3


def test_signatories_endpoint_csv(api, accords):
    response = api.get(signatories("artemis-accords"), {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="artemis-accords-signatories.csv"'
    assert len(response.content.decode().splitlines()) == 6


def test_bad_as_of_is_a_400(api, accords):
    assert api.get(LIST, {"as_of": "2023-13-01"}).status_code == 400
    assert api.get(signatories("artemis-accords"), {"as_of": "soon"}).status_code == 400


def test_withdrawn_signatory_counts_until_it_withdrew(api):
    agreement = f.AgreementFactory(slug="moon-agreement")
    f.SignatoryFactory(
        agreement=agreement,
        signed_on=datetime.date(1980, 1, 1),
        ratified_on=datetime.date(1981, 1, 1),
        withdrawn_on=datetime.date(2023, 1, 5),
        status="withdrawn",
    )
    assert api.get(detail("moon-agreement"), {"as_of": "2022-12-31"}).json()["signatory_count"] == 1
    assert api.get(detail("moon-agreement"), {"as_of": "2023-01-05"}).json()["signatory_count"] == 0


def test_filter_kind(api):
    f.AgreementFactory(slug="ost", kind="treaty")
    f.AgreementFactory(slug="accords", kind="accords")
    assert slugs(api.get(LIST, {"kind": "accords"})) == ["accords"]


def test_filter_binding(api):
    f.AgreementFactory(slug="ost", binding=True)
    f.AgreementFactory(slug="accords", binding=False)
    assert slugs(api.get(LIST, {"binding": "false"})) == ["accords"]
    assert slugs(api.get(LIST, {"binding": "true"})) == ["ost"]


def test_filter_signatory(api):
    f.SignatoryFactory(agreement__slug="ost", country__code="in")
    f.SignatoryFactory(agreement__slug="accords", country__code="fr")
    assert slugs(api.get(LIST, {"signatory": "IN"})) == ["ost"]


def test_filter_topic(api):
    topic = f.TopicFactory(slug="space-law")
    f.AgreementFactory(slug="ost").topics.add(topic)
    f.AgreementFactory(slug="charter")
    assert slugs(api.get(LIST, {"topic": "space-law"})) == ["ost"]


def test_filter_updated_after_is_inclusive(api):
    set_updated_at(f.AgreementFactory(slug="at-the-instant"), at(2025, 6, 1))
    set_updated_at(f.AgreementFactory(slug="just-before"), at(2025, 5, 31, 23))
    assert slugs(api.get(LIST, {"updated_after": "2025-06-01T00:00:00Z"})) == ["at-the-instant"]


def test_search_q(api):
    f.AgreementFactory(slug="ost", name="Outer Space Treaty")
    f.AgreementFactory(slug="rescue", name="Rescue Agreement")
    assert slugs(api.get(LIST, {"q": "outer"})) == ["ost"]


def test_ordering_by_signatory_count(api, accords):
    f.AgreementFactory(slug="empty")
    assert slugs(api.get(LIST, {"ordering": "-signatory_count"})) == ["artemis-accords", "empty"]
    assert slugs(api.get(LIST, {"ordering": "signatory_count"})) == ["empty", "artemis-accords"]


def test_csv_export(api, accords):
    response = api.get(LIST, {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="agreements.csv"'
    assert "signatory_count" in response.content.decode().splitlines()[0]


def test_draft_is_invisible_to_visitors(api):
    f.AgreementFactory(slug="secret", publication_status=Status.DRAFT)
    assert api.get(LIST).json()["count"] == 0
    assert api.get(detail("secret")).status_code == 404
    assert api.get(signatories("secret")).status_code == 404


def test_signatory_that_is_a_draft_country_is_not_listed_to_visitors(api):
    f.SignatoryFactory(agreement__slug="ost", country__publication_status=Status.DRAFT)
    assert api.get(detail("ost")).json()["signatories"] == []


def test_anonymous_cannot_add_a_signatory(api, accords):
    assert api.post(signatories("artemis-accords"), {"country": "ca"}, format="json").status_code == 401


def test_curator_adds_a_signatory_and_counts_follow(curator_api, api, accords):
    f.CountryFactory(code="in")
    response = curator_api.post(
        signatories("artemis-accords"), {"country": "IN", "signed_on": "2025-06-21"}, format="json"
    )
    assert response.status_code == 201, response.content
    assert api.get(detail("artemis-accords")).json()["signatory_count"] == 6


def test_signatory_validation_error_uses_the_models_sentence(curator_api, accords):
    f.CountryFactory(code="in")
    payload = {"country": "in", "signed_on": "2025-06-21", "ratified_on": "2025-01-01", "status": "ratified"}
    response = curator_api.post(signatories("artemis-accords"), payload, format="json")
    assert response.status_code == 422  # schema-valid, refused by a rule between two dates
    assert response.json()["ratified_on"] == ["Ratified date 2025-01-01 is before signed date 2025-06-21."]


def test_duplicate_signatory_is_a_409(curator_api, accords):
    response = curator_api.post(signatories("artemis-accords"), {"country": "ca"}, format="json")
    assert response.status_code == 409
    assert response.json()["detail"] == "This country is already a signatory of this agreement."
    assert Signatory.objects.filter(country__code="ca").count() == 1


def test_curator_creates_and_updates_an_agreement(curator_api):
    payload = {"name": "Outer Space Treaty", "slug": "ost", "kind": "treaty", "binding": True}
    created = curator_api.post(LIST, payload, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["signatory_count"] == 0
    updated = curator_api.patch(detail("ost"), {"short_name": "OST", "version": 1}, format="json")
    assert updated.status_code == 200 and updated.json()["short_name"] == "OST"


def test_entry_into_force_before_opening_is_a_422(curator_api):
    payload = {
        "name": "X",
        "slug": "x",
        "kind": "treaty",
        "opened_for_signature": "1967-01-27",
        "entered_into_force": "1966-01-01",
    }
    response = curator_api.post(LIST, payload, format="json")
    assert response.status_code == 422 and "entered_into_force" in response.json()


def test_stale_version_is_a_409(curator_api):
    agreement = f.AgreementFactory(slug="ost")
    agreement.save()
    assert curator_api.patch(detail("ost"), {"name": "Mine", "version": 1}, format="json").status_code == 409


def test_a_new_signatory_changes_the_list_etag(api, accords):
    etag = api.get(LIST)["ETag"]
    assert api.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 304
    f.SignatoryFactory(agreement=accords, country__code="zz")
    assert api.get(LIST, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_signatories_etag_gives_304(api, accords):
    etag = api.get(signatories("artemis-accords"))["ETag"]
    assert api.get(signatories("artemis-accords"), HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    for agreement in f.AgreementFactory.create_batch(rows):
        f.SignatoryFactory(agreement=agreement)
    response, queries = count_queries(api, LIST, page_size=100, as_of="2024-01-01")
    assert response.json()["count"] == rows
    # 1 count + max(updated_at) + signatory stats for the ETag and paginator, 2 the page with counts
    assert queries == 2
