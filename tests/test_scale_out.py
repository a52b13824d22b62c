"""Scale-out: two app servers on one PostgreSQL and one Redis stay consistent.

Two gunicorn instances run on two loopback ports against this test's PostgreSQL database (the
committed data of `transactional_db`) and one Redis database. Both are reached under the same Host,
as behind a load balancer, so they share the response cache's entries: a page stored by one is a hit
on the other. A publish through one is visible through the other on the next anonymous request, and
an unpublish through the other is visible through the first.

Runs only on PostgreSQL with Redis reachable (the PostgreSQL run of `make test` in .ci/run).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from rest_framework.authtoken.models import Token

from catalog.models import Status, Topic
from tests import factories as f

REDIS_HOST, REDIS_PORT, REDIS_DB = "127.0.0.1", 6379, 5
START_SECONDS = 120
REQUEST_SECONDS = 30


def _redis_reachable() -> bool:
    try:
        socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=0.5).close()
    except OSError:
        return False
    return True


def _free_port() -> int:
    ports = list(range(25000, 26000))
    random.shuffle(ports)
    for port in ports:
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.bind(("127.0.0.1", port))
            return port
    raise RuntimeError("no free port in 25000-25999")


def _database_url() -> str:
    db = connection.settings_dict
    user = quote(db["USER"] or "", safe="")
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{user}{password}@{host}{port}/{db['NAME']}"


class Server:
    """One gunicorn instance of the site, on its own port."""

    def __init__(self, env: dict, log: Path):
        self.env, self.log = env, log
        self.port = _free_port()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [
            str(gunicorn),
            "coop_site.wsgi:application",
            "--workers=1",
            f"--bind=127.0.0.1:{self.port}",
            "--no-control-socket",
            f"--error-logfile={log}",
            "--timeout=60",
        ]
        root = Path(__file__).resolve().parent.parent
        self.process = subprocess.Popen(  # noqa: S603 -- our own gunicorn, loopback only
            command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    def wait_until_ready(self, host: str, deadline: float) -> None:
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn on {self.port} exited: {self.log_tail()}")
            with contextlib.suppress(OSError):
                if self.request("GET", "/api/v1/", host)[0] == 200:
                    return
            time.sleep(0.5)
        raise AssertionError(f"gunicorn on {self.port} did not answer within {START_SECONDS} s: {self.log_tail()}")

    def request(self, method: str, path: str, host: str, body: dict | None = None, token: str = ""):
        headers = {"Host": host, "Accept": "application/json" if path.startswith("/api/") else "text/html"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = f"Token {token}"
        request = urllib.request.Request(  # noqa: S310 -- loopback
            f"http://127.0.0.1:{self.port}{path}", data=data, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_SECONDS) as response:  # noqa: S310
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)

    def log_tail(self) -> str:
        try:
            return self.log.read_text()[-3000:]
        except OSError:
            return "(no log)"


def _unable(reason: str) -> None:
    """Skip, or fail where the test is required (.ci/run's PostgreSQL run sets ATLAS_REQUIRE_SCALE_OUT=1)."""
    if os.environ.get("ATLAS_REQUIRE_SCALE_OUT") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def two_servers(transactional_db, tmp_path):
    if connection.vendor != "postgresql":
        _unable("the scale-out test needs PostgreSQL (run with DATABASE_URL=postgres://…, as .ci/run does)")
    if not _redis_reachable():
        _unable(f"the scale-out test needs Redis on {REDIS_HOST}:{REDIS_PORT}")
    if not Path(sys.executable).with_name("gunicorn").exists():
        _unable("gunicorn is not installed next to this Python")
    host = f"atlas-{uuid.uuid4().hex[:12]}.test"  # part of every cache key: this run's entries are its own
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",  # the static files are not collected in a test run; the cache does not care
        "DJANGO_SECRET_KEY": uuid.uuid4().hex * 2,
        "DJANGO_ALLOWED_HOSTS": host,
        "DATABASE_URL": _database_url(),
        "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
        "API_ANON_RATE": "100000/minute",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    servers = []
    try:
        for name in ("a", "b"):
            servers.append(Server(env, tmp_path / f"gunicorn-{name}.log"))
        deadline = time.monotonic() + START_SECONDS
        for server in servers:
            server.wait_until_ready(host, deadline)
        yield host, servers
    finally:
        for server in servers:
            server.stop()


def test_a_publish_through_one_server_is_seen_through_the_other(two_servers):
    host, (a, b) = two_servers
    f.TopicFactory(name="Lunar exploration", slug="lunar")
    f.TopicFactory(name="Space debris mitigation", slug="debris", publication_status=Status.DRAFT)
    curator = get_user_model().objects.create_superuser("curator", "curator@example.org", "curator-pass")
    token = Token.objects.create(user=curator).key

    for path in ["/topics/", "/api/v1/topics/"]:
        status, headers, body = a.request("GET", path, host)
        assert status == 200 and "Lunar exploration" in body, (path, status, a.log_tail())
        assert "Space debris mitigation" not in body
        status, headers, body = b.request("GET", path, host)
        assert status == 200 and "Space debris mitigation" not in body
        assert headers["X-Cache"] == "hit", (path, dict(headers))  # stored by a, served by b: one shared cache

    version = Topic.objects.get(slug="debris").version
    status, _, body = a.request(
        "PATCH", "/api/v1/topics/debris/", host, {"publication_status": "published", "version": version}, token
    )
    assert status == 200, body

    for path in ["/topics/", "/api/v1/topics/"]:
        status, headers, body = b.request("GET", path, host)
        assert status == 200 and "Space debris mitigation" in body, (path, dict(headers), b.log_tail())
        assert headers["X-Cache"] == "miss"
    status, _, body = b.request("GET", "/topics/debris/", host)
    assert status == 200 and "Space debris mitigation" in body

    version = Topic.objects.get(slug="debris").version
    status, _, body = b.request(
        "PATCH", "/api/v1/topics/debris/", host, {"publication_status": "draft", "version": version}, token
    )
    assert status == 200, body
    for path in ["/topics/", "/api/v1/topics/"]:
        status, _, body = a.request("GET", path, host)
        assert status == 200 and "Space debris mitigation" not in body, path
    assert a.request("GET", "/topics/debris/", host)[0] == 404
