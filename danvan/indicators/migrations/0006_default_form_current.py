"""The default form's current version: version 1's sections, then the year's cycle (plan
items, recommendations after inspections, grassroots democracy in agencies). Version 1 stays:
submitted reports name the version they were drafted on."""

from django.db import migrations

from danvan.indicators.defaults import CURRENT_NOTE, seed_form


def seed(apps, schema_editor):
    seed_form(apps.get_model)


def unseed(apps, schema_editor):
    apps.get_model("indicators", "FormVersion").objects.filter(
        form__code="PL_DANVAN", note=CURRENT_NOTE
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0005_typedindicator_ratio_validity_versions")]
    operations = [migrations.RunPython(seed, unseed)]
