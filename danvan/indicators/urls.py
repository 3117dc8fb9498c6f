from django.urls import path

from danvan.indicators import views

app_name = "indicators"
urlpatterns = [
    path("", views.appendix, name="appendix"),
    path("bieu-mau/", views.form_admin, name="form"),
    path("<str:indicator>/ban-ghi/", views.records, name="records"),
]
