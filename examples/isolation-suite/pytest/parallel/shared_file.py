"""One file that every worker of a run writes to: the run's scratch folder when shardproof runs the suite
(SHARDPROOF_TMPDIR), else a folder of this xdist session. Each writer writes its value, says it started,
waits up to 5 s for the other writer to start, and reads the file back. One after the other both read
their own value; at the same time the first writer reads the second one's value and fails."""
import os
import tempfile
import time

FOLDER = os.environ.get("SHARDPROOF_TMPDIR") or os.path.join(
    tempfile.gettempdir(), "isolation-" + os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
)


def write_then_read(value, other):
    os.makedirs(FOLDER, exist_ok=True)
    shared = os.path.join(FOLDER, "shared-file")
    with open(shared, "w") as f:
        f.write(value)
    open(os.path.join(FOLDER, "started-" + value), "w").close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not os.path.exists(os.path.join(FOLDER, "started-" + other)):
        time.sleep(0.05)
    time.sleep(0.3)  # the other writer wrote before it said it started; let its write land
    with open(shared) as f:
        return f.read()
