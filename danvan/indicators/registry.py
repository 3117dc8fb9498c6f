"""What the indicator engine knows: the indicators and the default validation rules, as the
apps register them.

The generic layer owns the lists; each domain app plugs in from its ``AppConfig.ready()``
(e.g. the dossiers: ``indicators_register(DOSSIER_INDICATORS)``,
``rules_register(DOSSIER_RULES)``).

A provider is a list of :class:`Indicator` or a callable returning them (indicators kept in the
database: whoever changes them calls :func:`catalogue_invalidate`). :func:`catalogue` is the
union of all providers, built once and cached; a code given twice is refused with its name.
The order apps register in does not matter: the catalogue is keyed by code.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

from danvan.indicators.definitions import Catalogue, Indicator

Provider = list[Indicator] | tuple[Indicator, ...] | Callable[[], Iterable[Indicator]]

DUPLICATE_CODE = "Mã chỉ tiêu «{code}» được khai báo hai lần; mỗi mã chỉ khai báo một lần."
DUPLICATE_RULE = "Quy tắc kiểm tra «{code}» được khai báo hai lần; mỗi mã chỉ khai báo một lần."
DUPLICATE_PROVIDER = "Nguồn chỉ tiêu này đã được đăng ký."


@dataclass(frozen=True)
class DefaultRule:
    """A validation rule an app ships; seeded into the database (where users may edit it)."""

    code: str
    description: str
    left: str
    operator: str
    right: str
    importance: str = "error"


_PROVIDERS: list[Provider] = []
_RULES: dict[str, DefaultRule] = {}


def indicators_register(provider: Provider) -> None:
    """Add a list of indicators (checked now against the other lists) or a callable."""
    if any(provider is known for known in _PROVIDERS):
        raise ImproperlyConfigured(DUPLICATE_PROVIDER)
    if not callable(provider):
        _duplicate_check([*_static(), *provider])
    _PROVIDERS.append(provider)
    catalogue_invalidate()


def _static() -> list[Indicator]:
    return [i for provider in _PROVIDERS if not callable(provider) for i in provider]


def _duplicate_check(indicators: list[Indicator]) -> None:
    seen = set()
    for indicator in indicators:
        if indicator.code in seen:
            raise ImproperlyConfigured(DUPLICATE_CODE.format(code=indicator.code))
        seen.add(indicator.code)


_built: dict = {"parts": None, "catalogue": None}


def catalogue() -> Catalogue:
    """Every indicator of every provider. Rebuilt when :func:`catalogue_invalidate` is called
    or when a callable provider returns a different object than last time: a provider backed
    by the database keeps its own cache (refreshed on change, and after a short expiry in the
    other processes), so asking it on every call is cheap and no worker keeps a stale list."""
    parts = [provider() if callable(provider) else provider for provider in _PROVIDERS]
    known = _built["parts"]
    if (
        known is None
        or len(known) != len(parts)
        or any(a is not b for a, b in zip(known, parts, strict=True))
    ):
        indicators = [indicator for part in parts for indicator in part]
        _duplicate_check(indicators)
        _built["catalogue"] = Catalogue(indicators)
        _built["parts"] = parts
    return _built["catalogue"]


def catalogue_invalidate() -> None:
    _built["parts"] = None


def rules_register(rules: Iterable[DefaultRule]) -> None:
    rules = list(rules)
    for rule in rules:
        if rule.code in _RULES or [r.code for r in rules].count(rule.code) > 1:
            raise ImproperlyConfigured(DUPLICATE_RULE.format(code=rule.code))
    _RULES.update({rule.code: rule for rule in rules})


def default_rules() -> list[DefaultRule]:
    """The rules the apps ship, by code (what migrations and ``danvan demo load`` seed)."""
    return [_RULES[code] for code in sorted(_RULES)]
