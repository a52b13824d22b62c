"""API fixtures: clients for a visitor, a curator with a token, and helpers to count queries."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _fresh_throttle():
    """The anonymous throttle counts in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api():
    """An anonymous client."""
    return APIClient()


@pytest.fixture
def curator(staff_user):
    """Staff with every catalog and timeline model permission."""
    staff_user.user_permissions.set(Permission.objects.filter(content_type__app_label__in=["catalog", "timeline"]))
    return staff_user


@pytest.fixture
def curator_api(curator):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    return client


@pytest.fixture
def staff_api(staff_user):
    """Staff with a token but without model permissions."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=staff_user).key}")
    return client


@pytest.fixture
def visitor_api(visitor):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=visitor).key}")
    return client


@pytest.fixture
def count_queries():
    """Run a request and return (response, number of SQL queries)."""

    def run(client, url, **params):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params)
        return response, len(queries)

    return run
