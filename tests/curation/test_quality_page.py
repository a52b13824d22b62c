"""The curators' data-quality page (/admin/quality/): staff only, lists planted problems, not clean records."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from catalog.models import Membership, OrganizationKind, Signatory, SignatoryStatus
from tests import factories as f

pytestmark = [pytest.mark.history, pytest.mark.django_db]
URL = "/admin/quality/"


def _section(html: str, key: str) -> str:
    match = re.search(rf'<section id="{key}" class="quality-check">(.*?)</section>', html, re.S)
    assert match, key
    return match.group(1)


def _count(html: str, key: str) -> int:
    return int(re.search(rf'data-check="{key}">(\d+)<', html).group(1))


def _change(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.fixture
def clean(db):
    """Records with every date, source, country and Wikidata link, agreeing with themselves."""
    country = f.CountryFactory(name="Cleanland", wikidata_id="Q1001")
    org = f.OrganizationFactory(
        name="Clean Agency", country=country, founded=datetime.date(1990, 1, 1), wikidata_id="Q1002"
    )
    mission = f.MissionFactory(name="Clean Mission", wikidata_id="Q1003", status="active")
    agreement = f.AgreementFactory(name="Clean Treaty", wikidata_id="Q1004")
    row = f.SignatoryFactory(
        agreement=agreement,
        country=country,
        signed_on=datetime.date(1967, 1, 27),
        ratified_on=datetime.date(1967, 10, 10),
        status=SignatoryStatus.RATIFIED,
    )
    row.sources.set([f.SourceFactory()])
    event = f.EventFactory(title="Clean Event", wikidata_id="Q1005")
    event.countries.set([country])
    return {"country": country, "org": org, "mission": mission, "agreement": agreement, "row": row, "event": event}


@pytest.fixture
def planted(clean):
    """One bad record or row per check."""
    country = clean["country"]
    undated = f.OrganizationFactory(name="Undated Agency", country=country, founded=None, wikidata_id="Q2001")
    unsourced = f.MissionFactory(name="Unsourced Mission", wikidata_id="Q2002", sources=[])
    stateless = f.OrganizationFactory(
        name="Nowhere Corp", kind=OrganizationKind.COMPANY, country=None, founded=datetime.date(2001, 1, 1)
    )
    no_wikidata = f.AgreementFactory(name="Unlinked Accord")
    disputed = f.AgreementFactory(
        name="Disputed Accord",
        wikidata_id="Q2003",
        disputes=[{"field": "opened_for_signature", "value": "1967-01-28", "source_url": "https://example.org/x"}],
    )
    ratified_undated = Signatory.objects.create(
        agreement=clean["agreement"], country=f.CountryFactory(name="Statusland"), status=SignatoryStatus.RATIFIED,
        signed_on=datetime.date(1967, 1, 27),
    )  # fmt: skip
    withdrawn_not = Signatory.objects.create(
        agreement=clean["agreement"],
        country=f.CountryFactory(name="Leaveland"),
        signed_on=datetime.date(1980, 1, 1),
        withdrawn_on=datetime.date(2023, 1, 5),
        status=SignatoryStatus.SIGNED,
    )
    early = Signatory.objects.create(
        agreement=clean["agreement"],
        country=f.CountryFactory(name="Earlyland"),
        signed_on=datetime.date(1990, 5, 1),
        withdrawn_on=datetime.date(1985, 2, 1),
        withdrawn_precision="month",
        status=SignatoryStatus.WITHDRAWN,
    )
    membership = Membership.objects.create(organization=clean["org"], country=country)
    return locals()


def test_staff_see_the_page_linked_from_the_admin_index(client, staff_user, clean):
    client.force_login(staff_user)
    index = client.get(reverse("admin:index"))
    assert f'href="{URL}"' in index.content.decode()
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for title in ("Missing a date", "Missing a source", "Missing a country", "Missing a Wikidata link",
                  "Sources disagree", "Status and dates disagree", "Dates in the wrong order"):  # fmt: skip
        assert title in html


@pytest.mark.parametrize("who", ["anonymous", "visitor"])
def test_anonymous_and_non_staff_are_refused(client, visitor, clean, who):
    if who == "visitor":
        client.force_login(visitor)
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "Clean Agency" not in response.content.decode()


def test_a_clean_database_reports_nothing(client, superuser, clean):
    client.force_login(superuser)
    html = client.get(URL).content.decode()
    for key in ("missing-date", "missing-source", "missing-country", "missing-wikidata", "disputed",
                "status-dates", "date-order"):  # fmt: skip
        assert _count(html, key) == 0, key
        assert "Nothing to report." in _section(html, key)


def test_planted_problems_appear_under_their_check_and_link_to_the_change_page(client, superuser, planted):
    client.force_login(superuser)
    html = client.get(URL).content.decode()

    dates = _section(html, "missing-date")
    assert f'href="{_change(planted["undated"])}">{planted["undated"]}</a>' in dates
    assert "No date of joining." in dates
    assert f'href="{_change(planted["clean"]["org"])}"' in dates  # a membership opens its organization

    sources = _section(html, "missing-source")
    assert f'href="{_change(planted["unsourced"])}"' in sources
    assert "It is published." in sources
    for row in ("ratified_undated", "withdrawn_not", "early"):  # rows without sources
        assert f'href="{_change(planted[row])}"' in sources

    countries = _section(html, "missing-country")
    assert "Nowhere Corp" in countries

    wikidata = _section(html, "missing-wikidata")
    assert f'href="{_change(planted["no_wikidata"])}"' in wikidata
    assert "Unsourced Mission" not in wikidata

    disputed = _section(html, "disputed")
    assert f'href="{_change(planted["disputed"])}"' in disputed
    assert "1967-01-28" in disputed and "27 January 1967" in disputed and "https://example.org/x" in disputed

    status = _section(html, "status-dates")
    assert f'href="{_change(planted["ratified_undated"])}"' in status
    assert "without a ratification / accession date (allowed, listed)" in status
    assert f'href="{_change(planted["withdrawn_not"])}"' in status
    assert "Withdrawal date 5 January 2023 but status “signed”" in status

    order = _section(html, "date-order")
    assert f'href="{_change(planted["early"])}"' in order
    assert "Withdrew February 1985, before it signed or ratified." in order

    # The clean records appear in none of the checks.
    for obj in planted["clean"].values():
        assert f'">{obj}</a>' not in html
    assert _count(html, "date-order") == 1
    assert _count(html, "disputed") == 1


def test_partial_dates_are_not_flagged_within_their_period(client, superuser, clean):
    """A withdrawal known to the month of the signature is not "before" it."""
    Signatory.objects.create(
        agreement=clean["agreement"],
        country=f.CountryFactory(name="Samemonthland"),
        signed_on=datetime.date(2020, 5, 15),
        withdrawn_on=datetime.date(2020, 5, 1),
        withdrawn_precision="month",
        status=SignatoryStatus.WITHDRAWN,
    )
    client.force_login(superuser)
    html = client.get(URL).content.decode()
    assert "Samemonthland" not in _section(html, "date-order")


def test_query_count_does_not_grow_with_the_data(client, superuser, planted):
    client.force_login(superuser)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for n in range(5):
        f.OrganizationFactory(name=f"More {n}", founded=None, country=None, kind=OrganizationKind.COMPANY)
        f.MissionFactory(name=f"More mission {n}", start_date=None, sources=[])
        Signatory.objects.create(
            agreement=planted["clean"]["agreement"], country=f.CountryFactory(), status=SignatoryStatus.ACCEDED
        )
    with CaptureQueriesContext(connection) as many:
        html = client.get(URL).content.decode()
    assert "More mission 4" in html
    assert len(many.captured_queries) == len(few.captured_queries)
