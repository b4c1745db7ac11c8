"""Bare LibCST parsing, the floor under any LibCST-based analyser: `libcst.parse_module` on every file.

    python bench/parse_all.py [--jobs N] ROOT

Walks ROOT for `.py` files (skipping hidden directories and `__pycache__`, as
wakecheck does), reads each one and parses it with `libcst.parse_module` in a
`multiprocessing.Pool(N)` (default 2: "both cores"). Nothing else: no
metadata, no visitor. Prints how many files parsed and how many failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys


def _files(root: str) -> list[str]:
    found = []
    for directory, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        found.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))
    return found


def _parse(path: str) -> bool:
    import libcst

    with open(path, "rb") as handle:
        source = handle.read()
    try:
        libcst.parse_module(source)
    except Exception:  # ParserSyntaxError, or a file LibCST cannot decode
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    files = _files(args.root)
    if args.jobs <= 1:
        results = [_parse(f) for f in files]
    else:
        pool = multiprocessing.Pool(args.jobs)
        try:
            results = pool.map(_parse, files, chunksize=8)
        finally:
            pool.close()  # close + join, not terminate: the workers are reaped, so their CPU time counts
            pool.join()
    failed = results.count(False)
    print(f"parsed {len(files) - failed} file(s), {failed} failed, {args.jobs} process(es)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
