"""What an analysis read of the project: parts of lowered modules, and questions to the file list.

An analysis is a function of what it read (ProjectIndex.reads, ProjectIndex.asked): a
unit of a large check keeps its findings while these are unchanged (wakecheck.units).
Both are tuples of names, kind by kind: a unit stores thousands of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModuleReads:
    """What an analysis read of one module, each name sorted; each is read whether found or not."""

    functions: tuple[str, ...] = ()  # functions looked up by qualname
    classes: tuple[str, ...] = ()  # classes read whole
    shapes: tuple[str, ...] = ()  # classes apart from their members: module, bases, fields, decorators
    method_lists: tuple[str, ...] = ()  # classes whose list of methods was read
    members: tuple[tuple[str, str], ...] = ()  # (class, name): its method, class attributes, `self.name` stores
    bindings: tuple[str, ...] = ()  # global names whose bindings were read
    writes: tuple[str, ...] = ()  # writer index keys (ModuleIR.writes) whose functions were listed
    whole: bool = False  # all of the lowered module (a unit's own modules)


WHOLE = ModuleReads(whole=True)


@dataclass(frozen=True, slots=True)
class Asked:
    """What an analysis asked of the file list, with the answers it got (sorted by name)."""

    # Module name → the display path of its file, or None: no file is that module.
    exact: tuple[tuple[str, str | None], ...] = ()
    # An imported name → the one module whose name ends with `.name`, or None: not exactly one.
    suffix: tuple[tuple[str, str | None], ...] = ()
    # (the world's top-level names joined by ",", a writer index key) → the modules whose text may
    # hold such a writer (FileList.candidates), joined by "\0".
    writers: tuple[tuple[tuple[str, str], str], ...] = ()
