"""Half of a parallel-dependent pair: passes alone and serially, fails under two workers when it writes first."""
from shared_file import write_then_read


def test_writer_a():
    assert write_then_read("a", "b") == "a"
