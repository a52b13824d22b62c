"""The public Recent changes page and its Atom feed."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from catalog.models.changelog import ChangeLogEntry
from tests import factories as f

from .helpers import change_form_data, change_url

pytestmark = pytest.mark.history

ATOM = "{http://www.w3.org/2005/Atom}"


def _age_entries():
    """Move existing entries out of the merge window, so the next edit gets its own line."""
    ChangeLogEntry.objects.update(changed_at=timezone.now() - datetime.timedelta(minutes=5))


def test_a_published_edit_is_listed_with_its_summary(client, curator_client):
    event = f.EventFactory(title="Zarya launched")
    _age_entries()
    data = change_form_data(curator_client, change_url(event))
    data.update({"date": "1998-11-21", "summary": "First ISS module."})
    curator_client.post(change_url(event), data)
    page = client.get(reverse("changes")).content.decode()
    assert "Zarya launched" in page
    assert "a curator changed date, summary" in page


def test_an_added_signatory_is_summarised_on_its_agreement(client, db):
    agreement = f.AgreementFactory(name="Artemis Accords")
    _age_entries()
    f.SignatoryFactory(agreement=agreement, country=f.CountryFactory(name="Oman"))
    page = client.get(reverse("changes")).content.decode()
    assert "Artemis Accords" in page and "added signatory Oman" in page


def test_drafts_are_never_listed(client, curator_client):
    draft = f.TopicFactory(name="Secret draft topic", publication_status="draft")
    data = change_form_data(curator_client, change_url(draft))
    data["summary"] = "edited while a draft"
    curator_client.post(change_url(draft), data)
    f.SignatoryFactory(agreement=f.AgreementFactory(name="Draft accord", publication_status="draft"))
    page = client.get(reverse("changes")).content.decode()
    assert "Secret draft topic" not in page and "Draft accord" not in page


def test_a_record_unpublished_later_drops_out(client, db):
    topic = f.TopicFactory(name="Withdrawn topic")
    assert "Withdrawn topic" in client.get(reverse("changes")).content.decode()
    topic.publication_status = "draft"
    topic.save()
    assert "Withdrawn topic" not in client.get(reverse("changes")).content.decode()


def test_publishing_is_listed(client, curator_client):
    topic = f.TopicFactory(name="Lunar exploration", publication_status="draft")
    curator_client.post(
        reverse("admin:catalog_topic_changelist"), {"action": "publish", "_selected_action": [topic.pk]}
    )
    assert "a curator published" in client.get(reverse("changes")).content.decode()


def test_neither_emails_nor_usernames_are_shown(curator):
    from django.test import Client

    curator.username, curator.email = "wvonbraun", "wernher@example.org"
    curator.save()
    editor = Client()
    editor.force_login(curator)
    event = f.EventFactory()
    data = change_form_data(editor, change_url(event))
    data["title"] = "Renamed"
    editor.post(change_url(event), data)
    for url in (reverse("changes"), reverse("changes-feed")):
        body = Client().get(url).content.decode()
        assert "Renamed" in body and "a curator" in body
        assert "wernher" not in body and "wvonbraun" not in body and "Cora" not in body


def test_the_feed_is_valid_atom(client, db):
    f.EventFactory(title="Zarya launched")
    f.TopicFactory(name="Space law")
    response = client.get(reverse("changes-feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own feed, in a test)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    ids = {entry.findtext(f"{ATOM}id") for entry in entries}
    assert len(ids) == 2
    for entry in entries:
        assert entry.findtext(f"{ATOM}title") and entry.findtext(f"{ATOM}updated")
        assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "a curator"


def _make_changes(count: int) -> None:
    makers = [f.EventFactory, f.TopicFactory, f.CountryFactory, f.OrganizationFactory, f.AgreementFactory]
    for index in range(count):
        makers[index % len(makers)]()


def _queries(client, url) -> int:
    cache.clear()  # count a response-cache miss: the view's own queries
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("url_name", ["changes", "changes-feed"])
def test_query_count_is_constant_for_5_or_50_changes(client, db, url_name):
    url = reverse(url_name)
    _make_changes(5)
    _queries(client, url)  # warm the content-type cache
    few = _queries(client, url)
    _make_changes(45)
    assert ChangeLogEntry.objects.count() >= 50
    # count, entries, then one query per record type on the page (events, topics, countries, organizations,
    # agreements) — the same five types in both cases.
    assert _queries(client, url) == few


def test_the_list_is_paginated(client, db):
    _make_changes(55)
    first = client.get(reverse("changes"))
    assert len(first.context["entries"]) == 50
    assert len(client.get(reverse("changes"), {"page": 2}).context["entries"]) >= 5
    assert client.get(reverse("changes"), {"page": "zzz"}).status_code == 200
