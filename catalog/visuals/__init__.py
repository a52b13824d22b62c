"""The Atlas's pictures: chart data shaped from catalog/queries.py (data.py), chart pages (views.py)."""

from catalog.queries import ARTEMIS_ACCORDS_SLUG, missions_in_period

from .data import collaboration_network, country_measures, signatory_growth, signatures_per_year, timeline_items

__all__ = [
    "ARTEMIS_ACCORDS_SLUG",
    "collaboration_network",
    "country_measures",
    "missions_in_period",
    "signatory_growth",
    "signatures_per_year",
    "timeline_items",
]
