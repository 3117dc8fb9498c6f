"""Repair the plans' outline texts saved by the old editor (escaped markup, ``<div>`` lines):
the same cleaning as the reports' sections (reporting 0005)."""

import importlib

from django.db import migrations


def forwards(apps, schema_editor):
    repair = importlib.import_module("danvan.reporting.migrations.0005_repair_rich_text")
    repair.repair_sections(apps, ["Plan"], app_label="plans")


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial"), ("reporting", "0005_repair_rich_text")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
