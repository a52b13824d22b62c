"""A database that fails answers 503 with Retry-After (the site's page, JSON under /api/); /healthz says which."""

import logging

import pytest
from django.db import InterfaceError, OperationalError
from django.db.backends.utils import CursorWrapper

from tests.factories import OrganizationFactory


@pytest.fixture
def database_down(db, monkeypatch):
    def fail(self, *args, **kwargs):
        raise OperationalError("terminating connection due to administrator command")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    monkeypatch.setattr(CursorWrapper, "executemany", fail)
    yield
    monkeypatch.undo()  # before the test database rolls back


@pytest.mark.parametrize("url", ["/", "/organizations/", "/timeline/", "/search/?q=moon"])
def test_a_page_answers_the_sites_503_page(client, database_down, url, caplog):
    caplog.set_level(logging.WARNING)
    response = client.get(url)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Content-Type"].startswith("text/html")
    assert b"Temporarily unavailable" in response.content
    assert not [r for r in caplog.records if r.exc_info]  # no traceback in the log


@pytest.mark.parametrize("url", ["/api/v1/organizations/", "/api/v1/agreements/", "/api/v1/events/"])
def test_an_api_request_answers_json_503(client, database_down, url):
    response = client.get(url)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert "unavailable" in response.json()["detail"]


def test_an_interface_error_is_a_503_too(client, db, monkeypatch):
    def fail(self, *args, **kwargs):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(CursorWrapper, "execute", fail)
    assert client.get("/organizations/").status_code == 503
    monkeypatch.undo()


def test_the_next_request_works_again_when_the_database_returns(client, db, monkeypatch):
    OrganizationFactory()
    with monkeypatch.context() as patch:
        patch.setattr(CursorWrapper, "execute", lambda *a, **k: (_ for _ in ()).throw(OperationalError("gone")))
        assert client.get("/organizations/").status_code == 503
    assert client.get("/organizations/").status_code == 200


def test_the_503_keeps_the_security_headers(client, database_down):
    response = client.get("/organizations/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response


def test_healthz_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() | {"vendor": None} == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "vendor": None,
    }


def test_healthz_is_503_without_the_database(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503 and int(response["Retry-After"]) > 0
    assert response.json()["database"] == "unavailable" and response.json()["status"] == "error"


def test_healthz_is_200_but_degraded_without_the_cache(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25, "IGNORE_EXCEPTIONS": True},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "unavailable" and response.json()["status"] == "degraded"
