"""The shipped report types (decision 0033): the periodic report's outline as the first type,
and the usual review and thematic outlines; existing requests name the first one."""

from django.db import migrations

from danvan.reporting.type_defaults import seed_report_types

def seed(apps, schema_editor):
    seed_report_types(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("reporting", "0009_reporttype_reporttypeversion_and_more")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
