"""/api/v1/events/: dates at their precision, every SPEC filter, writes, caching."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Status
from tests import factories as f
from timeline.models import Event

from .helpers import at, set_updated_at, slugs

pytestmark = pytest.mark.django_db
LIST = reverse("api:event-list")


def detail(slug: str) -> str:
    return reverse("api:event-detail", kwargs={"slug": slug})


def test_list_item_has_date_at_its_precision_and_links(api):
    event = f.EventFactory(slug="gateway-decision", date=datetime.date(2024, 12, 1), date_precision="month")
    event.missions.add(f.MissionFactory(slug="gateway"))
    event.countries.add(f.CountryFactory(code="jp"))
    body = api.get(LIST).json()
    item = body["results"][0]
    assert (item["date"], item["date_precision"]) == ("2024-12", "month")
    assert (item["missions"], item["countries"], item["organizations"]) == (["gateway"], ["jp"], [])
    assert item["web_url"] == "http://testserver/timeline/gateway-decision/"


def test_detail_by_slug(api):
    f.EventFactory(slug="iss-launch", date=datetime.date(1998, 1, 1), date_precision="year")
    body = api.get(detail("iss-launch")).json()
    assert (body["date"], body["version"]) == ("1998", 1) and body["sources"]


def test_links_to_drafts_are_hidden_from_visitors(api):
    event = f.EventFactory(slug="e")
    event.missions.add(f.MissionFactory(slug="secret", publication_status=Status.DRAFT))
    assert api.get(detail("e")).json()["missions"] == []


@pytest.mark.parametrize(
    ("param", "factory", "value", "attr"),
    [
        ("organization", f.OrganizationFactory, "esa", "organizations"),
        ("mission", f.MissionFactory, "iss", "missions"),
        ("agreement", f.AgreementFactory, "ost", "agreements"),
        ("topic", f.TopicFactory, "space-law", "topics"),
    ],
)
def test_filter_by_linked_record(api, param, factory, value, attr):
    getattr(f.EventFactory(slug="linked"), attr).add(factory(slug=value))
    f.EventFactory(slug="unlinked")
    assert slugs(api.get(LIST, {param: value})) == ["linked"]


def test_filter_country(api):
    f.EventFactory(slug="linked").countries.add(f.CountryFactory(code="in"))
    f.EventFactory(slug="unlinked")
    assert slugs(api.get(LIST, {"country": "IN"})) == ["linked"]


def test_filter_kind(api):
    f.EventFactory(slug="signed", kind="signature")
    f.EventFactory(slug="launched", kind="launch")
    assert slugs(api.get(LIST, {"kind": "signature"})) == ["signed"]


def test_filter_year_from_includes_january_first_and_excludes_the_day_before(api):
    f.EventFactory(slug="first-day", date=datetime.date(1990, 1, 1))
    f.EventFactory(slug="day-before", date=datetime.date(1989, 12, 31))
    assert slugs(api.get(LIST, {"year_from": 1990})) == ["first-day"]


def test_filter_year_to_includes_december_31st_and_excludes_the_day_after(api):
    f.EventFactory(slug="last-day", date=datetime.date(1999, 12, 31))
    f.EventFactory(slug="day-after", date=datetime.date(2000, 1, 1))
    assert slugs(api.get(LIST, {"year_to": 1999})) == ["last-day"]


def test_year_out_of_range_is_a_400(api):
    assert api.get(LIST, {"year_from": 1066}).status_code == 400


def test_filter_updated_after_is_inclusive(api):
    set_updated_at(f.EventFactory(slug="new"), at(2025, 1, 1))
    set_updated_at(f.EventFactory(slug="old"), at(2024, 12, 31, 23))
    assert slugs(api.get(LIST, {"updated_after": "2025-01-01T00:00:00Z"})) == ["new"]


def test_search_and_ordering(api):
    f.EventFactory(slug="a", title="Apollo–Soyuz docking", date=datetime.date(1975, 7, 17))
    f.EventFactory(slug="b", title="ISS first module", date=datetime.date(1998, 11, 20))
    assert slugs(api.get(LIST, {"q": "soyuz"})) == ["a"]
    assert slugs(api.get(LIST, {"ordering": "-date"})) == ["b", "a"]


def test_csv_export_joins_lists(api):
    event = f.EventFactory(slug="e")
    event.countries.add(
        f.CountryFactory(code="us", name="United States"), f.CountryFactory(code="su", name="Soviet Union")
    )
    response = api.get(LIST, {"format": "csv"})
    assert response["Content-Disposition"] == 'attachment; filename="events.csv"'
    assert ",su|us," in response.content.decode().splitlines()[1]


def test_draft_is_invisible_to_visitors(api):
    f.EventFactory(slug="secret", publication_status=Status.DRAFT)
    assert api.get(LIST).json()["count"] == 0
    assert api.get(detail("secret")).status_code == 404


def test_anonymous_write_is_a_401(api):
    assert (
        api.post(LIST, {"title": "X", "slug": "x", "date": "2000", "kind": "launch"}, format="json").status_code == 401
    )


def test_curator_creates_with_a_partial_date_and_links(curator_api):
    f.MissionFactory(slug="iss")
    payload = {"title": "ISS assembly", "slug": "assembly", "kind": "milestone", "date": "1998-11", "missions": ["iss"]}
    response = curator_api.post(LIST, payload, format="json")
    assert response.status_code == 201, response.content
    event = Event.objects.get()
    assert (event.date, event.date_precision, response.json()["date"]) == (
        datetime.date(1998, 11, 1),
        "month",
        "1998-11",
    )


def test_end_before_date_is_a_422(curator_api):
    payload = {"title": "X", "slug": "x", "kind": "conference", "date": "2000-05-10", "end_date": "2000-05-09"}
    response = curator_api.post(LIST, payload, format="json")
    assert response.status_code == 422 and list(response.json()) == ["end_date"]


def test_malformed_partial_date_is_a_400(curator_api):
    payload = {"title": "X", "slug": "x", "kind": "conference", "date": "2000-02-30"}
    assert curator_api.post(LIST, payload, format="json").status_code == 400


def test_stale_version_is_a_409(curator_api):
    f.EventFactory(slug="e").save()
    assert curator_api.patch(detail("e"), {"title": "Mine", "version": 1}, format="json").status_code == 409


def test_etag_304(api):
    f.EventFactory()
    assert api.get(LIST, HTTP_IF_NONE_MATCH=api.get(LIST)["ETag"]).status_code == 304


@pytest.mark.parametrize("rows", [5, 50])
def test_list_query_count_does_not_grow_with_rows(api, count_queries, rows):
    mission = f.MissionFactory()
    for event in f.EventFactory.create_batch(rows):
        event.missions.add(mission)
    response, queries = count_queries(api, LIST, page_size=100)
    assert response.json()["count"] == rows
    # 1 count + max(updated_at), 2 the page, 3-7 organizations, countries, missions, agreements, topics
    assert queries == 7
