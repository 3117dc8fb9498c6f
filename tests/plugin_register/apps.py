from django.apps import AppConfig


class PluginRegisterConfig(AppConfig):
    name = "tests.plugin_register"
    label = "plugin_register"
    verbose_name = "Sổ trồng cây (thử cắm thêm sổ)"

    def ready(self):
        # AppConfig.ready(): models (and the spec built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.indicators.registry import indicators_register
        from danvan.registers.registry import register_add
        from tests.plugin_register.models import TreePlanting
        from tests.plugin_register.spec import TREE_INDICATORS, TREE_PLANTINGS

        audit_register(TreePlanting, unit_path=lambda record: record.unit.path)
        register_add(TREE_PLANTINGS)
        indicators_register(TREE_INDICATORS)
