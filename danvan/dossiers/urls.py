from django.urls import path

from danvan.dossiers import views

app_name = "dossiers"
urlpatterns = [
    path("", views.dossier_list_view, name="list"),
    path("thu-tuc/", views.procedure_list, name="procedures"),
    path("thu-tuc/tep-mau/", views.procedure_template, name="procedure_template"),
    path("them/", views.dossier_create, name="create"),
    path("nhap/", views.dossier_import, name="import"),
    path("xuat/", views.dossier_export, name="export"),
    path("<int:pk>/", views.dossier_detail, name="detail"),
    path("<int:pk>/sua/", views.dossier_edit, name="edit"),
    path("<int:pk>/xoa/", views.dossier_delete, name="delete"),
]
