from django.urls import path

from danvan.jobs import views

app_name = "jobs"
urlpatterns = [
    path("<int:pk>/", views.job_page, name="detail"),
    path("<int:pk>/tien-do/", views.job_progress_fragment, name="progress"),
    path("<int:pk>/huy/", views.job_cancel_view, name="cancel"),
    path("<int:pk>/tai/", views.job_download, name="download"),
]
