"""`manage.py load_atlas`: load the sourced demo data in fixtures/ (idempotent; --dry-run writes nothing)."""

import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalog.data_package import PackageError, package_to_fixtures
from catalog.loading import FixtureError, Loader, Report, database_counts
from coop_site.cache.invalidation import one_bump


def default_fixtures_dir() -> Path:
    return Path(getattr(settings, "ATLAS_FIXTURES_DIR", settings.BASE_DIR / "fixtures"))


class Command(BaseCommand):
    help = (
        "Load the curated, sourced demo data (fixtures/*.json and fixtures/signatories/*.csv) into the database. "
        "Records are matched by URL, ISO code or slug and updated in place; running it twice changes nothing. "
        "Everything runs in one transaction: bad data aborts the run and nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report what would change, then roll back.")
        parser.add_argument(
            "--fixtures-dir",
            type=Path,
            default=None,
            help="Directory to load from (default: fixtures/ of the project).",
        )
        parser.add_argument(
            "--from-package",
            type=Path,
            default=None,
            help="Load a data package instead: the atlas.zip of /data/, or a directory holding its datapackage.json.",
        )

    def handle(self, *args, from_package: Path | None = None, fixtures_dir: Path | None = None, **options):
        if from_package is None:
            return self.load(fixtures_dir or default_fixtures_dir(), **options)
        if fixtures_dir is not None:
            raise CommandError("Give --fixtures-dir or --from-package, not both.")
        try:
            with tempfile.TemporaryDirectory(prefix="atlas-package-") as tmp:
                directory = Path(tmp) / from_package.stem
                package_to_fixtures(from_package, directory)
                return self.load(directory, **options)
        except PackageError as exc:
            raise CommandError(f"Nothing was loaded. {exc}") from exc

    def load(self, directory: Path, dry_run: bool = False, verbosity: int = 1, **options):
        if not directory.is_dir():
            raise CommandError(f"Fixtures directory not found: {directory}")
        try:
            # One bump of the response cache's generation for the whole load, not one per row.
            with transaction.atomic(), one_bump():
                report = Loader(directory).run()
                counts = database_counts()
                if dry_run:
                    transaction.set_rollback(True)
        except FixtureError as exc:
            raise CommandError(f"Nothing was loaded. {exc}") from exc
        self.print_report(report, counts, directory, dry_run=dry_run, verbosity=verbosity)

    def print_report(self, report: Report, counts: dict[str, int], directory: Path, *, dry_run: bool, verbosity: int):
        if dry_run or verbosity >= 2:
            prefix = "would " if dry_run else ""
            for change in report.changes:
                self.stdout.write(f"  {prefix}{change}")
        for kind, actions in report.counts.items():
            summary = ", ".join(f"{actions[a]} {a}" for a in ("created", "updated", "unchanged") if actions[a])
            self.stdout.write(f"{kind:>14}: {summary}")
        totals = ", ".join(f"{n} {name}" for name, n in counts.items())
        changes = f"{len(report.changes)} change{'' if len(report.changes) == 1 else 's'}"
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run: nothing was written ({changes} found)."))
            self.stdout.write(f"The database would hold: {totals}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Loaded {directory} ({changes})."))
            self.stdout.write(f"The database holds: {totals}.")
