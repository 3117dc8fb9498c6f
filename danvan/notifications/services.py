"""Send a notification: one inbox row per person and one e-mail each (if they have an
address). The e-mail goes through Django's backend: the console in the demo, SMTP in
production by EMAIL_* settings. A failed e-mail never loses the inbox message."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone

from danvan.notifications.models import Notification

log = logging.getLogger(__name__)


def notification_send(
    *,
    users,
    subject: str,
    body: str = "",
    link: str = "",
    target=None,
    about: str = "",
    period: str = "",
) -> int:
    """Tell ``users``. ``link`` is where the work is done; ``target`` (a model instance),
    ``about`` and ``period`` say which request, report or period the message concerns."""
    users = list({u.pk: u for u in users if u.is_active}.values())
    target_type = ContentType.objects.get_for_model(target) if target is not None else None
    target_id = target.pk if target is not None else None
    Notification.objects.bulk_create(
        [
            Notification(
                user=u,
                subject=subject,
                body=body,
                link=link,
                target_type=target_type,
                target_id=target_id,
                about=about[:600],
                period=period[:100],
            )
            for u in users
        ]
    )
    lines = [body, about and f"Liên quan đến: {about}", period and f"Kỳ: {period}"]
    text = "\n".join(line for line in lines if line)
    mails = [
        (subject, f"{text}\n\n{settings.DANVAN_BASE_URL}{link}".strip(), None, [u.email])
        for u in users
        if u.email
    ]
    if mails:

        def deliver():
            try:
                send_mass_mail(mails, fail_silently=False)
            except OSError:
                log.exception("Không gửi được thư thông báo «%s»", subject)

        transaction.on_commit(deliver)
    return len(users)


def notifications_mark_read(*, user, ids=None) -> int:
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())


def notification_open(*, user, pk: int) -> Notification | None:
    """The user's own notification, marked read now (once); None when it is not theirs."""
    notification = Notification.objects.filter(user=user, pk=pk).first()
    if notification is not None and notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification
