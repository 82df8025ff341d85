"""The client's push batches: many rows per push, but never a body the server would refuse for its size."""

from collections import namedtuple

from db.sync import client

Row = namedtuple("Row", "seq table_name row_id operation data")


def rows(*sizes):
    return [Row(n, "audit_log", str(n), "insert", "x" * size) for n, size in enumerate(sizes)]


def test_small_rows_go_together_up_to_the_byte_budget():
    batch = rows(*[1000] * client.BATCH)
    assert client._within_budget(batch) == batch
    large = rows(*[client.BATCH_BYTES // 3] * 5)
    assert len(client._within_budget(large)) == 2


def test_one_row_larger_than_the_budget_still_goes_alone():
    huge = rows(client.BATCH_BYTES * 2, 10)
    assert client._within_budget(huge) == huge[:1]
