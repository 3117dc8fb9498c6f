"""activities 0005: models recorded before their life was kept were registered on ``held_on``;
they become «đăng ký», or «công nhận» when recognised (the function the migration runs)."""

import datetime
import importlib

import pytest
from django.apps import apps

from danvan.activities.models import SkilfulModel

migration = importlib.import_module("danvan.activities.migrations.0005_skilful_model_life")
D = datetime.date


@pytest.mark.django_db
def test_existing_models_become_registered_or_recognised(tree):
    # As 0004 left them: only held_on (the registration), maybe a recognition.
    SkilfulModel.objects.create(code="M1", unit=tree["A"], held_on=D(2021, 3, 1))
    SkilfulModel.objects.create(
        code="M2", unit=tree["A"], held_on=D(2021, 3, 1), recognised_on=D(2021, 10, 1), level="tinh"
    )
    migration.existing_models_staged(apps, None)
    m1, m2 = SkilfulModel.objects.order_by("code")
    assert (m1.stage, m1.registered_on, m1.year, m1.identified_on) == (
        "dang_ky",
        D(2021, 3, 1),
        2021,
        None,
    )
    assert (m2.stage, m2.registered_on, m2.level) == ("cong_nhan", D(2021, 3, 1), "tinh")
