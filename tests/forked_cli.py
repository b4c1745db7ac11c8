"""The real command line, each run a process of its own, without paying wakecheck's imports each time.

``ForkedCli`` starts ``python tests/forked_cli.py`` once; each ``run(args, cwd)`` is then
``python -m wakecheck ARGS`` in a child forked from it: a fresh process whose ``sys.argv``,
working directory, standard streams and exit status are those of the command, but
in which the modules earlier runs imported (wakecheck, LibCST, click) are already
imported. The server itself never runs the command, so every run starts from the same
state, as a new ``python -m wakecheck`` does; only the Python start and the imports
(about 0.4 s of CPU, most of what a small run costs) are paid once.

Use it where a test runs the command many times for what the analysis says (units,
the cache); a test of what a user meets at the command line starts ``python -m
wakecheck`` itself, and so does one that compares runs for determinism: the runs of
one server share its hash seed, where separate processes each draw their own.
POSIX only (``os.fork``).
"""

from __future__ import annotations

import json
import os
import runpy
import select
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# What a run imported from these is imported by the server, for the next runs.
PRELOADED = ("wakecheck", "libcst", "click")


def _text(path: str) -> str:
    """What the child wrote, decoded as ``subprocess.run(text=True)`` decodes it."""
    with open(path, encoding=None, newline=None) as handle:
        return handle.read()


def _child(cwd: str, args: list[str], env: dict[str, str], out: str, err: str, modules: str) -> None:
    """``python -m wakecheck ARGS`` in ``cwd``: what it raises ends this process as it ends that one."""
    import atexit

    def imported() -> None:  # registered first, so run last of the exit handlers
        with open(modules, "w", encoding="utf-8") as handle:
            handle.write("\n".join(name for name in sys.modules if name.partition(".")[0] in PRELOADED))

    atexit.register(imported)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(out, os.O_WRONLY), 1)
    os.dup2(os.open(err, os.O_WRONLY), 2)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    sys.path[0] = os.getcwd()  # as `python -m` puts it
    sys.argv = ["-m", *args]  # argv[0] becomes wakecheck/__main__.py
    runpy.run_module("wakecheck", run_name="__main__", alter_sys=True)
    raise SystemExit(0)


def serve() -> None:
    """One request per line on stdin (``{"cwd": DIR, "args": [...], "env": {...}}``), one result per line on stdout.

    A child leaves this function only by ending its process (an exception, ``SystemExit``
    included, goes up to the interpreter), so nothing here is in a ``with`` or ``try``.
    """
    import importlib

    importlib.import_module("wakecheck.cli")
    scratch = tempfile.mkdtemp(prefix="wakecheck-forked-")
    out, err, modules = (os.path.join(scratch, name) for name in ("out", "err", "modules"))
    for line in sys.stdin:
        request = json.loads(line)
        for path in (out, err, modules):
            open(path, "wb").close()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request["cwd"], request["args"], request["env"], out, err, modules)
        _, status = os.waitpid(pid, 0)
        for name in Path(modules).read_text(encoding="utf-8").split():
            if name not in sys.modules and not name.endswith("__main__"):  # importing one would run it
                try:
                    importlib.import_module(name)
                except Exception:  # noqa: BLE001 - what only a child could import stays the child's
                    pass
        result = {"returncode": os.waitstatus_to_exitcode(status), "stdout": _text(out), "stderr": _text(err)}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
    shutil.rmtree(scratch, ignore_errors=True)


class ForkedCli:
    """A server (see the module's docstring), started at the first run; ``close()`` ends it,
    and the next run starts another."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None

    def run(self, args: list[str], cwd: Path, env: dict[str, str] | None = None,
            timeout: float = 600) -> subprocess.CompletedProcess[str]:
        """``python -m wakecheck ARGS`` in ``cwd`` with ``env`` (default: this process's environment
        now), as ``subprocess.run(capture_output=True, text=True)``.

        Only what Python reads from the environment as it starts (``PYTHONPATH``,
        ``PYTHONHASHSEED``...) is the server's: every run of a server has the same hash seed.
        """
        if self.process is None:
            # A session of its own: a run that hangs is ended with the server, by their group.
            self.process = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                            start_new_session=True)
        assert self.process.stdin is not None and self.process.stdout is not None
        command = [sys.executable, "-m", "wakecheck", *args]
        request = {"cwd": str(cwd), "args": args, "env": dict(os.environ if env is None else env)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        if not select.select([self.process.stdout], [], [], timeout)[0]:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.close()
            raise subprocess.TimeoutExpired(command, timeout)
        reply = self.process.stdout.readline()
        if not reply:
            code = self.process.wait()
            self.close()
            raise RuntimeError(f"the forked command line's server ended (exit {code})")
        result = json.loads(reply)
        return subprocess.CompletedProcess(command, result["returncode"], result["stdout"], result["stderr"])

    def close(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


if __name__ == "__main__":
    serve()
