"""/api/v1/topics/."""

import pytest
from django.urls import reverse

from catalog.models import Status
from tests import factories as f

from .helpers import at, set_updated_at, slugs

pytestmark = pytest.mark.django_db
LIST = reverse("api:topic-list")


def detail(slug: str) -> str:
    return reverse("api:topic-detail", kwargs={"slug": slug})


def test_list_envelope(api):
    f.TopicFactory(slug="space-law")
    body = api.get(LIST).json()
    assert body["count"] == 1 and body["results"][0]["url"] == "http://testserver/api/v1/topics/space-law/"


def test_detail_lists_published_records_on_the_topic(api):
    topic = f.TopicFactory(slug="human-spaceflight")
    f.MissionFactory(slug="iss").topics.add(topic)
    f.MissionFactory(slug="secret", publication_status=Status.DRAFT).topics.add(topic)
    f.EventFactory(slug="launch").topics.add(topic)
    body = api.get(detail("human-spaceflight")).json()
    assert (body["missions"], body["events"]) == (["iss"], ["launch"])


def test_filter_updated_after_is_inclusive(api):
    set_updated_at(f.TopicFactory(slug="new"), at(2025, 1, 1))
    set_updated_at(f.TopicFactory(slug="old"), at(2024, 12, 31, 23))
    assert slugs(api.get(LIST, {"updated_after": "2025-01-01T00:00:00Z"})) == ["new"]


def test_search_and_ordering(api):
    f.TopicFactory(slug="mars", name="Mars")
    f.TopicFactory(slug="moon", name="Lunar exploration")
    assert slugs(api.get(LIST, {"q": "lunar"})) == ["moon"]
    assert slugs(api.get(LIST, {"ordering": "-name"})) == ["mars", "moon"]


def test_csv_export(api):
    f.TopicFactory()
    assert api.get(LIST, {"format": "csv"})["Content-Disposition"] == 'attachment; filename="topics.csv"'


def test_draft_is_invisible_to_visitors(api):
    f.TopicFactory(slug="secret", publication_status=Status.DRAFT)
    assert api.get(LIST).json()["count"] == 0
    assert api.get(detail("secret")).status_code == 404


def test_writes(api, curator_api):
    assert api.post(LIST, {"name": "Mars", "slug": "mars"}, format="json").status_code == 401
    assert curator_api.post(LIST, {"name": "Mars", "slug": "mars"}, format="json").status_code == 201
    assert curator_api.post(LIST, {"name": "Mars", "slug": "mars-2"}, format="json").status_code == 409  # unique name
    assert curator_api.patch(detail("mars"), {"summary": "Red", "version": 1}, format="json").status_code == 200
    assert curator_api.patch(detail("mars"), {"summary": "Old", "version": 1}, format="json").status_code == 409


def test_etag_304(api):
    f.TopicFactory()
    assert api.get(LIST, HTTP_IF_NONE_MATCH=api.get(LIST)["ETag"]).status_code == 304


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    f.TopicFactory.create_batch(rows)
    response, queries = count_queries(api, LIST, page_size=100)
    assert response.json()["count"] == rows
    assert queries == 2  # 1 count + max(updated_at), 2 the page
