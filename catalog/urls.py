from django.urls import path, re_path

from .views import agreements, compare, countries, guides, home, missions, organizations, search, status, topics

app_name = "catalog"

urlpatterns = [
    path("", home.HomeView.as_view(), name="home"),
    path("organizations/", organizations.OrganizationListView.as_view(), name="organization-list"),
    path("organizations/<slug:slug>/", organizations.OrganizationDetailView.as_view(), name="organization-detail"),
    path("countries/", countries.CountryListView.as_view(), name="country-list"),
    # Lower-case ISO codes are canonical; upper-case ones redirect to them.
    re_path(r"^countries/(?P<code>[A-Za-z]{2})/$", countries.CountryDetailView.as_view(), name="country-detail"),
    path("missions/", missions.MissionListView.as_view(), name="mission-list"),
    path("missions/<slug:slug>/", missions.MissionDetailView.as_view(), name="mission-detail"),
    path("agreements/", agreements.AgreementListView.as_view(), name="agreement-list"),
    path("agreements/status/", status.agreement_status, name="agreement-status"),
    path("agreements/<slug:slug>/", agreements.AgreementDetailView.as_view(), name="agreement-detail"),
    path("topics/", topics.TopicListView.as_view(), name="topic-list"),
    path("topics/<slug:slug>/", topics.TopicDetailView.as_view(), name="topic-detail"),
    path("guides/", guides.GuideListView.as_view(), name="guide-list"),
    path("guides/<slug:slug>/", guides.GuideDetailView.as_view(), name="guide-detail"),
    path("faq/", guides.FaqView.as_view(), name="faq"),
    path("faq/<slug:slug>/", guides.QuestionDetailView.as_view(), name="question-detail"),
    path("about/", guides.AboutView.as_view(), name="about"),
    path("search/", search.SearchView.as_view(), name="search"),
    path("compare/", compare.compare, name="compare"),
]
