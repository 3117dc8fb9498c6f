import csv
import io

from danvan.orgunits.services import orgunit_create


def test_admin_browses_and_filters_the_trail(users, tree, login):
    client = login(users["admin"])
    client.post("/don-vi/A/doi-ten/", {"name": "Sở Nội vụ đổi tên", "effective": "01/07/2025"})
    page = client.get("/nhat-ky/?username=quantri&action=update").content.decode()
    assert "Sở Nội vụ đổi tên" in page and "tên đơn vị" in page
    assert "Đơn vị" in page
    filtered = client.get("/nhat-ky/?username=khong-ai").content.decode()
    assert "Không có sự kiện nào" in filtered


def test_web_changes_record_user_and_address(users, tree, login):
    from danvan.audit.models import AuditEvent

    client = login(users["admin"])
    client.post(
        "/don-vi/them/",
        {"code": "A9", "name": "Phòng Chín", "kind": "phong", "parent": "A"},
        REMOTE_ADDR="192.0.2.10",
        HTTP_USER_AGENT="Chromium thử",
    )
    event = AuditEvent.objects.get(model="orgunits.orgunit", object_repr__contains="A9")
    assert (event.username, event.ip, event.user_agent, event.source) == (
        "quantri",
        "192.0.2.10",
        "Chromium thử",
        "web",
    )


def test_csv_export_follows_the_filters(users, tree, login):
    orgunit_create(code="A8", name="Phòng Tám", kind="phong", parent=tree["A"])
    response = login(users["admin"]).get("/nhat-ky/xuat/?text=Phòng Tám")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Disposition"].endswith('nhat-ky-thay-doi.csv"')
    # The unit and its first name record, nothing else.
    assert rows[0][:3] == ["Thời điểm", "Người thực hiện", "Kênh"]
    assert sorted(row[5] for row in rows[1:]) == ["Tên đơn vị theo thời gian", "Đơn vị"]
    assert all("Phòng Tám" in row[7] for row in rows[1:])


def test_bad_filter_date_is_reported(users, login):
    page = login(users["admin"]).get("/nhat-ky/?date_from=32/13/2025").content.decode()
    assert "Ngày lọc không hợp lệ" in page


def test_no_way_to_change_the_trail_over_http(users, login):
    from danvan.audit.models import AuditEvent

    event = AuditEvent.objects.first()
    client = login(users["admin"])
    for path in (f"/nhat-ky/{event.pk}/", f"/nhat-ky/{event.pk}/xoa/", "/api/v1/audit/"):
        assert client.post(path).status_code == 404
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_trail_export_keeps_typed_formulas_and_control_characters_out(users, tree, login):
    """Decision 0039: what a user typed comes back as inert text; a stored control character
    never reaches the file (nor stops the export)."""
    from danvan.audit.models import AuditEvent

    AuditEvent.objects.create(
        username="@SUM(1+1)",
        source="api",
        action="create",
        model="orgunits.orgunit",
        object_id="=1",
        object_repr='=HYPERLINK("http://x","Bấm")\x01\x85',
        unit_path="/P/",
    )
    response = login(users["admin"]).get("/nhat-ky/xuat/")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(r for r in rows if r[1] == "'@SUM(1+1)")
    assert row[6:8] == ["'=1", '\'=HYPERLINK("http://x","Bấm")']
    for cell in (cell for r in rows for cell in r):
        assert cell.lstrip()[:1] not in ("=", "+", "@") and "\x01" not in cell
