import os
import socket
import time


def test_server_port_is_free(server_port):
    with socket.socket() as s:
        # As real test servers do: a port left in TIME_WAIT by an earlier run must not fail the bind.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", server_port))
    assert 1024 < server_port < 65536


def test_health(server_port):
    time.sleep(0.3)
    assert server_port > 0


def test_cache_warmup_alternates():
    """Flaky on purpose: fails on every even-numbered run, as a race that loses half the time would."""
    run = int(os.environ.get("SHARDPROOF_RUN", "1"))
    assert run % 2 == 1, f"cache was cold on run {run}"


def test_payment_rounding():
    """Broken on purpose: always fails, so the example shows a real failure next to a flaky test."""
    assert round(2.675, 2) == 2.68, "float rounding: 2.675 rounds to 2.67"
