from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    """The in-app inbox, and e-mail through Django's backend (console in the demo)."""

    name = "danvan.notifications"
    label = "notifications"
    verbose_name = "Thông báo"
