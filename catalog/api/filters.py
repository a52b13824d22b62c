"""The topics FilterSet. Topics have no HTML list page, so no FilterSet in catalog/filters.py yet;
this one follows the same base (`q`, `updated_after`, explicit `ordering`) and can move there."""

import django_filters

from catalog.models import Topic
from coop_site.lib.filters import AtlasFilterSet


class TopicFilter(AtlasFilterSet):
    search_fields = ["name", "summary"]

    ordering = django_filters.OrderingFilter(fields=(("name", "name"), ("updated_at", "updated_at")), label="Sort by")

    class Meta:
        model = Topic
        fields = ["q"]
