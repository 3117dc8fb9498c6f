"""The default validation rules: the one-stop identities of DOMAIN.md §4.

The rules are those the apps register in ``AppConfig.ready()`` (the dossier identities in
danvan/dossiers/rules.py); migrations run after every app is ready."""

from django.db import migrations

from danvan.indicators.defaults import seed_rules
from danvan.indicators.registry import default_rules


def seed(apps, schema_editor):
    seed_rules(apps.get_model)


def unseed(apps, schema_editor):
    apps.get_model("indicators", "ValidationRule").objects.filter(
        code__in=[rule.code for rule in default_rules()]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
