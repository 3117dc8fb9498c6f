from django.urls import path

from danvan.democracy import views

app_name = "democracy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("nghia-vu/<int:obligation_id>/", views.obligation_detail, name="obligation"),
    path("hoi-nghi/<int:conference_id>/", views.conference_detail, name="conference"),
    path("<slug:board>/luu/", views.board_save, name="board_save"),
    path("danh-muc/", views.catalogue, name="catalogue"),
    path("danh-muc/<str:type_code>/", views.catalogue_entry, name="catalogue_entry"),
]
