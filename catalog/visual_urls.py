from django.urls import path

from . import visual_views

app_name = "visuals"

urlpatterns = [
    path("network/", visual_views.network, name="network"),
    path("map/", visual_views.world_map, name="map"),
]
