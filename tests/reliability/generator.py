"""Random alarm loops written as real Python packages, reproducible from a seed.

``generate(seed, package)`` builds one program: a ``Town`` class whose
``alarm()`` is the entry, helper functions spread over modules by call depth,
container handles reached in several ways, and every guard idiom the engine
documents, nested at random. Each program also picks a few of the idioms of
``idioms.py`` (handles carried on objects, start-up code, registries,
generators, context managers, dispatch by ``getattr`` and dicts, guarding
decorators, stored guard values, tuples and dataclasses, lists rearranged by
slices, ``itertools``, ``deque``, ``heapq`` and ``random``, objects built by
class machinery: inherited classmethod factories, ``__init_subclass__``
registries, ``__getattr__`` proxies) and mixes them in:
their statements are drawn with the others, their bodies are generated blocks
like any other, and their definitions live in modules of their own.

``main.py`` holds ``start(env)``, the program's start-up: it builds the town
(and whatever the town needs) and is run before every tick by the executor,
which the analysis never sees run.

Every condition the idle model does not decide is a call into ``wkenv`` (see
``stubs/wkenv.py``), a module outside the analysed project: to wakecheck it is
an unknown external call, to the executor a choice point. Every sink call
carries a unique label (``"/s12"``) as its first argument so that a wake can be
named across shrinking steps, when its line moves; the program records the
idioms on each label's path.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .idioms import IDIOMS, OPTIONAL, Idiom, idioms_for
from .program import MAX_LEVEL, Ctx, Function, Node, Program, Val, frame

__all__ = ["CONFIG", "IDIOMS", "Generator", "Node", "Program", "generate"]

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
import dataclasses

import wkenv


class Idle(Exception):
    pass


@dataclasses.dataclass
class Snapshot:
    has_work: bool
    rows: list


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
    "Idle, Snapshot, box, has_active_work, list_working_agents, pred_and, pred_early, pred_guard, "
    "pred_not_guard, pred_or, require_work, sync_config, token_expiring"
)

IS_BUSY = '''\
async def is_busy(self):
    return wkenv.guard("is_busy")'''

SINK_METHODS = ("fetch", "set_env_var", "post", "exec")
# Where the town's methods may be defined: the town's own class, and with the
# ``layers`` idiom a base class and a mixin in modules of their own.
CLASS_OF = {"town": "Town", "base": "TownBase", "mixins": "RelayMixin"}

Kind = tuple[str, float, Callable[[Ctx], "Node | tuple[Node, Ctx]"]]


class Imports:
    """What each module imports from the others, in a style chosen once per imported module.

    Levels keep the imports acyclic: the town's modules import anything, a module of
    level L imports only deeper levels and the library modules, which import nothing
    of the project but ``state``."""

    STYLES = ("module", "relative", "alias", "names")

    def __init__(self, package: str, rng: random.Random) -> None:
        self.package = package
        self.rng = rng
        self.style: dict[str, str] = {}
        self.whole: dict[str, set[str]] = defaultdict(set)  # here -> modules imported whole
        self.names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.std: dict[str, set[str]] = defaultdict(set)

    def ref(self, here: str, there: str, name: str, live: bool = False) -> str:
        """How code in ``here`` names ``there.name``; ``live`` for a global that start-up
        rebinds, which a ``from`` import would copy before it is set."""
        if here == there:
            return name
        style = self.style.setdefault(there, self.rng.choice(self.STYLES))
        if style == "names" and not live:
            self.names[here][there].add(name)
            return name
        self.whole[here].add(there)
        return f"{there}.{name}"

    def module(self, here: str, there: str) -> None:
        """``here`` imports ``there`` for what importing it does (registrations)."""
        self.style.setdefault(there, self.rng.choice(self.STYLES))
        self.whole[here].add(there)

    def stdlib(self, here: str, module: str) -> str:
        self.std[here].add(module)
        return module

    def nodes(self, here: str) -> list[Node]:
        out = [Node([f"import {m}"]) for m in sorted(self.std[here])]
        out += [Node(["import wkenv"]), Node(["from wkenv import get_container"]),
                Node([f"from .state import {STATE_NAMES}"])]
        for there in sorted(self.whole[here]):
            match self.style[there]:
                case "module":
                    out.append(Node([f"from {self.package} import {there}"]))
                case "alias":
                    out.append(Node([f"import {self.package}.{there} as {there}"]))
                case _:
                    out.append(Node([f"from . import {there}"]))
        for there, names in sorted(self.names[here].items()):
            out.append(Node([f"from .{there} import {', '.join(sorted(names))}"]))
        return out


@dataclass
class TownParts:
    """The parts of the town class and of start-up that idioms add to."""

    params: list[str] = field(default_factory=list)  # of __init__, after env
    init: list[str] = field(default_factory=lambda: [
        "self.env = env", "self.container = get_container(env)", 'self.active = wkenv.guard("active")'])
    class_nodes: list[Node] = field(default_factory=list)  # class attributes, classmethods
    first: list[str] = field(default_factory=list)  # what every tick runs first
    start: list[str] = field(default_factory=list)  # start-up, before the town is built
    args: list[str] = field(default_factory=list)  # of Town(env, ...) in start-up
    after: list[str] = field(default_factory=list)  # start-up, once the town (``app``) is built
    start_imports: list[str] = field(default_factory=list)  # modules start-up imports for their effect


class Generator:
    """Builds one program from one seed; the same seed gives the same program."""

    def __init__(self, seed: int, package: str, size: int = 1, idioms: Iterable[str] | None = None) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.package = package
        self.size = size
        self.counter = 0
        self.budget = 12 + 10 * size  # statements left to generate
        self.functions: list[Function] = []  # those a call may reach again
        self.methods: dict[str, list[Node]] = defaultdict(list)  # class module -> the town's methods
        self.defs: dict[str, list[Node]] = defaultdict(list)  # module -> its definitions
        self.tails: dict[str, list[Node]] = defaultdict(list)  # module -> statements after them
        self.fail_labels: set[str] = set()
        self.labels: dict[str, frozenset[str]] = {}
        self.used: set[str] = set()
        self.imports = Imports(package, self.rng)
        self.town = TownParts()
        self.class_modules = ["town"]
        self.library_defined: set[tuple[str, str]] = set()
        # Hooks the idioms fill: more expressions of a handle wherever the town is, sink
        # calls through project methods, guard expressions, a decorator for new functions.
        self.sources: list[tuple[Callable[[Ctx], str], frozenset[str]]] = []
        self.sink_forms: list[tuple[Callable[[Ctx, str], str], frozenset[str]]] = []
        self.guards: list[tuple[Callable[[Ctx], str], str]] = []
        self.decorate: Callable[[Ctx, str, bool], tuple[str, frozenset[str]]] | None = None
        self.guard_tags: set[str] = set()  # the idioms of the guards in the condition being written
        if idioms is None:
            chosen = set(self.rng.sample(OPTIONAL, self.rng.randint(2 + size, 3 + 2 * size)))
        else:
            chosen = set(idioms)
        self.idioms: list[Idiom] = idioms_for(self, chosen)

    # -- names ------------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def label(self, tags: Iterable[str], may_fail: bool | None = None) -> str:
        """A new sink label, the idioms on its path, and whether the sink may fail."""
        label = "/" + self.fresh("s")
        self.labels[label] = frozenset(tags)
        self.used |= self.labels[label]
        if may_fail if may_fail is not None else self.rng.random() < 0.3:
            self.fail_labels.add(label)
        return label

    def mark(self, idiom: str) -> None:
        self.used.add(idiom)

    def ref(self, ctx: Ctx | str, there: str, name: str, live: bool = False) -> str:
        here = ctx if isinstance(ctx, str) else ctx.module
        return self.imports.ref(here, there, name, live)

    def stdlib(self, ctx: Ctx | str, module: str) -> str:
        return self.imports.stdlib(ctx if isinstance(ctx, str) else ctx.module, module)

    def level_module(self, level: int, own: str) -> str:
        """Where a definition of a level goes: the level's helpers or an idiom's own module."""
        return self.rng.choice((f"helpers_{level}", f"{own}_{level}"))

    def method_module(self) -> str:
        """Where a new method of the town goes: its class, or (``layers``) a base class or a mixin."""
        module = self.rng.choice(self.class_modules)
        if module != "town":
            self.mark("layers")
        return module

    # -- the program --------------------------------------------------------------

    def program(self) -> Program:
        alarm = Function("alarm", 0, True, "Town", "town", frame("async def alarm(self):", []))
        ctx = Ctx(alarm, "self", (), frozenset())
        first = [Node([line]) for line in self.town.first]
        alarm.node.bodies[0] = first + self.block(ctx, self.rng.randint(3, 5 + 3 * self.size))
        for idiom in self.idioms:
            idiom.finish()
        self.methods["town"][:0] = [alarm.node]
        self.defs["town"].append(self.town_class())
        for module in ("base", "mixins"):
            if module in self.methods:
                self.defs[module].append(frame(f"class {CLASS_OF[module]}:", self.methods[module]))
        self.defs["main"].append(self.start_function())
        modules = {name: self.imports.nodes(name) + nodes + self.tails.get(name, [])
                   for name, nodes in self.defs.items()}
        return Program(self.seed, self.package, modules, self.fail_labels,
                       idioms=self.used & set(IDIOMS), labels=self.labels, fixed={"state": STATE})

    def town_class(self) -> Node:
        params = ", ".join(["self", "env", *self.town.params])
        init = frame(f"def __init__({params}):", [Node([line]) for line in self.town.init])
        body = [*self.town.class_nodes, init, Node([IS_BUSY]), *self.methods["town"]]
        bases = [self.ref("town", m, CLASS_OF[m]) for m in ("mixins", "base") if m in self.methods]
        return frame(f"class Town({', '.join(bases)}):" if bases else "class Town:", body)

    def start_function(self) -> Node:
        for module in self.town.start_imports:
            self.imports.module("main", module)
        town = self.ref("main", "town", "Town")
        body = [Node([line]) for line in self.town.start]
        body.append(Node([f"app = {town}({', '.join(['env', *self.town.args])})"]))
        body += [Node([line]) for line in self.town.after]
        body.append(Node(["return app"]))
        return frame("def start(env):", body)

    # -- statements ----------------------------------------------------------------

    def block(self, ctx: Ctx, n: int) -> list[Node]:
        out: list[Node] = []
        for _ in range(n):
            if self.budget <= 0 and out:
                break
            node, ctx = self.statement(ctx)
            out.append(node)
        return out

    def statement(self, ctx: Ctx) -> tuple[Node, Ctx]:
        self.budget -= 1
        nest = ctx.depth < 3 and self.budget > 0
        kinds = self.simple_kinds(ctx) + (self.compound_kinds(ctx) if nest else [])
        for idiom in self.idioms:
            kinds += idiom.kinds(ctx, nest)
        _, _, make = self.rng.choices(kinds, [w for _, w, _ in kinds])[0]
        made = make(ctx)
        return made if isinstance(made, tuple) else (made, ctx)

    def can_call(self, ctx: Ctx) -> bool:
        return ctx.fn.level < MAX_LEVEL and self.budget > 0

    def handle(self, ctx: Ctx) -> Val:
        """A handle expression: a local one, one an idiom carries, or the town's own."""
        r = self.rng.random()
        if ctx.locals and r < 0.4:
            return self.rng.choice(ctx.locals)
        carried = [Val(f"{ctx.town}.{a}", frozenset({"carry"})) for a in sorted(ctx.attrs)]
        carried += [Val(make(ctx), tags) for make, tags in self.sources]
        if carried and r < 0.75:
            return self.rng.choice(carried)
        return self.rng.choice((Val(f"{ctx.town}.container"), Val(f"box({ctx.town})")))

    def sink(self, ctx: Ctx, val: Val | None = None, may_fail: bool | None = None) -> str:
        """A call that wakes the container, as an expression statement."""
        r = self.rng.random()
        if val is None and r < 0.1:
            return f'{ctx.aw}sync_config({ctx.town}, "{self.label(ctx.tags, may_fail)}")'
        if val is None and r < 0.25 and self.sink_forms:
            make, tags = self.rng.choice(self.sink_forms)
            return ctx.aw + make(ctx, self.label(ctx.tags | tags, may_fail))
        val = val or self.handle(ctx)
        method = self.rng.choice(SINK_METHODS)
        return f'{ctx.aw}{val.expr}.{method}("{self.label(ctx.tags | val.tags, may_fail)}")'

    def simple_kinds(self, ctx: Ctx) -> list[Kind]:
        loop = ctx.in_loop and not ctx.in_finally
        exits = not ctx.in_finally and ctx.may_return
        return [
            ("sink", 10, lambda c: Node([self.sink(c)])), ("quiet", 2, self.quiet),
            ("log", 2, lambda c: Node([f'wkenv.log("{self.fresh("l")}")'])),
            ("call", 6 if self.can_call(ctx) else 0, self.call),
            ("return", 1 if exits else 0, lambda c: Node(["return"])),
            ("raise", 1 if not ctx.in_finally else 0, lambda c: Node([f'raise wkenv.Boom("{self.fresh("r")}")'])),
            ("loopjump", 3 if loop else 0, self.loopjump), ("early_exit", 3 if exits else 0, self.early_exit),
            ("require", 1, self.require), ("deferred", 2, self.deferred), ("lambda", 2, self.lambda_),
            ("ternary", 2, self.ternary), ("guard_var", 3, self.guard_var),
        ]

    def compound_kinds(self, ctx: Ctx) -> list[Kind]:
        return [("if", 16, self.if_), ("ifelse", 8, self.ifelse), ("for", 8, self.for_), ("while", 2, self.while_),
                ("try", 4, self.try_), ("tryfinally", 2, self.tryfinally), ("with", 2, self.with_),
                ("match", 2, self.match), ("match_class", 1, self.match_class), ("walrus", 2, self.walrus)]

    def quiet(self, ctx: Ctx) -> Node:
        return Node([f"{ctx.aw}{self.handle(ctx).expr}.{self.rng.choice(('get_state', 'stop'))}()"])

    def call(self, ctx: Ctx) -> Node:
        """Call a helper one level down: a new one, or one already made there."""
        val = self.handle(ctx)
        fn = self.callee(ctx, val, tags=("calls",))
        return Node([self.call_text(ctx, fn, val)])

    def callee(self, ctx: Ctx, val: Val, method: bool | None = None, tags: Iterable[str] = (),
               is_async: bool | None = None) -> Function:
        """A plain function or town method one level down that ``ctx`` may call."""
        level = ctx.fn.level + 1
        existing = [f for f in self.functions
                    if f.level == level and f.kind == "plain" and (ctx.fn.is_async or not f.is_async)
                    and (is_async is None or f.is_async == is_async)
                    and f.needs <= ctx.attrs and (method is None or (f.owner == "Town") == method)]
        if existing and self.rng.random() < 0.3:
            return self.rng.choice(existing)
        if is_async is None:
            is_async = ctx.fn.is_async and self.rng.random() < 0.8
        return self.new_function(ctx, val, is_async, method, tags)

    def call_text(self, ctx: Ctx, fn: Function, val: Val) -> str:
        aw = "await " if fn.is_async else ""
        if fn.owner == "Town":
            return f"{aw}{ctx.town}.{fn.name}()"
        return f"{aw}{self.ref(ctx, fn.module, fn.name)}({ctx.town}, {val.expr})"

    def new_function(self, ctx: Ctx, val: Val, is_async: bool, method: bool | None = None,
                     tags: Iterable[str] = (), module: str | None = None) -> Function:
        """A town method ``m(self)`` or a helper ``step(town, h)`` one level below ``ctx``,
        with a generated body; ``val`` is the handle the caller passes as ``h``."""
        level = ctx.fn.level + 1
        is_method = self.rng.random() < 0.35 if method is None else method
        if is_method:
            name, module = self.fresh(f"m{level}_"), module or self.method_module()
            head, town, locals_ = f"{name}(self):", "self", ()
        else:
            name, module = self.fresh(f"step{level}_"), module or f"helpers_{level}"
            head, town, locals_ = f"{name}(town, h):", "town", (Val("h", val.tags),)
        fn = Function(name, level, is_async, "Town" if is_method else None, module,
                      frame("", []), needs=ctx.attrs)
        body_ctx = Ctx(fn, town, locals_, ctx.tags | frozenset(tags), ctx.attrs)
        decorator = ""
        if self.decorate is not None:
            decorator, dtags = self.decorate(body_ctx, module, is_async)
            body_ctx = body_ctx.tagged(*dtags)
        if module in ("base", "mixins"):
            body_ctx = body_ctx.tagged("layers")
        fn.node.heads[0] = f"{decorator}{'async def' if is_async else 'def'} {head}"
        self.add_function(fn)
        fn.node.bodies[0] = self.block(body_ctx, self.rng.randint(1, 4))
        return fn

    def add_function(self, fn: Function) -> None:
        self.functions.append(fn)
        if fn.owner == "Town":
            self.methods[fn.module].append(fn.node)
        else:
            self.defs[fn.module].append(fn.node)

    def loopjump(self, ctx: Ctx) -> Node:
        return Node([f"if {self.condition(ctx)}:\n    {self.rng.choice(('break', 'continue'))}"])

    def early_exit(self, ctx: Ctx) -> Node:
        exit_ = self.rng.choice(("return", "return", 'raise wkenv.Boom("x")'))
        return Node([f"if {self.condition(ctx, prefer_guard=True)}:\n    {exit_}"])

    def require(self, ctx: Ctx) -> Node:
        body = f"require_work({ctx.town})"
        if self.rng.random() < 0.5:
            return Node(["try:", "except Idle:"], [[Node([body]), Node([self.sink(ctx)])], [Node(["pass"])]])
        return Node([body])

    def deferred(self, ctx: Ctx) -> Node:
        fx, item = self.fresh("fx"), self.fresh("x")
        src = self.rng.choice((f"list_working_agents({ctx.town})", f'wkenv.items("{self.fresh("i")}")'))
        val = self.handle(ctx)
        label = self.label(ctx.tags | val.tags | {"closures"})
        call = f"{fx}.append(lambda {item}={item}: {val.expr}.fetch(\"{label}\"))"
        run = f"for f in {fx}:\n    {ctx.aw}f()"
        return Node([f"{fx} = []\nfor {item} in {src}:\n    {call}\n{run}"])

    def lambda_(self, ctx: Ctx) -> Node:
        cb = self.fresh("cb")
        val = self.handle(ctx)
        label = self.label(ctx.tags | val.tags | {"closures"})
        call = f"{ctx.aw}{cb}()"
        if self.rng.random() < 0.5:
            call = f"if {self.condition(ctx)}:\n    {call}"
        return Node([f'{cb} = lambda: {val.expr}.post("{label}")\n{call}'])

    def ternary(self, ctx: Ctx) -> Node:
        val = self.handle(ctx)
        test, tags = self.test(ctx)
        label = self.label(ctx.tags | val.tags | tags)
        return Node([f'{ctx.aw}({val.expr}.fetch("{label}") if {test} else {val.expr}.get_state())'])

    def guard_var(self, ctx: Ctx) -> Node:
        var = self.fresh("busy")
        self.guard_tags = {"guards"}
        lines = [f"{var} = {self.guard_expr(ctx)}"]
        tags = self.guard_tags
        if self.rng.random() < 0.3:
            lines.append(f'if wkenv.flag("{self.fresh("o")}"):\n    {var} = True')
        test = var if self.rng.random() < 0.5 or not ctx.may_return or ctx.in_finally else f"not {var}"
        body = self.sink(ctx.tagged(*tags)) if test == var else "return"
        lines.append(f"if {test}:\n    {body}")
        return Node(["\n".join(lines)])

    def if_(self, ctx: Ctx) -> Node:
        test, tags = self.test(ctx)
        return Node([f"if {test}:"], [self.block(ctx.deeper().tagged(*tags), self.few())])

    def ifelse(self, ctx: Ctx) -> Node:
        tests = [self.test(ctx) for _ in range(2 if self.rng.random() < 0.4 else 1)]
        heads = [f"{'elif' if i else 'if'} {test}:" for i, (test, _) in enumerate(tests)] + ["else:"]
        tags = frozenset().union(*(t for _, t in tests))
        return Node(heads, [self.block(ctx.deeper().tagged(*tags), self.few()) for _ in heads])

    def for_(self, ctx: Ctx) -> Node:
        var, source, body_ctx = self.fresh("a"), self.iterable(ctx), ctx.deeper(in_loop=True)
        if self.rng.random() < 0.2:
            val = self.handle(ctx)
            source, body_ctx = f"[{val.expr}]", body_ctx.having(Val(var, val.tags))
        heads, bodies = [f"for {var} in {source}:"], [self.block(body_ctx, self.few())]
        if self.rng.random() < 0.2:
            heads.append("else:")
            bodies.append(self.block(ctx.deeper(), 1))
        return Node(heads, bodies)

    def while_(self, ctx: Ctx) -> Node:
        k = self.fresh("k")
        test, tags = self.test(ctx)
        head = f"{k} = 0\nwhile ({k} := {k} + 1) <= 2 and {test}:"
        return Node([head], [self.block(ctx.deeper(in_loop=True).tagged(*tags), self.few())])

    def try_(self, ctx: Ctx) -> Node:
        inner = ctx.deeper()
        heads = ["try:", "except wkenv.Boom:"]
        bodies = [self.block(inner, self.few()), self.block(inner, self.few())]
        if self.rng.random() < 0.3:
            heads.append("else:")
            bodies.append(self.block(inner, 1))
        if self.rng.random() < 0.3:
            heads.append("finally:")
            bodies.append(self.block(ctx.deeper(in_finally=True), 1))
        return Node(heads, bodies)

    def tryfinally(self, ctx: Ctx) -> Node:
        return Node(["try:", "finally:"],
                    [self.block(ctx.deeper(), self.few()), self.block(ctx.deeper(in_finally=True), self.few())])

    def with_(self, ctx: Ctx) -> Node:
        return Node([f'with wkenv.ctx("{self.fresh("w")}"):'], [self.block(ctx.deeper(), self.few())])

    def match(self, ctx: Ctx) -> Node:
        inner = ctx.deeper().tagged("guards")
        cases = [Node([f"case {i}:"], [self.block(inner, self.few())]) for i in range(2)]
        cases.append(Node(["case _:"], [self.block(inner, 1)]))
        return Node([f'match wkenv.pick("{self.fresh("m")}", 3):'], [cases])

    def match_class(self, ctx: Ctx) -> Node:
        """``case Snapshot(has_work=True)``: a class pattern over a guard and an empty-on-idle list."""
        self.guard_tags = {"guards"}
        guard = self.guard_expr(ctx)
        inner = ctx.deeper().tagged(*self.guard_tags)
        cases = [Node(["case Snapshot(has_work=True):"], [self.block(inner, self.few())]),
                 Node(["case Snapshot(rows=[_, *_]):"], [self.block(inner, self.few())]),
                 Node(["case _:"], [self.block(ctx.deeper(), 1)])]
        return Node([f"match Snapshot(has_work={guard}, rows=list_working_agents({ctx.town})):"], [cases])

    def walrus(self, ctx: Ctx) -> Node:
        var = self.fresh("rows")
        return Node([f"if ({var} := list_working_agents({ctx.town})):"],
                    [self.block(ctx.deeper().tagged("guards"), self.few())])

    def few(self) -> int:
        return self.rng.randint(1, 3)

    # -- expressions --------------------------------------------------------------

    def iterable(self, ctx: Ctx) -> str:
        t = ctx.town
        return self.rng.choice((
            f'wkenv.items("{self.fresh("i")}")',
            f'wkenv.items("{self.fresh("i")}")',
            f"list_working_agents({t})",
            f"[x for x in list_working_agents({t})]",
        ))

    def guard_expr(self, ctx: Ctx) -> str:
        t = ctx.town
        options = [f"has_active_work({t})", f"{t}.active", f"pred_guard({t})", f"pred_and({t})",
                   f"pred_early({t})"]
        if ctx.fn.is_async:
            options.append(f"await {t}.is_busy()")
        if self.guards and self.rng.random() < 0.5:
            make, idiom = self.rng.choice(self.guards)
            self.mark(idiom)
            self.guard_tags.add(idiom)
            return make(ctx)
        return self.rng.choice(options)

    def test(self, ctx: Ctx) -> tuple[str, frozenset[str]]:
        """A condition, and the idioms of what it tests (``guards``, and an idiom's own guards)."""
        self.guard_tags = {"guards"}
        return self.condition(ctx), frozenset(self.guard_tags)

    def condition(self, ctx: Ctx, prefer_guard: bool = False, depth: int = 0) -> str:
        t = ctx.town
        kinds = [("unknown", 5), ("guard", 5 if not prefer_guard else 10), ("not_guard", 2), ("guard_is", 2),
                 ("empty", 3), ("rare", 2), ("pred_or", 1), ("pred_not", 1), ("and", 2 if depth < 2 else 0),
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
            case "guard_is":
                guard = self.guard_expr(ctx)
                guard = f"({guard})" if guard.startswith("await") else guard
                return self.rng.choice((f"{guard} is True", f"{guard} is False", f"{guard} == False",
                                        f"{guard} is not True", f"{guard} != True"))
            case "empty":
                rows = f"list_working_agents({t})"
                return self.rng.choice((rows, f"not {rows}", f"len({rows}) > 0", f"len({rows}) == 0",
                                        f"len({rows}) != 0", f"any({rows})", f'"a1" in {rows}',
                                        f'"a1" not in {rows}', f"all({rows})", f"not all({rows})",
                                        f"sum(len(q) for q in [{rows}, {rows}]) > 0",
                                        f"len({rows}) + len({rows}) > 0"))
            case "rare":
                return self.rng.choice((f"token_expiring({t})", f"not token_expiring({t})"))
            case "pred_or":
                return f"pred_or({t})"
            case "pred_not":
                return f"pred_not_guard({t})"
            case "and" | "or":
                left = self.condition(ctx, prefer_guard, depth + 1)
                right = self.condition(ctx, prefer_guard, depth + 1)
                return f"({left} {kind} {right})"
            case "not":
                return f"not ({self.condition(ctx, prefer_guard, depth + 1)})"
            case _:  # every kind above is handled
                raise AssertionError(kind)


def generate(seed: int, package: str, size: int = 1, idioms: Iterable[str] | None = None) -> Program:
    """One program; ``idioms`` (names from ``IDIOMS``) overrides the seed's choice of idioms."""
    return Generator(seed, package, size, idioms).program()
