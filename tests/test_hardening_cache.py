"""A refused or hung Redis is "no cache": pages and the API keep answering quickly, one warning per outage."""

import logging
import time

import pytest
import redis
from django.urls import reverse

from coop_site.lib import resilience
from coop_site.records.registry import record_types
from tests.factories import AgreementFactory, MissionFactory, OrganizationFactory

REDIS_OPTIONS = {
    "CLIENT_CLASS": "coop_site.lib.resilience.CircuitBreakerClient",
    "SOCKET_CONNECT_TIMEOUT": 0.25,
    "SOCKET_TIMEOUT": 0.25,
    "IGNORE_EXCEPTIONS": True,
}
LIVE_REDIS = "redis://127.0.0.1:6379/2"  # helper i10's database on the shared Redis


def _redis_cache(location):
    return {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": location, "OPTIONS": REDIS_OPTIONS}}


def _urls():
    pages = ["/", "/timeline/", "/changes/", "/search/?q=moon", "/api/v1/"]
    pages += [reverse(model.list_url_name) for model in record_types() if getattr(model, "list_url_name", None)]
    pages += [f"/api/v1/{model._meta.verbose_name_plural}/" for model in record_types()]
    return pages


@pytest.fixture(autouse=True)
def _fresh_breaker():
    resilience.breaker.reset()
    yield
    resilience.breaker.reset()


@pytest.fixture
def records(db):
    OrganizationFactory.create_batch(2)
    MissionFactory.create_batch(2)
    AgreementFactory.create_batch(2)


def test_settings_bound_every_redis_call(monkeypatch):
    from tests.test_settings_env import _manage

    code = "from django.conf import settings; o = settings.CACHES['default']['OPTIONS']; print(sorted(o.items()))"
    result = _manage("shell", "-c", code, REDIS_URL="redis://127.0.0.1:6379/2")
    assert result.returncode == 0, result.stderr
    options = dict(eval(result.stdout.splitlines()[-1]))  # noqa: S307 -- our own subprocess's output
    assert options["IGNORE_EXCEPTIONS"] is True
    assert 0 < options["SOCKET_CONNECT_TIMEOUT"] < 1 and 0 < options["SOCKET_TIMEOUT"] < 1
    assert options["CLIENT_CLASS"] == "coop_site.lib.resilience.CircuitBreakerClient"


def test_redis_refused_every_page_and_api_list_answers_200_quickly(client, settings, records, caplog):
    settings.CACHES = _redis_cache("redis://127.0.0.1:1/0")  # nothing listens on port 1
    caplog.set_level(logging.WARNING, logger="coop_site.cache")
    for url in _urls():
        started = time.monotonic()
        response = client.get(url)
        assert response.status_code == 200, url
        assert time.monotonic() - started < 2, url
    warnings = [r for r in caplog.records if r.name == "coop_site.cache"]
    assert len(warnings) == 1 and "Cache unavailable" in warnings[0].getMessage()


def test_the_throttle_fails_open_when_the_cache_raises(client, db, monkeypatch):
    class Broken:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache down")

        set = get

    monkeypatch.setattr(resilience.FailOpenAnonRateThrottle, "cache", Broken())
    assert client.get("/api/v1/topics/").status_code == 200


def test_the_breaker_recovers_by_itself_when_redis_returns(settings, db, caplog, monkeypatch):
    settings.CACHES = _redis_cache(LIVE_REDIS)
    caplog.set_level(logging.WARNING, logger="coop_site.cache")
    from django.core.cache import caches

    live = caches["default"]
    assert live.set("hardening-probe", "ok", 30) is True
    resilience.breaker.trip(ConnectionError("simulated"))
    assert live.get("hardening-probe") is None  # skipped while the breaker is open
    monkeypatch.setattr(resilience, "OPEN_SECONDS", 0)
    resilience.breaker.open_until = 0
    assert live.get("hardening-probe") == "ok"
    assert [r.getMessage() for r in caplog.records if r.name == "coop_site.cache"] == [
        "Cache unavailable, serving without it: simulated",
        "Cache available again",
    ]
    live.delete("hardening-probe")


def test_redis_paused_a_request_still_answers_within_a_second(client, settings, records):
    settings.CACHES = _redis_cache(LIVE_REDIS)
    admin = redis.Redis.from_url(LIVE_REDIS, socket_timeout=5)
    try:
        admin.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    client.get("/api/v1/topics/")  # warm: connections open, caches filled
    admin.execute_command("CLIENT", "PAUSE", 1500)
    try:
        durations = []
        for url in ["/api/v1/topics/", "/", "/api/v1/agreements/"]:
            started = time.monotonic()
            assert client.get(url).status_code == 200
            durations.append(time.monotonic() - started)
        assert max(durations) < 1.2, durations
        assert sum(durations) < 2, durations  # the breaker skips Redis after the first timeout
    finally:
        admin.execute_command("CLIENT", "UNPAUSE")
