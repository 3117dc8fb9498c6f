"""The indicators an administrator defined (typed-in items and ratios of two other codes), as
catalogue entries, and the stamp that tells a process its cached catalogue is stale.

A provider of the catalogue: ``admin_indicators()`` returns ``Indicator``s like the code
catalogues of the domain apps do; ``admin_indicators_stamp()`` is one indexed MAX over the
versions table, compared before each computation (``engine.catalogue_refresh``).
"""

from django.db.models import Max, Q

from danvan.audit.context import current_actor
from danvan.indicators.definitions import Indicator
from danvan.indicators.models import TypedIndicator, TypedIndicatorVersion

# Typed-in items are entered per unit and period; their register is "typed".
TYPED_REGISTER = "typed"
ADMIN_RATIO_PLACES = 1


def admin_indicator(item: TypedIndicator) -> Indicator:
    ratio = (item.ratio_numerator, item.ratio_denominator) if item.is_ratio else None
    return Indicator(
        code=item.code,
        label=item.label,
        unit=item.unit or ("%" if ratio else ""),
        register=TYPED_REGISTER,
        legal_ref=item.legal_ref,
        valid_from=item.valid_from,
        valid_to=item.valid_to,
        ratio=ratio,
        places=ADMIN_RATIO_PLACES,
        admin_defined=True,
    )


def admin_indicators_built() -> list[Indicator]:
    """Every administrator-defined indicator, retired ones included: they still apply to the
    windows before their ``valid_to``, so old reports and appendices keep them."""
    items = TypedIndicator.objects.filter(Q(active=True) | Q(valid_to__isnull=False))
    return [admin_indicator(item) for item in items.order_by("code")]


def admin_indicators_stamp() -> int:
    """Changes so far (the last version's id; 0 before the first change)."""
    return TypedIndicatorVersion.objects.aggregate(last=Max("pk"))["last"] or 0


# What this process last read, and the stamp it read it at. The same list object is handed
# out until it is dropped, so the catalogue (the registry) rebuilds only after a change.
_cached: dict = {}


def admin_indicators() -> list[Indicator]:
    """The catalogue's provider (registered from ``IndicatorsConfig.ready()``)."""
    found = _cached.get("indicators")
    if found is None:
        found = _cached["indicators"] = admin_indicators_built()
    return found


def admin_indicators_invalidate() -> None:
    _cached.pop("indicators", None)


def admin_indicators_refresh() -> None:
    """One indexed query: drop the list if an administrator changed it since, in any process."""
    stamp = admin_indicators_stamp()
    if _cached.get("stamp") != stamp:
        _cached.pop("indicators", None)
        _cached["stamp"] = stamp


VERSIONED_FIELDS = (
    "label",
    "unit",
    "value_type",
    "additive",
    "ratio_numerator",
    "ratio_denominator",
    "valid_from",
    "valid_to",
    "legal_ref",
    "active",
)
CREATED, CHANGED, RETIRED = "tạo", "sửa", "ngừng dùng"


def typed_indicator_versioned(sender, instance: TypedIndicator, created: bool, **kwargs):
    """post_save: every save, whatever path it took (page, API, CLI, a script), leaves a version
    — the definition as of then — and so moves the stamp other processes compare."""
    last = instance.versions.order_by("-number").values_list("number", flat=True).first()
    change = CREATED if created else getattr(instance, "_change", CHANGED)
    TypedIndicatorVersion.objects.create(
        indicator=instance,
        number=(last or 0) + 1,
        changed_by_id=current_actor().user_id,
        change=change,
        **{name: getattr(instance, name) for name in VERSIONED_FIELDS},
    )


def typed_indicator_as_of(moment) -> dict[str, TypedIndicatorVersion]:
    """The definition each indicator had at ``moment`` (its last version until then): what a
    report submitted then shows. Indicators without versions (seeded) have none here."""
    found = {}
    versions = TypedIndicatorVersion.objects.filter(changed_at__lte=moment).select_related(
        "indicator"
    )
    for version in versions.order_by("indicator_id", "number"):
        found[version.indicator.code] = version
    return found
