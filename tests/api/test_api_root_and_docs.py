"""The API root, schema, Swagger UI, throttling, token auth and the JSON 404 under /api/v1/."""

import pytest
from django.urls import reverse
from rest_framework.throttling import SimpleRateThrottle

pytestmark = pytest.mark.django_db


def test_root_lists_every_resource(api):
    body = api.get(reverse("api:api-root")).json()
    assert {"organizations", "countries", "missions", "agreements", "events", "topics"} <= set(body)


def test_schema_documents_filters_enums_and_errors(api):
    schema = api.get(reverse("api:schema"), {"format": "json"}).json()
    missions = schema["paths"]["/api/v1/missions/"]["get"]
    params = {p["name"]: p for p in missions["parameters"]}
    spec_filters = {"kind", "status", "organization", "country", "topic", "started_after", "started_before"}
    assert spec_filters | {"q", "ordering", "page", "page_size", "updated_after", "format"} <= set(params)
    assert "-name" in params["ordering"]["schema"]["items"]["enum"]
    assert params["page_size"]["schema"]["maximum"] == 100
    assert {"200", "304", "400", "404", "429"} <= set(missions["responses"])
    update = schema["paths"]["/api/v1/missions/{slug}/"]["patch"]
    assert {"400", "401", "403", "404", "409", "429"} <= set(update["responses"])
    events = {p["name"] for p in schema["paths"]["/api/v1/events/"]["get"]["parameters"]}
    assert {"year_from", "year_to", "mission", "agreement"} <= events
    agreements = {p["name"] for p in schema["paths"]["/api/v1/agreements/"]["get"]["parameters"]}
    assert {"kind", "binding", "signatory", "as_of"} <= agreements
    delete = schema["paths"]["/api/v1/missions/{slug}/"]["delete"]
    assert "version" in {p["name"] for p in delete["parameters"]} and "409" in delete["responses"]


def test_schema_documents_the_rows_under_agreements_and_missions(api):
    paths = api.get(reverse("api:schema"), {"format": "json"}).json()["paths"]
    for path in ("/api/v1/agreements/{slug}/signatories/{id}/", "/api/v1/missions/{slug}/participants/{id}/"):
        assert {"get", "put", "patch", "delete"} <= set(paths[path])
        assert {"400", "401", "403", "404"} <= set(paths[path]["patch"]["responses"])
    assert {"get", "post"} <= set(paths["/api/v1/missions/{slug}/participants/"])


def test_swagger_ui_is_served_from_our_own_static_files(api):
    page = api.get(reverse("api:docs")).content.decode()
    assert "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    assert "<script>" not in page  # no inline script: the strict CSP would block it


def test_anonymous_requests_are_throttled_with_retry_after(api, monkeypatch):
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"anon": "2/minute"})
    # Each request is a different address: a response-cache hit is served without touching the
    # throttle (it costs what a static file costs), so only misses are counted.
    url = reverse("api:topic-list")
    assert [api.get(url, {"q": word}).status_code for word in ("a", "b")] == [200, 200]
    response = api.get(url, {"q": "c"})
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert "detail" in response.json()


def test_bad_token_is_a_401_even_for_reads(api):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert api.get(reverse("api:topic-list")).status_code == 401


def test_curator_can_write_with_a_session_too(client, curator):
    client.force_login(curator)
    response = client.post(reverse("api:topic-list"), {"name": "Mars", "slug": "mars"}, content_type="application/json")
    assert response.status_code == 201


def test_unknown_api_url_is_a_json_404(api):
    response = api.get("/api/v1/no-such-thing/")
    assert response.status_code == 404 and response["Content-Type"] == "application/json"


def test_csv_errors_are_json(api):
    response = api.get(reverse("api:mission-list"), {"format": "csv", "page_size": 500})
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
