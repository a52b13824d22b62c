"""/api/v1/timelinejs/: the events in TimelineJS3 JSON, checked against the format's rules."""

import datetime
import re

import pytest
from django.urls import reverse

from catalog.models import Status
from tests.factories import EventFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
URL = reverse("api:timelinejs")
D = datetime.date
DIGITS = re.compile(r"^\d+$")


def check_date(value: dict) -> None:
    """TimelineJS3: `year` required; `month` only with a year, `day` only with a month; numbers as digits."""
    assert set(value) <= {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
    assert DIGITS.match(str(value["year"]))
    if "day" in value:
        assert "month" in value
    if "month" in value:
        assert 1 <= int(value["month"]) <= 12
    if "day" in value:
        assert 1 <= int(value["day"]) <= 31


def check_timeline(data: dict) -> None:
    assert isinstance(data["events"], list)
    ids = [event["unique_id"] for event in data["events"]]
    assert len(ids) == len(set(ids)), "unique_id must be unique"
    for event in data["events"]:
        check_date(event["start_date"])
        if "end_date" in event:
            check_date(event["end_date"])
        assert event["text"]["headline"]
        assert isinstance(event["text"].get("text", ""), str)
        assert isinstance(event["group"], str) and event["group"]
        assert re.match(r"^[A-Za-z0-9_-]+$", event["unique_id"])
    for era in data["eras"]:
        check_date(era["start_date"])
        check_date(era["end_date"])
        assert int(era["start_date"]["year"]) <= int(era["end_date"]["year"])
        assert era["text"]["headline"]


@pytest.fixture
def events():
    esa = OrganizationFactory(slug="esa")
    EventFactory(slug="day-event", title="A <b>day</b>", date=D(1998, 11, 20), date_precision="day", kind="launch")
    EventFactory(slug="month-event", date=D(2020, 5, 1), date_precision="month", kind="signature").organizations.add(
        esa
    )
    EventFactory(
        slug="year-event", date=D(2028, 1, 1), date_precision="year", end_date=D(2030, 1, 1), end_precision="year"
    )
    EventFactory(slug="draft-event", publication_status=Status.DRAFT)


def test_timelinejs_follows_the_format_rules(client, events):
    response = client.get(URL)
    assert response.status_code == 200
    data = response.json()
    check_timeline(data)
    by_id = {event["unique_id"]: event for event in data["events"]}
    assert set(by_id) == {"day-event", "month-event", "year-event"}
    assert by_id["day-event"]["start_date"] == {"year": "1998", "month": "11", "day": "20"}
    assert by_id["month-event"]["start_date"] == {"year": "2020", "month": "5"}
    assert by_id["year-event"]["start_date"] == {"year": "2028"}
    assert by_id["year-event"]["end_date"] == {"year": "2030"}
    assert by_id["day-event"]["group"] == "launch"
    assert by_id["day-event"]["text"]["headline"] == "A &lt;b&gt;day&lt;/b&gt;"
    assert [era["text"]["headline"] for era in data["eras"]][0] == "Space race"


def test_timelinejs_takes_the_events_filters(client, events):
    data = client.get(URL, {"organization": "esa"}).json()
    assert [event["unique_id"] for event in data["events"]] == ["month-event"]
    assert client.get(URL, {"kind": "launch"}).json()["events"][0]["unique_id"] == "day-event"
    api = client.get(reverse("api:event-list"), {"year_from": 2000}).json()["results"]
    mine = client.get(URL, {"year_from": 2000}).json()["events"]
    assert {row["slug"] for row in api} == {event["unique_id"] for event in mine}


@pytest.mark.parametrize("query", [{"kind": "x"}, {"organization": "no pe"}, {"year_from": "y"}, {"colour": "red"}])
def test_timelinejs_bad_filter_is_a_400(client, events, query):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert next(iter(query)) in response.json()


@pytest.mark.parametrize("count", [5, 50])
def test_timelinejs_runs_a_constant_number_of_queries(client, django_assert_num_queries, count):
    for _n in range(count):
        EventFactory()
    # the events, then one per kind of link (5)
    with django_assert_num_queries(6):
        assert len(client.get(URL).json()["events"]) == count
