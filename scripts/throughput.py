#!/usr/bin/env python
"""Throughput of the Atlas's busiest URLs as a share of a static file, cache warm and cache cold.

Starts the site in its production shape (DJANGO_DEBUG=0, gunicorn with 2 sync workers, whitenoise
serving the collected static files) on a free loopback port in 25000-25999, with the demo data
(`load_atlas`), on SQLite in a temporary directory or on the PostgreSQL database given with
--database-url, and with Redis as the cache when --redis-url is given (local memory otherwise).
Then Debian's `wrk -t2 -c16 -d<N>s` measures, one URL after the other:

- the site's CSS file (`/static/css/site.<hash>.css`), served by the same gunicorn: the reference;
- every URL of the table of issue 13, **warm**: the same request over and over, so every request
  after the first is answered from the shared response cache (the script checks `X-Cache: hit`);
- the same URLs **cold**: each request carries a different `HX-Trigger-Name` header, which is part
  of the response cache key but changes nothing in the body, so every request misses, runs the view
  and stores its answer — what every request would cost if each one followed a write.

The static file is measured right before and right after each URL's warm run and each share is
against the mean of the two, so that a change in the machine's load during the run moves both. The API's anonymous throttle
is raised for the run (a throttled 429 would otherwise be measured). Prints a Markdown table.
Only loopback is used. The machine may be shared: load on other cores shows up in every figure, so
compare shares (measured in the same run) rather than requests per second between runs.

    .venv/bin/python scripts/throughput.py --duration 10
    .venv/bin/python scripts/throughput.py --database-url postgres://postgres@127.0.0.1:5432/atlas_bench \\
        --redis-url redis://127.0.0.1:6379/5
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
API_URLS = ["/api/v1/missions/", "/api/v1/agreements/?as_of=2023-12-31", "/api/v1/events/"]
PAGE_URLS = ["/missions/", "/agreements/artemis-accords/", "/timeline/", "/", "/search/?q=esa"]
# The "before" (landed main, no response cache): req/s and share of static.
BEFORE = {
    "static": (2989, 1.00),
    "/api/v1/missions/": (162, 0.054),
    "/api/v1/agreements/?as_of=2023-12-31": (190, 0.064),
    "/api/v1/events/": (82, 0.027),
    "/missions/": (60, 0.020),
    "/agreements/artemis-accords/": (40, 0.013),
    "/timeline/": (17, 0.006),
    "/": (116, 0.039),
    "/search/?q=esa": (64, 0.021),
}
GOAL = {"api": 0.5, "page": 0.3}
COLD_LUA = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  n = 0
end
function request()
  n = n + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["HX-Trigger-Name"] = "cold-" .. tostring(tid) .. "-" .. tostring(n)
  return wrk.format(nil, nil, headers)
end
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per measurement (default 10)")
    parser.add_argument("--database-url", default="", help="a PostgreSQL database to load the demo data into")
    parser.add_argument("--redis-url", default="", help="Redis for the cache, e.g. redis://127.0.0.1:6379/5")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-cold", action="store_true", help="measure only the warm cache")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    return parser.parse_args()


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print("wrk is missing: installing Debian's package", file=sys.stderr)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=False, stdout=subprocess.DEVNULL)
    if not shutil.which("wrk"):
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
    return shutil.which("wrk") or sys.exit("could not install wrk")


def free_port() -> int:
    for port in range(25000 + secrets.randbelow(900), 26000):
        with socket.socket() as probe, contextlib.suppress(OSError):
            probe.bind(("127.0.0.1", port))
            return port
    sys.exit("no free port in 25000-25999")


def site_env(args, workdir: Path) -> dict:
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": args.database_url or f"sqlite:///{workdir / 'atlas.sqlite3'}",
        "API_ANON_RATE": "100000000/minute",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    if args.redis_url:
        env["REDIS_URL"] = args.redis_url
    return env


def manage(env: dict, *command: str) -> None:
    subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def css_url() -> str:
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


@contextlib.contextmanager
def gunicorn(env: dict, port: int, workers: int, log: Path):
    command = [
        str(Path(PYTHON).with_name("gunicorn")),
        "coop_site.wsgi:application",
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        "--no-control-socket",
        f"--error-logfile={log}",
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/", timeout=5)  # noqa: S310 -- loopback
                break
            except (urllib.error.URLError, OSError):
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"gunicorn did not start; see {log}")
                time.sleep(0.5)
        yield server
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def fetch(base: str, url: str, **headers) -> tuple[int, dict]:
    request = urllib.request.Request(base + url, headers=headers)  # noqa: S310 -- loopback
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def run_wrk(wrk: str, args, base: str, url: str, script: Path | None = None) -> dict:
    command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "10s"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run([*command, base + url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    latency = re.search(r"Latency\s+(\S+)", output)
    return {
        "rps": float(rate.group(1)) if rate else 0.0,
        "non_2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1).strip() if socket_errors else "",
        "latency_avg": latency.group(1) if latency else "",
    }


def main():
    args = parse_args()
    wrk = ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="atlas-throughput-"))
    env = site_env(args, workdir)
    print(f"# preparing: migrate, load_atlas, collectstatic ({'PostgreSQL' if args.database_url else 'SQLite'})")
    manage(env, "migrate", "--noinput")
    manage(env, "load_atlas", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    static = css_url()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cold_script = workdir / "cold.lua"
    cold_script.write_text(COLD_LUA)
    results: dict[str, dict] = {}
    load = os.getloadavg()
    with gunicorn(env, port, args.workers, workdir / "gunicorn.log"):
        for url in API_URLS + PAGE_URLS:
            fetch(base, url)
            status, headers = fetch(base, url)
            row = {"static_before": run_wrk(wrk, args, base, static), "warm": run_wrk(wrk, args, base, url)}
            row["warm"].update(status=status, x_cache=headers.get("X-Cache", "-"))
            row["static_after"] = run_wrk(wrk, args, base, static)
            row["static"] = {"rps": (row["static_before"]["rps"] + row["static_after"]["rps"]) / 2}
            if not args.skip_cold:
                row["cold"] = run_wrk(wrk, args, base, url, script=cold_script)
            results[url] = row
    if args.redis_url:
        clear_redis(args.redis_url)
    shutil.rmtree(workdir, ignore_errors=True)
    print_table(args, static, results, load)
    if args.json:
        args.json.write_text(json.dumps({"static": static, "results": results}, indent=2))
    failed = [
        url for url in results if share(results[url], "warm") < GOAL["api" if url.startswith("/api/") else "page"]
    ]
    if failed:
        print(f"\nBelow the goal (API 0.5, pages 0.3 of static, warm): {', '.join(failed)}")
    return 1 if failed else 0


def clear_redis(url: str) -> None:
    """Delete the response cache entries this run stored (every cold request stored one)."""
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match="atlas:*:response:*", count=1000):
        client.delete(key)


def share(row: dict, kind: str) -> float:
    return row[kind]["rps"] / row["static"]["rps"] if row.get(kind) and row["static"]["rps"] else 0.0


def print_table(args, static: str, results: dict, load) -> None:
    statics = [row[kind]["rps"] for row in results.values() for kind in ("static_before", "static_after")]
    print(
        f"\nwrk -t{args.threads} -c{args.connections} -d{args.duration}s, gunicorn {args.workers} sync workers, "
        f"{'PostgreSQL' if args.database_url else 'SQLite'}, {'Redis' if args.redis_url else 'local-memory'} cache; "
        f"load average before the run {load[0]:.1f} on {os.cpu_count()} cores. The static file `{static}` is "
        f"measured right before and right after each URL's warm run (from {min(statics):,.0f} to "
        f"{max(statics):,.0f} req/s in this run); each share is against the mean of the two.\n"
    )
    print(
        "| URL | before: req/s (share) | static req/s (mean) | warm: req/s | share | cold: req/s | share | goal (warm) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("| `/static/css/site.<hash>.css` | 2,989 (1.00) | | | 1.00 | | | |")
    for url, row in results.items():
        warm, cold = row["warm"], row.get("cold")
        before = BEFORE[url]
        goal = GOAL["api" if url.startswith("/api/") else "page"]
        verdict = f"≥ {goal} {'✓' if share(row, 'warm') >= goal else '✗'}"
        notes = []
        if warm["x_cache"] != "hit":
            notes.append(f"X-Cache {warm['x_cache']}")
        for kind in ("static_before", "static_after", "warm", "cold"):
            if row.get(kind) and (row[kind]["non_2xx"] or row[kind]["socket_errors"]):
                notes.append(f"{kind}: {row[kind]['non_2xx']} non-2xx {row[kind]['socket_errors']}".strip())
        cold_cells = f"{cold['rps']:,.0f} | {share(row, 'cold'):.3f}" if cold else " | "
        print(
            f"| `{url}` | {before[0]:,} ({before[1]:.3f}) | {row['static']['rps']:,.0f} | {warm['rps']:,.0f} | "
            f"{share(row, 'warm'):.2f} | {cold_cells} | {verdict}{' — ' + '; '.join(notes) if notes else ''} |"
        )


if __name__ == "__main__":
    sys.exit(main())
