"""Tests that depend on the order they run in, through module state.

- test_victim passes alone but fails after test_polluter (which leaves an item behind): a victim.
- test_brittle fails alone and passes only after test_setup (which it silently needs): a brittle test.
"""
REGISTRY = []
CONFIG = {}


def test_polluter():
    REGISTRY.append("leftover")
    assert REGISTRY


def test_victim():
    assert REGISTRY == []


def test_setup():
    CONFIG["ready"] = True


def test_brittle():
    assert CONFIG.get("ready") is True


def test_independent():
    assert 1 + 1 == 2
