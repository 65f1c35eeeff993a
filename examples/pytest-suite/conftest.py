"""Per-worker isolation, the way pytest-xdist recommends: derive every shared resource from the worker id.

shardproof gives each run a fresh SHARDPROOF_TMPDIR and a port block (SHARDPROOF_PORT_BASE) that does not
collide with other shards or runs on the same host; xdist gives each worker an id (gw0, gw1, ...).
Together they name a database, a media folder and a port that no other process in the run shares.
"""
import os
import sqlite3
import tempfile

import pytest


class _SingleProcessWorkerId:
    """pytest-xdist provides the `worker_id` fixture; without xdist (not installed, or `-p no:xdist`) the
    suite runs in one process, which xdist itself would call "master"."""

    @pytest.fixture(scope="session")
    def worker_id(self):
        return "master"


def pytest_configure(config):
    # An xdist worker process (it has `workerinput`) always has xdist's own fixture.
    xdist_worker = hasattr(config, "workerinput")
    if not xdist_worker and not config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_SingleProcessWorkerId(), "shardproof-example-worker-id")


@pytest.fixture(scope="session")
def worker_index(worker_id):
    # worker_id is "master" without xdist, "gw0", "gw1", ... with it.
    return 0 if worker_id == "master" else int(worker_id[2:])


@pytest.fixture(scope="session")
def run_dir():
    return os.environ.get("SHARDPROOF_TMPDIR") or tempfile.mkdtemp(prefix="example-")


@pytest.fixture(scope="session")
def database(worker_id, run_dir):
    path = os.path.join(run_dir, f"test_db_{worker_id}.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS items (name TEXT PRIMARY KEY)")
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def media_root(worker_id, run_dir):
    path = os.path.join(run_dir, f"media_{worker_id}")
    os.makedirs(path, exist_ok=False)  # exist_ok=False: a shared folder would be a bug
    return path


@pytest.fixture(scope="session")
def server_port(worker_index):
    base = int(os.environ.get("SHARDPROOF_PORT_BASE", "30000"))
    return base + worker_index


@pytest.fixture(autouse=True)
def fresh_table(database):
    database.execute("DELETE FROM items")
    database.commit()
