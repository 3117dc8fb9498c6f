"""Concurrent imports of one file: one import writes, the others are refused with a clear
Vietnamese message and write nothing — never a 500, a traceback or a duplicate. Run in
threads (each with its own connection) on both engines."""

import threading
from contextlib import contextmanager

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client

from danvan.core import importing
from danvan.core.locks import Busy
from danvan.dossiers.models import Dossier
from tests.dossiers.test_importing import HEADER, ROWS

pytestmark = pytest.mark.django_db(transaction=True)
WAIT = 60  # seconds a holder waits for the others to be refused (a safety net only)


@pytest.fixture
def held_until_refused(monkeypatch):
    """The first import to take its locks keeps them until all the others were refused, so
    the imports really overlap however the threads are scheduled."""
    original = importing.lock_hold
    state = {"refused": 0, "expected": 0}
    everyone_refused = threading.Event()
    guard = threading.Lock()

    @contextmanager
    def holding(names, **kwargs):
        try:
            context = original(names, **kwargs)
            context.__enter__()
        except Busy:
            with guard:
                state["refused"] += 1
                if state["refused"] == state["expected"]:
                    everyone_refused.set()
            raise
        try:
            assert everyone_refused.wait(WAIT), "the other imports never came"
            yield
        except BaseException as error:
            if not context.__exit__(type(error), error, error.__traceback__):
                raise
        else:
            context.__exit__(None, None, None)

    monkeypatch.setattr(importing, "lock_hold", holding)

    def expect(count):
        state["expected"] = count

    return expect


def _run_threads(count, work):
    results = [None] * count
    start = threading.Barrier(count)

    def run(index):
        try:
            start.wait(WAIT)
            results[index] = work(index)
        except Exception as error:  # a traceback would be a failure of the product
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    return results


def test_six_browsers_importing_one_file_give_one_import_and_five_messages(
    users, held_until_refused
):
    held_until_refused(5)
    clients = [Client() for _ in range(6)]
    for client in clients:
        client.force_login(users["head_a"])
    data = (HEADER + ROWS).encode()

    def upload(index):
        file = SimpleUploadedFile("ho-so.csv", data)
        return clients[index].post("/ho-so/nhap/", {"file": file})

    responses = _run_threads(6, upload)
    assert all(not isinstance(r, Exception) for r in responses), responses
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 409, 409, 409, 409, 409]
    for response in responses:
        if response.status_code == 409:
            page = response.content.decode()
            assert "Đang có một lần nhập khác vào sổ «Hồ sơ" in page
            assert "lần nhập này chưa ghi gì" in page
        else:
            assert "thêm mới" in response.content.decode().lower() or response.context["result"]
    assert sorted(Dossier.objects.values_list("code", flat=True)) == ["HS-001", "HS-002", "HS-003"]


def test_four_cli_imports_at_once_give_one_import_and_three_messages(
    tree, tmp_path, held_until_refused
):
    held_until_refused(3)
    source = tmp_path / "ho-so.csv"
    source.write_text(HEADER + ROWS, encoding="utf-8")

    def run(index):
        call_command("import", "dossiers", str(source))
        return "ok"

    results = _run_threads(4, run)
    assert results.count("ok") == 1
    refusals = [r for r in results if r != "ok"]
    assert len(refusals) == 3 and all(isinstance(r, CommandError) for r in refusals), results
    assert all("Đang có một lần nhập khác" in str(r) for r in refusals)
    assert Dossier.objects.count() == 3


def test_the_lock_is_per_register_and_unit(users):
    """While an import holds unit A of the dossiers register, B's clerk imports into B, A's
    clerk is refused, and another register of A is free."""
    from danvan.core.locks import LockName, lock_hold

    only_a = (HEADER + ROWS.splitlines(keepends=True)[0]).encode()
    only_b = (HEADER + ROWS.splitlines(keepends=True)[1].replace("HS-002,A,", "HS-B,B,")).encode()

    def upload(user, data):
        def work(index):
            client = Client()
            client.force_login(user)
            return client.post("/ho-so/nhap/", {"file": SimpleUploadedFile("hs.csv", data)})

        return _run_threads(1, work)[0]

    with lock_hold([LockName("import:dossiers:A")]):
        assert upload(users["clerk_b"], only_b).status_code == 200
        refused = upload(users["clerk_a"], only_a)
        assert refused.status_code == 409
        assert "sổ «Hồ sơ thủ tục hành chính» của «Sở Nội vụ»" in refused.content.decode()
    assert sorted(Dossier.objects.values_list("code", flat=True)) == ["HS-B"]
    assert upload(users["clerk_a"], only_a).status_code == 200
