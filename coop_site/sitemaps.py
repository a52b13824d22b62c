"""/sitemap.xml: the public pages and every published record of every record type (registry)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from coop_site.records.models import PUBLIC
from coop_site.records.registry import card_query, record_types


class StaticPagesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        lists = [model.list_url_name for model in record_types() if getattr(model, "list_url_name", None)]
        return ["catalog:home", *lists, "catalog:topic-list"]

    def location(self, item):
        return reverse(item)


class PublishedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    model = None
    changefreq = "monthly"

    def items(self):
        return card_query(self.model)(PUBLIC).prefetch_related(None).select_related(None).order_by("pk")

    def lastmod(self, obj):
        return obj.updated_at


def _sitemap_for(model) -> type[PublishedSitemap]:
    return type(f"{model.__name__}Sitemap", (PublishedSitemap,), {"model": model})


SITEMAPS = {
    "pages": StaticPagesSitemap,
    **{str(model._meta.verbose_name_plural): _sitemap_for(model) for model in record_types()},
}
