"""Queries in worker processes with a wall-clock and a memory limit, so that a panic, an abort, a runaway
or a memory blow-up in a query engine ends as one `QueryTimeout` or `QueryError` line and never
touches the calling process.

A worker is a process of its own, started by multiprocessing's `forkserver` (never `fork`: the app is
multi-threaded). The fork server imports `kg.store.jobs` and the caller's main module once, so a new
worker is ready in milliseconds; that main module must be safe to import (the usual
`if __name__ == "__main__":` guard, which `kg`, `pytest` and `streamlit` have). A worker limits the
memory it may allocate beyond what it held when it started (RLIMIT_DATA: heap and private mappings, what
an engine allocates, rather than RLIMIT_AS, which also counts the address space libraries reserve; the
starting footprint varies with the machine, so the limit is added to it), writes its stderr
(a Rust panic's message) to a file of its own rather than the caller's terminal, ignores Ctrl-C (the
caller decides), and ends with the caller. It answers one call at a time and keeps what a job caches
(an open store, a Bolt connection) from one call to the next. A worker that overruns its time is
killed (SIGKILL) and replaced, one that dies is replaced, and the caller gets one line saying which.

What to run is a module-level function and its arguments (both pickled to the worker); it returns plain
Python values. `kg.store.jobs` holds the two the project needs: SPARQL over the embedded store and
Cypher over Bolt.
"""

import ctypes
import multiprocessing
import os
import pickle
import queue
import re
import resource
import signal
import tempfile
import threading
from multiprocessing import forkserver
from typing import Any
from collections.abc import Callable

from kg.errors import KgError, QueryError, QueryTimeout

PRELOAD = ["__main__", "kg.store.jobs"]  # the caller's main module once, not in every worker
_PR_SET_PDEATHSIG = 1
_PANIC = re.compile(r"panicked at (?:'(?P<old>[^\n]*)', [^\n]*|[^\n]*:\n(?P<new>[^\n]*))")
_OUT_OF_MEMORY = ("memory allocation of", "MemoryError", "std::bad_alloc")
_HEAD = 16384  # a panic's message comes first, before any backtrace
MIN_MEMORY_MB = 256


def _die_with_the_caller() -> None:
    """End this worker when the caller ends, even mid-query and even if the caller was killed.

    The fork server ends when the caller's end of a pipe closes, but it hands every worker a copy of
    that end (for workers that start processes of their own, which ours never do): a worker drops it,
    so the fork server ends with the caller, and the kernel then kills the worker, its child
    (PR_SET_PDEATHSIG, Linux). Elsewhere an idle worker still ends when its own pipe closes."""
    alive = getattr(forkserver._forkserver, "_forkserver_alive_fd", None)
    if alive is not None:
        os.close(alive)
        forkserver._forkserver._forkserver_alive_fd = None  # type: ignore[attr-defined]  # private, see above
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):
        pass


def _reply(function: Callable, args: tuple) -> bytes:
    try:
        return pickle.dumps(("ok", function(*args)))
    except KgError as exc:
        return pickle.dumps(("error", type(exc), str(exc)))
    except MemoryError:
        return pickle.dumps(("memory", None, ""))
    except Exception as exc:  # an engine's own error, or a result that cannot be pickled: one line
        first = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
        return pickle.dumps(("failed", type(exc).__name__, first))


def _data_size() -> int:
    """The bytes RLIMIT_DATA counts for this process now (VmData), or 0 where /proc does not tell."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) << 10
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _serve(conn, memory_bytes: int, stderr_path: str) -> None:
    """The worker's loop: one call at a time until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["RUST_BACKTRACE"] = "0"
    _die_with_the_caller()
    stderr = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(stderr, 2)
    os.close(stderr)
    limit = _data_size() + memory_bytes
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    while True:
        try:
            function, args = conn.recv()
        except (EOFError, OSError):
            return
        os.lseek(2, 0, os.SEEK_SET)
        os.ftruncate(2, 0)  # the file tells about the current call only
        conn.send_bytes(_reply(function, args))


class _Overran(Exception):
    pass


class _Worker:
    def __init__(self, context, memory_mb: int, folder: str):
        handle, self.stderr_path = tempfile.mkstemp(prefix="worker-", suffix=".stderr", dir=folder)
        os.close(handle)
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, memory_mb << 20, self.stderr_path),
                                       daemon=True, name="kg-query-worker")
        self.process.start()
        child.close()

    def ask(self, function: Callable, args: tuple, seconds: float) -> tuple:
        """The worker's reply; `_Overran` past the limit; EOFError or OSError when the worker died."""
        self.conn.send((function, args))
        if not self.conn.poll(seconds):
            raise _Overran
        return pickle.loads(self.conn.recv_bytes())

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        try:
            os.unlink(self.stderr_path)
        except FileNotFoundError:
            pass

    def death(self, memory_mb: int) -> QueryError:
        """Why the worker ended during a call, from its exit status and what it wrote to stderr."""
        self.process.join(5)
        try:
            with open(self.stderr_path, "rb") as handle:
                written = handle.read(_HEAD).decode("utf-8", "replace")
        except OSError:
            written = ""
        if any(sign in written for sign in _OUT_OF_MEMORY):
            return _out_of_memory(memory_mb)
        panic = _PANIC.search(written)
        if panic:
            message = (panic.group("old") or panic.group("new") or "").strip()[:300]
            return QueryError(f"the query engine failed on this query ({message}); the query was stopped")
        code = self.process.exitcode
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit status {code}"
        return QueryError(f"the query's worker process ended ({how}) before answering")


def _out_of_memory(memory_mb: int) -> QueryTimeout:
    return QueryTimeout(f"the query needed more than {memory_mb} MB of memory and was stopped")


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


def _unwrap(reply: tuple, memory_mb: int) -> Any:
    kind, *rest = reply
    if kind == "ok":
        return rest[0]
    if kind == "error":
        error_class, message = rest
        raise error_class(message)
    if kind == "memory":
        raise _out_of_memory(memory_mb)
    name, message = rest
    raise QueryError(f"the query failed: {name}: {message}" if message else f"the query failed: {name}")


class WorkerPool:
    """A few warm workers shared by the threads of one process (create one per process and keep it).

    `run(function, *args, seconds=None)` calls `function(*args)` in an idle worker and returns its
    result, or raises: `QueryTimeout` when it runs past `seconds` (default: the pool's) or past the
    memory limit, or when no worker becomes free within `seconds`; `QueryError` when the worker dies
    (a panic, an abort) — both one line; a `KgError` raised by the function comes back as itself.
    The calling process is never affected, and the next call finds a worker at once.
    """

    def __init__(self, size: int = 2, *, seconds: float = 15.0, memory_mb: int = 2048):
        if size < 1 or seconds <= 0 or memory_mb < MIN_MEMORY_MB:
            raise ValueError(f"a pool needs a worker, a positive time limit and {MIN_MEMORY_MB} MB or more")
        self.size, self.seconds, self.memory_mb = size, seconds, memory_mb
        self._context = _context()
        self._folder = tempfile.TemporaryDirectory(prefix="kg-query-")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.memory_mb, self._folder.name)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
            closed = self._closed
        if not closed:
            self._idle.put(self._start())

    def _take(self, seconds: float) -> _Worker:
        while True:
            try:
                worker = self._idle.get(timeout=seconds)
            except queue.Empty:
                raise QueryTimeout(f"all {self.size} query workers stayed busy for {seconds:g} s; "
                                   "try again") from None
            if worker.process.is_alive():
                return worker
            self._retire(worker)

    def run(self, function: Callable, *args, seconds: float | None = None) -> Any:
        if self._closed:
            raise QueryError("the query workers are closed")
        limit = self.seconds if seconds is None else seconds
        worker = self._take(limit)
        try:
            reply = worker.ask(function, args, limit)
        except _Overran:
            self._retire(worker)
            raise QueryTimeout(f"the query ran longer than {limit:g} s and was stopped; "
                               "add a LIMIT or narrow it") from None
        except (EOFError, OSError):
            error = worker.death(self.memory_mb)
            self._retire(worker)
            raise error from None
        self._idle.put(worker)
        return _unwrap(reply, self.memory_mb)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        for worker in workers:
            worker.stop()
        self._folder.cleanup()

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def run_isolated(function: Callable, *args, seconds: float = 15.0, memory_mb: int = 2048) -> Any:
    """One call in a worker of its own, for a one-shot caller such as `kg sparql`; same errors as
    `WorkerPool.run`."""
    with WorkerPool(1, seconds=seconds, memory_mb=memory_mb) as pool:
        return pool.run(function, *args)
