"""The status of something due, as the user reads it.

A record stores only what a person decided (``state``: not started, in progress, done,
cancelled) and the day it was done; "quá hạn" and "hoàn thành quá hạn" are worked out from the
due date and the day one looks, so a status never goes stale overnight.
"""

import datetime

from django.db import models


class State(models.TextChoices):
    """What is stored."""

    CHUA_THUC_HIEN = "chua_thuc_hien", "Chưa thực hiện"
    DANG_THUC_HIEN = "dang_thuc_hien", "Đang thực hiện"
    HOAN_THANH = "hoan_thanh", "Hoàn thành"
    HUY = "huy", "Hủy"


class Status(models.TextChoices):
    """What is shown, filtered on and exported (the six statuses of the issue)."""

    CHUA_THUC_HIEN = "chua_thuc_hien", "Chưa thực hiện"
    DANG_THUC_HIEN = "dang_thuc_hien", "Đang thực hiện"
    HOAN_THANH = "hoan_thanh", "Hoàn thành"
    HOAN_THANH_QUA_HAN = "hoan_thanh_qua_han", "Hoàn thành quá hạn"
    QUA_HAN = "qua_han", "Quá hạn"
    HUY = "huy", "Hủy"


OPEN_STATES = (State.CHUA_THUC_HIEN, State.DANG_THUC_HIEN)


def status_on(
    state: str, due: datetime.date | None, done_on: datetime.date | None, day: datetime.date
) -> Status:
    """The status on ``day`` of a thing in ``state`` due on ``due``, done on ``done_on``.

    >>> import datetime as dt
    >>> status_on("hoan_thanh", dt.date(2023, 5, 10), dt.date(2023, 5, 12), dt.date(2023, 6, 1))
    <Status.HOAN_THANH_QUA_HAN: 'hoan_thanh_qua_han'>
    >>> status_on("dang_thuc_hien", dt.date(2023, 5, 10), None, dt.date(2023, 5, 11))
    <Status.QUA_HAN: 'qua_han'>
    >>> status_on("chua_thuc_hien", dt.date(2023, 5, 10), None, dt.date(2023, 5, 10))
    <Status.CHUA_THUC_HIEN: 'chua_thuc_hien'>
    """
    if state == State.HUY:
        return Status.HUY
    if state == State.HOAN_THANH:
        if due is not None and done_on is not None and done_on > due:
            return Status.HOAN_THANH_QUA_HAN
        return Status.HOAN_THANH
    if due is not None and day > due:
        return Status.QUA_HAN
    return Status(state)
