"""REST API v1 (`/api/v1/`): read the catalog, export CSV, let staff write with a token."""
