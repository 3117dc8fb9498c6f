from django.urls import path

from danvan.orgunits import views

app_name = "orgunits"
urlpatterns = [
    path("", views.tree, name="tree"),
    path("them/", views.create, name="create"),
    path("nhap/", views.import_file, name="import"),
    path("tep-mau/", views.import_template, name="import_template"),
    path("xuat/", views.export, name="export"),
    path("<str:code>/", views.detail, name="detail"),
    path("<str:code>/cap-duoi/", views.children, name="children"),
    path("<str:code>/doi-ten/", views.rename, name="rename"),
    path("<str:code>/sap-nhap/", views.merge, name="merge"),
    path("<str:code>/the-thuc/", views.letterhead, name="letterhead"),
]
