import datetime
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q, QuerySet

from danvan.accounts.access import access_is_province_admin, access_unit_paths
from danvan.accounts.models import Role
from danvan.audit.models import AuditEvent


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


_HIDDEN = {"id", "created_at", "updated_at", "path", "level"}


@dataclass(frozen=True)
class Change:
    label: str
    before: object
    after: object


def _fields(model_label: str) -> dict[str, str]:
    try:
        model = apps.get_model(model_label)
    except (LookupError, ValueError):
        return {}
    return {f.attname: str(f.verbose_name) for f in model._meta.concrete_fields}


def audit_model_label(model_label: str) -> str:
    try:
        return str(apps.get_model(model_label)._meta.verbose_name).capitalize()
    except (LookupError, ValueError):
        return model_label


def _display(value):
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return value


def audit_event_changes(event: AuditEvent) -> list[Change]:
    """What changed, with the fields' Vietnamese names, leaving out bookkeeping columns."""
    labels = _fields(event.model)
    before, after = event.before or {}, event.after or {}
    return [
        Change(labels.get(name, name), _display(before.get(name)), _display(after.get(name)))
        for name in event.changed_fields
        if name not in _HIDDEN
    ]
