"""A generated program as data: statement trees per module, rendered to Python text.

``generator.py`` builds these values and ``idioms.py`` adds to them; the
differential tester renders, runs and shrinks them. A program is a tree of
``Node`` values so that the shrinker can delete any statement and render the
rest again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

MAX_LEVEL = 3  # helpers are called at most this deep below the alarm

# Every sink call carries a unique label (``"/s12"``) as its first argument.
LABEL = re.compile(r'"(/s\d+)"')
DEFINITION = re.compile(r"(@|def |async def |class )")  # a blank line before each, for the reader


@dataclass
class Node:
    """A statement: a simple one (one head, no bodies; the head may span lines) or a
    compound one (one head per clause, each with its body).

    ``frame`` marks a ``def`` or a ``class``: the shrinker may delete it, or shrink
    inside it, but never puts its body in its place."""

    heads: list[str]
    bodies: list[list[Node]] = field(default_factory=list)
    frame: bool = False


def frame(head: str, body: list[Node]) -> Node:
    return Node([head], [body], frame=True)


@dataclass
class Program:
    """One generated package: its modules as node lists, and what the executor and the
    report need: the sinks that may fail, the idioms the program uses, and per sink
    label the idioms on its path."""

    seed: int
    package: str
    modules: dict[str, list[Node]]
    fail_labels: set[str]
    idioms: set[str] = field(default_factory=set)
    labels: dict[str, frozenset[str]] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)  # module -> text the shrinker leaves alone

    def render(self) -> dict[str, str]:
        """Relative path -> source text."""
        files = {f"{self.package}/__init__.py": ""}
        for name, text in self.fixed.items():
            files[f"{self.package}/{name}.py"] = text
        for name, nodes in self.modules.items():
            lines: list[str] = []
            _render(nodes, 0, lines)
            files[f"{self.package}/{name}.py"] = "\n".join(lines) + "\n"
        return files

    def manifest(self) -> dict[str, object]:
        sites: dict[str, list[object]] = {}
        for rel, text in self.render().items():
            for number, line in enumerate(text.splitlines(), 1):
                for label in LABEL.findall(line):
                    sites[label] = [rel, number]
        return {"package": self.package, "seed": self.seed, "fail_labels": sorted(self.fail_labels),
                "idioms": sorted(self.idioms),
                "labels": {label: sorted(tags) for label, tags in sorted(self.labels.items())},
                "sites": sites}


def _render(nodes: list[Node], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for node in nodes:
        if out and out[-1] and DEFINITION.match(node.heads[0]):
            out.append("")
        if not node.bodies:
            out.extend(pad + line if line else "" for line in node.heads[0].split("\n"))
            continue
        for head, body in zip(node.heads, node.bodies):
            out.extend(pad + line for line in head.split("\n"))
            if body:
                _render(body, indent + 4, out)
            else:
                out.append(pad + "    pass")


@dataclass
class Function:
    """A function or method whose body is generated.

    ``owner`` is ``"Town"`` for the town's methods (wherever their class is: the town,
    a base class or a mixin), another class's name for that class's methods, None for
    a module function. ``kind`` says how it may be called again (``plain``, or what a
    generator yields); ``needs`` are the town attributes its body reads that only the
    tick stores, so that it is called again only where they are set."""

    name: str
    level: int
    is_async: bool
    owner: str | None
    module: str
    node: Node
    kind: str = "plain"
    needs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Val:
    """An expression that holds a handle (or a callable), and the idioms it came through."""

    expr: str
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Ctx:
    """Where a statement is being generated."""

    fn: Function
    town: str  # the expression of the town here: self, town, self.town
    locals: tuple[Val, ...]  # handles held by parameters and locals
    tags: frozenset[str]  # idioms on the path to here
    attrs: frozenset[str] = frozenset()  # town attributes the tick stored along this path
    depth: int = 0
    in_loop: bool = False
    in_finally: bool = False
    may_return: bool = True  # False where a bare return would break the protocol (``__enter__``)

    @property
    def module(self) -> str:
        return self.fn.module

    @property
    def aw(self) -> str:
        return "await " if self.fn.is_async else ""

    def but(self, **changes: object) -> Ctx:
        return replace(self, **changes)  # type: ignore[arg-type]

    def deeper(self, **changes: object) -> Ctx:
        return replace(self, depth=self.depth + 1, **changes)  # type: ignore[arg-type]

    def tagged(self, *tags: str) -> Ctx:
        return replace(self, tags=self.tags | frozenset(tags))

    def having(self, *vals: Val) -> Ctx:
        return replace(self, locals=self.locals + vals)
