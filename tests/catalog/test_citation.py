"""Every record page ends with a ready-made citation: title, address, last update and access date."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import AgreementFactory, CountryFactory, EventFactory, MissionFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory",
    [MissionFactory, AgreementFactory, OrganizationFactory, EventFactory, lambda: CountryFactory(code="in")],
)
def test_record_page_offers_a_citation_with_its_address_and_dates(client, factory):
    record = factory()
    type(record).objects.filter(pk=record.pk).update(updated_at=datetime.datetime(2025, 11, 2, tzinfo=datetime.UTC))
    html = client.get(record.get_absolute_url()).content.decode()
    url = f"http://testserver{record.get_absolute_url()}"
    today = timezone.now().strftime("%Y-%m-%d")
    assert "Cite this page" in html
    assert f'Last updated 2 November 2025. <a href="{url}">{url}</a>' in html
    assert f"@misc{{atlas-{record.slug}," in html
    assert f"note         = {{Last updated 2025-11-02; accessed {today}}}" in html
    assert f"howpublished = {{\\url{{{url}}}}}" in html
