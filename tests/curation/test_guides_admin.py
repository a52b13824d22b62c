"""Curators write guides in the admin: a draft is previewed by staff only, every save is in the
history (body and linked records), and reverting restores an earlier body and its links."""

import pytest
from django.urls import reverse

from catalog.models import Guide, Status
from tests import factories as f

from .helpers import _form_data, change_form_data, change_url

pytestmark = pytest.mark.history


def test_a_draft_guide_is_previewed_by_staff_only(client, curator_client):
    nasa = f.OrganizationFactory(slug="nasa", name="NASA")
    guide = f.GuideFactory(
        title="How stations are shared",
        body="The **station** is run by [NASA](/organizations/nasa/).",
        publication_status=Status.DRAFT,
    )
    guide.organizations.add(nasa)
    form = curator_client.get(change_url(guide)).content.decode()
    assert "Preview this draft (only staff can see it)" in form and f'href="{guide.get_absolute_url()}"' in form

    preview = curator_client.get(guide.get_absolute_url())
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "<strong>station</strong>" in text and "Draft" in text
    assert 'href="/organizations/nasa/"' in text  # the side panel of linked records

    client.logout()
    assert client.get(guide.get_absolute_url()).status_code == 404
    assert b"How stations are shared" not in client.get("/guides/").content


def test_a_guide_edit_is_in_its_history_and_revert_restores_body_and_links(curator_client, curator):
    esa, jaxa = f.OrganizationFactory(slug="esa", name="ESA"), f.OrganizationFactory(slug="jaxa", name="JAXA")
    guide = f.GuideFactory(title="Partners", body="First body: ESA builds a module.")
    guide.organizations.add(esa)
    first = guide.history.latest()

    data = change_form_data(curator_client, change_url(guide))
    data["body"] = "Second body: JAXA builds a module."
    data["organizations"] = [str(jaxa.pk)]
    response = curator_client.post(change_url(guide), data)
    assert response.status_code == 302, response.context and response.context["errors"]
    guide.refresh_from_db()
    assert guide.body.startswith("Second body") and list(guide.organizations.all()) == [jaxa]
    latest = guide.history.latest()
    assert latest.history_user == curator
    assert "body" in latest.diff_against(first).changed_fields

    history = curator_client.get(reverse("admin:catalog_guide_history", args=[guide.pk])).content.decode()
    assert "curator" in history

    revert_url = reverse("admin:catalog_guide_simple_history", args=[guide.pk, first.history_id])
    page = curator_client.get(revert_url)
    assert page.status_code == 200
    assert curator_client.post(revert_url, _form_data(page.context["adminform"].form)).status_code == 302
    guide.refresh_from_db()
    assert guide.body == "First body: ESA builds a module."
    assert list(guide.organizations.all()) == [esa]
    assert "First body" in curator_client.get(guide.get_absolute_url()).content.decode()


def test_publishing_a_guide_from_the_list_puts_it_on_the_public_list(client, curator_client):
    guide = f.GuideFactory(title="Zzfreshly written guide", publication_status=Status.DRAFT)
    curator_client.post(
        reverse("admin:catalog_guide_changelist"), {"action": "publish", "_selected_action": [guide.pk]}
    )
    assert Guide.objects.get(pk=guide.pk).publication_status == Status.PUBLISHED
    client.logout()
    assert b"Zzfreshly written guide" in client.get("/guides/").content
