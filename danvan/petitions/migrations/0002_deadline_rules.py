"""Seeds the legal deadlines (see danvan/petitions/defaults.py)."""

from django.db import migrations

from danvan.petitions.defaults import seed_deadline_rules


def seed(apps, schema_editor):
    seed_deadline_rules(apps.get_model)



def unseed(apps, schema_editor):
    apps.get_model("petitions", "DeadlineRule").objects.filter(valid_from=None).delete()


class Migration(migrations.Migration):
    dependencies = [("petitions", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
