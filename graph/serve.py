"""Serve the embedded store as a SPARQL 1.1 Protocol endpoint, read-only.

We do not write an HTTP server: the `oxigraph` package ships Oxigraph's own server
binary (same storage format as pyoxigraph 0.5), with a read-only mode, CORS, and a query
page (YASGUI, served from the binary itself, so it works with no network).
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

from graph.errors import InputError


def server_binary() -> str:
    """The oxigraph executable installed beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise InputError("the oxigraph server binary is not installed: pip install 'oxigraph>=0.5,<0.6'")
    return found


def server_command(store: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float | None = None) -> list[str]:
    if not Path(store).is_dir():
        raise InputError(f"no store at {store}: run `vnkg build` first")
    command = [server_binary(), "serve-read-only", "--location", str(store), "--bind", f"{host}:{port}", "--cors"]
    if timeout:
        command += ["--timeout-s", str(int(timeout))]
    return command


def start_server(store: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float | None = None,
                 quiet: bool = False) -> subprocess.Popen:
    output = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(server_command(store, host, port, timeout), stdout=output, stderr=output)


def serve(store: Path, host: str = "127.0.0.1", port: int = 7878, timeout: float | None = None) -> int:
    """Run the server until Ctrl-C or SIGTERM, then stop it and return its exit status."""
    process = start_server(store, host, port, timeout)

    def stop(signum, frame):
        process.send_signal(signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.send_signal(signal.SIGINT)
        try:
            return process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            return process.wait()
    finally:
        signal.signal(signal.SIGTERM, previous)
