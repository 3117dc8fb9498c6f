from django.urls import path

from danvan.reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.request_list, name="list"),
    path("phat-hanh/", views.request_create, name="create"),
    path("loai/", views.report_type_list, name="types"),
    path("loai/<str:report_type>/", views.report_type_page, name="type"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/nhac-nho/", views.request_remind, name="remind"),
    path("<int:pk>/doi-han/", views.request_amend, name="amend"),
    path("<int:pk>/tong-hop/", views.consolidation_page, name="consolidation"),
    path("<int:pk>/tong-hop/lap/", views.consolidation_build, name="consolidation_build"),
    path("<int:pk>/tong-hop/gui-len/", views.consolidation_forward, name="consolidation_forward"),
    path("<int:pk>/don-vi/<str:unit_code>/", views.report_open, name="open"),
    path("bao-cao/<int:report_id>/", views.report_edit, name="report"),
    path("bao-cao/<int:report_id>/cap-nhat-so-lieu/", views.report_refresh, name="refresh"),
    path("bao-cao/<int:report_id>/so-sanh/", views.report_diff, name="diff"),
    path("bao-cao/<int:report_id>/<slug:action>/", views.report_transition, name="transition"),
]
