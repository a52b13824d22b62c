"""Public pages of the catalog, one module per resource."""
