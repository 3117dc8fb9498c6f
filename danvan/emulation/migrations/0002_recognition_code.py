from django.db import migrations, models


def codes(apps, schema_editor):
    CultureRecognition = apps.get_model("emulation", "CultureRecognition")
    for record in CultureRecognition.objects.select_related("unit"):
        record.code = f"CQVH-{record.unit.code}-{record.year}"
        record.save(update_fields=["code"])


class Migration(migrations.Migration):
    dependencies = [("emulation", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="culturerecognition",
            name="code",
            field=models.CharField(default="", max_length=60, verbose_name="mã"),
            preserve_default=False,
        ),
        migrations.RunPython(codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="culturerecognition",
            name="code",
            field=models.CharField(max_length=60, unique=True, verbose_name="mã"),
        ),
        migrations.AddField(
            model_name="culturerecognition",
            name="custom",
            field=models.JSONField(blank=True, default=dict, verbose_name="trường bổ sung"),
        ),
    ]
