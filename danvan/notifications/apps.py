from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """The in-app inbox, and e-mail through Django's backend (console in the demo)."""

    name = "danvan.notifications"
    label = "notifications"
    verbose_name = "Thông báo"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.notifications.worklist import notifications_due
        from danvan.worklist.registry import worklist_register

        worklist_register("notifications.unread", notifications_due)
