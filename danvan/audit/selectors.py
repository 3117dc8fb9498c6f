import datetime

from django.db.models import Q, QuerySet

from danvan.accounts.access import access_is_province_admin, access_unit_paths
from danvan.accounts.models import Role
from danvan.audit.models import AuditEvent
from danvan.audit.presenting import References, event_changes, model_name, source_label


def audit_events_visible(user) -> QuerySet[AuditEvent]:
    """Events an administrator may read: those about units in their care. Events about
    province-wide data (no unit) are for administrators of the whole tree only."""
    paths = access_unit_paths(user, roles=[Role.QUAN_TRI])
    if paths is None:
        return AuditEvent.objects.all()
    roots = [p for p in paths if not any(p != o and p.startswith(o) for o in paths)]
    scope = Q(pk__in=[])
    if access_is_province_admin(user):
        scope |= Q(unit_path="")  # accounts, calendar, period rule: the whole province's
    for path in roots:
        scope |= Q(unit_path__startswith=path)
    return AuditEvent.objects.filter(scope)


def audit_events_filter(
    events: QuerySet[AuditEvent],
    *,
    username: str = "",
    model: str = "",
    action: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    text: str = "",
) -> QuerySet[AuditEvent]:
    if username:
        events = events.filter(username__icontains=username)
    if model:
        events = events.filter(model=model)
    if action:
        events = events.filter(action=action)
    if date_from:
        events = events.filter(at__date__gte=date_from)
    if date_to:
        events = events.filter(at__date__lte=date_to)
    if text:
        events = events.filter(Q(object_repr__icontains=text) | Q(object_id=text))
    return events


def audit_model_label(model_label: str) -> str:
    """The kind of record in Vietnamese (kept here for the filter form and older callers)."""
    return model_name(model_label)


def audit_event_rows(events) -> list[dict]:
    """A page of events as people read them: kind of record, channel, and each change with
    Vietnamese field names and readable values (foreign keys named, read once per page)."""
    events = list(events)
    references = References(events)
    return [
        {
            "event": event,
            "model": model_name(event.model),
            "source": source_label(event.source),
            "changes": event_changes(event, references),
        }
        for event in events
    ]


def audit_event_changes(event: AuditEvent):
    return event_changes(event)
