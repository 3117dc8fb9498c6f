"""API /api/v1/emulation/: movements with criteria, registrations with assessment lines, an
assessment through the same service (refused whole, with its reason), and the access gate."""

import json

from danvan.emulation.models import Registration
from tests.emulation.test_emulation import _criteria, _registrations, movement  # noqa: F401


def _post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def test_movements_and_criteria_are_listed_for_who_may_see_them(movement, users, api_client):  # noqa: F811
    _criteria(movement, users["clerk_a"])
    listed = api_client(users["clerk_a"]).get("/api/v1/emulation/movements/").json()
    assert [m["code"] for m in listed] == ["TD-1"]
    assert listed[0]["participants"] == ["A", "A1"] and len(listed[0]["criteria"]) == 3
    one = api_client(users["clerk_a"]).get(f"/api/v1/emulation/movements/{movement.pk}").json()
    assert one["starts_on"] == "2019-10-01" and one["criteria"][0]["position"] == 1
    other = api_client(users["clerk_b"])
    assert other.get("/api/v1/emulation/movements/").json() == []
    assert other.get(f"/api/v1/emulation/movements/{movement.pk}").status_code == 404
    assert other.get(f"/api/v1/emulation/movements/{movement.pk}/criteria/").status_code == 404


def test_an_assessment_through_the_api_is_refused_whole_then_recorded(movement, users, api_client):  # noqa: F811
    yes, score, _ = _criteria(movement, users["clerk_a"])
    assert _registrations(users, ["R2,TD-1,A,ca_nhan,Nguyễn Văn A,10/03/2021,2021,,"]).created == 1
    registration = Registration.objects.get(code="R2")
    url = f"/api/v1/emulation/registrations/{registration.pk}/assessment"
    client = api_client(users["clerk_a"])
    lines = [{"criterion": yes.pk, "met": True}, {"criterion": score.pk, "score": "7,5"}]
    bad = _post(client, url, {"result": "dat", "assessed_on": "2021-12-15", "lines": lines})
    assert bad.status_code == 400 and "Giao tiếp, ứng xử" in json.dumps(
        bad.json(), ensure_ascii=False
    )
    assert not registration.assessments.exists()
    stranger = _post(
        api_client(users["clerk_b"]), url, {"result": "khong_dat", "assessed_on": "2021-12-15"}
    )
    assert stranger.status_code == 404
    lines[1]["score"] = "9,5"
    ok = _post(client, url, {"result": "xuat_sac", "assessed_on": "2021-12-15", "lines": lines})
    assert ok.status_code == 200, ok.content
    body = ok.json()
    assert body["result"] == "xuat_sac" and body["assessed_on"] == "2021-12-15"
    assert {line["criterion"] for line in body["lines"]} == {yes.pk, score.pk}
    listed = client.get(f"/api/v1/emulation/registrations/?movement={movement.pk}&year=2021")
    assert [r["code"] for r in listed.json()] == ["R2"]
    assert api_client(users["clerk_b"]).get("/api/v1/emulation/registrations/").json() == []
    assert (
        api_client(users["clerk_b"])
        .get(f"/api/v1/emulation/registrations/{registration.pk}")
        .status_code
        == 404
    )
