"""Existing items become due things: the free-text lead becomes a unit (matched by name or
short name among the plan's unit and its children, else the plan's unit itself), the deadline
becomes the due date (and its rule), a done date becomes the state «hoàn thành»; each item gets
its number and its register key; each plan its year."""

import unicodedata

from django.db import migrations


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def forwards(apps, schema_editor):
    Plan = apps.get_model("plans", "Plan")
    PlanItem = apps.get_model("plans", "PlanItem")
    OrgUnit = apps.get_model("orgunits", "OrgUnit")
    for plan in Plan.objects.all():
        if plan.year is None:
            plan.year = (plan.issued_on or plan.created_at).year
            plan.save(update_fields=["year"])
        candidates = list(OrgUnit.objects.filter(path__startswith=plan.unit.path))
        names = {}
        for unit in candidates:
            for name in (unit.name, unit.short_name, unit.code):
                if name:
                    names.setdefault(_fold(name), unit)
        for item in PlanItem.objects.filter(plan=plan).order_by("position", "pk"):
            item.unit = names.get(_fold(item.lead), plan.unit)
            item.number = item.number or str(item.position)
            item.code = f"{plan.pk}:{item.number}"
            if item.deadline and not item.due_on:
                item.due_on = item.deadline
                item.due_rule = f"{item.deadline:%d/%m/%Y}"
            if item.done_on:
                item.state = "hoan_thanh"
            item.save()


class Migration(migrations.Migration):
    dependencies = [("plans", "0003_plan_items_as_deadlines")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
