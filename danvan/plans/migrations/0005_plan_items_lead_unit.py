import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("plans", "0004_plan_items_data")]

    operations = [
        migrations.RemoveField(model_name="planitem", name="lead"),
        migrations.RemoveField(model_name="planitem", name="deadline"),
        migrations.AlterField(
            model_name="planitem",
            name="unit",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="orgunits.orgunit",
                verbose_name="đơn vị chủ trì",
            ),
        ),
        migrations.AlterField(
            model_name="planitem",
            name="code",
            field=models.CharField(max_length=60, unique=True, verbose_name="mã nhiệm vụ"),
        ),
        migrations.AlterField(
            model_name="planitem",
            name="number",
            field=models.CharField(max_length=20, verbose_name="số thứ tự"),
        ),
    ]
