"""Random alarm loops written as real Python packages, reproducible from a seed.

``generate(seed, package)`` builds one program: a ``Town`` class whose
``alarm()`` is the entry, helper functions spread over modules by call depth,
container handles reached in several ways, and every guard idiom the engine
documents, nested at random. A program is a tree of ``Node`` values so that
the shrinker can delete any statement and render the rest again.

Every condition the idle model does not decide is a call into ``wkenv`` (see
``stubs/wkenv.py``), a module outside the analysed project: to wakecheck it is
an unknown external call, to the executor a choice point. Every sink call
carries a unique label (``"/s12"``) as its first argument so that a wake can be
named across shrinking steps, when its line moves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

CONFIG = """\
[tool.wakecheck]
entry = ["*.Town.alarm"]
container-factories = ["*.get_container"]
sinks = ["*.sync_config"]
active-guards = ["*.has_active_work", "*.Town.active", "*.is_busy"]
empty-on-idle = { "*.list_working_agents" = "zero working agents" }
rare = { "*.token_expiring" = "only near token expiry" }
quiet-methods = ["get_state", "stop"]
"""

# The state module: the idle model's functions. Their bodies ask wkenv, so the
# executor decides them exactly as the configuration tells wakecheck to.
STATE = '''\
"""The activity facts of a town."""
import wkenv


class Idle(Exception):
    pass


def has_active_work(town):
    return wkenv.guard("has_active_work")


def list_working_agents(town):
    return wkenv.rows("list_working_agents")


def token_expiring(town):
    return wkenv.rare("token_expiring")


def box(town):
    return town.container


def sync_config(town, label):
    return wkenv.record_sink(label)


def require_work(town):
    if not has_active_work(town):
        raise Idle()


def pred_guard(town):
    return has_active_work(town)


def pred_not_guard(town):
    return not has_active_work(town)


def pred_and(town):
    return wkenv.flag("pred_and") and has_active_work(town)


def pred_or(town):
    return has_active_work(town) or wkenv.flag("pred_or")


def pred_early(town):
    if not has_active_work(town):
        return False
    return wkenv.flag("pred_early")
'''

STATE_NAMES = (
    "Idle, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, "
    "pred_not_guard, pred_or, require_work, sync_config, token_expiring"
)

TOWN_PRELUDE = '''\
def __init__(self, env):
    self.env = env
    self.container = get_container(env)
    self.active = wkenv.guard("active")

async def is_busy(self):
    return wkenv.guard("is_busy")
'''

SINK_METHODS = ("fetch", "set_env_var", "post", "exec")
MAX_LEVEL = 3


@dataclass
class Node:
    """A statement: a simple one (one head, no bodies; the head may span lines) or a
    compound one (one head per clause, each with its body)."""

    heads: list[str]
    bodies: list[list[Node]] = field(default_factory=list)


@dataclass
class Function:
    name: str
    level: int
    is_async: bool
    is_method: bool
    node: Node


@dataclass
class Program:
    """One generated package: its modules as node lists, and what the executor needs."""

    seed: int
    package: str
    modules: dict[str, list[Node]]
    fail_labels: set[str]

    def render(self) -> dict[str, str]:
        """Relative path -> source text."""
        files = {f"{self.package}/__init__.py": "", f"{self.package}/state.py": STATE}
        for name, nodes in self.modules.items():
            lines: list[str] = []
            _render(nodes, 0, lines)
            files[f"{self.package}/{name}.py"] = "\n".join(lines) + "\n"
        return files

    def manifest(self) -> dict[str, object]:
        return {"package": self.package, "seed": self.seed, "fail_labels": sorted(self.fail_labels)}


def _render(nodes: list[Node], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for node in nodes:
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
class _Ctx:
    """Where a statement is being generated."""

    fn: Function
    self_expr: str
    handles: tuple[str, ...]
    depth: int = 0
    in_loop: bool = False
    in_finally: bool = False

    def deeper(self, **changes: object) -> _Ctx:
        values = {**self.__dict__, "depth": self.depth + 1, **changes}
        return _Ctx(**values)  # type: ignore[arg-type]


class Generator:
    """Builds one program from one seed; the same seed gives the same program."""

    def __init__(self, seed: int, package: str, size: int = 1) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.package = package
        self.size = size
        self.counter = 0
        self.budget = 10 + 8 * size  # statements left to generate
        self.functions: list[Function] = []
        self.fail_labels: set[str] = set()
        self.import_style = {level: self.rng.choice(("module", "relative", "alias", "names"))
                             for level in range(1, MAX_LEVEL + 1)}

    # -- names ------------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def label(self) -> str:
        return "/" + self.fresh("s")

    # -- the program --------------------------------------------------------------

    def program(self) -> Program:
        alarm = Function("alarm", 0, True, True, Node(["async def alarm(self):"], [[]]))
        ctx = _Ctx(alarm, "self", ("self.container", "box(self)"))
        alarm.node.bodies[0] = self.block(ctx, self.rng.randint(3, 5 + 3 * self.size))
        modules: dict[str, list[Node]] = {}
        methods = [f.node for f in self.functions if f.is_method]
        town: list[Node] = [
            Node(["import wkenv"]),
            Node(["from wkenv import get_container"]),
            Node([f"from .state import {STATE_NAMES}"]),
            *self.imports(0),
            Node(["class Town:"], [[Node([TOWN_PRELUDE.rstrip("\n")]), alarm.node, *methods]]),
        ]
        modules["town"] = town
        for level in range(1, MAX_LEVEL + 1):
            funcs = [f for f in self.functions if not f.is_method and f.level == level]
            if not funcs:
                continue
            nodes = [Node(["import wkenv"]), Node([f"from .state import {STATE_NAMES}"]), *self.imports(level)]
            nodes += [f.node for f in funcs]
            modules[f"helpers_{level}"] = nodes
        return Program(self.seed, self.package, modules, self.fail_labels)

    def imports(self, level: int) -> list[Node]:
        out = []
        for target in range(level + 1, MAX_LEVEL + 1):
            funcs = [f.name for f in self.functions if not f.is_method and f.level == target]
            if not funcs:
                continue
            mod = f"helpers_{target}"
            match self.import_style[target]:
                case "module":
                    out.append(Node([f"from {self.package} import {mod}"]))
                case "relative":
                    out.append(Node([f"from . import {mod}"]))
                case "alias":
                    out.append(Node([f"import {self.package}.{mod} as {mod}"]))
                case _:
                    out.append(Node([f"from .{mod} import {', '.join(sorted(funcs))}"]))
        return out

    def callee_ref(self, fn: Function) -> str:
        if self.import_style[fn.level] == "names":
            return fn.name
        return f"helpers_{fn.level}.{fn.name}"

    # -- statements ----------------------------------------------------------------

    def block(self, ctx: _Ctx, n: int) -> list[Node]:
        out = []
        for _ in range(n):
            if self.budget <= 0 and out:
                break
            out.append(self.statement(ctx))
        return out

    def statement(self, ctx: _Ctx) -> Node:
        self.budget -= 1
        r = self.rng.random()
        if ctx.depth >= 3 or self.budget <= 0 or r < 0.45:
            return self.simple(ctx)
        return self.compound(ctx)

    def aw(self, ctx: _Ctx) -> str:
        return "await " if ctx.fn.is_async else ""

    def handle(self, ctx: _Ctx) -> str:
        return self.rng.choice(ctx.handles)

    def sink(self, ctx: _Ctx, may_fail: bool | None = None) -> str:
        label = self.label()
        if may_fail if may_fail is not None else self.rng.random() < 0.3:
            self.fail_labels.add(label)
        if self.rng.random() < 0.1:
            return f'{self.aw(ctx)}sync_config({ctx.self_expr}, "{label}")'
        method = self.rng.choice(SINK_METHODS)
        return f'{self.aw(ctx)}{self.handle(ctx)}.{method}("{label}")'

    def simple(self, ctx: _Ctx) -> Node:
        s = ctx.self_expr
        choices = [
            ("sink", 10), ("quiet", 2), ("log", 2), ("call", 6 if ctx.fn.level < MAX_LEVEL and self.budget > 0 else 0),
            ("return", 1 if not ctx.in_finally else 0), ("raise", 1 if not ctx.in_finally else 0),
            ("loopjump", 3 if ctx.in_loop and not ctx.in_finally else 0),
            ("early_exit", 3 if not ctx.in_finally else 0), ("require", 1),
            ("deferred", 2), ("lambda", 2), ("ternary", 2), ("guard_var", 3),
        ]
        kind = self.rng.choices([k for k, _ in choices], [w for _, w in choices])[0]
        match kind:
            case "sink":
                return Node([self.sink(ctx)])
            case "quiet":
                return Node([f"{self.aw(ctx)}{self.handle(ctx)}.{self.rng.choice(('get_state', 'stop'))}()"])
            case "log":
                return Node([f'wkenv.log("{self.fresh("l")}")'])
            case "call":
                return Node([self.call(ctx)])
            case "return":
                return Node(["return"])
            case "raise":
                return Node([f'raise wkenv.Boom("{self.fresh("r")}")'])
            case "loopjump":
                jump = self.rng.choice(("break", "continue"))
                return Node([f"if {self.condition(ctx)}:\n    {jump}"])
            case "early_exit":
                exit_ = self.rng.choice(("return", "return", 'raise wkenv.Boom("x")'))
                return Node([f"if {self.condition(ctx, prefer_guard=True)}:\n    {exit_}"])
            case "require":
                body = f"require_work({s})"
                if self.rng.random() < 0.5:
                    return Node(["try:", "except Idle:"], [[Node([body]), Node([self.sink(ctx)])], [Node(["pass"])]])
                return Node([body])
            case "deferred":
                fx, item = self.fresh("fx"), self.fresh("x")
                src = self.rng.choice((f"list_working_agents({s})", f'wkenv.items("{self.fresh("i")}")'))
                handle = self.handle(ctx)
                label = self.label()
                call = f"{fx}.append(lambda {item}={item}: {handle}.fetch(\"{label}\"))"
                run = f"for f in {fx}:\n    {self.aw(ctx)}f()"
                return Node([f"{fx} = []\nfor {item} in {src}:\n    {call}\n{run}"])
            case "lambda":
                cb = self.fresh("cb")
                handle = self.handle(ctx)
                label = self.label()
                call = f"{self.aw(ctx)}{cb}()"
                if self.rng.random() < 0.5:
                    call = f"if {self.condition(ctx)}:\n    {call}"
                return Node([f'{cb} = lambda: {handle}.post("{label}")\n{call}'])
            case "ternary":
                h = self.handle(ctx)
                label = self.label()
                return Node([f'{self.aw(ctx)}({h}.fetch("{label}") if {self.condition(ctx)} else {h}.get_state())'])
            case "guard_var":
                var = self.fresh("busy")
                guard = self.guard_expr(ctx)
                lines = [f"{var} = {guard}"]
                if self.rng.random() < 0.3:
                    lines.append(f'if wkenv.flag("{self.fresh("o")}"):\n    {var} = True')
                test = var if self.rng.random() < 0.5 else f"not {var}"
                body = self.sink(ctx) if test == var else "return"
                lines.append(f"if {test}:\n    {body}")
                return Node(["\n".join(lines)])
            case _:  # every kind above is handled; an unknown one is a generator bug
                raise AssertionError(kind)

    def call(self, ctx: _Ctx) -> str:
        """Call a helper one level down: a new one, or one already made there."""
        level = ctx.fn.level + 1
        existing = [f for f in self.functions if f.level == level and (ctx.fn.is_async or not f.is_async)]
        if existing and self.rng.random() < 0.3:
            fn = self.rng.choice(existing)
        else:
            fn = self.new_function(level, is_async=ctx.fn.is_async and self.rng.random() < 0.8)
        aw = "await " if fn.is_async else ""
        if fn.is_method:
            return f"{aw}{ctx.self_expr}.{fn.name}()"
        return f"{aw}{self.callee_ref(fn)}({ctx.self_expr}, {self.handle(ctx)})"

    def new_function(self, level: int, is_async: bool) -> Function:
        is_method = self.rng.random() < 0.35
        name = self.fresh(f"m{level}_" if is_method else f"step{level}_")
        kw = "async def" if is_async else "def"
        params = "self" if is_method else "town, h"
        if is_method:
            node = Node([f"{kw} {name}(self):"], [[]])
            fn = Function(name, level, is_async, True, node)
            ctx = _Ctx(fn, "self", ("self.container", "box(self)"))
        else:
            node = Node([f"{kw} {name}({params}):"], [[]])
            fn = Function(name, level, is_async, False, node)
            ctx = _Ctx(fn, "town", ("h", "town.container", "box(town)"))
        self.functions.append(fn)
        node.bodies[0] = self.block(ctx, self.rng.randint(1, 4))
        return fn

    def compound(self, ctx: _Ctx) -> Node:
        kind = self.rng.choices(
            ("if", "ifelse", "for", "while", "try", "tryfinally", "with", "match", "walrus"),
            (8, 4, 4, 1, 2, 1, 1, 1, 1),
        )[0]
        inner = ctx.deeper()
        n = lambda: self.rng.randint(1, 3)  # noqa: E731
        match kind:
            case "if":
                return Node([f"if {self.condition(ctx)}:"], [self.block(inner, n())])
            case "ifelse":
                heads = [f"if {self.condition(ctx)}:"]
                if self.rng.random() < 0.4:
                    heads.append(f"elif {self.condition(ctx)}:")
                heads.append("else:")
                return Node(heads, [self.block(inner, n()) for _ in heads])
            case "for":
                var, source, handles = self.fresh("a"), self.iterable(ctx), ctx.handles
                if self.rng.random() < 0.2:
                    source, handles = f"[{self.handle(ctx)}]", (var,)
                body_ctx = ctx.deeper(in_loop=True, handles=handles)
                heads = [f"for {var} in {source}:"]
                bodies = [self.block(body_ctx, n())]
                if self.rng.random() < 0.2:
                    heads.append("else:")
                    bodies.append(self.block(inner, 1))
                return Node(heads, bodies)
            case "while":
                k = self.fresh("k")
                head = f"{k} = 0\nwhile ({k} := {k} + 1) <= 2 and {self.condition(ctx)}:"
                return Node([head], [self.block(ctx.deeper(in_loop=True), n())])
            case "try":
                heads = ["try:", "except wkenv.Boom:"]
                bodies = [self.block(inner, n()), self.block(inner, n())]
                if self.rng.random() < 0.3:
                    heads.append("else:")
                    bodies.append(self.block(inner, 1))
                if self.rng.random() < 0.3:
                    heads.append("finally:")
                    bodies.append(self.block(ctx.deeper(in_finally=True), 1))
                return Node(heads, bodies)
            case "tryfinally":
                return Node(["try:", "finally:"],
                            [self.block(inner, n()), self.block(ctx.deeper(in_finally=True), n())])
            case "with":
                return Node([f'with wkenv.ctx("{self.fresh("w")}"):'], [self.block(inner, n())])
            case "match":
                cases = [Node([f"case {i}:"], [self.block(inner, n())]) for i in range(2)]
                cases.append(Node(["case _:"], [self.block(inner, 1)]))
                return Node([f'match wkenv.pick("{self.fresh("m")}", 3):'], [cases])
            case "walrus":
                var = self.fresh("rows")
                return Node([f"if ({var} := list_working_agents({ctx.self_expr})):"], [self.block(inner, n())])
            case _:  # every kind above is handled
                raise AssertionError(kind)

    # -- expressions --------------------------------------------------------------

    def iterable(self, ctx: _Ctx) -> str:
        s = ctx.self_expr
        return self.rng.choice((
            f'wkenv.items("{self.fresh("i")}")',
            f'wkenv.items("{self.fresh("i")}")',
            f"list_working_agents({s})",
            f"[x for x in list_working_agents({s})]",
        ))

    def guard_expr(self, ctx: _Ctx) -> str:
        s = ctx.self_expr
        options = [f"has_active_work({s})", f"{s}.active", f"pred_guard({s})", f"pred_and({s})",
                   f"pred_early({s})"]
        if ctx.fn.is_async:
            options.append(f"await {s}.is_busy()")
        return self.rng.choice(options)

    def condition(self, ctx: _Ctx, prefer_guard: bool = False, depth: int = 0) -> str:
        s = ctx.self_expr
        kinds = [("unknown", 5), ("guard", 5 if not prefer_guard else 10), ("not_guard", 2), ("empty", 3),
                 ("rare", 2), ("pred_or", 1), ("pred_not", 1), ("and", 2 if depth < 2 else 0),
                 ("or", 2 if depth < 2 else 0), ("not", 1 if depth < 2 else 0)]
        kind = self.rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        match kind:
            case "unknown":
                return f'wkenv.flag("{self.fresh("c")}")'
            case "guard":
                guard = self.guard_expr(ctx)
                return f"({guard})" if guard.startswith("await") else guard
            case "not_guard":
                guard = self.guard_expr(ctx)
                return f"not ({guard})" if guard.startswith("await") else f"not {guard}"
            case "empty":
                rows = f"list_working_agents({s})"
                return self.rng.choice((rows, f"not {rows}", f"len({rows}) > 0", f"len({rows}) == 0",
                                        f"len({rows}) != 0", f"any({rows})", f'"a1" in {rows}'))
            case "rare":
                return self.rng.choice((f"token_expiring({s})", f"not token_expiring({s})"))
            case "pred_or":
                return f"pred_or({s})"
            case "pred_not":
                return f"pred_not_guard({s})"
            case "and" | "or":
                left = self.condition(ctx, prefer_guard, depth + 1)
                right = self.condition(ctx, prefer_guard, depth + 1)
                return f"({left} {kind} {right})"
            case "not":
                return f"not ({self.condition(ctx, prefer_guard, depth + 1)})"
            case _:  # every kind above is handled
                raise AssertionError(kind)


def generate(seed: int, package: str, size: int = 1) -> Program:
    return Generator(seed, package, size).program()
