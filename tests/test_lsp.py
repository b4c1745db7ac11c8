"""wakecheck's Fixit rule in an editor: a real Language Server Protocol exchange with `fixit lsp` over stdio.

The test speaks LSP to Fixit's own server (on pygls) the way an editor does:
initialize, initialized, textDocument/didOpen, then reads the server's
textDocument/publishDiagnostics for the opened file. It needs Fixit's `lsp` extra
(`pip install 'fixit[lsp]'`, part of this project's `test` extra).
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

pytest.importorskip("pygls", reason="Fixit's language server needs its lsp extra: pip install 'fixit[lsp]'")

DISPATCH = "gastown/container_dispatch.py"
FIXIT_ONLY_WAKECHECK = """
[tool.fixit]
root = true
enable = ["wakecheck.plugins.fixit"]
disable = ["fixit.rules"]
"""
TIMEOUT_S = 180  # the first diagnostics cost a whole-project analysis


class Client:
    """The editor's end of the pipe: Content-Length framed JSON-RPC, responses and notifications queued."""

    def __init__(self, server: subprocess.Popen[bytes]) -> None:
        assert server.stdin is not None and server.stdout is not None
        self.server = server
        self.stdin: IO[bytes] = server.stdin
        self.received: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, args=(server.stdout,), daemon=True).start()

    def _read(self, stdout: IO[bytes]) -> None:
        while True:
            headers: dict[str, str] = {}
            while (line := stdout.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            if not headers:
                return  # the server closed its output
            self.received.put(json.loads(stdout.read(int(headers["content-length"]))))

    def send(self, method: str, params: dict[str, Any], request: bool = False) -> int | None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        number = None
        if request:
            self.next_id += 1
            number = message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.stdin.flush()
        return number

    def wait_for(self, wanted: Any) -> dict[str, Any]:
        """The first message `wanted(message)` accepts; the others (log messages, …) are passed over."""
        while True:
            try:
                message = self.received.get(timeout=TIMEOUT_S)
            except queue.Empty:
                pytest.fail(f"no answer from `fixit lsp` in {TIMEOUT_S} s")
            if wanted(message):
                return message


@pytest.fixture
def client(town: Path) -> Iterator[Client]:
    pyproject = town / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + FIXIT_ONLY_WAKECHECK)
    # No debounce: diagnostics are published as soon as the document is opened.
    server = subprocess.Popen([sys.executable, "-m", "fixit", "lsp", "--debounce-interval", "0"], cwd=town,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        yield Client(server)
    finally:
        if server.poll() is None:
            server.kill()
        server.wait(timeout=30)


def test_fixit_lsp_publishes_wakecheck_findings_as_diagnostics(client: Client, town: Path) -> None:
    asked = client.send("initialize", {"processId": None, "rootUri": town.as_uri(), "capabilities": {}},
                        request=True)
    reply = client.wait_for(lambda m: m.get("id") == asked)
    assert "result" in reply and "capabilities" in reply["result"], reply
    client.send("initialized", {})

    uri = (town / DISPATCH).as_uri()
    client.send("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "python", "version": 1, "text": (town / DISPATCH).read_text(encoding="utf-8")}})
    published = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"]["uri"] == uri)

    found = [(d["range"]["start"]["line"] + 1, d["range"]["start"]["character"], d["message"].split()[0],
              d.get("source")) for d in published["params"]["diagnostics"]]
    # LSP positions are 0-based: the two container calls of the token refresh, 78:15 and 82:22.
    assert found == [(78, 14, "WC001", "fixit"), (82, 21, "WC001", "fixit")], published
    assert "`container.set_env_var` wakes the container" in published["params"]["diagnostics"][0]["message"]

    ended = client.send("shutdown", {}, request=True)
    client.wait_for(lambda m: m.get("id") == ended)
    client.send("exit", {})
    assert client.server.wait(timeout=30) == 0
