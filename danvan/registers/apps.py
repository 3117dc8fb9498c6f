from django.apps import AppConfig


class RegistersConfig(AppConfig):
    """No models: shared import/export machinery and the `danvan import` command."""

    name = "danvan.registers"
    label = "registers"
    verbose_name = "Sổ theo dõi"
