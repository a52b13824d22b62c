"""Visual exploration pages, and the API endpoint the network graph loads its data from.

The endpoint lives here (not in the API's router) because it is not a resource: it is the one
view the /network/ page fetches. It still sits under /api/v1/ and appears in the OpenAPI schema.
"""

from django.urls import path

from . import views
from .api import NetworkView

app_name = "visuals"

urlpatterns = [
    path("network/", views.network, name="network"),
    path("map/", views.world_map, name="map"),
    path("visuals/home/", views.home_visuals, name="home"),
    path("api/v1/network/", NetworkView.as_view(), name="api-network"),
]
