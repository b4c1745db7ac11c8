"""The Fixit rule: wakecheck's findings for the file Fixit lints, reported on its statements.

Enable it with `enable = ["wakecheck.plugins.fixit"]` in `[tool.fixit]` (add
`disable = ["fixit.rules"]` to run it alone).
"""

from __future__ import annotations

from typing import ClassVar

import libcst as cst
from fixit import Invalid, LintRule, Valid
from libcst.metadata import CodePosition, CodeRange, FilePathProvider, PositionProvider, ProviderT

from wakecheck.plugins.diagnostics import Diagnostic, diagnose


class WakecheckRule(LintRule):
    """Runs `wakecheck check FILE` once per file, on the Module, with wakecheck's configuration.

    The file's path comes from LibCST's `FilePathProvider`, which Fixit fills in (it sets
    up a `FullRepoManager` for providers that need one); its text is the Module Fixit
    parsed, so an unsaved buffer (`fixit lint - FILE`) is what gets analysed. Each finding is
    reported on the innermost statement holding its line, so `# lint-ignore: Wakecheck`
    comments work there; the message starts with wakecheck's code (WC001…).
    """

    METADATA_DEPENDENCIES: ClassVar[tuple[ProviderT, ...]] = (PositionProvider, FilePathProvider)

    # No examples: Fixit checks each example as a lone snippet, but a finding needs a
    # project (its configuration, the entry in one file, the container call in another).
    # tests/test_plugins.py runs `fixit lint` on the towndo fixture instead.
    VALID: ClassVar[list[str | Valid]] = []
    INVALID: ClassVar[list[str | Invalid]] = []

    def visit_Module(self, node: cst.Module) -> None:
        path = self.get_metadata(FilePathProvider, node)
        found = diagnose(path, node.bytes)
        if found:
            statements = _Statements()
            node.visit(statements)
            for diagnostic in found:
                self._report(node, statements.found, diagnostic)

    def _report(self, module: cst.Module, statements: list[cst.BaseStatement], found: Diagnostic) -> None:
        target: cst.CSTNode = module
        position: CodePosition | CodeRange = CodePosition(found.line, 0)
        holding = [(self.get_metadata(PositionProvider, s), s) for s in statements]
        holding = [(r, s) for r, s in holding if r.start.line <= found.line <= r.end.line]
        if holding:
            # Nested statements start later than those that hold them: the last start is innermost.
            where, target = max(holding, key=lambda pair: (pair[0].start.line, pair[0].start.column))
            if where.start.line == found.line:
                position = CodePosition(found.line, where.start.column)
        if found.span is not None:  # LibCST columns are 0-based
            span = found.span
            position = CodeRange(CodePosition(span.line, span.column - 1),
                                 CodePosition(span.end_line, span.end_column - 1))
        self.report(target, f"{found.code} {found.message}", position=position)


class _Statements(cst.CSTVisitor):
    """Every statement of a module, simple or compound, in source order."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[cst.BaseStatement] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, cst.BaseStatement):
            self.found.append(node)
        return True
