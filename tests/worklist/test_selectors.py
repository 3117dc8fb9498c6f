"""The selector gathers every registered provider's items, most pressing first."""

import datetime

import pytest

from danvan.worklist import registry
from danvan.worklist.items import Group
from danvan.worklist.selectors import worklist_for, worklist_grouped

D = datetime.date


@pytest.fixture
def only_test_providers(monkeypatch):
    monkeypatch.setattr(registry, "_PROVIDERS", {})


def test_items_of_all_providers_sorted_by_group_then_deadline(
    users, only_test_providers, django_user_model
):
    seen = []

    def first(ctx):
        seen.append((ctx.user, ctx.today))
        return [
            ctx.item(source="a", key="1", kind="Việc", title="Sau", url="/1", due=D(2021, 11, 30)),
            ctx.item(source="a", key="2", kind="Việc", title="Chờ", url="/2", mine=False),
        ]

    def second(ctx):
        return [
            ctx.item(source="b", key="3", kind="Việc", title="Trễ", url="/3", due=D(2021, 11, 1)),
            ctx.item(source="b", key="4", kind="Tin", title="Tin", url="/4", group=Group.NOTICES),
        ]

    registry.worklist_register("a", first)
    registry.worklist_register("b", second)
    items = worklist_for(users["clerk_a"], today=D(2021, 11, 5))
    assert [i.title for i in items] == ["Trễ", "Sau", "Chờ", "Tin"]
    assert seen == [(users["clerk_a"], D(2021, 11, 5))]
    groups = worklist_grouped(items)
    assert [(g.label, g.count) for g in groups] == [
        ("Cần làm ngay", 1),
        ("Sắp đến hạn", 1),
        ("Chờ người khác", 1),
        ("Thông báo chưa đọc", 1),
    ]


def test_registering_a_name_again_replaces_the_provider(only_test_providers, users):
    registry.worklist_register("a", lambda ctx: [])
    registry.worklist_register(
        "a", lambda ctx: [ctx.item(source="a", key="1", kind="V", title="Mới", url="/")]
    )
    assert [i.title for i in worklist_for(users["clerk_a"], today=D(2021, 11, 5))] == ["Mới"]


def test_a_group_counts_its_lines_and_an_item_its_records(only_test_providers, users):
    registry.worklist_register(
        "a",
        lambda ctx: [
            ctx.item(source="a", key="1", kind="Hồ sơ", title="12 hồ sơ", url="/", count=12),
            ctx.item(source="a", key="2", kind="Hồ sơ", title="Một hồ sơ", url="/"),
        ],
    )
    (group,) = worklist_grouped(worklist_for(users["clerk_a"], today=D(2021, 11, 5)))
    assert group.count == 2
    assert [i.count for i in group.items] == [12, None]


def test_anonymous_gets_nothing(db):
    from django.contrib.auth.models import AnonymousUser

    assert worklist_for(AnonymousUser(), today=D(2021, 11, 5)) == []


def test_every_domain_app_registered_its_providers():
    assert {
        "reporting.reports",
        "dossiers.overdue",
        "petitions.overdue",
        "notifications.unread",
    } <= set(registry.worklist_providers())
