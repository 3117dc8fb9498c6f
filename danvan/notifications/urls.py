from django.urls import path

from danvan.notifications import views

app_name = "notifications"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("da-doc/", views.mark_read, name="mark_read"),
    path("<int:pk>/", views.open_notification, name="open"),
]
