"""The inspection page (under /cuoc-kiem-tra/; /kiem-tra/ is the report checker)."""

from django.urls import path

from danvan.inspections import views

app_name = "inspections"
urlpatterns = [
    path("<int:pk>/", views.inspection_detail, name="detail"),
    path("<int:pk>/sua/", views.inspection_edit, name="edit"),
    path("<int:pk>/tep-ket-luan/", views.conclusion_file, name="conclusion_file"),
    path("<int:pk>/them-kien-nghi/", views.recommendation_add, name="recommendation_add"),
]
