from django.urls import path

from danvan.checker import views

app_name = "checker"
urlpatterns = [
    path("", views.check, name="check"),
    path("bao-cao/<int:report_id>/", views.report_check, name="report"),
    path("lich-su/", views.legacy, name="legacy"),
]
