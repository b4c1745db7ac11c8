"""The services suite's report.

    python -m tests.services [NAME...] [--jobs N] [--execute | --record | --verify]

Runs wakecheck on each service (every one under tests/services, or those named) and
holds it to what executing the service under the idle model recorded: prints a table
per service, the totals, and then each difference with its path:line and source
line. Exit status 1 when any service is not fully right.

What an execution recorded is kept in tests/services/_executed/, with a digest of the
service's files, the stubs and the executor; a service whose record is missing or
stale is executed again. --execute executes every service named, records or not;
--record executes them and writes their records; --verify only executes them and
compares each execution with its record (exit status 1 when one is missing or differs).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .compare import RULES, Outcome, discover, evaluate, execute_all, record_truth, recorded_truth

COLUMNS = ("service", "runs", "idle", "rare", "WC001", "WC002", "WC003", "missed", "false", "verdicts", "right")


def _row(o: Outcome) -> tuple[str, ...]:
    counts = {rule: sum(1 for f in o.reported if f.rule == rule) for rule in RULES}
    right = sum(r.right for r in o.rows)
    idle = len(o.sites("idle"))
    return (o.name, "/".join(str(o.runs[m]) for m in o.runs), str(idle), str(len(o.sites("idle+rare")) - idle),
            str(counts["WC001"]), str(counts["WC002"]), str(len(o.wc003)), str(len(o.missed)), str(len(o.false)),
            f"{right}/{len(o.rows)}", "yes" if o.ok else "NO")


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def report(outcomes: list[Outcome]) -> list[str]:
    rows = [COLUMNS, *(_row(o) for o in outcomes)]
    executed = sum(len(o.truth) for o in outcomes)
    hits = sum(o.hits for o in outcomes)
    reported = sum(len(o.reported) for o in outcomes)
    true = sum(o.true_reported for o in outcomes)
    checks = [r for o in outcomes for r in o.rows]
    right = sum(r.right for r in checks)
    covered = sum(m.covered for o in outcomes for m in o.missed)
    missed = sum(len(o.missed) for o in outcomes)
    lines = _table(rows)
    lines.append("")
    lines.append(
        f"executed wakes {executed}, reported with the right rule {hits}: recall {hits / executed if executed else 1:.2f}; "
        f"findings {reported}, of them executed {true}: precision {true / reported if reported else 1:.2f}; "
        f"audit verdicts right {right}/{len(checks)}; missed wakes with a WC003 on their path {covered}/{missed}; "
        f"services fully right {sum(o.ok for o in outcomes)}/{len(outcomes)}")
    for o in outcomes:
        details = o.details()
        if details:
            lines.append("")
            lines.append(f"{o.name}:")
            lines += [f"  {d}" for d in details]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.services", description=__doc__.splitlines()[1])
    parser.add_argument("names", nargs="*", metavar="NAME", help="services to run (default: all)")
    parser.add_argument("--jobs", type=int, default=None, help="subprocesses at a time (default: the cores, at least 2)")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--execute", action="store_true", help="execute every service named, whatever its record")
    how.add_argument("--record", action="store_true", help="execute the services named and write their records")
    how.add_argument("--verify", action="store_true", help="execute the services named and compare with their records")
    args = parser.parse_args(argv)
    start = time.monotonic()
    services = discover(args.names)
    if args.verify:
        return _verify(services, args.jobs, start)
    if args.record:
        for name, executed in sorted(execute_all(services, args.jobs).items()):
            record_truth(next(s for s in services if s.name == name), executed)
            print(f"recorded {name}: " + ", ".join(f"{len(executed[m]['wakes'])} wakes {m}" for m in executed))
    outcomes = list(evaluate(services, args.jobs, execute=args.execute).values())
    print("\n".join(report(outcomes)))
    print(f"\n({time.monotonic() - start:.1f} s)")
    return 0 if all(o.ok for o in outcomes) else 1


def _verify(services: list[Path], jobs: int | None, start: float) -> int:
    """Execute each service and compare with its record: the records the suite reads are executions."""
    records = {s.name: recorded_truth(s) for s in services}
    executed = execute_all(services, jobs)
    wrong = 0
    for service in services:
        record = records[service.name]
        if record is None:
            print(f"{service.name}: no record of its current files (python -m tests.services --record {service.name})")
        elif record != executed[service.name]:
            modes = [m for m in record if record[m] != executed[service.name].get(m)]
            print(f"{service.name}: executing it now records other wakes than its record ({', '.join(modes)})")
        else:
            continue
        wrong += 1
    print(f"{len(services) - wrong}/{len(services)} records are what executing their service records now "
          f"({time.monotonic() - start:.1f} s)")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
