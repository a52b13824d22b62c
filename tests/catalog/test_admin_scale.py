"""The admin at scale: a change page with many inline rows runs as many queries as with one."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from tests.curation.helpers import change_url


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_agreement_change_page_runs_as_many_queries_with_60_signatories_as_with_1(admin_client):
    one = f.AgreementFactory(slug="one")
    f.SignatoryFactory(agreement=one)
    many = f.AgreementFactory(slug="many")
    for _ in range(60):
        f.SignatoryFactory(agreement=many)
    admin_client.get(change_url(one))  # warm the per-process caches (content types)
    assert _queries(admin_client, change_url(many)) == _queries(admin_client, change_url(one)) <= 10
