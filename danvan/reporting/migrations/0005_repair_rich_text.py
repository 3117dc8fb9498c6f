"""Repair the stored rich text: the old editor saved formatted text that did not start with a
tag as escaped markup (``&lt;b&gt;Năm 2022&lt;/b&gt;&amp;nbsp;``) and ``<div>`` lines without
their breaks. Every section of every report, version snapshot and consolidation is cleaned
again into the canonical subset (``richtext_clean`` reads escaped markup as markup)."""

from django.db import migrations

BATCH = 500


def repair_sections(apps, model_names, app_label="reporting"):
    """Clean the ``sections`` of every row of the named models; returns how many changed."""
    from danvan.reporting.richtext import richtext_clean_sections

    changed = 0
    for name in model_names:
        model = apps.get_model(app_label, name)
        pending = []
        for row in model.objects.only("pk", "sections").iterator(chunk_size=BATCH):
            repaired = richtext_clean_sections(row.sections or {})
            if repaired != (row.sections or {}):
                row.sections = repaired
                pending.append(row)
            if len(pending) >= BATCH:
                model.objects.bulk_update(pending, ["sections"])
                changed += len(pending)
                pending = []
        if pending:
            model.objects.bulk_update(pending, ["sections"])
            changed += len(pending)
    return changed


def forwards(apps, schema_editor):
    repair_sections(apps, ["UnitReport", "ReportVersion", "Consolidation"])


class Migration(migrations.Migration):
    dependencies = [("reporting", "0004_consolidation_signature")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True)]
