"""/agreements/status/: a row per country, a column per agreement, cells as the rows stood on a day."""

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse

from catalog import queries
from catalog.models import Status
from coop_site.records.models import PUBLIC
from tests.factories import AgreementFactory, CountryFactory, SignatoryFactory, SourceFactory

pytestmark = pytest.mark.django_db
URL = reverse("catalog:agreement-status")
D = datetime.date


@pytest.fixture
def world():
    india = CountryFactory(code="in", name="India", region="asia")
    brazil = CountryFactory(code="br", name="Brazil", region="americas")
    japan = CountryFactory(code="jp", name="Japan", region="asia")
    CountryFactory(code="zz", name="Hiddenland", publication_status=Status.DRAFT)
    ost = AgreementFactory(slug="ost", short_name="OST", kind="treaty", binding=True)
    moon = AgreementFactory(slug="moon", short_name="Moon", kind="treaty", binding=True)
    artemis = AgreementFactory(slug="artemis", short_name="Artemis", kind="accords", binding=False)
    AgreementFactory(slug="secret", short_name="Secret", publication_status=Status.DRAFT)
    SignatoryFactory(
        agreement=ost, country=india, signed_on=D(1967, 3, 3), ratified_on=D(1982, 1, 18), status="ratified"
    )
    SignatoryFactory(
        agreement=ost, country=brazil, signed_on=D(1967, 1, 30), ratified_on=D(1969, 3, 5), status="ratified"
    )
    SignatoryFactory(agreement=ost, country=japan, signed_on=None, ratified_on=D(1967, 10, 10), status="acceded")
    SignatoryFactory(
        agreement=moon, country=india, signed_on=D(1982, 1, 18), withdrawn_on=D(2024, 1, 5), status="withdrawn"
    )
    SignatoryFactory(agreement=artemis, country=brazil, signed_on=D(2021, 6, 15), status="signed")
    return india, brazil, japan


def csv_table(client, query=None) -> dict[str, dict[str, str]]:
    response = client.get(URL, {**(query or {}), "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return {row["country_code"]: row for row in csv.DictReader(io.StringIO(response.content.decode()))}


def test_cells_show_status_and_date_today(client, world):
    table = csv_table(client)
    assert (table["in"]["ost"], table["in"]["ost_date"]) == ("ratified", "1982-01-18")
    assert (table["jp"]["ost"], table["jp"]["ost_date"]) == ("acceded", "1967-10-10")
    assert (table["in"]["moon"], table["in"]["moon_date"]) == ("withdrawn", "2024-01-05")
    assert (table["br"]["artemis"], table["br"]["artemis_date"]) == ("signed", "2021-06-15")
    assert table["jp"]["artemis"] == ""


def test_as_of_shows_the_table_as_it_stood(client, world):
    table = csv_table(client, {"as_of": "1968-01-01"})
    assert (table["in"]["ost"], table["in"]["ost_date"]) == ("signed", "1967-03-03")
    assert table["jp"]["ost"] == "acceded"
    assert table["in"]["moon"] == "" and table["br"]["artemis"] == ""
    assert csv_table(client, {"as_of": "2000-01-01"})["in"]["moon"] == "signed"


def test_drafts_are_neither_rows_nor_columns(client, world):
    text = client.get(URL).text
    assert "Hiddenland" not in text and "Secret" not in text
    assert "zz" not in csv_table(client)


def test_filter_by_kind(client, world):
    header = next(csv.reader(io.StringIO(client.get(URL, {"kind": "accords", "format": "csv"}).content.decode())))
    assert header == ["country_code", "country", "artemis", "artemis_date"]


def test_filter_by_binding(client, world):
    table = csv_table(client, {"binding": "true"})
    assert "ost" in table["in"] and "artemis" not in table["in"]


def test_filter_by_region(client, world):
    assert set(csv_table(client, {"region": "asia"})) == {"in", "jp"}


@pytest.mark.parametrize(
    ("query", "field"),
    [({"as_of": "1968-13-01"}, "as_of"), ({"kind": "x"}, "kind"), ({"binding": "maybe"}, "binding"), ({"x": "1"}, "x")],
)
def test_bad_value_is_a_400_naming_it(client, world, query, field):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert field in response.text


@pytest.mark.parametrize("as_of", [None, D(1968, 1, 1), D(2000, 1, 1), D(2025, 1, 1)])
def test_table_agrees_with_every_agreement_pages_rows_and_counts(client, world, as_of):
    query = {"as_of": as_of.isoformat()} if as_of else {}
    table = csv_table(client, query)
    for agreement in queries.agreement_cards(PUBLIC):
        rows = queries.agreement_parties(agreement, PUBLIC, as_of)
        counted = {row.country.code for row in rows if row.is_counted_on(as_of)}
        parties = {row.country.code for row in rows if row.is_party_on(as_of)}
        in_table = {code for code, row in table.items() if row[agreement.slug] in ("signed", "ratified", "acceded")}
        table_parties = {code for code, row in table.items() if row[agreement.slug] in ("ratified", "acceded")}
        assert in_table == counted, agreement.slug
        assert table_parties == parties, agreement.slug
        page = client.get(agreement.get_absolute_url(), query).context
        assert page["signatory_count"] == len(in_table)


def test_reported_totals_are_shown_where_rows_are_incomplete(client, world):
    source = SourceFactory(publisher="UNOOSA")
    AgreementFactory(
        slug="rescue",
        short_name="Rescue",
        reported_parties=99,
        reported_signatories=23,
        reported_source=source,
        reported_as_of=D(2025, 1, 1),
    )
    text = client.get(URL).text
    assert "99 parties, 23 signed only" in text and "UNOOSA" in text


def test_page_has_sticky_headers_without_inline_styles(client, world):
    text = client.get(URL).text
    assert "css/open_data.css" in text
    assert "style=" not in text
    assert '<th scope="col">Country</th>' in text
    assert 'href="/agreements/ost/#signatory-table">ratified</a>' in text


@pytest.mark.parametrize("count", [5, 50])
def test_one_query_per_table_whatever_the_number_of_countries(client, django_assert_num_queries, count):
    agreement = AgreementFactory(slug="ost")
    for n in range(count):
        SignatoryFactory(agreement=agreement, country=CountryFactory(name=f"Country {n}"))
    # the agreements, the countries, every signatory row between them
    with django_assert_num_queries(3):
        assert client.get(URL, {"format": "csv"}).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(URL).status_code == 200


_HEAD_LINK = re.compile(r'<th scope="col"><a href="/agreements/([\w-]+)/')
_ROW = re.compile(r'<tr>\s*<th scope="row"><a href="/countries/(\w+)/">.*?</tr>', re.S)
_CELL = re.compile(r'<td(?: class="status-(\w+)")?>(.*?)</td>', re.S)
_TIME = re.compile(r'<time datetime="([\d-]+)">')


def html_table(client, query) -> dict[str, dict[str, tuple[str, str]]]:
    """The page's table as {country: {agreement: (status, date)}}, read from the HTML a visitor gets."""
    response = client.get(URL, query)
    assert response.status_code == 200
    text = response.content.decode()
    slugs = _HEAD_LINK.findall(text.split("<tbody>")[0])
    table = {}
    for match in _ROW.finditer(text):
        cells = _CELL.findall(match.group(0))
        assert len(cells) == len(slugs)
        table[match.group(1)] = {
            slug: (status or "", (_TIME.search(body).group(1) if _TIME.search(body) else ""))
            for slug, (status, body) in zip(slugs, cells, strict=True)
        }
    return table


def page_rows(client, agreement, query) -> tuple[dict[str, str], int, int]:
    """What the agreement's own page lists on that day: {country: status}, signatories, parties."""
    response = client.get(agreement.get_absolute_url(), query)
    assert response.status_code == 200
    context = response.context
    rows = {row.country.code: row for row in context["signatories"] if row.country}
    text = response.content.decode()
    for code in rows:
        assert f'href="/countries/{code}/"' in text
    return rows, context["signatory_count"], context["party_count"]


@pytest.mark.parametrize("as_of", [None, D(1967, 6, 1), D(1982, 6, 1), D(2022, 1, 1), D(2025, 1, 1)])
def test_page_and_csv_agree_cell_by_cell_with_each_agreement_page(client, world, as_of):
    """The HTML table, its CSV and each agreement's page (its listed rows and counts) say the same."""
    query = {"as_of": as_of.isoformat()} if as_of else {}
    html, table = html_table(client, query), csv_table(client, query)
    assert set(html) == set(table) == {"in", "br", "jp"}
    for code, row in table.items():
        for slug, (status, date) in html[code].items():
            assert (row[slug], row[f"{slug}_date"]) == (status, date), (code, slug)
    for agreement in queries.agreement_cards(PUBLIC):
        rows, signatories, parties = page_rows(client, agreement, query)
        joined = {code for code, row in table.items() if row[agreement.slug] in ("signed", "ratified", "acceded")}
        party = {code for code, row in table.items() if row[agreement.slug] in ("ratified", "acceded")}
        assert joined == {code for code, row in rows.items() if row.is_counted_on(as_of)}, agreement.slug
        assert (len(joined), len(party)) == (signatories, parties), agreement.slug
