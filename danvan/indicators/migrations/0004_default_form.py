"""The typed-in indicators and the default form: the union of the two sample reports'
appendices (DOMAIN.md §5). Administrators add versions; this is version 1."""

from django.db import migrations

from danvan.indicators.defaults import TYPED, seed_form


def seed(apps, schema_editor):
    seed_form(apps.get_model, current=False)



def unseed(apps, schema_editor):
    apps.get_model("indicators", "Form").objects.filter(code="PL_DANVAN").delete()
    apps.get_model("indicators", "TypedIndicator").objects.filter(
        code__in=[row[0] for row in TYPED]).delete()


class Migration(migrations.Migration):
    dependencies = [("indicators", "0003_form_typedindicator_formversion_formitem_typedvalue_and_more")]
    operations = [migrations.RunPython(seed, unseed)]
