#!/usr/bin/env python
"""Latency and throughput of the list pages and API lists at 1k, 10k and 100k records.

Usage: .venv/bin/python scripts/benchmark.py [--sizes 1000 10000 100000] [--requests 30] [--postgres]

For each size it builds a throw-away database (a SQLite file, or a PostgreSQL database
`atlas_bench_<size>` with --postgres), fills it with synthetic published records (N events,
N/5 missions with three participations each, N/10 organizations, N/100 agreements with
signatories), runs ANALYZE, and requests every URL below through Django's test client in one process:
the numbers measure the application and the database, not a web server. Results go to
stdout as a Markdown table and to bench-output/benchmark-<size>.json.

This is a script, not a timed test: figures depend on the machine.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-output"

URLS = [
    "/",
    "/missions/",
    "/missions/?kind=observatory&ordering=-start_date",
    "/organizations/",
    "/agreements/",
    "/timeline/",
    "/timeline/?year_from=1990&year_to=2000",
    "/search/?q=mission",
    "/missions/bench-mission-1/",
    "/agreements/bench-agreement-1/",
    "/api/v1/missions/",
    "/api/v1/missions/?status=active&page_size=100",
    "/api/v1/events/?year_from=2000",
    "/api/v1/agreements/?as_of=2010-01-01",
    "/api/v1/organizations/?format=csv",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per URL")
    parser.add_argument("--postgres", action="store_true", help="use PostgreSQL at 127.0.0.1:5432")
    parser.add_argument("--_worker", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


def main():
    args = parse_args()
    if args._worker:
        run_worker(args._worker, args.requests)
        return
    OUT.mkdir(exist_ok=True)
    for size in args.sizes:
        env = {**os.environ, "DJANGO_DEBUG": "1", "DJANGO_LOG_LEVEL": "ERROR", "API_ANON_RATE": "1000000/minute"}
        env["DATABASE_URL"] = database_url(size, args.postgres)
        subprocess.run(
            [sys.executable, __file__, "--_worker", str(size), "--requests", str(args.requests)],
            env=env,
            check=True,
        )
    print_summary(args.sizes)


def database_url(size: int, postgres: bool) -> str:
    if postgres:
        name = f"atlas_bench_{size}"
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
        return f"postgres://postgres@127.0.0.1:5432/{name}"
    path = Path(tempfile.gettempdir()) / f"atlas-bench-{size}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def run_worker(size: int, requests: int):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coop_site.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    seed(size)
    seeded = time.perf_counter() - started
    analyze()
    results = [measure(url, requests) for url in URLS]
    report = {"size": size, "seed_seconds": round(seeded, 1), "requests_per_url": requests, "results": results}
    (OUT / f"benchmark-{size}.json").write_text(json.dumps(report, indent=2))


def seed(size: int):
    """Bulk-create published synthetic records (no per-row saves, so 100k takes seconds)."""
    import datetime
    import random

    from catalog.models import Agreement, Country, Mission, Organization, Participation, Signatory
    from timeline.models import Event

    rng = random.Random(size)  # same data for the same size
    countries = Country.objects.bulk_create(
        Country(code=f"{chr(97 + i // 26)}{chr(97 + i % 26)}", name=f"Country {i}", publication_status="published")
        for i in range(200)
    )
    orgs = Organization.objects.bulk_create(
        Organization(
            slug=f"bench-org-{i}",
            name=f"Organization {i}",
            acronym=f"O{i}",
            kind="national_agency",
            country=rng.choice(countries),
            publication_status="published",
        )
        for i in range(max(size // 10, 10))
    )
    kinds = ["observatory", "planetary", "space_station", "earth_observation"]
    missions = Mission.objects.bulk_create(
        Mission(
            slug=f"bench-mission-{i}",
            name=f"Benchmark mission {i}",
            kind=rng.choice(kinds),
            status=rng.choice(["active", "completed", "planned"]),
            start_date=datetime.date(1960 + i % 65, 1 + i % 12, 1),
            summary="A synthetic mission for the benchmark.",
            publication_status="published",
        )
        for i in range(max(size // 5, 10))
    )
    Participation.objects.bulk_create(
        Participation(mission=m, organization=o, role=role)
        for m in missions
        for o, role in zip(rng.sample(orgs, 3), ["lead", "partner", "contributor"], strict=True)
    )
    agreements = Agreement.objects.bulk_create(
        Agreement(slug=f"bench-agreement-{i}", name=f"Agreement {i}", kind="treaty", publication_status="published")
        for i in range(max(size // 100, 10))
    )
    Signatory.objects.bulk_create(
        Signatory(agreement=a, country=c, signed_on=datetime.date(1967 + j % 50, 1, 1))
        for a in agreements
        for j, c in enumerate(rng.sample(countries, 60))
    )
    events = Event.objects.bulk_create(
        Event(
            slug=f"bench-event-{i}",
            title=f"Benchmark event {i}",
            date=datetime.date(1957 + i % 68, 1 + i % 12, 1 + i % 28),
            kind="milestone",
            publication_status="published",
        )
        for i in range(size)
    )
    through = Event.organizations.through
    through.objects.bulk_create(
        through(event_id=e.pk, organization_id=o.pk) for e in events for o in rng.sample(orgs, 2)
    )


def analyze():
    """Give the query planner the table statistics a maintained database has.

    PostgreSQL's autovacuum gathers them by itself; SQLite only has them after ANALYZE (without,
    it may drive a prefetch from the low-selectivity publication_status index: 4x slower at 100k).
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(url: str, requests: int) -> dict:
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    first = client.get(url)  # warm-up; also the status we report
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "url": url,
        "status": first.status_code,
        "queries": len(queries.captured_queries),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 1),
        "req_per_s": round(1000 / statistics.mean(timings), 1),
    }


def print_summary(sizes):
    reports = [json.loads((OUT / f"benchmark-{size}.json").read_text()) for size in sizes]
    header = "| URL | " + " | ".join(f"{r['size']:,} records: p50 / p95 ms, req/s, queries" for r in reports) + " |"
    print(header)
    print("|---" * (len(reports) + 1) + "|")
    for index, url in enumerate(URLS):
        cells = []
        for report in reports:
            row = report["results"][index]
            if row["status"] != 200:
                cells.append(f"HTTP {row['status']}")
            else:
                cells.append(f"{row['p50_ms']} / {row['p95_ms']}, {row['req_per_s']}, {row['queries']}")
        print(f"| `{url}` | " + " | ".join(cells) + " |")
    for report in reports:
        print(f"seeded {report['size']:,} events (+ related records) in {report['seed_seconds']} s")


if __name__ == "__main__":
    main()
