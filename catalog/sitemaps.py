"""/sitemap.xml: the public pages and every published record (drafts never appear)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from catalog.models import Agreement, Country, Mission, Organization, Topic
from timeline.models import Event


class StaticPagesSitemap(Sitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return [
            "catalog:home", "catalog:organization-list", "catalog:country-list", "catalog:mission-list",
            "catalog:agreement-list", "catalog:topic-list", "timeline:event-list",
        ]  # fmt: skip

    def location(self, item):
        return reverse(item)


class PublishedSitemap(Sitemap):
    model = None
    changefreq = "monthly"

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


def _sitemap_for(model) -> type[PublishedSitemap]:
    return type(f"{model.__name__}Sitemap", (PublishedSitemap,), {"model": model})


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "organizations": _sitemap_for(Organization),
    "countries": _sitemap_for(Country),
    "missions": _sitemap_for(Mission),
    "agreements": _sitemap_for(Agreement),
    "topics": _sitemap_for(Topic),
    "events": _sitemap_for(Event),
}
