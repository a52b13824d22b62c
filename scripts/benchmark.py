#!/usr/bin/env python
"""Latency and throughput of the list pages, API lists and admin pages at 1k, 10k and 100k records.

Usage: .venv/bin/python scripts/benchmark.py [--sizes 1000 10000 100000] [--requests 30] [--postgres]

For each size it builds a throw-away database (a SQLite file, or a PostgreSQL database
`atlas_bench_<size>` with --postgres), fills it with synthetic published records (N events,
N/5 missions with three participations each, N/10 organizations, N/100 agreements with
60 signatories, one agreement with a single signatory), runs ANALYZE, and requests every URL
below through Django's test client in one process: the numbers measure the application and the
database, not a web server. The shared response cache is bypassed (a dummy cache), so every
request is a cache miss: the cost of rendering, which a cache hit hides. List rows still come from
the per-process "fragments" cache (rendered once per write generation and record version, as in
production); the HTML twins are measured a second time with it off, every row rendered. The admin pages are
requested signed in as a superuser. Results go to stdout as Markdown tables and to
bench-output/benchmark-<size>[-postgres].json.

After the tables it checks the budgets of issue 13 and lists what exceeds them (exit status 0
either way, unless --strict): every URL's p50 at the largest size at most 3x its p50 at the
smallest, and each HTML list at most 2x its JSON twin with the same rows (TWINS).

This is a script, not a timed test: figures depend on the machine.
"""

import argparse
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-output"
# Throw-away databases are named after the checkout, so two checkouts on one machine never share one.
NAME_SUFFIX = "_" + re.sub(r"[^a-z0-9]+", "_", ROOT.name.lower()).strip("_")

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
    "/api/v1/events/?page_size=100",
]

# HTML list -> the API list with the same rows (same filter, page size and order).
TWINS = {
    "/timeline/": "/api/v1/events/?page_size=100",
    "/missions/": "/api/v1/missions/",
}

# Signed in as a superuser; "{agreement}" / "{single}" are the admin ids of bench-agreement-1
# (60 signatories) and bench-agreement-single (1 signatory).
ADMIN_URLS = [
    "/admin/catalog/agreement/{agreement}/change/",
    "/admin/catalog/agreement/{single}/change/",
    "/admin/catalog/agreement/",
    "/admin/catalog/mission/",
    "/admin/catalog/mission/?q=mission",
    "/admin/catalog/organization/?q=organization",
    "/admin/timeline/event/",
    "/admin/timeline/event/?q=mission",
    "/admin/timeline/event/?q=event",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per URL")
    parser.add_argument("--admin-requests", type=int, default=5, help="timed requests per admin page")
    parser.add_argument("--postgres", action="store_true", help="use PostgreSQL at 127.0.0.1:5432")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget is exceeded")
    parser.add_argument("--report-only", action="store_true", help="print the tables of the last run")
    parser.add_argument("--_worker", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


def main():
    args = parse_args()
    if args._worker:
        run_worker(args._worker, args.requests, args.admin_requests, args.postgres)
        return
    OUT.mkdir(exist_ok=True)
    for size in [] if args.report_only else args.sizes:
        env = {**os.environ, "DJANGO_DEBUG": "1", "DJANGO_LOG_LEVEL": "ERROR", "API_ANON_RATE": "1000000/minute"}
        env.pop("REDIS_URL", None)
        env["DATABASE_URL"] = database_url(size, args.postgres)
        command = [sys.executable, __file__, "--_worker", str(size), "--requests", str(args.requests)]
        command += ["--admin-requests", str(args.admin_requests)] + (["--postgres"] if args.postgres else [])
        subprocess.run(command, env=env, check=True)
    exceeded = print_summary(args.sizes, args.postgres)
    if args.strict and exceeded:
        sys.exit(1)


def output_path(size: int, postgres: bool) -> Path:
    return OUT / f"benchmark-{size}{'-postgres' if postgres else ''}.json"


def database_url(size: int, postgres: bool) -> str:
    if postgres:
        name = f"atlas_bench_{size}{NAME_SUFFIX}"
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
        return f"postgres://postgres@127.0.0.1:5432/{name}"
    path = Path(tempfile.gettempdir()) / f"atlas-bench-{size}{NAME_SUFFIX}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def run_worker(size: int, requests: int, admin_requests: int, postgres: bool):
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coop_site.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    seed(size)
    seeded = time.perf_counter() - started
    analyze()
    # Every request a cache miss: the response cache writes to and reads from a dummy cache.
    caches = {**settings.CACHES, "bench-none": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    with override_settings(CACHES=caches, RESPONSE_CACHE_ALIAS="bench-none"):
        results = measure(Client(), URLS, requests)
        admin = Client()
        admin.force_login(superuser())
        ids = admin_ids()
        admin_results = measure(admin, [url.format(**ids) for url in ADMIN_URLS], admin_requests, labels=ADMIN_URLS)
    # The HTML twins again with every row rendered (the "fragments" cache off too): the cost of the
    # first request after a write, reported beside the budget.
    cold = {**caches, "fragments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    with override_settings(CACHES=cold, RESPONSE_CACHE_ALIAS="bench-none"):
        rows_rendered = measure(Client(), [url for pair in TWINS.items() for url in pair], requests)
    report = {
        "size": size,
        "database": connection_vendor(),
        "seed_seconds": round(seeded, 1),
        "requests_per_url": requests,
        "admin_requests_per_url": admin_requests,
        "results": results,
        "admin": admin_results,
        "rows_rendered": rows_rendered,
    }
    output_path(size, postgres).write_text(json.dumps(report, indent=2))


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


def superuser():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("bench-admin", "bench@example.org", "bench-password-1")


def admin_ids() -> dict:
    from catalog.models import Agreement

    return {
        "agreement": Agreement.objects.get(slug="bench-agreement-1").pk,
        "single": Agreement.objects.get(slug="bench-agreement-single").pk,
    }


def seed(size: int):
    """Bulk-create published synthetic records (no per-row saves, so 100k takes seconds)."""
    import datetime
    import random

    from catalog.models import Agreement, Country, Mission, Organization, Participation, Signatory
    from catalog.partner_counts import recount_partners
    from catalog.signature_counts import recount_signatures
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
    single = Agreement.objects.create(
        slug="bench-agreement-single",
        name="Agreement with one signatory",
        kind="treaty",
        publication_status="published",
    )
    Signatory.objects.create(agreement=single, country=countries[0], signed_on=datetime.date(2000, 1, 1))
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
    # bulk_create sends no signal: store the derived partner and signature counts as the write path would have.
    recount_partners()
    recount_signatures()


def analyze():
    """Give the query planner the table statistics a maintained database has.

    PostgreSQL's autovacuum gathers them by itself; SQLite only has them after ANALYZE (without,
    it may drive a prefetch from the low-selectivity publication_status index: 4x slower at 100k).
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client, urls: list[str], requests: int, labels: list[str] | None = None) -> list[dict]:
    """Time `requests` GETs of every URL, in rounds (each round requests every URL once).

    Interleaving makes a burst of load from elsewhere on the machine hit every URL alike, so the
    ratios the budgets compare (HTML vs JSON, 100k vs 1k) are fairer than with one URL after another.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    statuses, queries = [], []
    for url in urls:
        statuses.append(client.get(url).status_code)  # warm-up; also the status we report
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        if response.get("X-Cache") == "hit":  # a hit would time the cache, not the rendering
            raise SystemExit(f"{url} was answered from the response cache: the benchmark must bypass it")
        queries.append(len(captured.captured_queries))
    timings: list[list[float]] = [[] for _ in urls]
    for _ in range(requests):
        for index, url in enumerate(urls):
            started = time.perf_counter()
            client.get(url)
            timings[index].append((time.perf_counter() - started) * 1000)
    results = []
    for index in range(len(urls)):
        times = sorted(timings[index])
        results.append(
            {
                "url": (labels or urls)[index],
                "status": statuses[index],
                "queries": queries[index],
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[max(math.ceil(len(times) * 0.95) - 1, 0)], 1),
                "req_per_s": round(1000 / statistics.mean(times), 1),
            }
        )
    return results


def print_summary(sizes, postgres: bool) -> list[str]:
    """Print the latency tables and the budgets; return the budgets exceeded."""
    reports = [json.loads(output_path(size, postgres).read_text()) for size in sizes]
    print(f"Database: {reports[0].get('database', 'postgresql' if postgres else 'sqlite')}, response cache bypassed")
    print_table(reports, "results", "URL")
    print()
    print_table(reports, "admin", "admin page (superuser)")
    print()
    for report in reports:
        print(f"seeded {report['size']:,} events (+ related records) in {report['seed_seconds']} s")
    lines = budgets(reports)
    exceeded = [line for line in lines if line.startswith("over")]
    print("\n".join(lines))
    print(f"{len(exceeded)} budget(s) exceeded" if exceeded else "every budget holds")
    return exceeded


def print_table(reports: list[dict], key: str, title: str) -> None:
    header = f"| {title} | " + " | ".join(f"{r['size']:,} records: p50 / p95 ms, req/s, queries" for r in reports)
    print(header + " |")
    print("|---" * (len(reports) + 1) + "|")
    for index, first in enumerate(reports[0][key]):
        cells = []
        for report in reports:
            row = report[key][index]
            if row["status"] != 200:
                cells.append(f"HTTP {row['status']}")
            else:
                cells.append(f"{row['p50_ms']} / {row['p95_ms']}, {row['req_per_s']}, {row['queries']}")
        print(f"| `{first['url']}` | " + " | ".join(cells) + " |")


def budgets(reports: list[dict]) -> list[str]:
    """Issue 13's budgets: flat cost (largest p50 <= 3x smallest) and HTML <= 2x its JSON twin."""
    lines = []
    smallest, largest = reports[0], reports[-1]
    for key in ("results", "admin"):
        for low, high in zip(smallest[key], largest[key], strict=True):
            ratio = high["p50_ms"] / low["p50_ms"]
            if len(reports) > 1 and ratio > 3:
                lines.append(
                    f"over 3x: {low['url']} {low['p50_ms']} ms at {smallest['size']:,}, "
                    f"{high['p50_ms']} ms at {largest['size']:,} ({ratio:.1f}x)"
                )
    for report in reports:
        p50 = {row["url"]: row["p50_ms"] for row in report["results"]}
        for html, api in TWINS.items():
            ratio = p50[html] / p50[api]
            verdict = "over 2x" if ratio > 2 else "within 2x"
            lines.append(
                f"{verdict}: {html} {p50[html]} ms vs {api} {p50[api]} ms at {report['size']:,} ({ratio:.2f}x)"
            )
            cold = {row["url"]: row["p50_ms"] for row in report.get("rows_rendered", [])}
            if html in cold:
                lines.append(
                    f"info, every row rendered: {html} {cold[html]} ms vs {api} "
                    f"{cold[api]} ms at {report['size']:,} ({cold[html] / cold[api]:.2f}x)"
                )
    return [line for line in lines if line.startswith("over")] + [line for line in lines if not line.startswith("over")]


if __name__ == "__main__":
    main()
