"""Admin building blocks shared by every record type (curated admin, versioning, recovery, roles)."""
