"""Schemathesis against the live /api/v1/schema/, in-process.

Anonymous: every read operation. A curator's token: every write operation, on the throw-away
test database. Both runs check for server errors and for responses that break the schema.
"""

import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

from coop_site.wsgi import application
from tests import factories as f

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)
# Examples and fuzzing only: schemathesis builds its coverage phase's cases while pytest collects
# (over two minutes for 65 operations, in every xdist worker). The coverage phase runs in
# scripts/contract_test.sh, against the same schema, with --checks all.
schema.config.phases.coverage.enabled = False
CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
]
FUZZ = settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.fixture(autouse=True)
def _keep_the_test_connection_open():
    """Calling the WSGI app directly fires request_started/finished, whose close_old_connections()
    would close PostgreSQL's connection mid-test; Django's own test client disconnects it too."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def catalog(db):
    """A few published records so that reads and writes have something to find."""
    esa = f.OrganizationFactory(slug="esa", acronym="ESA")
    iss = f.MissionFactory(slug="iss")
    f.ParticipationFactory(mission=iss, organization=esa, role="lead")
    accords = f.AgreementFactory(slug="artemis-accords")
    f.SignatoryFactory(agreement=accords, country=esa.country)
    f.EventFactory(slug="iss-launch").missions.add(iss)
    f.TopicFactory(slug="human-spaceflight")


@pytest.fixture
def curator_token(catalog, superuser):
    return Token.objects.create(user=superuser).key


@schema.include(method="GET").parametrize()
@FUZZ
@pytest.mark.django_db
def test_anonymous_reads_never_fail_and_match_the_schema(case, catalog):
    cache.clear()  # the anonymous throttle would otherwise answer 429 after 120 cases
    case.call_and_validate(checks=CHECKS)


@schema.exclude(method="GET").parametrize()
@FUZZ
@pytest.mark.django_db
@pytest.mark.history
def test_curator_writes_never_fail_and_match_the_schema(case, curator_token):
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Token {curator_token}"})
