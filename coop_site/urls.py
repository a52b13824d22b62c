from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from catalog.views import data, embeds
from coop_site import changes, ops, quality
from coop_site.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/quality/", quality.quality_view, name="admin-quality"),  # staff only
    path("admin/", admin.site.urls),
    # The whole published Atlas as a Frictionless Data Package (catalog/data_package.py): the files are
    # data, not pages, so they stay unprefixed; the /data/ page that lists them is with the pages below.
    re_path(r"^data/(?P<name>[a-z0-9-]+\.csv|datapackage\.json|atlas\.zip)$", data.data_file, name="data-file"),
    path("healthz", ops.healthz, name="healthz"),
    path("robots.txt", ops.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("api/v1/", include("coop_site.api_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]

# The public pages, in English at today's URLs and under /fr/, /es/, /ru/, /zh-hans/, /ar/.
urlpatterns += i18n_patterns(
    path("timeline/", include("timeline.urls")),
    path("changes/", changes.recent_changes, name="changes"),
    path("changes/feed/", changes.RecentChangesFeed(), name="changes-feed"),
    path("data/", data.index, name="data"),
    # Embeddable charts, in the language of the page that offers them (/embed/map/, /fr/embed/map/):
    # frameable by any site (catalog/views/embeds.py); every other page is not.
    path("embed/agreements/<slug:slug>/chart/", embeds.agreement_chart, name="embed-agreement-chart"),
    path("embed/map/", embeds.world_map, name="embed-map"),
    path("embed/network/", embeds.network, name="embed-network"),
    # /network/, /map/ and the home page's visual fragment (/visuals/home/); the network's data,
    # /api/v1/network/, is with the API (coop_site/api_urls.py).
    path("", include("catalog.visuals.urls")),
    path("", include("catalog.urls")),
    prefix_default_language=False,
)

handler400 = "coop_site.ops.bad_request"
handler404 = "coop_site.ops.page_not_found"
