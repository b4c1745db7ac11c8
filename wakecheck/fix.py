"""`wakecheck check --fix`: the configured activity guard, inserted where each YES path starts.

For each YES row of the audit (a call in the loop's body whose callee wakes an idle
container), the `fix-guard` template is inserted at the top of that callee — after its
docstring, with `{self}` as the callee's first parameter — with a LibCST transformer, so
every other byte of the file is kept. Names
the template needs that the file does not bind are imported from the one project module
or function of that name. A change is written (atomically) only if the new file parses
and re-analysing the project shows the fixed findings gone; otherwise the file is left
untouched and the reason is given. A function that already starts with the guard is
left alone, so running it twice changes nothing.

What it does not fix: a path whose callee is a lambda or a closure defined in the loop's
body, a container call made in the loop's body itself (a guard there would stop the
whole loop), several callees behind one call, and projects without `fix-guard`.
"""

from __future__ import annotations

import builtins
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wakecheck.audit_model import AuditSink
from wakecheck.config import Config
from wakecheck.model import Finding, Level, Verdict
from wakecheck.rules import RULES, Reports

if TYPE_CHECKING:
    import libcst as cst

    from wakecheck.analysis.index import ProjectIndex
    from wakecheck.engine import RunOptions


@dataclass(frozen=True, slots=True)
class FileFix:
    path: str  # as displayed (relative to the current directory)
    absolute: Path
    before: str
    after: str
    functions: tuple[str, ...]  # qualified names that got the guard

    def diff(self) -> str:
        return "".join(difflib.unified_diff(self.before.splitlines(keepends=True),
                                            self.after.splitlines(keepends=True),
                                            fromfile=f"a/{self.path}", tofile=f"b/{self.path}"))


@dataclass(slots=True)
class FixPlan:
    fixes: list[FileFix] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one-line reasons, path first


def plan(paths: Sequence[str], config: Config, codes: frozenset[str], cwd: Path,
         options: RunOptions | None = None) -> FixPlan:
    """The guarded files, checked by re-analysis; nothing is written here."""
    from wakecheck.engine import analyse, audit_of, findings_of

    result = FixPlan()
    analysis = analyse(paths, config, cwd, options=options)
    sinks = {rule.code for rule in RULES if rule.reports is Reports.SINK}
    wanted = [f for f in findings_of(analysis, codes) if f.rule in sinks]
    if not wanted:
        return result
    if not config.fix_guard:
        result.skipped.append("no `fix-guard` in the configuration: set it to the guard to insert, e.g. "
                              '"if not {self}.has_active_work():\\n    return"')
        return result
    audit = audit_of(analysis)
    rarely = {rule.code for rule in RULES if rule.reports is Reports.SINK and Level.RARE in rule.levels}
    targets: dict[str, set[str]] = {}  # display path -> qualnames
    index = analysis.index
    assert index is not None
    for entry in audit.entries:
        body = entry.body[-1].function
        for row in entry.rows:
            if row.verdict is Verdict.NO or not _wanted(row.sinks, wanted):
                continue
            if row.verdict is Verdict.RARELY and not rarely & codes:
                continue
            reason = _unfixable(row.functions, body, index)
            if reason is not None:
                result.skipped.append(f"{row.path}:{row.span.line}: `{row.code_path}` not fixed: {reason}")
                continue
            fn = index.function(row.functions[0])
            assert fn is not None
            targets.setdefault(index.path_of(fn.module), set()).add(fn.qualname)
    for display in sorted(targets):
        made = _fix_file(display, sorted(targets[display]), config, analysis.sources.get(display), index, cwd)
        if isinstance(made, str):
            result.skipped.append(made)
        elif made is not None:
            result.fixes.append(made)
    _verify(result, paths, config, codes, wanted, cwd, options)
    return result


def _wanted(sinks: Sequence[AuditSink], wanted: list[Finding]) -> bool:
    places = {(f.path, f.span.line, f.span.column) for f in wanted}
    return any((s.path, s.span.line, s.span.column) in places for s in sinks)


def _unfixable(functions: tuple[str, ...], body: str, index: ProjectIndex) -> str | None:
    from wakecheck.analysis import cfg as ir

    if len(functions) != 1:
        return "the call has several possible callees"
    fn = index.function(functions[0])
    if fn is None:
        return "the waking call is in the loop's body itself; a guard there would stop the whole loop"
    if fn.kind is ir.FuncKind.LAMBDA or ".<lambda" in fn.qualname:
        return "its callee is a lambda"
    if fn.qualname.startswith(body + "."):
        return "its callee is a closure defined in the loop's body"
    return None


def _fix_file(display: str, qualnames: list[str], config: Config, text: str | None, index: ProjectIndex,
              cwd: Path) -> FileFix | str | None:
    import libcst as cst

    from wakecheck.fix_codemod import GuardInserter, needed_imports

    if text is None:
        return f"{display}: not fixed: its text is not available"
    module_name = next(iter(qualnames)).rsplit(".", 1)[0]
    ir_module = None
    for name in _prefixes(module_name):
        ir_module = index.module(name)
        if ir_module is not None and ir_module.path == display:
            break
    if ir_module is None:
        return f"{display}: not fixed: its module is not known"
    local = [q[len(ir_module.name) + 1:].split(".") for q in qualnames]
    assert config.fix_guard is not None
    try:
        tree = cst.parse_module(text)
        inserter = GuardInserter(local, config.fix_guard.strip("\n"))
        new_tree = tree.visit(inserter)
    except cst.ParserSyntaxError as exc:
        return f"{display}: not fixed: `fix-guard` or the file does not parse: {exc.message}"
    if inserter.unguardable:
        name = ".".join(inserter.unguardable[0])
        return (f"{display}: not fixed: `{{self}}` in fix-guard stands for the first parameter, "
                f"and `{name}` has none")
    if not inserter.inserted:
        return None  # every target already starts with the guard
    bound = {name for name, _ in ir_module.globals}
    try:
        imports = needed_imports(inserter.guards, bound, inserter.params, _project_names(index),
                                 set(dir(builtins)))
    except LookupError as exc:
        return f"{display}: not fixed: {exc}"
    new_tree = _add_imports(new_tree, imports, ir_module.name, ir_module.is_package)
    after = new_tree.code
    try:
        cst.parse_module(after)
    except cst.ParserSyntaxError as exc:  # pragma: no cover - LibCST prints what it parses
        return f"{display}: not fixed: the result would not parse ({exc.message})"
    return FileFix(display, (cwd / display).resolve(), text, after,
                   tuple(f"{ir_module.name}.{'.'.join(p)}" for p in inserter.inserted))


def _prefixes(dotted: str) -> list[str]:
    parts = dotted.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


def _project_names(index: ProjectIndex) -> dict[str, list[tuple[str, str | None]]]:
    """name -> [(module to import from, member or None for the module itself)] over loaded modules."""
    names: dict[str, list[tuple[str, str | None]]] = {}
    for module_name in sorted(index.paths):
        # Every discovered module can be imported by name; functions only of modules parsed already.
        if "." in module_name:
            parent, last = module_name.rsplit(".", 1)
            names.setdefault(last, []).append((parent, last))
    for module in sorted(index.loaded(), key=lambda m: m.name):
        for fn in module.functions:
            if fn.qualname == f"{module.name}.{fn.name}":
                names.setdefault(fn.name, []).append((module.name, fn.name))
    return names


def _add_imports(tree: cst.Module, imports: list[tuple[str, str]], module: str, is_package: bool) -> cst.Module:
    from libcst.codemod import CodemodContext
    from libcst.codemod.visitors import AddImportsVisitor

    if not imports:
        return tree
    context = CodemodContext(full_module_name=module, full_package_name=module if is_package
                             else module.rsplit(".", 1)[0])
    for source, name in imports:
        AddImportsVisitor.add_needed_import(context, source, name)
    return AddImportsVisitor(context).transform_module(tree)


def _verify(result: FixPlan, paths: Sequence[str], config: Config, codes: frozenset[str],
            wanted: list[Finding], cwd: Path, options: RunOptions | None) -> None:
    """Re-analyse with the fixes in place; drop every fix if a fixed path still wakes."""
    from wakecheck.engine import analyse, findings_of

    if not result.fixes:
        return
    overrides = {fix.absolute: fix.after.encode("utf-8") for fix in result.fixes}
    after = findings_of(analyse(paths, config, cwd, overrides, options=options), codes)
    fixed = {f.fingerprint() for f in wanted}
    still = [f for f in after if f.fingerprint() in fixed and any(
        frame.function in fix.functions for fix in result.fixes for frame in f.chain)]
    if still:
        for fix in result.fixes:
            result.skipped.append(f"{fix.path}: not fixed: with the guard inserted, "
                                  f"{still[0].path}:{still[0].span.line} is still reported "
                                  f"({still[0].message.split(';')[0]})")
        result.fixes.clear()
