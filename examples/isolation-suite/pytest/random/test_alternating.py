"""Fails on every other invocation of the suite, whatever the order: its outcome hangs on something outside
the tests (here a count kept beside this file; in real suites the clock, the network, a leftover file). The
same seed does not bring its failure back, so it is non-deterministic — and, unlike a coin flip, the same
sequence of runs gives the same finding every time, which is what the end-to-end tests need."""
import os

COUNT = os.path.join(os.path.dirname(__file__), ".invocations")


def test_every_other_time():
    count = int(open(COUNT).read()) + 1 if os.path.exists(COUNT) else 1
    with open(COUNT, "w") as f:
        f.write(str(count))
    assert count % 2 == 0, f"invocation {count} is odd"
