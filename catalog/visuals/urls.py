"""Visual exploration pages: the collaboration network, the world map and the home page's fragment.

Mounted with the other pages under the language prefixes (`i18n_patterns` in coop_site/urls.py):
`/network/`, `/fr/network/`, `/ar/map/`, `/visuals/home/`, `/zh-hans/visuals/home/`… The endpoint the
network graph loads its data from, `/api/v1/network/` (`catalog/visuals/api.py`), is data rather than
a page, so it is mounted with the API, unprefixed (`api:network`, coop_site/api_urls.py).
"""

from django.urls import path

from . import views

app_name = "visuals"

urlpatterns = [
    path("network/", views.network, name="network"),
    path("map/", views.world_map, name="map"),
    path("visuals/home/", views.home_visuals, name="home"),
]
