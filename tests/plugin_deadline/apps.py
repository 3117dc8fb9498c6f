from django.apps import AppConfig


class PluginDeadlineConfig(AppConfig):
    name = "tests.plugin_deadline"
    label = "plugin_deadline"
    verbose_name = "Việc thử (thử cắm thêm loại việc có thời hạn)"

    def ready(self):
        # AppConfig.ready(): models (and the kind built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.deadlines.registry import deadline_kind_register
        from tests.plugin_deadline.kind import TASKS
        from tests.plugin_deadline.models import Task

        audit_register(Task, unit_path=lambda task: task.unit.path)
        deadline_kind_register(TASKS)
