"""Half of a parallel-dependent pair: passes alone and serially, fails under two workers when it writes first."""
from shared_file import write_then_read


def test_writer_b():
    assert write_then_read("b", "a") == "b"
