"""Bad input never gives a 500: every filter of every list page and API list, fed hostile values."""

import pytest
from django.urls import resolve, reverse

from coop_site.records.registry import record_types
from tests.factories import AgreementFactory, EventFactory, MissionFactory, OrganizationFactory, SignatoryFactory

pytestmark = pytest.mark.django_db

BAD_VALUES = ["bogus", "\x00", "-1", "99999999999999999999", "2000-13-45", "<script>alert(1)</script>", "' OR 1=1 --"]


def _lists() -> list[tuple]:
    """(page URL name or None, API list path, FilterSet) for every record type of the registry."""
    lists = []
    for model in record_types():
        api = reverse(f"api:{model._meta.model_name}-list")
        filterset = resolve(api).func.cls.filterset_class
        lists.append((getattr(model, "list_url_name", None), api, filterset))
    return lists


LISTS = _lists()
CASES = [
    (page, api, name)
    for page, api, filterset in LISTS
    for name in [*filterset.base_filters, "page", "page_size", "sort", "unknown"]
]


@pytest.fixture
def records():
    mission = MissionFactory(slug="iss")
    OrganizationFactory(slug="nasa")
    SignatoryFactory(agreement=AgreementFactory(slug="artemis-accords"))
    EventFactory().missions.add(mission)


@pytest.mark.parametrize(("page", "api", "param"), CASES, ids=[f"{c[1]}?{c[2]}" for c in CASES])
def test_hostile_filter_values_give_a_clear_4xx_or_a_page_never_a_500(client, records, page, api, param):
    for value in BAD_VALUES:
        urls = [api] + ([reverse(page)] if page else [])
        for url in urls:
            response = client.get(url, {param: value})
            assert response.status_code in (200, 400, 404), (url, param, value, response.status_code)
            if response.status_code == 400 and url.startswith("/api/"):
                assert response["Content-Type"].startswith("application/json")
            if response["Content-Type"].startswith("text/html"):
                assert b"<script>alert(1)</script>" not in response.content, "user text must be escaped"
