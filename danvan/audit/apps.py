from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "danvan.audit"
    label = "audit"
    verbose_name = "Nhật ký thay đổi"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit import recorder

        recorder.connect_signals()
