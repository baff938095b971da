"""The local Bolt server for use without Docker: ArcadeDB (from the `arcadedb-embedded` wheel, with its
own Java runtime) and its Bolt plugin, on loopback only, with a password.

`kg bolt start` runs `python -m kg.bolt.local` in the background; its state (port, pid, password)
lives in `KG_BOLT_HOME` (default `.kg/bolt`), readable only by the user.
"""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from kg.bolt.client import BoltSettings
from kg.errors import BoltUnavailable, InputError

DATABASE = "kg"
USER = "root"


def home() -> Path:
    return Path(os.environ.get("KG_BOLT_HOME", ".kg/bolt")).resolve()


def _state_file() -> Path:
    return home() / "server.json"


def _read_state() -> dict | None:
    try:
        return json.loads(_state_file().read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _alive(pid: int) -> bool:
    """Whether the process runs: a killed child that nobody has waited for yet (a zombie) does not."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def running_settings() -> BoltSettings | None:
    state = _read_state()
    if not state or not _alive(state["pid"]):
        return None
    return BoltSettings(f"bolt://127.0.0.1:{state['bolt_port']}", USER, state["password"], DATABASE)


def status() -> str:
    state = _read_state()
    if not state:
        return "stopped"
    if not _alive(state["pid"]):
        return f"stopped (stale state in {home()})"
    ready = "ready" if _port_open(state["bolt_port"]) else "starting"
    return f"{ready}: bolt://127.0.0.1:{state['bolt_port']} (pid {state['pid']}, database {DATABASE}, user {USER})"


def _stored_password(folder: Path) -> str:
    """The server's root password: made once, kept (mode 0600) because the database remembers it."""
    path = folder / "password"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(18), encoding="utf-8")
        os.chmod(path, 0o600)
    return path.read_text(encoding="utf-8").strip()


def start(port: int | None = None, timeout: float = 120.0) -> BoltSettings:
    current = running_settings()
    state = _read_state()
    if current and state and _port_open(state["bolt_port"]):
        return current
    if state:
        stop()  # a dead or hung server's leftovers
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    password = os.environ.get("KG_BOLT_PASSWORD") or _stored_password(folder)
    if len(password) < 8:
        raise InputError("KG_BOLT_PASSWORD must have at least 8 characters")
    bolt_port = port or int(os.environ.get("KG_BOLT_PORT", "0")) or _free_port()
    if _port_open(bolt_port):
        raise BoltUnavailable(f"port {bolt_port} is already in use on 127.0.0.1")
    state = {"bolt_port": bolt_port, "http_port": _free_port(), "password": password}
    log = (folder / "server.log").open("ab")
    env = dict(os.environ, KG_BOLT_STATE=json.dumps(state))
    process = subprocess.Popen([sys.executable, "-m", "kg.bolt.local", str(folder)], stdout=log, stderr=log,
                               stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    state["pid"] = process.pid
    state_file = _state_file()
    state_file.write_text(json.dumps(state), encoding="utf-8")
    os.chmod(state_file, 0o600)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            state_file.unlink(missing_ok=True)
            raise BoltUnavailable(f"the local Bolt server exited at start (exit {process.returncode}); see {folder / 'server.log'}")
        ready = running_settings() if _port_open(bolt_port) and (folder / "ready").exists() else None
        if ready:
            return ready
        time.sleep(0.3)
    stop()
    raise BoltUnavailable(f"the local Bolt server did not start within {timeout:.0f} s; see {folder / 'server.log'}")


def stop(timeout: float = 30.0) -> bool:
    state = _read_state()
    if not state:
        return False
    pid = state["pid"]
    if _alive(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    _state_file().unlink(missing_ok=True)
    (home() / "ready").unlink(missing_ok=True)
    return True


def _serve(folder: Path) -> None:
    """Run the server in this process until SIGTERM."""
    from arcadedb_embedded.server import ArcadeDBServer

    state = json.loads(os.environ["KG_BOLT_STATE"])
    os.chdir(folder)  # the server writes its logs into ./log of the folder it runs in: its own
    (folder / "ready").unlink(missing_ok=True)
    server = ArcadeDBServer(root_path=str(folder / "databases"), root_password=state["password"], config={
        "host": "127.0.0.1", "http_port": state["http_port"],
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin", "bolt_port": state["bolt_port"],
    }, jvm_kwargs={"heap_size": os.environ.get("KG_BOLT_HEAP", "2g"), "jvm_args": [
        # read by the databases from the JVM's settings, not from `config`. The Bolt plugin ignores a
        # transaction's timeout and its READ mode, so the server itself stops every command (a Cypher
        # query over Bolt included) at this limit; LOAD CSV reads no local file and no URL.
        f"-Darcadedb.command.timeout={int(float(os.environ.get('KG_BOLT_QUERY_TIMEOUT', '60')) * 1000)}",
        "-Darcadedb.opencypher.loadCsv.allowFileUrls=false", "-Darcadedb.opencypher.loadCsv.allowRemoteUrls=false",
    ]})
    server.start()
    server.create_database(DATABASE)
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    (folder / "ready").write_text("ready", encoding="utf-8")
    try:
        while not stopping:
            time.sleep(0.2)
    finally:
        server.stop()
        (folder / "ready").unlink(missing_ok=True)


if __name__ == "__main__":
    _serve(Path(sys.argv[1]))
