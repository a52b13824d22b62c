"""Regression tests for what schemathesis (`--checks all`, scripts/contract_test.sh) found, one per finding.

The API answers a write by what is wrong with it: 400 when the body breaks the OpenAPI schema (type,
length, pattern), 422 when it fits the schema but the data refuses it (a slug that names no record, an
end before its start), 409 when it clashes with a stored record. Reads: a method the URL does not offer
is a 405, a boolean filter is `true` or `false`, a slug filter has the slug pattern.
"""

import glob
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.validators import URLValidator
from django.urls import reverse
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from catalog.models import Agreement, Organization
from coop_site.records.api.fields import NOT_BLANK_PATTERN, URL_PATTERN
from tests import factories as f

ORGANIZATIONS = "/api/v1/organizations/"
AGREEMENTS = "/api/v1/agreements/"
NEW_ORGANIZATION = {"slug": "new-agency", "name": "New Agency", "kind": "national_agency"}


@pytest.fixture
def schema(api):
    return api.get(reverse("api:schema"), {"format": "json"}).json()


# --- ST204: an undeclared method is a 405 before anything else can answer -------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?format=csv&page=1"])
def test_trace_on_a_list_is_a_405_with_allow_even_anonymously(api, query):
    response = api.generic("TRACE", ORGANIZATIONS + query)
    assert response.status_code == 405
    assert response["Allow"] == "GET, POST, HEAD, OPTIONS"


@pytest.mark.django_db
def test_trace_on_deletions_is_a_405(api):
    assert api.generic("TRACE", "/api/v1/deletions/?since=2026-01-01T00:00:00Z").status_code == 405


# --- ST202/ST201 on write bodies: the JSON types the schema states, nothing coerced ----------------
@pytest.mark.django_db
def test_a_body_that_is_not_json_is_a_415_and_the_schema_lists_json_only(curator_api, schema):
    response = curator_api.post(ORGANIZATIONS, NEW_ORGANIZATION, format="multipart")
    assert response.status_code == 415
    assert not Organization.objects.exists()
    body = schema["paths"]["/api/v1/organizations/"]["post"]["requestBody"]["content"]
    assert list(body) == ["application/json"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [("binding", 0), ("name", 5), ("slug", 0), ("missions", {}), ("topics", "space-law"), ("version", "1")],
)
def test_a_value_of_another_json_type_is_a_400(curator_api, field, value):
    body = {"slug": "x", "name": "X", "kind": "treaty", field: value}
    response = curator_api.post(AGREEMENTS, body, format="json")
    assert response.status_code == 400 and field in response.json()
    assert not Agreement.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value"), [("name", "   "), ("name", "Space\x00Agency"), ("acronym", "A\x00")])
def test_blank_or_nul_text_is_a_400_as_the_schema_pattern_says(curator_api, schema, field, value):
    response = curator_api.post(ORGANIZATIONS, {**NEW_ORGANIZATION, field: value}, format="json")
    assert response.status_code == 400 and field in response.json()
    name = schema["components"]["schemas"]["OrganizationRequest"]["properties"]["name"]
    assert name["pattern"] == NOT_BLANK_PATTERN and name["minLength"] == 1


# --- codes and slugs: malformed is a 400 (the schema's pattern), well-formed but unknown a 422 ------
@pytest.mark.django_db
@pytest.mark.parametrize("code", ["00", "a", "", "in1"])
def test_a_malformed_country_code_is_a_400(curator_api, code):
    response = curator_api.post(ORGANIZATIONS, {**NEW_ORGANIZATION, "country": code}, format="json")
    assert response.status_code == 400
    assert response.json() == {"country": ["Enter a two-letter ISO 3166-1 code."]}


@pytest.mark.django_db
def test_a_new_country_with_code_00_is_a_400_not_a_constraint_error(curator_api, schema):
    response = curator_api.post("/api/v1/countries/", {"code": "00", "name": "Nowhere"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["code"]
    code = schema["components"]["schemas"]["CountryRequest"]["properties"]["code"]
    assert code["pattern"] == "^[A-Za-z]{2}$"


@pytest.mark.django_db
def test_a_well_formed_code_or_slug_that_names_no_record_is_a_422(curator_api):
    response = curator_api.post(
        ORGANIZATIONS, {**NEW_ORGANIZATION, "country": "ZZ", "topics": ["no-such-topic"]}, format="json"
    )
    assert response.status_code == 422
    assert response.json() == {
        "country": ["Object with code=zz does not exist."],
        "topics": ["Object with slug=no-such-topic does not exist."],
    }
    assert not Organization.objects.exists()


@pytest.mark.django_db
def test_a_malformed_slug_beside_an_unknown_one_is_a_400(curator_api):
    response = curator_api.post(ORGANIZATIONS, {**NEW_ORGANIZATION, "topics": ["a b", "no-such"]}, format="json")
    assert response.status_code == 400


@pytest.mark.django_db
def test_a_signatory_that_is_neither_a_country_nor_an_organization_is_a_422(curator_api):
    f.AgreementFactory(slug="accords")
    response = curator_api.post("/api/v1/agreements/accords/signatories/", {"status": "signed"}, format="json")
    assert response.status_code == 422
    assert response.json()["country"] == ["Choose a country or an organization (exactly one)."]


# --- clashes with stored records are 409s, shaped like every 409 ----------------------------------
@pytest.mark.django_db
def test_a_slug_already_taken_is_a_409_with_detail_and_the_field(curator_api):
    f.OrganizationFactory(slug="new-agency")
    response = curator_api.post(ORGANIZATIONS, NEW_ORGANIZATION, format="json")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "organization with this slug already exists.",
        "slug": ["organization with this slug already exists."],
    }


# --- `version`: required on PUT and PATCH, in the API and in the schema -------------------------------
@pytest.mark.django_db
def test_update_without_version_is_a_400_and_the_schema_requires_it(curator_api, schema):
    f.OrganizationFactory(slug="esa")
    response = curator_api.patch(f"{ORGANIZATIONS}esa/", {"summary": "x"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["version"]
    components = schema["components"]["schemas"]
    assert "version" in components["PatchedOrganizationRequest"]["required"]
    assert "version" in components["OrganizationUpdateRequest"]["required"]
    assert "version" not in components["OrganizationRequest"]["required"]
    paths = schema["paths"]["/api/v1/organizations/{slug}/"]
    assert paths["put"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/OrganizationUpdateRequest"
    )


def test_every_write_documents_400_409_415_and_422(schema):
    writes = [
        operation
        for path in schema["paths"].values()
        for method, operation in path.items()
        if method in ("post", "put", "patch")
    ]
    assert len(writes) > 20
    for operation in writes:
        assert {"400", "409", "415", "422"} <= set(operation["responses"]), operation["operationId"]


# --- URLs: the schema's pattern is exactly what the API accepts -----------------------------------
def test_every_url_in_the_fixtures_fits_the_url_pattern():
    urls = set()

    def collect(value):
        if isinstance(value, str):
            urls.update(u for u in value.split(" | ") if u.startswith(("http://", "https://")))
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for path in glob.glob(str(Path(settings.BASE_DIR) / "fixtures" / "**" / "*.json"), recursive=True):
        collect(json.loads(Path(path).read_text()))
    assert len(urls) > 300
    assert [url for url in urls if not re.match(URL_PATTERN, url)] == []


@hypothesis_settings(max_examples=300, deadline=None, derandomize=True)
@given(st.from_regex(URL_PATTERN, fullmatch=True))
def test_every_string_the_url_pattern_allows_is_a_url_django_accepts(url):
    URLValidator()(url)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["https://example.org/caf\u00e9", "https://example.org/a b", "ftp://example.org/"])
def test_a_source_url_outside_the_pattern_is_a_400(curator_api, url):
    body = {**NEW_ORGANIZATION, "sources": [{"title": "T", "url": url}]}
    response = curator_api.post(ORGANIZATIONS, body, format="json")
    assert response.status_code == 400 and "sources" in response.json()


# --- read filters ------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize("value", ["null", "yes", "1", ""])
def test_a_boolean_filter_is_true_or_false_on_the_api(api, value):
    response = api.get("/api/v1/events/", {"featured": value})
    assert response.status_code == 400 and "featured" in response.json()


@pytest.mark.django_db
def test_a_boolean_filter_still_filters(api):
    f.EventFactory(slug="big", featured=True)
    f.EventFactory(slug="small", featured=False)
    assert [e["slug"] for e in api.get("/api/v1/events/", {"featured": "true"}).json()["results"]] == ["big"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "/api/v1/signatories/?agreement=",
        "/api/v1/signatories/?organization=",
        "/api/v1/participations/?mission=%C2%A4x",
    ],
)
def test_rows_across_refuse_an_empty_or_malformed_slug(api, query):
    assert api.get(query).status_code == 400


@pytest.mark.django_db
def test_rows_across_answer_a_well_formed_unknown_slug_with_an_empty_list(api):
    response = api.get("/api/v1/participations/", {"mission": "no-such-mission"})
    assert response.status_code == 200 and response.json()["count"] == 0


@pytest.mark.django_db
def test_deletions_without_since_is_a_documented_400(api, schema):
    assert api.get("/api/v1/deletions/").status_code == 400
    assert "400" in schema["paths"]["/api/v1/deletions/"]["get"]["responses"]


# --- ST201: DELETE with `version` given several times (an array where the schema says an integer) -----
@pytest.mark.django_db
def test_delete_with_version_given_twice_is_a_400_and_deletes_nothing(curator_api):
    organization = f.OrganizationFactory(slug="new-agency", publication_status="draft")
    response = curator_api.delete(f"{ORGANIZATIONS}new-agency/?version=1&version=1")
    assert response.status_code == 400
    assert response.json()["version"] == ["Give the record's version once, not several times."]
    assert Organization.objects.filter(pk=organization.pk).exists()


# --- ST202: a date filter's pattern admits only dates that exist ------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "exists"),
    [
        ("1903-11-30", True),
        ("1903-11-31", False),
        ("2024-02-29", True),
        ("2000-02-29", True),
        ("1900-02-29", False),
        ("2023-02-29", False),
        ("2023-02-30", False),
        ("2100-12-31", True),
        ("2201", False),
    ],
)
def test_the_partial_date_pattern_matches_what_the_filter_accepts(api, schema, value, exists):
    pattern = schema["paths"]["/api/v1/signatories/"]["get"]["parameters"]
    pattern = next(p for p in pattern if p["name"] == "signed_before")["schema"]["pattern"]
    assert bool(re.fullmatch(pattern, value)) is exists
    response = api.get("/api/v1/signatories/", {"signed_before": value})
    assert response.status_code == (200 if exists else 400)
