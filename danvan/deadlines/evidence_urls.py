"""The panel's routes, mounted under ``/han/`` (``kind`` is a kind's name: "plans.item")."""

from django.urls import path

from danvan.deadlines import evidence_views as views

app_name = "han"

urlpatterns = [
    path("<str:kind>/<int:pk>/", views.panel, name="panel"),
    path("<str:kind>/<int:pk>/tien-do/", views.progress, name="progress"),
    path("<str:kind>/<int:pk>/hoan-thanh/", views.complete, name="complete"),
    path("<str:kind>/<int:pk>/mo-lai/", views.reopen, name="reopen"),
    path("<str:kind>/<int:pk>/huy/", views.cancel, name="cancel"),
    path("<str:kind>/<int:pk>/minh-chung/", views.evidence_add, name="evidence"),
    path(
        "<str:kind>/<int:pk>/minh-chung/<int:evidence_id>/",
        views.evidence_file,
        name="evidence_file",
    ),
    path(
        "<str:kind>/<int:pk>/minh-chung/<int:evidence_id>/go/",
        views.evidence_remove,
        name="evidence_remove",
    ),
]
