"""What the interpreter tells an observer about each call it evaluates (for `wakecheck graph`)."""

from __future__ import annotations

from typing import Protocol

from wakecheck.analysis import cfg as ir
from wakecheck.model import Span


class CallObserver(Protocol):
    """Told, per evaluated call, what it resolved to; a call evaluated in several contexts is told each time."""

    def resolved(self, caller: ir.FunctionIR, span: Span | None, callee: str, *, handed: bool) -> None:
        """A call in `caller` runs the project function `callee` (span None: a property read).

        `handed`: `callee` was passed to code the analysis cannot see, which may call it.
        """

    def external(self, caller: ir.FunctionIR, span: Span, name: str) -> None:
        """A call in `caller` runs something outside the project, known by its dotted name."""

    def unresolved(self, caller: ir.FunctionIR, span: Span, text: str) -> None:
        """A call in `caller` whose target the analysis could not tell (`text` as written)."""
