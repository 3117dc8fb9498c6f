from django.contrib.auth import views as auth_views
from django.urls import include, path

from danvan.accounts.views import LoginView
from danvan.api.views import api
from danvan.plans import views as plan_views
from danvan.worklist import views as worklist_views

urlpatterns = [
    path("", worklist_views.home, name="home"),
    path("dang-nhap/", LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("don-vi/", include("danvan.orgunits.urls")),
    path("nguoi-dung/", include("danvan.accounts.urls")),
    path("lich/", include("danvan.calendars.urls")),
    path("ho-so/", include("danvan.dossiers.urls")),
    path("chi-tieu/", include("danvan.indicators.urls")),
    path("so/", include("danvan.registers.urls")),
    path("bao-cao/", include("danvan.reporting.urls")),
    # An inspection (cuộc kiểm tra) and its recommendations; /kiem-tra/ is the report checker.
    path("cuoc-kiem-tra/", include("danvan.inspections.urls")),
    path("kiem-tra/", include("danvan.checker.urls")),
    path("kien-nghi/", include("danvan.inspections.recommendation_urls")),
    path("nhat-ky/", include("danvan.audit.urls")),
    path("thong-bao/", include("danvan.notifications.urls")),
    path("ke-hoach/", include("danvan.plans.urls")),
    path("mo-hinh-dan-van-kheo/chi-tieu/", plan_views.dvk_targets_page, name="dvk_targets"),
    path("viec-can-lam/", include("danvan.deadlines.urls")),
    path("van-ban/", include("danvan.documents.urls")),
    path("han/", include("danvan.deadlines.evidence_urls")),
    path("viec-nen/", include("danvan.jobs.urls")),
    path("dan-chu-co-so/", include("danvan.democracy.urls")),
    path("thi-dua/", include("danvan.emulation.urls")),
    path("khen-thuong/", include("danvan.commendations.urls")),
    path("api/v1/", api.urls),
]

handler400 = "danvan.core.views.error_400"
handler403 = "danvan.core.views.error_403"
handler404 = "danvan.core.views.error_404"
handler500 = "danvan.core.views.error_500"
