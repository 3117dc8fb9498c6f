from django.urls import path

from danvan.reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.request_list, name="list"),
    path("phat-hanh/", views.request_create, name="create"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/don-vi/<str:unit_code>/", views.report_open, name="open"),
    path("bao-cao/<int:report_id>/", views.report_edit, name="report"),
    path("bao-cao/<int:report_id>/<slug:action>/", views.report_transition, name="transition"),
]
