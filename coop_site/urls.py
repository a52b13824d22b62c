from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from catalog.views import embeds
from coop_site import changes, ops
from coop_site.sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", admin.site.urls),
    path("timeline/", include("timeline.urls")),
    path("changes/", changes.recent_changes, name="changes"),
    path("changes/feed/", changes.RecentChangesFeed(), name="changes-feed"),
    # Embeddable charts: frameable by any site (catalog/views/embeds.py); every other page is not.
    path("embed/agreements/<slug:slug>/chart/", embeds.agreement_chart, name="embed-agreement-chart"),
    path("embed/map/", embeds.world_map, name="embed-map"),
    path("embed/network/", embeds.network, name="embed-network"),
    path("healthz", ops.healthz, name="healthz"),
    path("robots.txt", ops.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("", include("catalog.visuals.urls")),
    path("api/v1/", include("coop_site.api_urls")),
    path("", include("catalog.urls")),
]

handler400 = "coop_site.ops.bad_request"
handler404 = "coop_site.ops.page_not_found"
