from django.urls import path

from . import feeds, views

app_name = "timeline"

urlpatterns = [
    path("", views.EventListView.as_view(), name="event-list"),
    path("feed/", feeds.EventsFeed(), name="event-feed"),
    path("calendar.ics", feeds.events_calendar, name="event-calendar"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
]
