"""The embedded Neo4j Community server: install its jars, start, stop, report, reset.

Used when ``NEO4J_URI`` is not set. The jars come from Maven Central through the repo's
``pom.xml`` and are cached under ``<home>/lib/<version>``; ``Launcher.java`` beside this file
starts the DBMS with a Bolt connector. The server runs detached from the CLI so that
``matchmaker db start`` returns once Bolt answers and the database outlives the command.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

from matchmaker.settings import REPO_ROOT, Settings

LAUNCHER = Path(__file__).with_name("Launcher.java")
PASSWORD_FILE = "password"
PID_FILE = "neo4j.pid"
LOG_FILE = "neo4j.log"
READY_MARK = "matchmaker-neo4j: ready"


class ServerError(RuntimeError):
    """The embedded server could not be installed, started or stopped; the message says why."""


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    port: int
    data_dir: Path
    answering: bool


def _bytes(size: str) -> int:
    match = re.fullmatch(r"(\d+)([kmgKMG]?)", size.strip())
    if not match:
        raise ServerError(f"MATCHMAKER_PAGECACHE: {size!r} is not a size like 512m or 1g")
    return int(match[1]) * {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[match[2].lower()]


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


class EmbeddedServer:
    """One embedded server, identified by its data directory and Bolt port."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.data_dir = settings.neo4j_data_dir
        self.lib_dir = settings.neo4j_lib_dir
        self.port = settings.bolt_port

    # --- installation -----------------------------------------------------------------------

    @property
    def installed(self) -> bool:
        return (self.lib_dir / ".complete").exists()

    def install(self) -> None:
        """Fetch the Neo4j jars with Maven (once) and compile the launcher (when it changed)."""
        if not self.installed:
            mvn = shutil.which("mvn")
            if mvn is None:
                raise ServerError(
                    "Maven (mvn) is not on PATH: install it (e.g. apt-get install maven) or set NEO4J_URI"
                )
            self.lib_dir.mkdir(parents=True, exist_ok=True)
            cmd = [
                mvn,
                "-q",
                "-B",
                "-f",
                str(REPO_ROOT / "pom.xml"),
                f"-Dneo4j.version={self.settings.neo4j_version}",
                "dependency:copy-dependencies",
                f"-DoutputDirectory={self.lib_dir}",
                "-DincludeScope=runtime",
            ]
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                raise ServerError(f"fetching Neo4j jars failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
            (self.lib_dir / ".complete").write_text(self.settings.neo4j_version)
        self._compile_launcher()

    def _compile_launcher(self) -> None:
        classes = self.lib_dir.parent / f"launcher-{self.settings.neo4j_version}"
        target = classes / "Launcher.class"
        if target.exists() and target.stat().st_mtime >= LAUNCHER.stat().st_mtime:
            return
        javac = shutil.which("javac")
        if javac is None:
            raise ServerError("javac (JDK 17 or newer) is not on PATH: install a JDK or set NEO4J_URI")
        classes.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [javac, "-cp", f"{self.lib_dir}/*", "-d", str(classes), str(LAUNCHER)], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise ServerError(f"compiling the launcher failed:\n{done.stderr[-3000:]}")

    # --- credentials ------------------------------------------------------------------------

    def password(self) -> str:
        """The configured password, else the one generated on first start and kept in the data dir."""
        if self.settings.neo4j_password is not None:
            return self.settings.neo4j_password.get_secret_value()
        path = self.data_dir / PASSWORD_FILE
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(24))
            path.chmod(0o600)
        return path.read_text().strip()

    # --- lifecycle --------------------------------------------------------------------------

    def _pid(self) -> int | None:
        path = self.data_dir / PID_FILE
        if not path.exists():
            return None
        try:
            pid = int(path.read_text().strip())
            proc = psutil.Process(pid)
            if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE and "java" in proc.name():
                return pid
        except (ValueError, psutil.Error):
            pass
        return None

    def status(self) -> ServerStatus:
        pid = self._pid()
        return ServerStatus(pid is not None, pid, self.port, self.data_dir, pid is not None and port_open(self.port))

    def start(self) -> ServerStatus:
        """Start the server and return once Bolt answers; a no-op when it already runs."""
        current = self.status()
        if current.running:
            return current
        if port_open(self.port):
            raise ServerError(f"port {self.port} is already in use: set MATCHMAKER_BOLT_PORT to a free port")
        self.install()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log_path = self.data_dir / LOG_FILE
        java = shutil.which("java")
        if java is None:
            raise ServerError("java (17 or newer) is not on PATH: install a JDK or set NEO4J_URI")
        classes = self.lib_dir.parent / f"launcher-{self.settings.neo4j_version}"
        cmd = [
            java, f"-Xmx{self.settings.heap}", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-cp", f"{classes}:{self.lib_dir}/*", "Launcher",
            str(self.data_dir), str(self.port), str(_bytes(self.settings.pagecache)),
        ]  # fmt: skip
        env = {**os.environ, "MATCHMAKER_NEO4J_PASSWORD": self.password()}
        with log_path.open("ab") as log:
            log.write(f"\n--- start {time.strftime('%Y-%m-%d %H:%M:%S')} port {self.port}\n".encode())
            offset = log.tell()
            proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, env=env, cwd=self.data_dir,
            )  # fmt: skip
        (self.data_dir / PID_FILE).write_text(str(proc.pid))
        deadline = time.monotonic() + self.settings.start_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ServerError(
                    f"Neo4j exited during start-up (code {proc.returncode}); see {log_path}:\n"
                    + self._log_tail(log_path, offset)
                )
            if self._log_tail(log_path, offset).find(READY_MARK) >= 0 and port_open(self.port):
                return self.status()
            time.sleep(0.25)
        self.stop()
        raise ServerError(
            f"Neo4j did not answer on port {self.port} within {self.settings.start_timeout:.0f} s; see {log_path}"
        )

    @staticmethod
    def _log_tail(path: Path, offset: int) -> str:
        with path.open("rb") as f:
            f.seek(offset)
            return f.read()[-4000:].decode(errors="replace")

    def stop(self, timeout: float = 60.0) -> bool:
        """SIGTERM the server (its shutdown hook flushes the store); SIGKILL only after ``timeout``."""
        pid = self._pid()
        if pid is None:
            (self.data_dir / PID_FILE).unlink(missing_ok=True)
            return False
        proc = psutil.Process(pid)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except psutil.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        (self.data_dir / PID_FILE).unlink(missing_ok=True)
        return True

    def reset(self) -> None:
        """Delete every node, index and log: stop, wipe the data directory, start again if it ran."""
        was_running = self.stop()
        keep = (self.data_dir / PASSWORD_FILE).read_text() if (self.data_dir / PASSWORD_FILE).exists() else None
        shutil.rmtree(self.data_dir, ignore_errors=True)
        if keep is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            (self.data_dir / PASSWORD_FILE).write_text(keep)
            (self.data_dir / PASSWORD_FILE).chmod(0o600)
        if was_running:
            self.start()


def free_port() -> int:
    """A free TCP port on the loopback interface (for isolated servers in tests and benchmarks)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def isolated_settings(data_dir: Path, *, base: Settings, heap: str = "768m", pagecache: str = "256m") -> Settings:
    """Settings for a throwaway embedded server: its own data directory and a free port, sharing
    the checkout's jars, so tests and benchmarks run beside a user's server without touching it."""
    return base.model_copy(update={
        "neo4j_uri": None, "neo4j_password": None, "bolt_port": free_port(), "data_dir": data_dir,
        "lib_dir": base.neo4j_lib_dir, "heap": heap, "pagecache": pagecache,
    })  # fmt: skip


@contextmanager
def isolated_server(configured: Settings, *, heap: str = "1g", pagecache: str = "512m") -> Iterator[Settings]:
    """The configured ``NEO4J_URI`` if there is one (left untouched); otherwise an embedded server
    on a temporary data directory, started for the block and deleted after it."""
    if configured.neo4j_uri:
        yield configured
        return
    tmp = Path(tempfile.mkdtemp(prefix="matchmaker-"))
    settings = isolated_settings(tmp / "neo4j", heap=heap, pagecache=pagecache, base=configured)
    server = EmbeddedServer(settings)
    server.start()
    try:
        yield settings
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
