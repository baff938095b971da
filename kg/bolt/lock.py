"""One load at a time per database: a lock node that a load creates under a uniqueness constraint,
refreshes while it runs, and deletes when it ends. A lock left by a load that died (no heartbeat for
`STALE_AFTER` seconds) is taken over."""

import os
import socket
import time
import uuid
from contextlib import contextmanager

from kg.bolt.client import Bolt
from kg.errors import BoltUnavailable, LoadInProgress, QueryError

LOCK_LABEL = "KgLoadLock"
STALE_AFTER = 300.0
HEARTBEAT = 20.0
CONSTRAINT = f"CREATE CONSTRAINT kg_load_lock IF NOT EXISTS FOR (l:{LOCK_LABEL}) REQUIRE l.name IS UNIQUE"


class Lock:
    def __init__(self, bolt: Bolt, owner: str):
        self.bolt, self.owner, self._beat = bolt, owner, time.monotonic()

    def heartbeat(self) -> None:
        """Refresh the lock now and then, so that a long load is not taken for a dead one."""
        if time.monotonic() - self._beat >= HEARTBEAT:
            self.bolt.write(f"MATCH (l:{LOCK_LABEL} {{name: 'load'}}) WHERE l.owner = $owner SET l.beat = $now",
                            {"owner": self.owner, "now": time.time()})
            self._beat = time.monotonic()


def _holder(bolt: Bolt) -> tuple[str, float, float] | None:
    rows = bolt.read(f"MATCH (l:{LOCK_LABEL} {{name: 'load'}}) RETURN l.owner, l.since, l.beat")[1]
    return tuple(rows[0]) if rows else None


def _take(bolt: Bolt, owner: str) -> None:
    now = time.time()
    bolt.write(f"CREATE (l:{LOCK_LABEL} {{name: 'load', owner: $owner, since: $now, beat: $now}})",
               {"owner": owner, "now": now})


def _running(owner: str) -> bool:
    """Whether the load that holds the lock may still run: on this host, whether its process lives;
    elsewhere it is taken to run until its heartbeat stops."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def load_lock(bolt: Bolt):
    bolt.write(CONSTRAINT)
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    try:
        _take(bolt, owner)
    except QueryError:
        holder = _holder(bolt)
        if holder is None:
            raise
        other, since, beat = holder
    else:
        other = owner
    if other != owner:
        if time.time() - float(beat or 0) < STALE_AFTER and _running(other):
            started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(since or 0)))
            raise LoadInProgress(f"another load into this database is running (started {started} by {other}); "
                                 "wait for it to finish") from None
        bolt.write(f"MATCH (l:{LOCK_LABEL} {{name: 'load'}}) WHERE l.owner = $other DELETE l", {"other": other})
        _take(bolt, owner)
    if (_holder(bolt) or ("",))[0] != owner:
        raise LoadInProgress("another load into this database started at the same moment; wait for it to finish")
    try:
        yield Lock(bolt, owner)
    except BoltUnavailable:
        raise  # no server to release the lock on (asking would wait out the driver's retries): the next load takes it over
    except BaseException:
        _release(bolt, owner)
        raise
    _release(bolt, owner)


def _release(bolt: Bolt, owner: str) -> None:
    bolt.write(f"MATCH (l:{LOCK_LABEL} {{name: 'load'}}) WHERE l.owner = $owner DELETE l", {"owner": owner})
