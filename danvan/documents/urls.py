from django.urls import path

from danvan.documents import views

app_name = "documents"
urlpatterns = [
    path("bao-cao/<int:report_id>/<slug:fmt>/", views.report_file, name="report"),
    path("tong-hop/<int:request_id>/<slug:fmt>/", views.consolidation_file, name="consolidation"),
    path("phu-luc/<slug:fmt>/", views.appendix_file, name="appendix"),
    path("ke-hoach/<int:plan_id>/<slug:fmt>/", views.plan_file, name="plan"),
    path(
        "kiem-tra/<int:inspection_id>/<slug:fmt>/",
        views.inspection_notice_file,
        name="inspection_notice",
    ),
    path(
        "khac-phuc/<int:inspection_id>/<slug:fmt>/",
        views.remediation_report_file,
        name="remediation_report",
    ),
    path("de-xuat-khen-thuong/<int:proposal_id>/<slug:fmt>/", views.proposal_file, name="proposal"),
]
