"""API building blocks shared by every record type (base viewset, fields, pagination, CSV, schema)."""
