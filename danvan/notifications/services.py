"""Send a notification: one inbox row per person and one e-mail each (if they have an
address). The e-mail goes through Django's backend: the console in the demo, SMTP in
production by EMAIL_* settings. A failed e-mail never loses the inbox message."""

import logging

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone

from danvan.notifications.models import Notification

log = logging.getLogger(__name__)


def notification_send(*, users, subject: str, body: str = "", link: str = "") -> int:
    users = list({u.pk: u for u in users if u.is_active}.values())
    Notification.objects.bulk_create(
        [Notification(user=u, subject=subject, body=body, link=link) for u in users]
    )
    mails = [
        (subject, f"{body}\n\n{settings.DANVAN_BASE_URL}{link}".strip(), None, [u.email])
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
