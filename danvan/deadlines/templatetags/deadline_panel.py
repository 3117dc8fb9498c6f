"""``{% load deadline_panel %}{% deadline_panel obj "plans.item" %}``: the engine's panel on any
kind's page (see :mod:`danvan.deadlines.panel`)."""

from django import template

from danvan.deadlines import panel

register = template.Library()


@register.simple_tag(takes_context=True)
def deadline_panel(context, obj, kind_name):
    return panel.deadline_panel(context["request"], obj, kind_name)
