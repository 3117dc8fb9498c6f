from danvan.notifications.selectors import notifications_unread_count


def unread(request):
    """The menu's count of unread notifications."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": notifications_unread_count(user)}
