from django.urls import path

from danvan.indicators import views

app_name = "indicators"
urlpatterns = [
    path("", views.appendix, name="appendix"),
    path("bieu-mau/", views.form_admin, name="form"),
    path("danh-muc/them/", views.definition_create, name="definition_create"),
    path("danh-muc/<str:definition>/", views.definition_edit, name="definition_edit"),
    path(
        "danh-muc/<str:definition>/ngung-dung/", views.definition_retire, name="definition_retire"
    ),
    path("<str:indicator>/ban-ghi/", views.records, name="records"),
]
