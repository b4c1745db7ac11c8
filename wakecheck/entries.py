"""Alarm-loop entries: which files may hold one (a text prefilter, before any parse), which functions are, their analysis.

The prefilter keeps discovery's promise that a tree with no entry is read but never
parsed: a file holding an entry must contain the text its pattern's last name needs.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wakecheck import workers
from wakecheck.config import Config
from wakecheck.discovery import SourceFile
from wakecheck.idiom_scan import may_hold_idiom
from wakecheck.model import FileError, internal_error
from wakecheck.parsing import has_coding_cookie

if TYPE_CHECKING:
    from wakecheck.analysis import cfg as ir
    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.periodic import Period
    from wakecheck.results import EntryResult

Progress = Callable[[int, int], None]  # (files with entries analysed, of how many)


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Text every file holding an entry must contain: searched in the raw bytes, then in the text.

    With `idioms`, a file holding one of the periodic idioms wakecheck recognises may hold
    an entry too: its tell-tale words are searched as well (wakecheck.idiom_scan).
    """

    text: re.Pattern[str] | None  # None: only idioms can make a file a candidate
    raw: re.Pattern[bytes] | None  # None when the pattern is not ASCII: decode every file first
    idioms: bool = False

    def may_hold_entry(self, data: bytes) -> bool:
        if (self.text is not None and self.raw is None) or has_coding_cookie(data):
            return True  # only the decoded text can tell
        if self.raw is not None and self.raw.search(data) is not None:
            return True
        return self.idioms and may_hold_idiom(data)

    def holds_entry(self, text: str, data: bytes) -> bool:
        """After `may_hold_entry(data)`: the decoded text's verdict, where the bytes could not tell."""
        cookie = has_coding_cookie(data)
        if not cookie and (self.raw is not None or self.text is None):
            return True  # the bytes told
        if self.text is not None and self.text.search(text) is not None:
            return True
        return self.idioms and may_hold_idiom(text.encode("utf-8", "replace") if cookie else data)


def prefilter(patterns: tuple[str, ...], idioms: bool = False, auto: bool = False) -> Prefilter | None:
    """What every file holding an entry must match, or None when any file might.

    `idioms`: the recognised periodic idioms are searched for; `auto`: the configuration
    asked for them (`"auto"`), so no pattern at all means no file, not every file.
    """
    alternatives = []
    for pattern in patterns:
        last = pattern.rsplit(".", 1)[-1]
        if last in ("", "*"):
            return None
        # A class inheriting the entry method names it only in its `class` line.
        owner = pattern.rsplit(".", 2)[-2] if pattern.count(".") >= 1 else None
        alternatives.append(r"def\s+" + _glob_regex(last) + r"\b")
        if owner and owner != "*":
            alternatives.append(r"class\s+" + _glob_regex(owner) + r"\b")
    if not alternatives:
        return Prefilter(None, None, idioms) if idioms or auto else None
    regex = "|".join(f"(?:{a})" for a in alternatives)
    raw = re.compile(regex.encode("ascii")) if regex.isascii() else None
    return Prefilter(re.compile(regex), raw, idioms)


def _glob_regex(glob: str) -> str:
    """An fnmatch glob as a regex to search text with (not anchored)."""
    return fnmatch.translate(glob).removeprefix("(?s:").removesuffix(r")\Z")


@dataclass(frozen=True, slots=True)
class Entry:
    """A function where an alarm loop starts."""

    name: str  # as the user names it: through the class it is reached by, for an inherited method
    function: ir.FunctionIR
    bound_class: str | None  # the class its `self` is an instance of (not exactly), if a method
    idiom: str | None = None  # the periodic idiom it was recognised by; None: named by `entry`
    period: Period | None = None


@dataclass(frozen=True, slots=True)
class Analysed:
    """The entries of some files, analysed: results in path and line order, errors, entries matched."""

    entries: tuple[EntryResult, ...]
    errors: tuple[FileError, ...]
    matched: int  # entries found, analysed or not
    patterns: frozenset[str] = frozenset()  # the entry patterns that match an entry found


def met(analysed: Analysed, config: Config, interp: Interpreter, index: ProjectIndex) -> frozenset[tuple[str, str]]:
    """(key, pattern) for each configured pattern that matches something these entries' analysis met."""
    from wakecheck.analysis.met import met_patterns

    return frozenset(("entry", p) for p in analysed.patterns) | met_patterns(config, interp, index)


_ROUNDS = 3  # analyses of the entries at most, each knowing what the last found of long-lived state


def analyse_entries(index: ProjectIndex, interp: Interpreter, config: Config, sources: Sequence[SourceFile],
                    contain_bugs: bool, progress: Progress | None = None) -> Analysed:
    """Each entry in these files, analysed by `interp`."""
    index.set_roots(source.module.partition(".")[0] for source in sources)
    analysed = _analyse_rounds(index, interp, config, sources, contain_bugs, progress)
    if interp.facts.rare_leaks and not interp.rare_off:
        analysed = _after_rare_ticks(analysed, index, interp, config, sources, contain_bugs)
    return analysed


def _analyse_rounds(index: ProjectIndex, interp: Interpreter, config: Config, sources: Sequence[SourceFile],
                    contain_bugs: bool, progress: Progress | None) -> Analysed:
    for _ in range(_ROUNDS):
        analysed = _analyse_once(index, interp, config, sources, contain_bugs, progress)
        # The entries read long-lived state some writer found later added to: again, knowing it.
        if interp.settled():
            break
    return analysed


def _after_rare_ticks(analysed: Analysed, index: ProjectIndex, interp: Interpreter, config: Config,
                      sources: Sequence[SourceFile], contain_bugs: bool) -> Analysed:
    """A rare path stored or returned something later code read (a job queued, a state set, a kind
    returned): a sink reached through it is reached only after a rare tick. The entries run again
    with every rare predicate false; the sinks found live then are the idle ticks' own, and the
    others found live before are RARELY."""
    from dataclasses import replace

    from wakecheck.analysis.interp import Interpreter
    from wakecheck.analysis.reach import LIVE, only_after_rare

    steady = Interpreter(index, config, ghosts=False, rare_off=True)
    again = _analyse_rounds(index, steady, config, sources, contain_bugs, None)
    live = {e.qualname: frozenset(k for k, hit in e.summary.hits.items() if hit.reach.level == LIVE)
            for e in again.entries}
    why = frozenset(interp.facts.rare_leaks)
    entries = tuple(replace(e, summary=only_after_rare(e.summary, live[e.qualname], why)) if e.qualname in live
                    else e for e in analysed.entries)
    return replace(analysed, entries=entries)


def _analyse_once(index: ProjectIndex, interp: Interpreter, config: Config, sources: Sequence[SourceFile],
                  contain_bugs: bool, progress: Progress | None) -> Analysed:
    from wakecheck import results
    from wakecheck.analysis.values import Inst

    entries: list[EntryResult] = []
    errors: list[FileError] = []
    from wakecheck.analysis.loops import loop_shape
    from wakecheck.analysis.naming import Naming
    from wakecheck.analysis.periodic import LOOP_IDIOM, Period

    found: list[tuple[bool, int, SourceFile, Entry]] = []
    named: dict[str, int] = {}  # entry name → its place in `found`: an entry found twice is one
    for done, source in enumerate(sources):
        if progress is not None:
            progress(done, len(sources))
        module = index.module(source.module)
        if module is None:
            continue
        for entry in entries_in(module, index, interp, config):
            known = named.get(entry.name)
            if known is not None:
                # Found twice (a kopf daemon is also a loop that sleeps): the registration names the
                # idiom, and a period either one states is kept.
                first = found[known]
                kept = first[3]
                idiom = entry.idiom if kept.idiom in (None, LOOP_IDIOM) and entry.idiom else kept.idiom
                found[known] = first[:3] + (Entry(kept.name, kept.function, kept.bound_class, idiom,
                                                  kept.period or entry.period),)
                continue
            named[entry.name] = len(found)
            # Constructors first: what they store, the other entries read (fewer rounds).
            found.append((entry.function.name != "__init__", len(found), source, entry))
    naming = Naming(index, interp)
    for _, _, source, entry in sorted(found, key=lambda e: e[:2]):
        workers.stop_point()
        qualname, fn = entry.name, entry.function
        bound = Inst(entry.bound_class, exact=False) if entry.bound_class is not None else None
        shape = loop_shape(fn, naming)
        period = entry.period
        if period is None and shape is not None and shape.sleep.seconds is not None:
            # A loop entry's tick comes round as often as its loop sleeps.
            home = index.module(fn.module)
            period = Period(shape.sleep.seconds, shape.sleep.text + "(…)", home.path if home else source.display,
                            shape.sleep.line)
        try:
            summary = interp.analyze_entry(fn, bound, shape)
        except RecursionError:
            # Calls nested beyond the interpreter's stack: say so and go on.
            errors.append(FileError(_def_file(fn, index, source), fn.span.line or 1, fn.span.column or 1,
                                    f"cannot analyse `{qualname}`: its calls nest too deep"))
            continue
        except Exception as exc:
            if not contain_bugs:
                raise
            # A bug in wakecheck: this entry gets an error line, the others their findings.
            errors.append(internal_error(_def_file(fn, index, source), fn.span.line, fn.span.column,
                                         f"`{qualname}`", exc))
            continue
        entries.append(results.EntryResult(qualname, fn, source.display, summary, entry.idiom, period))
    if progress is not None:
        progress(len(sources), len(sources))
    entries.sort(key=lambda e: (e.path, e.function.span.line, e.qualname))
    patterns = frozenset(p for *_, entry in found for p in config.entry.matching([entry.name]))
    return Analysed(tuple(entries), tuple(errors), len(found), patterns)


def _def_file(fn: ir.FunctionIR, index: ProjectIndex, source: SourceFile) -> str:
    """The file an entry's `def` is in: another module's when the entry is an inherited method."""
    home = index.module(fn.module)
    return home.path if home is not None else source.display


def entries_in(module: ir.ModuleIR, index: ProjectIndex, interp: Interpreter, config: Config) -> list[Entry]:
    """Entry functions of one module: matching definitions, and methods a matching class inherits."""
    from wakecheck.analysis import cfg as ir_

    out: list[Entry] = []
    for fn in module.functions:
        if fn.kind is ir_.FuncKind.LAMBDA or ".<lambda" in fn.qualname or fn.name == "<module>":
            continue
        if config.entries.match([fn.qualname]) is not None:
            out.append(Entry(fn.qualname, fn, fn.class_qualname))
    if config.recognises:
        out.extend(_recognised(module, index, interp, config))
    names = _inherited_names(config.entries.patterns)
    for cls in module.classes if names != () else ():
        own = {name for name, _ in cls.methods}
        for klass in index.mro(cls.qualname, interp)[1:]:
            # Only the methods that may be entries are looked up: an edit adding another
            # method to a base class leaves the units that read it alone.
            methods = (index.methods(klass).items() if names is None
                       else [(n, q) for n in names if (q := index.member(klass, n)[0]) is not None])
            for name, qualname in methods:
                if name in own:
                    continue
                own.add(name)
                as_named = f"{cls.qualname}.{name}"
                if config.entries.match([as_named]) is None or config.entries.match([qualname]) is not None:
                    continue
                # Looked up only when it is an entry: a unit reads no other inherited method.
                inherited = index.function(qualname)
                if inherited is not None:
                    out.append(Entry(as_named, inherited, cls.qualname))
    return out


def _recognised(module: ir.ModuleIR, index: ProjectIndex, interp: Interpreter, config: Config) -> list[Entry]:
    """The periodic entries this module defines or registers (wakecheck.analysis.periodic)."""
    from wakecheck.analysis.naming import Naming
    from wakecheck.analysis.periodic import Recogniser

    out = []
    for found in Recogniser(Naming(index, interp), config.root).recognise(module):
        fn = index.function(found.qualname)
        if fn is not None:
            out.append(Entry(fn.qualname, fn, fn.class_qualname, found.idiom, found.period))
    return out


def _inherited_names(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The names an inherited entry may have under these entry patterns; None: any name.

    An inherited method is an entry when a pattern matches it as named through the class
    (`pkg.TownDO.alarm`) and none matches it where it is defined (`pkg.base.Base.alarm`).
    A pattern without a dot matches the last component, which both names share: it never
    makes one. A pattern whose last component is a plain name makes only that name one.
    """
    names: set[str] = set()
    for pattern in patterns:
        if "." not in pattern:
            continue
        last = pattern.rpartition(".")[2]
        if "[" in pattern or any(c in last for c in "*?]"):
            return None
        names.add(last)
    return tuple(sorted(names))
