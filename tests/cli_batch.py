"""Runs the real command line on many projects in one process: `python tests/cli_batch.py JOBS.json`.

JOBS.json is a list of `{"cwd": DIR, "args": [...]}`; what is printed is a JSON list of
`{"returncode", "stdout", "stderr"}`, one per job, in order. Each job is `main(args)` as
`python -m wakecheck ARGS` runs it, from its directory: a Python start and wakecheck's
imports are paid once for all of them. (A scenario's own project is all a run reads.)
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys


def run(cwd: str, args: list[str]) -> dict[str, object]:
    from wakecheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: object = 0
    os.chdir(cwd)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args, prog_name="wakecheck")
        except SystemExit as exc:
            code = exc.code
    returncode = code if isinstance(code, int) else (0 if code is None else 1)
    return {"returncode": returncode, "stdout": out.getvalue(), "stderr": err.getvalue()}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        jobs = json.load(handle)
    results = [run(job["cwd"], job["args"]) for job in jobs]
    sys.stdout.write(json.dumps(results))
