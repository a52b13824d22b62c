"""Recent changes in the reader's language: the change log stores English sentences and field
labels, and every page shows them in its own language."""

import datetime

import pytest
from django.utils import timezone, translation

from catalog.field_labels import FIELD_LABELS as CATALOG_LABELS
from catalog.field_labels import RECORD_NAMES as CATALOG_NAMES
from catalog.models.changelog import ChangeLogEntry
from coop_site.records.registry import record_types, row_types
from tests import factories as f
from timeline.field_labels import FIELD_LABELS as TIMELINE_LABELS
from timeline.field_labels import RECORD_NAMES as TIMELINE_NAMES

from .helpers import change_form_data, change_url

pytestmark = pytest.mark.history


def _age_entries():
    ChangeLogEntry.objects.update(changed_at=timezone.now() - datetime.timedelta(minutes=5))


def test_every_field_a_change_can_name_is_marked_for_translation():
    labels = {
        str(field.verbose_name)
        for model in [*record_types(), *row_types()]
        for field in model._meta.get_fields()
        if getattr(field, "concrete", False)
    }
    assert labels - {*CATALOG_LABELS, *TIMELINE_LABELS} == set()
    names = {str(model._meta.verbose_name) for model in record_types()}
    assert names - {*CATALOG_NAMES, *TIMELINE_NAMES} == set()


def test_a_field_edit_reads_in_the_pages_language(client, curator_client):
    event = f.EventFactory(title="Zarya launched")
    _age_entries()
    data = change_form_data(curator_client, change_url(event))
    data.update({"date": "1998-11-21", "summary": "First ISS module."})
    curator_client.post(change_url(event), data)
    assert ChangeLogEntry.objects.latest("changed_at").fields == ["date", "summary"]  # stored in English

    assert "a curator changed date, summary." in client.get("/changes/").content.decode()
    french = client.get("/fr/changes/").content.decode()
    assert "un documentaliste : modifié : date, résumé." in french
    assert '<span class="record-type">(événement)</span>' in french
    assert "куратор: изменено: дата, краткое описание." in client.get("/ru/changes/").content.decode()
    assert "一位编辑：修改了 日期, 摘要。" in client.get("/zh-hans/changes/").content.decode()


def test_a_row_edit_reads_in_the_pages_language(client, db):
    agreement = f.AgreementFactory(name="Artemis Accords")
    _age_entries()
    f.SignatoryFactory(agreement=agreement, country=f.CountryFactory(code="om", name="Oman"))

    assert "added signatory Oman" in client.get("/changes/").content.decode()
    assert "signatario añadido: Oman" in client.get("/es/changes/").content.decode()
    assert "أُضيف الموقِّع: Oman" in client.get("/ar/changes/").content.decode()


def test_a_draft_party_is_unnamed_in_every_language(client, db):
    agreement = f.AgreementFactory(name="Artemis Accords")
    _age_entries()
    f.SignatoryFactory(agreement=agreement, country=f.CountryFactory(name="Secretland", publication_status="draft"))

    english = client.get("/changes/").content.decode()
    french = client.get("/fr/changes/").content.decode()
    assert "added a signatory" in english and "un signataire ajouté" in french
    assert "Secretland" not in english and "Secretland" not in french


def test_a_new_record_reads_added_to_the_atlas_in_french(client, db):
    f.TopicFactory(name="Space law")
    page = client.get("/fr/changes/").content.decode()
    assert "un documentaliste : ajouté à l&#x27;Atlas" in page


def test_a_curator_in_the_french_admin_stores_english_labels(curator_client):
    event = f.EventFactory(title="Zarya launched")
    _age_entries()
    curator_client.cookies["django_language"] = "fr"
    data = change_form_data(curator_client, change_url(event))
    data["summary"] = "Premier module de l'ISS."
    curator_client.post(change_url(event), data)
    assert ChangeLogEntry.objects.latest("changed_at").fields == ["summary"]
    with translation.override("fr"):
        assert ChangeLogEntry.objects.latest("changed_at").summary_for() == "modifié : résumé"


def test_many_row_notes_end_with_a_counted_rest(db):
    agreement = f.AgreementFactory(name="Outer Space Treaty")
    _age_entries()
    for code in ["aa", "ab", "ac", "ad", "ae", "af"]:
        f.SignatoryFactory(agreement=agreement, country=f.CountryFactory(code=code))
    entry = ChangeLogEntry.objects.latest("changed_at")
    assert entry.summary_for().endswith("; and 2 more")
    with translation.override("ru"):
        assert entry.summary_for().endswith("; и ещё 2")


def test_the_french_feed_speaks_french(client, db):
    f.TopicFactory(name="Space law")
    feed = client.get("/fr/changes/feed/").content.decode()
    assert "<title>Atlas de la coopération spatiale — modifications récentes</title>" in feed
    # A new record's first links are part of its creation: not "…; modifié : sources".
    assert "Un documentaliste : ajouté à l'Atlas (thème « Space law »)." in feed
    assert "<name>un documentaliste</name>" in feed


def test_a_new_row_is_not_also_said_to_have_changed(client, db):
    mission = f.MissionFactory(name="Gaia")
    _age_entries()
    row = f.ParticipationFactory(mission=mission, organization=f.OrganizationFactory(acronym="ESA", name="ESA"))
    row.sources.add(f.SourceFactory())
    entry = ChangeLogEntry.objects.latest("changed_at")
    assert any(isinstance(note, dict) and note["text"].startswith("changed participant") for note in entry.notes)
    assert entry.summary_for() == "added participant ESA"
