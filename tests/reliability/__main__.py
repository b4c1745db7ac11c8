"""The reliability suite's runner and report.

    python -m tests.reliability [quick|long] [--seed N] [--programs N]
                                [--parts differential,fuzz,corpora] [--django-budget S] [--report FILE]
                                [--shrink-into DIR]

The quick profile is what CI runs (through ``test_reliability.py``); the long
profile is run by hand. Both print the same report; the exit status is 1 when
a wake was missed, wakecheck crashed or hung, or a corpus run misbehaved.
With ``--shrink-into``, each program that missed a wake is shrunk and saved
there as a regression case (``seed_<N>``), to be named and moved to
``regressions/``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus, differential, fuzz
from .generator import generate

FIXTURE = differential.REPO / "fixtures" / "towndo" / "gastown"
# Seeds (of --seed 0, size 1: the quick profile) whose program is a known failure, kept out
# of the sweep so that a run stays green while a bug is open, and counted in the report.
# Each names its open bug: a shrunk case in regressions/ with an XFAIL file.
KNOWN: dict[int, str] = {}


@dataclass(frozen=True)
class Profile:
    programs: int
    size: int
    max_runs: int
    samples: int
    hypothesmith: int
    mutations: int
    stdlib: tuple[str, ...]
    django: tuple[str, ...]  # parts of Django's tree; empty: Django is skipped


PROFILES = {
    # Fewer programs than before the idioms, each richer: several idioms, twice the statements.
    "quick": Profile(programs=400, size=1, max_runs=256, samples=64, hypothesmith=25, mutations=300,
                     stdlib=("json", "lib2to3/tests/data"), django=()),
    # The whole standard library (less site-packages) and all of Django's sdist.
    "long": Profile(programs=10_000, size=2, max_runs=4096, samples=1024, hypothesmith=500,
                    mutations=5000, stdlib=(corpus.WHOLE,), django=(corpus.WHOLE,)),
}
PARTS = ("differential", "fuzz", "corpora")
LOSSES_SHOWN = 10


@dataclass
class Report:
    profile: str
    seed: int
    diff: differential.Summary = field(default_factory=differential.Summary)
    fuzz: fuzz.FuzzSummary = field(default_factory=fuzz.FuzzSummary)
    corpora: list[corpus.CorpusResult] = field(default_factory=list)
    known: int = 0
    seconds: float = 0.0
    parts: tuple[str, ...] = PARTS

    @property
    def crashes(self) -> int:
        return self.diff.crashes + len(self.fuzz.crashes) + sum(bool(c.problems) for c in self.corpora)

    @property
    def ok(self) -> bool:
        return self.diff.total.missed == 0 and self.crashes == 0 and self.diff.exec_errors == 0

    def render(self) -> str:
        d, t = self.diff, self.diff.total
        lines = [
            f"wakecheck reliability report: profile {self.profile}, seed {self.seed}, {self.seconds:.0f} s"
            + ("" if self.parts == PARTS else f" (parts run: {', '.join(self.parts)})"),
            f"programs generated:  {t.programs} ({d.exhaustive} enumerated exhaustively, "
            f"{t.programs - d.exhaustive} sampled; {d.runs} alarm runs)",
            f"wakes executed:      {t.wakes}",
            f"wakes missed:        {t.missed} (neither reported nor with a WC003 on their path)",
            f"wakes lost, WC003:   {t.lost} (not reported, a WC003 on their path: {d.lost_at_call} at a "
            f"call on the wake's stack, {t.lost - d.lost_at_call} elsewhere in a function on it)",
            f"precision:           {t.precision:.1%} ({t.reported_executed} of {t.reported} WC001 sinks "
            f"were reached by some execution)",
            *self.idiom_table(),
            f"inputs fuzzed:       {self.fuzz.inputs} ({self.fuzz.file_errors} reported as file errors)",
            f"corpora:             " + ("; ".join(
                f"{c.name}: {c.files} files, {c.unparsable} unparsable, {c.reported_errors} reported errors, "
                f"4 runs identical {'no' if c.problems else 'yes'} ({c.seconds:.0f} s)"
                + (f" [not on this machine: {', '.join(c.missing)}]" if c.missing else "")
                for c in self.corpora) or "none"),
            f"crashes:             {self.crashes}",
            f"known failures kept out of the sweep: {self.known} (tests/reliability/regressions/)",
        ]
        if d.exec_errors:
            lines.append(f"generator errors:    {d.exec_errors} (a generated program misbehaved)")
        for outcome in d.failures:
            what = outcome.crash or outcome.exec_error or f"missed {outcome.missed}"
            lines.append(f"  FAIL seed {outcome.seed}: {what.splitlines()[0] if what else ''}")
        for outcome in d.losses[:LOSSES_SHOWN]:
            more = f" and {len(outcome.lost) - 3} more" if len(outcome.lost) > 3 else ""
            lines.append(f"  LOST seed {outcome.seed}: {outcome.lost[:3]}{more}")
        if len(d.losses) > LOSSES_SHOWN:
            lines.append(f"  ... and {len(d.losses) - LOSSES_SHOWN} more programs with wakes lost")
        for name, why in self.fuzz.crashes:
            lines.append(f"  CRASH {name}: {why.splitlines()[-1] if why else ''}")
        for c in self.corpora:
            lines += [f"  CORPUS {c.name}: {p.splitlines()[-1]}" for p in c.problems]
        return "\n".join(lines) + "\n"

    def idiom_table(self) -> list[str]:
        """Per idiom: programs using it; wakes executed, missed and lost on its paths; WC001
        findings on its sinks and how many of those an execution reached."""
        if not self.diff.total.programs:
            return []
        lines = [f"per idiom:           {'programs':>8} {'wakes':>7} {'missed':>6} {'lost':>5} "
                 f"{'WC001':>6} {'reached':>7}"]
        for name, c in self.diff.idioms.items():
            lines.append(f"  {name:<18} {c.programs:>8} {c.wakes:>7} {c.missed:>6} {c.lost:>5} "
                         f"{c.reported:>6} {c.reported_executed:>7}")
        return lines


def run(profile_name: str, seed: int = 0, programs: int | None = None, django_budget: float = 1800.0,
        log=lambda message: None, parts: tuple[str, ...] = PARTS) -> Report:  # noqa: ANN001
    profile = PROFILES[profile_name]
    report = Report(profile_name, seed, parts=parts)
    start = time.monotonic()
    count = (programs if programs is not None else profile.programs) if "differential" in parts else 0
    first = seed * 1_000_000
    known = set(KNOWN) if seed == 0 and profile.size == 1 else set()  # programs of seed 0, size 1
    seeds = [s for s in range(first, first + count) if s not in known]
    report.known = count - len(seeds)
    log(f"differential: {len(seeds)} programs")
    report.diff = differential.run(seeds, size=profile.size, max_runs=profile.max_runs, samples=profile.samples,
                                   progress=log)

    with tempfile.TemporaryDirectory(prefix="wakecheck-fuzz-") as tmp:
        work = Path(tmp)
        if "fuzz" in parts:
            _fuzz(report, profile, seed, work, log)
        if "corpora" not in parts:
            report.seconds = time.monotonic() - start
            return report
        log(f"corpora: stdlib {', '.join(profile.stdlib)}")
        std = corpus.copy_slice(corpus.stdlib_root(), list(profile.stdlib), work / "stdlib")
        report.corpora.append(corpus.check_project("stdlib", std, timeout=1800))
        report.corpora[-1].missing = corpus.missing_parts(corpus.stdlib_root(), list(profile.stdlib))
        if profile.django:
            django = corpus.fetch_django()
            log(f"corpora: Django {', '.join(profile.django)}")
            proj = corpus.copy_slice(django, list(profile.django), work / "django")
            report.corpora.append(corpus.check_project("django", proj, timeout=django_budget))
    report.seconds = time.monotonic() - start
    return report


def _fuzz(report: Report, profile: Profile, seed: int, work: Path, log) -> None:  # noqa: ANN001
    log(f"fuzz: {profile.hypothesmith} Hypothesmith programs, {profile.mutations} mutated files")
    inputs = fuzz.hypothesmith_inputs(profile.hypothesmith, seed) if profile.hypothesmith else []
    for i, batch in enumerate(fuzz.batches(inputs, "h", 100)):
        report.fuzz.merge(fuzz.check_inputs(batch, work / f"h{i}"))
    sources = sorted(FIXTURE.glob("*.py")) + sorted((corpus.stdlib_root() / "json").glob("*.py"))
    mutated = fuzz.mutated_inputs(sources, profile.mutations, seed)
    for i, batch in enumerate(fuzz.batches(mutated, "m", 100)):
        report.fuzz.merge(fuzz.check_inputs(batch, work / f"m{i}"))


def _parts(text: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [part for part in chosen if part not in PARTS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"parts are {', '.join(PARTS)}; got {text!r}")
    return tuple(part for part in PARTS if part in chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability")
    parser.add_argument("profile_name", nargs="?", choices=sorted(PROFILES), metavar="PROFILE",
                        help="quick (the default) or long")
    parser.add_argument("--profile", choices=sorted(PROFILES))
    parser.add_argument("--seed", type=int, default=0, help="the run's seed (programs, fuzz inputs)")
    parser.add_argument("--programs", type=int, help="override the profile's number of programs")
    parser.add_argument("--parts", type=_parts, default=PARTS, metavar="LIST",
                        help="which parts to run, comma-separated: differential, fuzz, corpora (default: all)")
    parser.add_argument("--django-budget", type=float, default=1800.0, metavar="S",
                        help="time-out of each wakecheck run on the Django slice (long profile)")
    parser.add_argument("--report", metavar="FILE", help="also write the report to FILE")
    parser.add_argument("--shrink-into", metavar="DIR", type=Path,
                        help="shrink each program that missed a wake and save it in DIR")
    args = parser.parse_args(argv)
    profile = args.profile or args.profile_name or "quick"
    log = lambda m: print(f"... {m}", file=sys.stderr, flush=True)  # noqa: E731
    report = run(profile, args.seed, args.programs, args.django_budget, log=log, parts=args.parts)
    text = report.render()
    print(text, end="")
    if args.report:
        Path(args.report).write_text(text, encoding="utf-8")
    if args.shrink_into:
        shrink_failures(report, args.shrink_into, log)
    return 0 if report.ok else 1


def shrink_failures(report: Report, into: Path, log) -> None:  # noqa: ANN001
    """Shrink each program of the report that missed a wake; save it as ``into/seed_<N>``."""
    profile = PROFILES[report.profile]
    for outcome in report.diff.failures:
        if not outcome.missed:
            continue
        program = generate(outcome.seed, outcome.package, profile.size)
        with tempfile.TemporaryDirectory(prefix="wakecheck-shrink-") as tmp:
            small, small_outcome = differential.shrink(program, Path(tmp), profile.max_runs, profile.samples)
        dest = differential.save_regression(small, small_outcome, f"seed_{outcome.seed}", into=into)
        log(f"seed {outcome.seed}: shrunk into {dest}")


if __name__ == "__main__":
    sys.exit(main())
