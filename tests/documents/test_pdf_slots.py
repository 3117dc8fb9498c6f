"""At most DANVAN_PDF_CONCURRENCY LibreOffice conversions at once, across processes: slot
files locked with flock. Two slots, three holders: the third waits until one is free, and is
refused with a message when none frees in time."""

import multiprocessing
import threading
import time

import pytest

from danvan.core.errors import Unavailable
from danvan.documents import pdf
from danvan.documents.pdf import BUSY, pdf_slot


@pytest.fixture(autouse=True)
def _slots(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.DANVAN_PDF_CONCURRENCY = 2


def _hold(var_dir, ready, release):
    """In another process: take a slot, say so, keep it until told."""
    from django.conf import settings

    settings.VAR_DIR = var_dir
    with pdf_slot(wait=5):
        ready.set()
        release.wait(30)


def test_two_slots_three_holders_the_third_waits(tmp_path):
    context = multiprocessing.get_context("fork")
    ready = [context.Event(), context.Event()]
    release = context.Event()
    holders = [context.Process(target=_hold, args=(tmp_path, r, release)) for r in ready]
    for holder in holders:
        holder.start()
    try:
        assert all(r.wait(10) for r in ready)
        started = time.monotonic()
        # Both slots are held by the other processes.
        with pytest.raises(Unavailable) as refused, pdf_slot(wait=0.5):
            pass
        assert time.monotonic() - started >= 0.5
        assert refused.value.message == BUSY.format(count=2, seconds=0)
        got = []
        third = threading.Thread(target=lambda: _take(got, wait=10))
        third.start()
        time.sleep(0.5)
        assert got == []  # still waiting
        release.set()
        third.join(10)
        assert len(got) == 1 and got[0] in (0, 1)
    finally:
        release.set()
        for holder in holders:
            holder.join(10)


def _take(got, *, wait):
    with pdf_slot(wait=wait) as number:
        got.append(number)


def test_a_slot_is_free_again_after_its_holder_and_a_conversion_holds_one(monkeypatch):
    with pdf_slot(wait=0) as first, pdf_slot(wait=0) as second:
        assert {first, second} == {0, 1}
    with pdf_slot(wait=0) as again:
        assert again == 0
    seen = []

    def fake_run(command, **kwargs):  # LibreOffice itself is tested in test_pdf.py
        with pytest.raises(Unavailable), pdf_slot(wait=0, slots=1):
            pass  # the conversion holds slot 0
        seen.append(command)
        raise FileNotFoundError

    monkeypatch.setattr(pdf, "soffice", lambda: "/usr/bin/soffice")
    monkeypatch.setattr(pdf.subprocess, "run", fake_run)
    with pytest.raises(FileNotFoundError):
        pdf.docx_to_pdf(b"PK")
    assert len(seen) == 1
    with pdf_slot(wait=0, slots=1) as free:  # released even though the conversion failed
        assert free == 0
