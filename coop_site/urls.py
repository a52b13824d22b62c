from django.contrib import admin
from django.urls import include, path

from catalog import changes

urlpatterns = [
    path("admin/", admin.site.urls),
    path("timeline/", include("timeline.urls")),
    path("changes/", changes.recent_changes, name="changes"),
    path("changes/feed/", changes.RecentChangesFeed(), name="changes-feed"),
    path("", include("catalog.visual_urls")),
    path("api/v1/", include("coop_site.api_urls")),
    path("", include("catalog.urls")),
]
