"""The recommendations' pages (/kien-nghi/): the register's own list and detail."""

from django.urls import path

from danvan.inspections import views

app_name = "recommendations"
urlpatterns = [
    path("", views.recommendation_list, name="list"),
    path("<int:pk>/", views.recommendation_detail, name="detail"),
    path("<int:pk>/bao-cao/", views.recommendation_report_view, name="report"),
    path("<int:pk>/dong/", views.recommendation_close_view, name="close"),
    path("<int:pk>/khong-chap-nhan/", views.recommendation_reject_view, name="reject"),
    path("<int:pk>/tep-bao-cao/", views.report_file, name="report_file"),
    path("<int:pk>/minh-chung/<int:evidence_id>/", views.evidence_file, name="evidence_file"),
]
