"""The curator admin: one module per group of models (see catalog/admin/base.py for what they share)."""

from . import agreements, guides, missions, records  # noqa: F401  (registers the ModelAdmins)
