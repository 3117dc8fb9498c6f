"""Record every create, update and delete of the models registered here.

Signals rather than explicit calls in each service: the admin's CLI, imports and any future
code path are all covered without anyone remembering to log. Each domain app registers its
models in its AppConfig.ready() with :func:`audit_register`.
"""

import datetime
import decimal
from collections.abc import Callable

from django.db import models
from django.db.models.fields.files import FieldFile
from django.db.models.signals import post_delete, post_save, pre_save

from danvan.audit.context import current_actor
from danvan.audit.models import AuditEvent
from danvan.core.bulk import fast_bulk_insert


class _Spec:
    def __init__(self, exclude: set[str], unit_path: Callable[[models.Model], str] | None):
        self.exclude = exclude
        self.unit_path = unit_path


_registry: dict[type[models.Model], _Spec] = {}
# Fields whose change alone is bookkeeping, not a change of domain data.
_NOISE = {"last_login", "last_used_at", "updated_at"}
_SECRET = {"password", "key_hash"}


def audit_register(
    model: type[models.Model],
    *,
    exclude: set[str] | None = None,
    unit_path: Callable[[models.Model], str] | None = None,
) -> None:
    _registry[model] = _Spec(exclude or set(), unit_path)


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""  # the stored name of an uploaded file, not its content
    return value


def snapshot(instance: models.Model) -> dict:
    spec = _registry[type(instance)]
    data = {}
    for field in instance._meta.concrete_fields:
        if field.name in spec.exclude:
            continue
        value = getattr(instance, field.attname)
        if field.name in _SECRET:
            value = "***" if value else ""
        data[field.attname] = _plain(value)
    return data


def _event(instance, action, before, after, actor) -> AuditEvent:
    """The (unsaved) event for one change, as the signals and bulk imports both record it."""
    spec = _registry[type(instance)]
    return AuditEvent(
        user_id=actor.user_id,
        username=actor.username[:150],
        source=actor.source,
        ip=actor.ip,
        user_agent=actor.user_agent,
        action=action,
        model=instance._meta.label_lower,
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        before=before,
        after=after,
        unit_path=(spec.unit_path(instance) if spec.unit_path else "") or "",
    )


def _record(instance, action, before, after):
    _event(instance, action, before, after, current_actor()).save()


def _pre_save(sender, instance, raw=False, **kwargs):
    if sender not in _registry or raw:
        return
    instance._audit_before = None
    if instance.pk is not None:
        previous = sender._default_manager.filter(pk=instance.pk).first()
        if previous is not None:
            instance._audit_before = snapshot(previous)


def _post_save(sender, instance, created, raw=False, **kwargs):
    if sender not in _registry or raw:
        return
    before = None if created else getattr(instance, "_audit_before", None)
    after = snapshot(instance)
    if before is not None:
        changed = {k for k in after if before.get(k) != after.get(k)}
        if not changed - _NOISE:
            return
    _record(
        instance,
        AuditEvent.Action.CREATE if before is None else AuditEvent.Action.UPDATE,
        before,
        after,
    )


def _post_delete(sender, instance, **kwargs):
    if sender not in _registry:
        return
    _record(instance, AuditEvent.Action.DELETE, snapshot(instance), None)


def connect_signals() -> None:
    pre_save.connect(_pre_save, dispatch_uid="danvan_audit_pre_save")
    post_save.connect(_post_save, dispatch_uid="danvan_audit_post_save")
    post_delete.connect(_post_delete, dispatch_uid="danvan_audit_post_delete")


def audit_record_bulk(
    *,
    created: list[models.Model] = (),
    updated: list[tuple[dict, models.Model]] = (),
) -> None:
    """Record many creates/updates at once (imports use bulk writes, which skip signals).
    ``updated`` pairs the snapshot taken before the change with the changed instance."""
    actor = current_actor()
    events = [_event(i, AuditEvent.Action.CREATE, None, snapshot(i), actor) for i in created]
    events += [_event(i, AuditEvent.Action.UPDATE, b, snapshot(i), actor) for b, i in updated]
    fast_bulk_insert(AuditEvent, events)
