from danvan.notifications.models import Notification


def notifications_of(user):
    """A person's own inbox: nobody reads another's."""
    return Notification.objects.filter(user=user)


def notifications_unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return notifications_of(user).filter(read_at__isnull=True).count()
