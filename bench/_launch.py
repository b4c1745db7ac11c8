"""Run one command and write its whole-process wall time, CPU time and peak RSS as JSON.

    python -I -S bench/_launch.py RESULT.json COMMAND [ARGS...]

bench/run.py starts every measured command through this small process rather than
directly. On Linux a child's `ru_maxrss` starts from the high-water mark of the
memory it was spawned from (exec records the old address space's peak), so a
command spawned straight from the benchmark would inherit the benchmark's own
RSS as a floor; spawned from here, the floor is this interpreter's few MiB.
Wall time is taken here too, around spawn..reap, so this launcher's own start-up
is not counted. Exits with the command's exit code.
"""

import json
import os
import sys
import time


def main() -> int:
    result_path, argv = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    with open(result_path, "w") as handle:
        json.dump({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kib": usage.ru_maxrss,
                   "exit": code, "pid": pid}, handle)
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main())
