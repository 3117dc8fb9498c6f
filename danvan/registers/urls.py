from django.urls import path

from danvan.registers import custom_views, trash_views, views

app_name = "registers"
urlpatterns = [
    path("", views.register_index, name="index"),
    path("thung-rac/", trash_views.trash_list, name="trash"),
    path(
        "thung-rac/<int:entry_id>/khoi-phuc/",
        trash_views.trash_restore_view,
        name="trash_restore",
    ),
    path("truong-bo-sung/", custom_views.custom_field_list, name="custom_fields"),
    path(
        "truong-bo-sung/<int:field_id>/", custom_views.custom_field_edit, name="custom_field_edit"
    ),
    path(
        "truong-bo-sung/<int:field_id>/ngung-dung/",
        custom_views.custom_field_retire_view,
        name="custom_field_retire",
    ),
    path(
        "truong-bo-sung/<int:field_id>/dung-lai/",
        custom_views.custom_field_reactivate_view,
        name="custom_field_reactivate",
    ),
    path("<slug:register>/", views.record_list, name="list"),
    path("<slug:register>/them/", views.record_create, name="create"),
    path("<slug:register>/nhap/", views.record_import, name="import"),
    path("<slug:register>/tep-mau/", views.record_template, name="template"),
    path("<slug:register>/xuat/", views.record_export, name="export"),
    path("<slug:register>/<int:pk>/", views.record_detail, name="detail"),
    path("<slug:register>/<int:pk>/sua/", views.record_edit, name="edit"),
    path("<slug:register>/<int:pk>/xoa/", views.record_delete, name="delete"),
]
