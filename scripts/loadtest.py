#!/usr/bin/env python
"""Load and fault test on loopback: plain load, Redis hung, database connections killed.

Start the site in its production shape first, e.g.
    DJANGO_DEBUG=0 DJANGO_SECRET_KEY=... DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_ALLOWED_HOSTS=127.0.0.1 \
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/atlas REDIS_URL=redis://127.0.0.1:6379/2 \
    .venv/bin/gunicorn coop_site.wsgi:application -w 3 -b 127.0.0.1:8000 --no-control-socket \
    --error-logfile /tmp/atlas-server.log
then:  .venv/bin/python scripts/loadtest.py --scenario all --server-log /tmp/atlas-server.log

Each scenario runs CLIENTS concurrent clients over a mix of pages and API reads for DURATION seconds
(at most 120) and prints requests served, errors by status, timeouts and the server's tracebacks.
`redis` pauses Redis (CLIENT PAUSE) for 10 s in the middle; `database` terminates the site's
database connections (pg_terminate_backend) twice. Only loopback addresses are accepted.
"""

import argparse
import collections
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PATHS = [
    "/",
    "/organizations/",
    "/missions/",
    "/agreements/",
    "/countries/",
    "/timeline/",
    "/changes/",
    "/search/?q=station",
    "/api/v1/",
    "/api/v1/organizations/",
    "/api/v1/missions/",
    "/api/v1/agreements/",
    "/api/v1/events/",
    "/api/v1/topics/",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def client(base, stop, results, timeout):
    opener = urllib.request.build_opener(urllib.request.HTTPHandler)
    index = 0
    while not stop.is_set():
        url = base + PATHS[index % len(PATHS)]
        index += 1
        request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310 -- loopback
        started = time.monotonic()
        try:
            with opener.open(request, timeout=timeout) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except (TimeoutError, urllib.error.URLError) as error:
            status = "timeout" if "timed out" in str(error) else f"error: {error}"
        results.append((status, time.monotonic() - started))


def pause_redis(redis_url, seconds):
    import redis

    redis.Redis.from_url(redis_url).execute_command("CLIENT", "PAUSE", int(seconds * 1000))


def kill_database_connections(database_url):
    import psycopg

    name = urllib.parse.urlparse(database_url).path.lstrip("/")
    with psycopg.connect(database_url, autocommit=True) as conn:
        killed = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchone()[0]
    print(f"  terminated {killed} database connection(s)")


def _healthz(base):
    # As the clients do: the site runs behind a TLS proxy in production (no redirect to https).
    return urllib.request.Request(base + "/healthz", headers={"X-Forwarded-Proto": "https"})  # noqa: S310


def healthz_recovery(base, limit=30.0):
    """Seconds until /healthz answers 200 (polled every 0.1 s), or `limit`."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            with urllib.request.urlopen(_healthz(base), timeout=5) as response:  # noqa: S310 -- loopback
                if response.status == 200:
                    break
        except (urllib.error.URLError, TimeoutError):
            pass
        time.sleep(0.1)
    return time.monotonic() - started


def run(args, scenario, log_offset):
    stop, results = threading.Event(), []
    threads = [
        threading.Thread(target=client, args=(args.base, stop, results, args.timeout), daemon=True)
        for _ in range(args.clients)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    if scenario == "redis":
        time.sleep(args.duration / 3)
        print("  pausing Redis for 10 s")
        pause_redis(args.redis_url, 10)
    elif scenario == "database":
        for _ in range(2):
            time.sleep(args.duration / 3)
            kill_database_connections(args.database_url)
            print(f"  /healthz 200 again {healthz_recovery(args.base):.1f} s after the kill")
    time.sleep(max(0, args.duration - (time.monotonic() - started)))
    stop.set()
    for thread in threads:
        thread.join(args.timeout + 1)
    statuses = collections.Counter(status for status, _ in results)
    durations = sorted(d for _, d in results)
    served = statuses.get(200, 0) + statuses.get(304, 0)
    print(f"== {scenario}: {len(results)} requests, {served} served (200/304) in {args.duration:.0f} s")
    print(f"  by status: {dict(statuses)}")
    if durations:
        print(f"  latency mean {sum(durations) / len(durations) * 1000:.0f} ms, max {durations[-1] * 1000:.0f} ms")
    if args.server_log:
        with open(args.server_log, encoding="utf-8", errors="replace") as log:
            log.seek(log_offset)
            text = log.read()
        print(f"  server tracebacks: {text.count('Traceback')}")
        for block in text.split("Traceback")[1:4]:
            print("  Traceback" + block[:800])
    healthz = urllib.request.urlopen(_healthz(args.base), timeout=5)  # noqa: S310 -- loopback only
    print(f"  /healthz after the run: {healthz.status}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--scenario", choices=["plain", "redis", "database", "all"], default="all")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/2")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/atlas")
    parser.add_argument("--server-log", default="")
    args = parser.parse_args()
    host = urllib.parse.urlparse(args.base).hostname
    if host not in LOOPBACK:
        parser.error("only loopback addresses (127.0.0.1, localhost, ::1) are allowed")
    args.duration = min(args.duration, 120)
    args.base = args.base.rstrip("/")
    scenarios = ["plain", "redis", "database"] if args.scenario == "all" else [args.scenario]
    for scenario in scenarios:
        offset = 0
        if args.server_log:
            with open(args.server_log, "rb") as log:
                offset = log.seek(0, 2)
        run(args, scenario, offset)


if __name__ == "__main__":
    main()
