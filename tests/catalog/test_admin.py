"""Admin pages of every model answer 200 for a superuser, and changelists cost a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.history


def _records():
    """One record of every model with an admin, keyed by admin URL name prefix."""
    agreement = f.AgreementFactory()
    mission = f.MissionFactory()
    return {
        "catalog_country": f.CountryFactory(),
        "catalog_organization": f.OrganizationFactory(),
        "catalog_topic": f.TopicFactory(),
        "catalog_source": f.SourceFactory(),
        "catalog_mission": mission,
        "catalog_participation": f.ParticipationFactory(mission=mission),
        "catalog_agreement": agreement,
        "catalog_signatory": f.SignatoryFactory(agreement=agreement),
        "timeline_event": f.EventFactory(),
    }


@pytest.fixture
def records(db):
    return _records()


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


PAGES = ["changelist", "add", "change", "history", "deleted"]


@pytest.mark.parametrize("page", PAGES)
def test_every_admin_page_answers_200_for_a_superuser(superuser_client, records, page):
    for prefix, obj in records.items():
        args = [obj.pk] if page in ("change", "history") else []
        response = superuser_client.get(reverse(f"admin:{prefix}_{page}", args=args))
        assert response.status_code == 200, (prefix, page)


def test_changelist_search_and_filters_answer_200(superuser_client, records):
    response = superuser_client.get(
        reverse("admin:catalog_agreement_changelist"), {"q": "Agreement", "binding__exact": 1}
    )
    assert response.status_code == 200
    response = superuser_client.get(reverse("admin:timeline_event_changelist"), {"date__year": 1998})
    assert response.status_code == 200


def test_agreement_changelist_shows_derived_signatory_count(superuser_client):
    agreement = f.AgreementFactory(name="Artemis Accords")
    for _ in range(3):
        f.SignatoryFactory(agreement=agreement)
    response = superuser_client.get(reverse("admin:catalog_agreement_changelist"))
    assert response.context["cl"].result_list[0].signatory_count == 3
    assert '<td class="field-signatory_count">3</td>' in response.content.decode()


def test_draft_shows_a_preview_link_in_the_changelist(superuser_client):
    f.TopicFactory(publication_status="draft", slug="mars")
    response = superuser_client.get(reverse("admin:catalog_topic_changelist"))
    assert "preview" in response.content.decode()


def _changelist_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    ("url_name", "factory"),
    [
        ("admin:catalog_agreement_changelist", lambda: f.SignatoryFactory().agreement),
        ("admin:catalog_mission_changelist", lambda: f.ParticipationFactory().mission),
        ("admin:catalog_signatory_changelist", f.SignatoryFactory),
        ("admin:catalog_organization_changelist", f.OrganizationFactory),
        ("admin:timeline_event_changelist", f.EventFactory),
    ],
)
def test_changelists_have_no_n_plus_one(superuser_client, url_name, factory):
    for _ in range(2):
        factory()
    url = reverse(url_name)
    _changelist_queries(superuser_client, url)  # warm caches (content types, session)
    few = _changelist_queries(superuser_client, url)
    for _ in range(8):
        factory()
    assert _changelist_queries(superuser_client, url) == few
