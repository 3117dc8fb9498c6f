from django.urls import path

from danvan.emulation import views

app_name = "emulation"
urlpatterns = [
    path("", views.movement_list, name="list"),
    path("<int:pk>/", views.movement_page, name="movement"),
    path("dang-ky/<int:registration_id>/", views.registration_page, name="registration"),
]
