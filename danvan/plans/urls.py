from django.urls import path

from danvan.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("moi/", views.plan_create, name="create"),
    path("<int:plan_id>/", views.plan_detail, name="detail"),
    path("<int:plan_id>/huy/", views.plan_cancel, name="cancel"),
    path("<int:plan_id>/sao-chep/", views.plan_copy, name="copy"),
    path("<int:plan_id>/nhiem-vu/", views.item_add, name="item_add"),
    path("<int:plan_id>/nhiem-vu/<int:item_id>/", views.item_detail, name="item"),
    path(
        "<int:plan_id>/nhiem-vu/<int:item_id>/tien-do/", views.item_progress, name="item_progress"
    ),
    path("<int:plan_id>/nhiem-vu/<int:item_id>/huy/", views.item_cancel, name="item_cancel"),
]
