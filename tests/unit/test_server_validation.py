"""server.validation over any JSON: a verdict, never an exception, and a row it passes is storable as JSONB."""

from __future__ import annotations

import json
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from server import validation

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=25,
)
ROW = st.fixed_dictionaries(
    {},
    optional={
        "table": st.sampled_from(["tickets", "settings", "audit_log"]) | JSON,
        "id": st.uuids().map(str) | JSON,
        "op": st.sampled_from(["insert", "delete"]) | JSON,
        "data": st.dictionaries(st.sampled_from(["id", "label", "scope", "key", "value"]), JSON) | JSON,
    },
)


@settings(max_examples=400, deadline=None)
@given(row=ROW, same_id=st.booleans())
def test_any_row_gets_a_verdict_and_a_passed_row_is_storable(row, same_id):
    if same_id and isinstance(row.get("data"), dict) and "id" in row:
        row["data"] = {**row["data"], "id": row["id"]}
    problem = validation.row_problem(row)
    assert problem is None or isinstance(problem, str)
    stored = validation.stored_payload({"seq": 1, **row})
    assert "\x00" not in stored and stored.isascii()
    if problem is None:
        json.dumps(row["data"], allow_nan=False)  # NaN/Infinity would have been refused
        uuid.UUID(row["id"])
        assert validation.json_problem(row["data"]) is None


def test_nesting_past_the_limit_is_refused_and_stored_short():
    deep: object = "x"
    for _ in range(validation.MAX_DEPTH + 5):
        deep = [deep]
    row_id = str(uuid.uuid4())
    row = {"seq": 1, "table": "tickets", "id": row_id, "op": "insert", "data": {"id": row_id, "label": deep}}
    assert "bersarang" in validation.row_problem(row)
    assert len(validation.stored_payload(row)) <= validation.MAX_SHOWN
