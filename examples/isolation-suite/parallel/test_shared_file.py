"""Two tests that race on one file shared by every worker: each passes alone or one after the other,
and one of them fails when two xdist workers run them at the same time. A parallel-dependent pair."""
import os
import time

SHARED = os.path.join(os.path.dirname(__file__), ".shared-counter")


def _write_then_read(value):
    with open(SHARED, "w") as f:
        f.write(value)
    time.sleep(1.0)  # long enough for the other worker to write in between
    with open(SHARED) as f:
        return f.read()


def test_writer_a():
    assert _write_then_read("a") == "a"


def test_writer_b():
    assert _write_then_read("b") == "b"
