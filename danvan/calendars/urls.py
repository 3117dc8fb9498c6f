from django.urls import path

from danvan.calendars import views

app_name = "calendars"
urlpatterns = [
    path("", views.year_view, name="year"),
    path("ngay/", views.day_add, name="day_add"),
    path("ngay/<int:pk>/xoa/", views.day_remove, name="day_remove"),
    path("ky-bao-cao/", views.period_rule, name="period_rule"),
]
