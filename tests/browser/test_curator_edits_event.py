"""A curator signs in to the admin, corrects an event's date, and the public timeline shows the new date."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from coop_site.records.admin.roles import sync_curators_group
from tests import factories as f

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def curator_login(db):
    user = get_user_model().objects.create_user("curator", "curator@example.org", "curator-pass", is_staff=True)
    user.groups.add(sync_curators_group())
    return user


def test_curator_edits_an_event_date_and_the_timeline_shows_it(page, live_server, curator_login):
    event = f.EventFactory(title="Zarya launched", date=datetime.date(1998, 11, 20), date_precision="day")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-pass")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/timeline/event/{event.pk}/change/")
    page.fill("#id_date", "1998-11-21")
    page.click("input[name=_save]")
    page.wait_for_selector("ul.messagelist")
    assert "was changed successfully" in page.inner_text("ul.messagelist")

    page.goto(f"{live_server.url}/timeline/")
    body = page.inner_text("main")
    assert "21 November 1998" in body
    assert "20 November 1998" not in body
