from danvan.accounts.access import access_units
from danvan.plans.models import Plan


def plans_visible(user):
    return Plan.objects.filter(unit__in=access_units(user)).select_related("unit")


def plan_visible(user, pk: int) -> Plan | None:
    return plans_visible(user).filter(pk=pk).first()
