"""REST API v1 (`/api/v1/`): read the catalog, export CSV, let staff write with a token."""

from . import rows, views  # noqa: E402, F401  (the viewsets the router finds through the registry)
