"""Schemathesis fuzzes every operation of the OpenAPI document in-process:
whatever it sends, the service must not answer with a server error.
(The longer run over a real server is benchmarks/fuzz_api.py.)"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tqcheck.web import create_app

schema = schemathesis.openapi.from_wsgi("/openapi.json", create_app({}, warm=False))


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_no_operation_answers_with_a_server_error(case):
    case.call_and_validate(checks=[not_a_server_error])
