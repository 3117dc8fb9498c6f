"""Proposals (đề xuất khen thưởng) under /khen-thuong/de-xuat/."""

from django.urls import path

from danvan.commendations import views

app_name = "commendations"
urlpatterns = [
    path("de-xuat/", views.proposal_list, name="proposal_list"),
    path("de-xuat/moi/", views.proposal_new, name="proposal_new"),
    path("de-xuat/<int:pk>/", views.proposal_detail, name="proposal_detail"),
    path("de-xuat/<int:pk>/sua/", views.proposal_edit, name="proposal_edit"),
    path("de-xuat/<int:pk>/chuyen/<str:action>/", views.proposal_act, name="proposal_act"),
]
