"""Tasks of the test kind (tests/plugin_deadline) for the engine's tests."""

import datetime

import pytest

from tests.plugin_deadline.models import Task

D = datetime.date
DUE = D(2023, 5, 10)


@pytest.fixture
def make_task(tree):
    def _make(unit="A", title="Báo cáo sơ kết 6 tháng", due=DUE, **fields):
        return Task.objects.create(unit=tree[unit], title=title, due_on=due, **fields)

    return _make


@pytest.fixture
def media(settings, tmp_path):
    """Uploaded files go to a throw-away folder."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT
