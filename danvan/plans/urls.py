from django.urls import path

from danvan.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("moi/", views.plan_create, name="create"),
    path("<int:plan_id>/", views.plan_detail, name="detail"),
    path("<int:plan_id>/nhiem-vu/", views.item_add, name="item_add"),
    path("<int:plan_id>/nhiem-vu/<int:item_id>/xong/", views.item_done, name="item_done"),
]
