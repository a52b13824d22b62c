"""Who may do what in the admin: visitors not at all, curators edit and delete drafts, superusers everything."""

import pytest
from django.urls import reverse

from catalog.models import Agreement, Topic
from tests import factories as f

pytestmark = pytest.mark.history


def test_a_visitor_cannot_reach_the_admin(client, visitor):
    client.force_login(visitor)
    response = client.get(reverse("admin:catalog_agreement_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_an_anonymous_user_is_sent_to_the_login_page(client, db):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302


def test_a_curator_cannot_open_user_management(curator_client, curator):
    assert curator_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert curator_client.get(reverse("admin:auth_user_change", args=[curator.pk])).status_code == 403
    assert curator_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_a_curator_can_open_every_catalog_and_timeline_changelist(curator_client):
    for name in ["agreement", "country", "mission", "organization", "participation", "signatory", "source", "topic"]:
        assert curator_client.get(reverse(f"admin:catalog_{name}_changelist")).status_code == 200
    assert curator_client.get(reverse("admin:timeline_event_changelist")).status_code == 200


def test_a_curator_cannot_delete_a_published_record(curator_client):
    topic = f.TopicFactory(publication_status="published")
    url = reverse("admin:catalog_topic_delete", args=[topic.pk])
    assert curator_client.get(url).status_code == 403
    assert curator_client.post(url, {"post": "yes"}).status_code == 403
    assert Topic.objects.filter(pk=topic.pk).exists()


def test_a_curator_can_delete_a_draft(curator_client):
    topic = f.TopicFactory(publication_status="draft")
    response = curator_client.post(reverse("admin:catalog_topic_delete", args=[topic.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Topic.objects.filter(pk=topic.pk).exists()


def test_the_bulk_delete_action_does_not_delete_published_records_for_a_curator(curator_client):
    draft = f.AgreementFactory(publication_status="draft")
    published = f.AgreementFactory(publication_status="published")
    response = curator_client.post(
        reverse("admin:catalog_agreement_changelist"),
        {"action": "delete_selected", "_selected_action": [draft.pk, published.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert Agreement.objects.filter(pk__in=[draft.pk, published.pk]).count() == 2


def test_the_bulk_delete_action_deletes_drafts_for_a_curator(curator_client):
    drafts = [f.AgreementFactory(publication_status="draft") for _ in range(2)]
    curator_client.post(
        reverse("admin:catalog_agreement_changelist"),
        {"action": "delete_selected", "_selected_action": [d.pk for d in drafts], "post": "yes"},
    )
    assert not Agreement.objects.filter(pk__in=[d.pk for d in drafts]).exists()


def test_a_superuser_can_delete_a_published_record(client, superuser):
    client.force_login(superuser)
    topic = f.TopicFactory(publication_status="published")
    client.post(reverse("admin:catalog_topic_delete", args=[topic.pk]), {"post": "yes"})
    assert not Topic.objects.filter(pk=topic.pk).exists()


def test_a_curator_cannot_delete_a_source_cited_by_a_published_record(curator_client):
    source = f.SourceFactory()
    f.AgreementFactory(sources=[source])
    assert curator_client.get(reverse("admin:catalog_source_delete", args=[source.pk])).status_code == 403


@pytest.mark.parametrize("codename", ["add_user", "change_user", "delete_user", "view_user", "change_group"])
def test_the_curators_group_has_no_user_management_permission(curator, codename):
    assert not curator.has_perm(f"auth.{codename}")
