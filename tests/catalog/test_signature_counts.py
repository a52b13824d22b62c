"""Agreement.published_country_signature_count: kept on every write, equal to the derived count, read only for the public."""

import datetime
import importlib.util
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.models import Agreement, Signatory, SignatoryStatus, Status
from catalog.models.agreement import counted_q
from catalog.partner_counts import check_partner_counts
from catalog.queries import country_signature_count
from catalog.signature_counts import check_signature_counts, recount_signatures
from coop_site.records.models import PUBLIC, visible_q
from tests.factories import AgreementFactory, CountryFactory, OrganizationFactory, SignatoryFactory, SourceFactory

pytestmark = pytest.mark.django_db


def stored(agreement) -> int:
    return Agreement.objects.values_list("published_country_signature_count", flat=True).get(pk=agreement.pk)


def derived_public_count() -> int:
    """The home figure as it was derived before it was kept on the row: the definition the stored sum must meet."""
    return Signatory.objects.filter(
        counted_q(None), visible_q(PUBLIC, "agreement__"), visible_q(PUBLIC, "country__"), country__isnull=False
    ).count()


def test_count_follows_signatories_and_country_publication():
    agreement, other = AgreementFactory(), AgreementFactory()
    published, draft = CountryFactory(), CountryFactory(publication_status=Status.DRAFT)
    row = SignatoryFactory(agreement=agreement, country=published)
    SignatoryFactory(agreement=agreement, country=draft)
    SignatoryFactory(agreement=agreement, country=None, organization=OrganizationFactory())
    assert stored(agreement) == 1  # neither the draft country's row nor an organization's is counted
    assert check_signature_counts() == []

    draft.publication_status = Status.PUBLISHED
    draft.save()
    assert stored(agreement) == 2
    published.publication_status = Status.DRAFT
    published.save()
    assert stored(agreement) == 1

    row.agreement = other  # a row moved to another agreement: both are recounted
    row.save()
    assert (stored(agreement), stored(other)) == (1, 0)
    row.country = draft
    row.save()
    assert (stored(agreement), stored(other)) == (1, 1)
    row.status, row.withdrawn_on = SignatoryStatus.WITHDRAWN, datetime.date(2024, 1, 1)
    row.save()  # a withdrawn row is not counted (counted_q(None))
    assert (stored(agreement), stored(other)) == (1, 0)
    row.status, row.withdrawn_on = SignatoryStatus.RATIFIED, None
    row.save()
    assert (stored(agreement), stored(other)) == (1, 1)
    row.delete()
    assert (stored(agreement), stored(other)) == (1, 0)
    assert check_signature_counts() == []


def test_a_saved_agreement_keeps_the_derived_count_whatever_it_carried():
    agreement = AgreementFactory()
    SignatoryFactory(agreement=agreement)
    agreement.published_country_signature_count = 40  # e.g. a stale instance, or an import carrying any value
    agreement.save()
    assert stored(agreement) == 1
    agreement.delete()  # its rows go with it
    assert check_signature_counts() == []


def test_check_names_a_wrong_count_and_recount_repairs_it():
    agreement = AgreementFactory(slug="bulk-loaded")
    SignatoryFactory(agreement=agreement)
    Agreement.objects.filter(pk=agreement.pk).update(published_country_signature_count=7)  # no signal sent
    assert check_signature_counts() == [("bulk-loaded", 7, 1)]
    recount_signatures([agreement.pk])
    assert check_signature_counts() == []


def _public_and_draft_signatures():
    """Published agreement: two counted rows, a withdrawn one, a draft country's; a draft agreement's row."""
    accords, draft_agreement = AgreementFactory(), AgreementFactory(publication_status=Status.DRAFT)
    first, second, third = CountryFactory.create_batch(3)
    hidden = CountryFactory(publication_status=Status.DRAFT)
    SignatoryFactory(agreement=accords, country=first)
    SignatoryFactory(agreement=accords, country=second, status=SignatoryStatus.RATIFIED)
    SignatoryFactory(
        agreement=accords, country=third, status=SignatoryStatus.WITHDRAWN, withdrawn_on=datetime.date(2024, 1, 1)
    )
    SignatoryFactory(agreement=accords, country=hidden)
    SignatoryFactory(agreement=draft_agreement, country=first)


def test_public_count_reads_the_stored_counts_and_staff_derive_theirs(admin_user, visitor):
    _public_and_draft_signatures()
    assert check_signature_counts() == []
    assert country_signature_count() == derived_public_count() == 2
    assert country_signature_count(visitor) == 2  # signed in but not staff: sees what the public sees
    assert country_signature_count(admin_user) == 4  # plus the draft country's row and the draft agreement's


def test_public_count_is_one_query_that_does_not_read_the_signatory_rows():
    _public_and_draft_signatures()
    with CaptureQueriesContext(connection) as queries:
        assert country_signature_count() == 2
    assert len(queries.captured_queries) == 1
    assert "catalog_signatory" not in queries.captured_queries[0]["sql"]


def test_home_page_shows_the_public_figure(client):
    _public_and_draft_signatures()
    text = client.get(reverse("catalog:home")).text
    expected = derived_public_count()
    assert (
        f'<span class="figure-value">{expected}</span> <span class="figure-label">signatures by countries</span>'
        in text
    )


def test_admin_unpublish_action_and_csv_import_keep_the_counts(admin_client):
    accords = AgreementFactory(slug="artemis-accords", opened_for_signature=None)
    oman, japan = CountryFactory(code="om"), CountryFactory(code="jp")
    SourceFactory(url="https://www.nasa.gov/artemis-accords")
    rows = (
        "agreement,country,organization,signed_on,ratified_on,withdrawn_on,status,notes,source_urls\n"
        "artemis-accords,om,,2025-11-05,,,signed,,https://www.nasa.gov/artemis-accords\n"
        "artemis-accords,jp,,2020-10-13,,,signed,,https://www.nasa.gov/artemis-accords\n"
    )
    upload = SimpleUploadedFile("rows.csv", rows.encode(), content_type="text/csv")
    preview = admin_client.post(
        reverse("admin:catalog_signatory_import"), {"import_file": upload, "format": "0", "resource": "0"}
    )
    form = preview.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    assert admin_client.post(reverse("admin:catalog_signatory_process_import"), data).status_code == 302
    assert stored(accords) == 2

    action = {"action": "unpublish", "_selected_action": [japan.pk]}
    assert admin_client.post(reverse("admin:catalog_country_changelist"), action).status_code == 302
    assert stored(accords) == 1
    assert oman.signatures.count() == 1 and check_signature_counts() == []


def test_api_writes_keep_the_counts(client, admin_user):
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=admin_user).key}")
    accords = AgreementFactory(slug="artemis-accords")
    CountryFactory(code="in")
    url = reverse("api:agreement-signatories", kwargs={"slug": "artemis-accords"})
    response = api.post(url, {"country": "in", "signed_on": "2025-06-21"}, format="json")
    assert response.status_code == 201, response.content
    assert stored(accords) == 1
    detail = reverse("api:agreement-signatory-detail", kwargs={"slug": "artemis-accords", "id": response.json()["id"]})
    payload = {"status": "withdrawn", "withdrawn_on": "2026-01-01"}
    assert api.patch(detail, payload, format="json").status_code == 200
    assert stored(accords) == 0
    assert api.delete(detail).status_code == 204
    assert check_signature_counts() == []


def test_the_benchmark_seed_stores_the_counts_its_bulk_writes_skip():
    path = Path(settings.BASE_DIR) / "scripts" / "benchmark.py"
    spec = importlib.util.spec_from_file_location("benchmark_script", path)
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    benchmark.seed(100)  # 10 agreements of 60 bulk-created signatories, one of a single saved one
    assert check_signature_counts() == [] and check_partner_counts() == []
    assert country_signature_count() == derived_public_count() == 601
