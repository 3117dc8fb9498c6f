from django.urls import path

from danvan.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.user_list, name="list"),
    path("them/", views.user_create, name="create"),
    path("tam-khoa/", views.lockout_list, name="lockouts"),
    path("nhap/", views.import_file, name="import"),
    path("tep-mau/", views.import_template, name="import_template"),
    path("<int:pk>/", views.user_detail, name="detail"),
    path("<int:pk>/quyen/", views.grant_add, name="grant_add"),
    path("<int:pk>/quyen/<int:grant_pk>/xoa/", views.grant_remove, name="grant_remove"),
    path("<int:pk>/mat-khau/", views.set_password, name="set_password"),
    path("<int:pk>/trang-thai/", views.set_active, name="set_active"),
]
