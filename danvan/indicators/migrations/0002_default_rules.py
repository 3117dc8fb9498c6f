"""The default validation rules: the one-stop identities of DOMAIN.md §4."""

from django.db import migrations

from danvan.indicators.defaults import RULES, seed_rules


def seed(apps, schema_editor):
    seed_rules(apps.get_model)



def unseed(apps, schema_editor):
    apps.get_model("indicators", "ValidationRule").objects.filter(
        code__in=[rule[0] for rule in RULES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
