"""The catalogue's first rows: the obligations of Nghị định 04/2015/NĐ-CP (to 30/06/2023) and
of Luật Thực hiện dân chủ ở cơ sở 2022 (from 01/07/2023). See danvan/democracy/catalogue.py."""

from django.db import migrations


def seed(apps, schema_editor):
    from danvan.democracy.catalogue import seed_catalogue

    seed_catalogue(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [("democracy", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
