"""Curators edit in the admin: inline signatories, drafts and publishing, history, revert, stale saves."""

import datetime

import pytest
from django.urls import reverse

from catalog.models import Agreement, Country, Status, Topic
from tests import factories as f

from .helpers import change_form_data, change_url

pytestmark = pytest.mark.history


def test_a_curator_adds_a_signatory_to_a_published_agreement(curator_client):
    agreement = f.AgreementFactory(name="Artemis Accords", slug="artemis-accords", opened_for_signature=None)
    oman = f.CountryFactory(code="om", name="Oman")
    data = change_form_data(curator_client, change_url(agreement))
    data.update(
        {"signatories-0-country": oman.pk, "signatories-0-signed_on": "2025-11-05", "signatories-0-status": "signed"}
    )
    response = curator_client.post(change_url(agreement), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    agreement.refresh_from_db()
    assert agreement.publication_status == Status.PUBLISHED
    assert list(agreement.signatories.values_list("country__code", "signed_on")) == [("om", datetime.date(2025, 11, 5))]


def test_a_ratified_date_before_the_signed_date_is_refused_with_a_sentence(curator_client):
    agreement = f.AgreementFactory()
    country = f.CountryFactory()
    data = change_form_data(curator_client, change_url(agreement))
    data.update(
        {
            "signatories-0-country": country.pk,
            "signatories-0-signed_on": "2020-10-13",
            "signatories-0-ratified_on": "2019-01-01",
            "signatories-0-status": "ratified",
        }
    )
    response = curator_client.post(change_url(agreement), data)
    assert response.status_code == 200
    assert "Ratified date 2019-01-01 is before signed date 2020-10-13." in response.content.decode()
    assert not agreement.signatories.exists()


def test_new_records_start_as_drafts(curator_client):
    response = curator_client.post(
        reverse("admin:catalog_topic_add"),
        {"name": "Space law", "slug": "space-law", "summary": "", **_empty_sources_inline("Topic")},
    )
    assert response.status_code == 302
    assert Topic.objects.get(slug="space-law").publication_status == Status.DRAFT


def _empty_sources_inline(model_name: str) -> dict:
    prefix = f"{model_name}_sources-"
    return {"prefix": "", f"{prefix}TOTAL_FORMS": "0", f"{prefix}INITIAL_FORMS": "0"}


def test_publish_and_unpublish_actions_are_recorded_in_history(curator_client, curator):
    topic = f.TopicFactory(publication_status="draft")
    url = reverse("admin:catalog_topic_changelist")
    curator_client.post(url, {"action": "publish", "_selected_action": [topic.pk]})
    topic.refresh_from_db()
    assert topic.publication_status == Status.PUBLISHED
    latest = topic.history.latest()
    assert (latest.publication_status, latest.history_user) == (Status.PUBLISHED, curator)
    curator_client.post(url, {"action": "unpublish", "_selected_action": [topic.pk]})
    topic.refresh_from_db()
    assert topic.publication_status == Status.DRAFT
    assert topic.history.latest().publication_status == Status.DRAFT


def test_a_record_without_a_source_is_not_published(curator_client):
    topic = f.TopicFactory(publication_status="draft", sources=[])
    curator_client.post(
        reverse("admin:catalog_topic_changelist"), {"action": "publish", "_selected_action": [topic.pk]}
    )
    topic.refresh_from_db()
    assert topic.publication_status == Status.DRAFT


def test_history_records_a_change_with_the_curators_username(curator_client, curator):
    event = f.EventFactory(title="ISS: Zarya launched")
    data = change_form_data(curator_client, change_url(event))
    data["title"] = "Zarya, the first ISS module, launched"
    assert curator_client.post(change_url(event), data).status_code == 302
    record = event.history.latest()
    assert record.history_user == curator
    assert record.diff_against(record.prev_record).changed_fields == ["title"]
    page = curator_client.get(reverse("admin:timeline_event_history", args=[event.pk])).content.decode()
    assert "curator" in page and "Zarya, the first ISS module, launched" in page


def test_history_page_of_an_agreement_lists_its_signatory_changes(curator_client):
    agreement = f.AgreementFactory()
    f.SignatoryFactory(agreement=agreement, country=f.CountryFactory(name="Oman"))
    page = curator_client.get(reverse("admin:catalog_agreement_history", args=[agreement.pk])).content.decode()
    assert "signatory Oman" in page and "added" in page


def test_revert_restores_the_old_value_and_sources(curator_client):
    old_source, new_source = f.SourceFactory(), f.SourceFactory()
    country = f.CountryFactory(name="Oman", sources=[old_source])
    first = country.history.latest()
    data = change_form_data(curator_client, change_url(country))
    data["name"] = "Sultanate"
    curator_client.post(change_url(country), data)
    country.sources.set([new_source])
    revert_url = reverse("admin:catalog_country_simple_history", args=[country.pk, first.history_id])
    data = _revert_form_data(curator_client, revert_url)
    assert curator_client.post(revert_url, data).status_code == 302
    country.refresh_from_db()
    assert country.name == "Oman"
    assert list(country.sources.all()) == [old_source]


def _revert_form_data(client, url) -> dict:
    from .helpers import _form_data

    response = client.get(url)
    assert response.status_code == 200
    return _form_data(response.context["adminform"].form)


def test_a_stale_save_is_refused_and_the_first_edit_survives(client, curator, superuser):
    event = f.EventFactory(title="Zarya launched", date=datetime.date(1998, 11, 20))
    client.force_login(curator)
    stale = change_form_data(client, change_url(event))  # curator opens the form…
    client.force_login(superuser)
    first = change_form_data(client, change_url(event))  # …so does the superuser, at the same version
    first["date"] = "1998-11-21"
    assert client.post(change_url(event), first).status_code == 302

    client.force_login(curator)
    stale["title"] = "Zarya module launched"
    response = client.post(change_url(event), stale)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else saved this event after you opened it" in page
    assert "date: 1998-11-20 → 1998-11-21 (admin," in page
    event.refresh_from_db()
    assert (event.title, event.date) == ("Zarya launched", datetime.date(1998, 11, 21))


def test_a_save_without_the_version_field_is_refused(curator_client):
    country = f.CountryFactory(name="Oman")
    data = change_form_data(curator_client, change_url(country))
    del data["expected_version"]
    data["name"] = "Changed"
    assert curator_client.post(change_url(country), data).status_code == 200
    assert Country.objects.get(pk=country.pk).name == "Oman"


def test_a_deleted_published_record_can_be_recovered_with_its_signatories(client, superuser):
    client.force_login(superuser)
    source = f.SourceFactory()
    agreement = f.AgreementFactory(slug="outer-space-treaty", sources=[source])
    f.SignatoryFactory(agreement=agreement, country=f.CountryFactory(code="om"))
    pk = agreement.pk
    client.post(reverse("admin:catalog_agreement_delete", args=[pk]), {"post": "yes"})
    assert not Agreement.objects.filter(pk=pk).exists()

    page = client.get(reverse("admin:catalog_agreement_deleted")).content.decode()
    assert "outer-space-treaty" in page or agreement.name in page
    deletion = Agreement.history.filter(id=pk, history_type="-").latest()
    response = client.post(reverse("admin:catalog_agreement_restore", args=[deletion.history_id]))
    assert response.status_code == 302
    restored = Agreement.objects.get(pk=pk)
    assert restored.publication_status == Status.PUBLISHED
    assert list(restored.sources.all()) == [source]
    assert list(restored.signatories.values_list("country__code", flat=True)) == ["om"]


def test_restore_is_post_only(curator_client):
    assert curator_client.get(reverse("admin:catalog_topic_restore", args=[1])).status_code == 405
