"""Schemathesis against the API's own OpenAPI document (issue 15, part 3; decision 0040):
every operation, fed generated valid and invalid requests, answers only statuses it
documents, with bodies that match the documented schema, and never a 5xx.

In-process (the Django WSGI application, no server), authenticated as a province
administrator over a small tree with a few dossiers, so that generated ids and codes meet real
rows as well as missing ones. The number of examples per operation is bounded (EXAMPLES) so
the run stays under a minute on both engines."""

import contextlib
import datetime
import types
import typing
from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from ninja import Status
from ninja.constants import NOT_SET
from ninja.operation import Operation
from pydantic import BaseModel
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from danvan.accounts.services import api_token_create
from danvan.api.views import api
from danvan.dossiers.services import dossier_create

EXAMPLES = {GenerationMode.POSITIVE: 4, GenerationMode.NEGATIVE: 3}
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]


def _extra_keys(value, annotation, where: str):
    """The keys of ``value`` (a route's return, before ninja serialises it) that
    ``annotation`` (its response schema) does not document, nested models included."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            if arg is not type(None):
                yield from _extra_keys(value, arg, where)
        return
    if origin is list and args and isinstance(value, list):
        for item in value:
            yield from _extra_keys(item, args[0], f"{where}[]")
        return
    if origin is dict and len(args) == 2 and isinstance(value, dict):
        for item in value.values():
            yield from _extra_keys(item, args[1], f"{where}{{}}")
        return
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if not isinstance(value, dict):
            return
        fields = {field.alias or name: field for name, field in annotation.model_fields.items()}
        for key, item in value.items():
            if key not in fields:
                yield f"{where}.{key}"
            else:
                yield from _extra_keys(item, fields[key].annotation, f"{where}.{key}")


@pytest.fixture
def undocumented(monkeypatch):
    """The keys routes return that their response schema lacks (ninja drops them silently:
    the document would not say what the route means to answer)."""
    found: set[tuple[str, str]] = set()
    original = Operation._result_to_response

    def watched(self, request, result, temporal_response):
        value = result.value if isinstance(result, Status) else result
        status = result.status_code if isinstance(result, Status) else None
        if status is None and len(self.response_models) == 1:
            status = next(iter(self.response_models))
        model = self.response_models.get(status or 200)
        if model not in (None, NOT_SET):
            annotation = model.model_fields["response"].annotation
            found.update((request.path, key) for key in _extra_keys(value, annotation, ""))
        return original(self, request, result, temporal_response)

    monkeypatch.setattr(Operation, "_result_to_response", watched)
    return found


@pytest.fixture
def api_schema(users, tree):
    for number, day in enumerate((datetime.date(2025, 3, 3), datetime.date(2026, 1, 5)), 1):
        dossier_create(
            unit=tree["A"], code=f"HS-SCH-{number}", channel="truc_tiep", received_on=day
        )
    schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
    schema.app = get_wsgi_application()
    token = api_token_create(user=users["admin"])
    # As Django's test client does: the end of a request must not close the test's
    # connection (its transaction holds the fixtures).
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield schema, {"Authorization": f"Bearer {token}"}
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def _failures(operation, mode, headers, statuses: Counter) -> list[str]:
    found: list[str] = []

    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        try:
            response = case.call(headers=headers)
            statuses[response.status_code] += 1
            case.validate_response(response, checks=CHECKS)
        except (AssertionError, BaseExceptionGroup) as error:  # schemathesis' failures
            found.append(f"{operation.label} [{mode.value}] {str(error)[:600]}")
        except Exception as error:
            found.append(f"{operation.label} [{mode.value}] {type(error).__name__}: {error}"[:600])

    with contextlib.suppress(Unsatisfiable):  # nothing invalid for an operation without inputs
        run()
    return found


def test_every_operation_conforms_to_the_document(api_schema, undocumented):
    schema, headers = api_schema
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 100  # the whole API, not a corner of it
    failures, statuses = [], Counter()
    for operation in operations:
        for mode in EXAMPLES:
            failures += _failures(operation, mode, headers, statuses)
    assert failures == [], "\n\n".join(failures[:30]) + f"\n\n({len(failures)} in all)"
    print("statuses:", dict(sorted(statuses.items())))
    # The run reached the routes, not only their refusals: answers and refusals of each kind.
    assert sum(statuses.values()) > 500
    assert statuses[200] > 50 and statuses[422] > 50 and statuses[404] > 10
    assert sorted(undocumented) == []
