"""The idioms a generated program mixes in, each the way users write it.

An idiom adds to the generator (``generator.py``) through a few hooks: handle
expressions available wherever the town is (``sources``), sink calls through
project methods (``sink_forms``), guard expressions (``guards``), a decorator for
new functions (``decorate``), lines of the town's ``__init__``, of start-up
(``main.start``) and of what every tick runs first, definitions in modules of
its own, and statement kinds drawn with the generator's own. Statement kinds
that define something with a body (a generator, a context manager, a worker, a
job) generate that body one level down, with every statement kind: idioms nest.

The report counts programs and wakes per idiom name: ``guards`` (conditions
over the idle model: guards, empty-on-idle collections, rare predicates, guard
variables and predicates, early exits, ``match``), ``calls`` (helpers and
methods across modules) and ``closures`` (lambdas, deferred callbacks) are the
generator's own; the others are the classes below, a few per program: ``carry``,
``layers``, ``startup``, ``injection``, ``registry``, ``generators``,
``context_managers``, ``getattr_dispatch``, ``dict_dispatch``, ``functional``,
``decorator_guard``, ``stored_guard``, ``tuples``, ``rearranged`` (lists of handles,
holders or callables through slices, ``itertools``, ``deque``, ``heapq``, ``random``)
and ``class_hooks`` (classmethod factories on subclasses, ``__init_subclass__``
registries, ``__getattr__`` proxies).

Library classes that hold a handle each keep it under an attribute name of their own
(``Lane.pipe``, ``Holder.conn``, ``Probe.handle``, ``Plugin.client``), in a module of
their own: programs are analysed 50 to a project, and the analysis follows only so many
writers of one attribute name in the modules that name a class (and callers of each), so
names shared by every program of a batch would cut each other's values (a loss, WC003).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .program import MAX_LEVEL, Ctx, Function, Node, Val, frame

if TYPE_CHECKING:
    from .generator import Generator, Kind

IDIOMS = ("guards", "calls", "closures", "carry", "layers", "startup", "injection", "registry",
          "generators", "context_managers", "getattr_dispatch", "dict_dispatch", "functional",
          "decorator_guard", "stored_guard", "tuples", "rearranged", "class_hooks")
OPTIONAL = IDIOMS[3:]

# -- library modules: definitions with no generated body, each defined once ------------------------

LIBRARY = {
    ("links", "Link"): '''\
class Link:
    def __init__(self):
        self.target = None

    def attach(self, h):
        self.target = h

    def fire(self, label):
        return self.target.post(label)
''',
    ("links", "Courier"): '''\
class Courier:
    def __init__(self, h):
        self.h = h

    def send(self, label):
        return self.h.fetch(label)
''',
    ("links", "Outbox"): '''\
class Outbox:
    def __init__(self, courier):
        self.courier = courier
''',
    ("links", "Flags"): '''\
class Flags:
    def __init__(self):
        self.busy = True
''',
    ("pool", "POOL"): "POOL = None\n",
    ("pool", "init"): '''\
def init(env):
    global POOL
    POOL = get_container(env)
''',
    ("pool", "get_pool"): '''\
def get_pool():
    return POOL
''',
    ("pool", "POOLS"): "POOLS = {}\n",
    ("pool", "init_pools"): '''\
def init_pools(env):
    fresh = get_container(env)
    POOLS["main"] = fresh
''',
    ("pool", "Shared"): '''\
class Shared:
    conn = None

    @classmethod
    def setup(cls, env):
        cls.conn = get_container(env)
''',
    ("registry", "REGISTRY"): "REGISTRY = []\n",
    ("registry", "ROUTES"): "ROUTES = {}\n",
    ("registry", "register"): '''\
def register(fn):
    REGISTRY.append(fn)
    return fn
''',
    ("registry", "route"): '''\
def route(name):
    def deco(fn):
        ROUTES[name] = fn
        return fn
    return deco
''',
    ("kits", "Pair"): '''\
class Pair(typing.NamedTuple):
    main: object
    spare: object
''',
    ("kits", "Duo"): 'Duo = collections.namedtuple("Duo", "left right")\n',
    ("kits", "Kit"): '''\
@dataclasses.dataclass
class Kit:
    h: object
    note: str = "kit"
''',
    ("lanes", "Lane"): '''\
class Lane:
    def __init__(self, h, name="lane"):
        self.pipe = h
        self.name = name

    def rank(self):
        return len(self.name)

    def run(self, label):
        return self.pipe.post(label)
''',
    ("factories", "Probe"): '''\
class Probe:
    def __init__(self, town, h, note="probe"):
        self.town = town
        self.handle = h
        self.note = note

    @classmethod
    def from_env(cls, town, h, **kw):
        return cls(town, h, **kw)

    def run(self):
        return self.handle.get_state()
''',
    ("plugins", "Plugin"): '''\
class Plugin:
    registry = {}

    def __init_subclass__(cls, key="", **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls

    def __init__(self, town, h):
        self.owner = town
        self.client = h

    @classmethod
    def build(cls, town, h):
        return cls(town, h)

    def run(self):
        return self.client.get_state()
''',
    ("holders", "Holder"): '''\
class Holder:
    def __init__(self, h):
        self.conn = h

    def ping(self, label):
        return self.conn.fetch(label)
''',
    ("proxies", "Proxy"): '''\
class Proxy:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)
''',
    ("proxies", "Relay"): '''\
class Relay:
    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)
''',
}
REBOUND = {("pool", "POOL")}  # globals start-up rebinds: never imported by name
LIBRARY_STDLIB = {("kits", "Pair"): "typing", ("kits", "Duo"): "collections", ("kits", "Kit"): "dataclasses"}
LIBRARY_NEEDS = {("pool", "init"): ("POOL",), ("pool", "get_pool"): ("POOL",), ("pool", "init_pools"): ("POOLS",),
                 ("registry", "register"): ("REGISTRY",), ("registry", "route"): ("ROUTES",)}


class Idiom:
    name = ""

    def __init__(self, g: Generator) -> None:
        self.g = g
        self.rng = g.rng

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        """Statement kinds this idiom offers at ``ctx`` (``nest``: compound ones allowed)."""
        return []

    def finish(self) -> None:
        """Called once the alarm is generated."""

    # -- helpers shared by the idioms --

    def tags(self, *more: frozenset[str] | Ctx) -> frozenset[str]:
        out = frozenset({self.name})
        for m in more:
            out |= m.tags if isinstance(m, Ctx) else m
        return out

    def source(self, make: Callable[[Ctx], str]) -> None:
        self.g.sources.append((make, frozenset({self.name})))

    def library(self, module: str, name: str, here: str | Ctx) -> str:
        """Define ``module.name`` once; how ``here`` names it."""
        g = self.g
        key = (module, name)
        if key not in g.library_defined:
            for need in LIBRARY_NEEDS.get(key, ()):
                self.library(module, need, module)
            g.library_defined.add(key)
            g.defs[module].append(Node([LIBRARY[key].rstrip("\n")]))
            if key in LIBRARY_STDLIB:
                g.stdlib(module, LIBRARY_STDLIB[key])
        return g.ref(here, module, name, live=key in REBOUND)

    def body_ctx(self, fn: Function, town: str, locals_: tuple[Val, ...], ctx: Ctx, **flags: object) -> Ctx:
        """The context of a body ``ctx`` defines: what the tick stored along ``ctx`` is set there too
        (a definition made again elsewhere only where it is set as well)."""
        return Ctx(fn, town, locals_, self.tags(ctx), ctx.attrs).but(**flags)

    def can_define(self, ctx: Ctx) -> bool:
        """Whether ``ctx`` may define something whose body is one level down."""
        return ctx.fn.level < MAX_LEVEL and self.g.budget > 0


class Layers(Idiom):
    """The town's methods spread over a base class and a mixin, in modules of their own."""

    name = "layers"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        g.class_modules += 2 * self.rng.sample(["base", "mixins"], self.rng.randint(1, 2))  # most methods there


class Carry(Idiom):
    """A handle kept in a local and stored on the town or on another object — in
    ``__init__``, in a ``connect()`` after ``__init__``'s default (run by start-up or
    first in the tick), or by the tick itself — and read wherever the town is."""

    name = "carry"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        ways = self.rng.sample(("box", "link", "spare", "kept"), self.rng.randint(1, 2))
        connect: list[str] = []
        if "box" in ways:
            g.town.init.append("self.box = None")
            connect += ["fresh = get_container(self.env)", "self.box = fresh"]
            self.source(lambda c: f"{c.town}.box")
        if "link" in ways:
            g.town.init.append(f"self.link = {self.library('links', 'Link', 'town')}()")
            connect += self.rng.choice((["self.link.attach(get_container(self.env))"],
                                        ["wire = get_container(self.env)", "self.link.target = wire"]))
            self.source(lambda c: f"{c.town}.link.target")
            g.sink_forms.append((lambda c, label: f'{c.town}.link.fire("{label}")', frozenset({self.name})))
        if "spare" in ways:
            g.town.init += ["spare = get_container(env)", "self.spare = spare"]
            self.source(lambda c: f"{c.town}.spare")
        self.kept = "kept" in ways
        if self.kept:
            g.town.init.append("self.kept = None")
            if self.rng.random() < 0.5:
                self.keeper: str | None = "keep"
                g.methods[g.method_module()].append(frame("def keep(self, h):", [Node(["self.kept = h"])]))
            else:
                self.keeper = None
        if connect:
            g.methods[g.method_module()].append(frame("def connect(self):", [Node([line]) for line in connect]))
            if self.rng.random() < 0.5:
                g.town.after.append("app.connect()")
            else:
                g.town.first.append("self.connect()")

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        return [("stash", 3, self.stash)] if self.kept and "kept" not in ctx.attrs else []

    def stash(self, ctx: Ctx) -> tuple[Node, Ctx]:
        """The tick keeps a handle on the town; what follows, callees included, may read it."""
        val = self.g.handle(ctx)
        if self.keeper:
            text = f"{ctx.town}.keep({val.expr})"
        else:
            local = self.g.fresh("kept")
            text = f"{local} = {val.expr}\n{ctx.town}.kept = {local}"
        self.g.mark(self.name)
        return Node([text]), ctx.but(attrs=ctx.attrs | {"kept"})


class Startup(Idiom):
    """Long-lived state only start-up sets: a module global set by ``init()``, read
    directly or through an accessor; a dict filled by ``init_pools()``; a class
    attribute set by a ``setup()`` classmethod, on a class of its own or on the town.
    Start-up may wake the container itself, which is no tick's doing."""

    name = "startup"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        ways = self.rng.sample(("global", "accessor", "dict", "classattr", "town_classattr"), self.rng.randint(1, 2))
        if "global" in ways or "accessor" in ways:
            g.town.start.append(f"{self.library('pool', 'init', 'main')}(env)")
        if "global" in ways:
            self.source(lambda c: self.library("pool", "POOL", c))
        if "accessor" in ways:
            self.source(lambda c: f"{self.library('pool', 'get_pool', c)}()")
        if "dict" in ways:
            g.town.start.append(f"{self.library('pool', 'init_pools', 'main')}(env)")
            self.source(lambda c: f'{self.library("pool", "POOLS", c)}["main"]')
        if "classattr" in ways:
            g.town.start.append(f"{self.library('pool', 'Shared', 'main')}.setup(env)")
            self.source(lambda c: f"{self.library('pool', 'Shared', c)}.conn")
        if self.rng.random() < 0.3:  # start-up wakes the container itself: no tick does
            g.town.after.append(f'app.container.fetch("{g.label({self.name}, may_fail=False)}")')
        if "town_classattr" in ways:
            g.town.class_nodes += [Node(["hub = None"]),
                                   Node(["@classmethod\ndef setup(cls, env):\n    cls.hub = get_container(env)"])]
            g.town.start.append(f"{g.ref('main', 'town', 'Town')}.setup(env)")
            self.source(lambda c: self.rng.choice((f"{c.town}.hub", f"type({c.town}).hub")))


class Injection(Idiom):
    """Collaborators built by start-up and handed to the town (dependency injection)."""

    name = "injection"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        courier = self.library("links", "Courier", "main")
        g.town.start.append(f"courier = {courier}(get_container(env))")
        if self.rng.random() < 0.5:
            g.town.params.append("courier=None")
            g.town.init.append("self.courier = courier")
            g.town.args.append("courier=courier")
        else:
            g.town.init.append("self.courier = None")
            g.town.after.append("app.courier = courier")
        self.source(lambda c: f"{c.town}.courier.h")
        g.sink_forms.append((lambda c, label: f'{c.town}.courier.send("{label}")', frozenset({self.name})))
        if self.rng.random() < 0.5:
            g.town.start.append(f"outbox = {self.library('links', 'Outbox', 'main')}(courier)")
            g.town.params.append("outbox=None")
            g.town.init.append("self.outbox = outbox")
            g.town.args.append("outbox=outbox")
            self.source(lambda c: f"{c.town}.outbox.courier.h")


class Registry(Idiom):
    """Jobs registered at import — by ``@register`` / ``@route("k")`` or by top-level
    ``append``/``extend``/item stores — in a module start-up imports, run by the tick
    through the registry: iterated, indexed, looked up."""

    name = "registry"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        self.level: int | None = None  # the jobs' level; only shallower code runs the registry
        self.regs: dict[str, tuple[bool, list[tuple[str, str]]]] = {}  # list|dict -> (async, [(job, key)])

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        if (ctx.fn.level + 1 if self.level is None else self.level) > MAX_LEVEL:
            return []
        if self.level is not None and ctx.fn.level >= self.level:
            return []
        if self.level is None and self.g.budget <= 0:
            return []
        return [("registry", 5, self.run)]

    def run(self, ctx: Ctx) -> Node:
        g = self.g
        usable = [r for r in ("list", "dict") if r not in self.regs or ctx.fn.is_async or not self.regs[r][0]]
        if not usable:
            return Node([f'wkenv.log("{g.fresh("l")}")'])
        which = self.rng.choice(usable)
        if self.level is None:
            self.level = ctx.fn.level + 1
        if which not in self.regs:
            self.regs[which] = (ctx.fn.is_async and self.rng.random() < 0.75, [])
        is_async, jobs = self.regs[which]
        if not jobs or (self.rng.random() < 0.25 and g.budget > 0):
            jobs.append(self.new_job(ctx, which, is_async))
        aw, t = "await " if is_async else "", ctx.town
        j, k = g.fresh("job"), g.fresh("key")
        g.mark(self.name)
        if which == "list":
            reg = self.library("registry", "REGISTRY", ctx)
            return Node([self.rng.choice((
                f"for {j} in {reg}:\n    {aw}{j}({t})",
                f"for {j} in list({reg}):\n    {aw}{j}({t})",
                f"for {j} in [f for f in {reg}]:\n    {aw}{j}({t})",
                f"if {reg}:\n    {aw}{reg}[0]({t})",
            ))])
        reg = self.library("registry", "ROUTES", ctx)
        key = self.rng.choice(jobs)[1]
        return Node([self.rng.choice((
            f"for {k}, {j} in {reg}.items():\n    {aw}{j}({t})",
            f"for {j} in {reg}.values():\n    {aw}{j}({t})",
            f'{aw}{reg}["{key}"]({t})',
            f'{j} = {reg}.get("{key}")\nif {j} is not None:\n    {aw}{j}({t})',
        ))])

    def new_job(self, ctx: Ctx, which: str, is_async: bool) -> tuple[str, str]:
        g = self.g
        assert self.level is not None
        name, key = g.fresh("job"), g.fresh("k")
        fn = Function(name, self.level, is_async, None, "jobs", frame("", []), kind="job")
        body_ctx = self.body_ctx(fn, "town", (), ctx, attrs=frozenset())  # any tick path runs the jobs
        registration, tail = "", ""
        if which == "list":
            reg = self.library("registry", "REGISTRY", "jobs")
            if self.rng.random() < 0.5:
                registration = f"@{self.library('registry', 'register', 'jobs')}\n"
            else:
                tail = self.rng.choice((f"{reg}.append({name})", f"{reg}.extend([{name}])",
                                        f"{reg}.insert(0, {name})"))
        else:
            reg = self.library("registry", "ROUTES", "jobs")
            if self.rng.random() < 0.5:
                registration = f'@{self.library("registry", "route", "jobs")}("{key}")\n'
            else:
                tail = self.rng.choice((f'{reg}["{key}"] = {name}', f'{reg}.update({{"{key}": {name}}})',
                                        f'{reg}.setdefault("{key}", {name})'))
        guard = ""
        if g.decorate is not None:
            guard, dtags = g.decorate(body_ctx, "jobs", is_async)
            body_ctx = body_ctx.tagged(*dtags)
        fn.node.heads[0] = f"{registration}{guard}{'async def' if is_async else 'def'} {name}(town):"
        g.defs["jobs"].append(fn.node)
        if tail:
            g.tails["jobs"].append(Node([tail]))
        fn.node.bodies[0] = g.block(body_ctx, self.rng.randint(1, 3))
        return name, key

    def finish(self) -> None:
        if self.regs:  # the jobs register themselves when their module is imported
            if self.rng.random() < 0.5:
                self.g.town.start_imports.append("jobs")
            else:
                self.g.imports.module("town", "jobs")


class Generators(Idiom):
    """Generators and async generators yielding handles or callables, consumed by
    ``for``, ``async for``, ``next``, ``list(...)`` and comprehensions."""

    name = "generators"

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        if not self.can_define(ctx):
            return []
        return [("gen_for", 4 if nest else 0, self.loop), ("gen_calls", 2, self.calls), ("gen_next", 1, self.next_)]

    def feed(self, ctx: Ctx, is_async: bool, yields: str) -> tuple[Function, str, frozenset[str]]:
        """A generator one level down (new or made before), its call, and what it yields came through."""
        g = self.g
        level = ctx.fn.level + 1
        kind = f"{'agen' if is_async else 'gen'}:{yields}"
        val = g.handle(ctx)
        existing = [f for f in g.functions if f.kind == kind and f.level == level and f.needs <= ctx.attrs]
        if existing and self.rng.random() < 0.3:
            fn = self.rng.choice(existing)
        else:
            fn = self.new_feed(ctx, val, level, is_async, kind, yields)
        g.mark(self.name)
        if fn.owner == "Town":
            return fn, f"{ctx.town}.{fn.name}()", self.tags(ctx)
        return fn, f"{g.ref(ctx, fn.module, fn.name)}({ctx.town}, {val.expr})", self.tags(ctx, val.tags)

    def new_feed(self, ctx: Ctx, val: Val, level: int, is_async: bool, kind: str, yields: str) -> Function:
        g = self.g
        method = self.rng.random() < 0.3
        name = g.fresh("afeed" if is_async else "feed")
        module = g.method_module() if method else g.level_module(level, "feeds")
        head = f"{'async def' if is_async else 'def'} {name}({'self' if method else 'town, h'}):"
        fn = Function(name, level, is_async, "Town" if method else None, module, frame(head, []), kind=kind,
                      needs=ctx.attrs)
        g.add_function(fn)
        body_ctx = self.body_ctx(fn, "self" if method else "town", () if method else (Val("h", val.tags),), ctx)
        body = g.block(body_ctx, self.rng.randint(0, 2))
        for i in range(self.rng.randint(1, 2)):
            out = self.yielded(body_ctx, yields)
            if i or self.rng.random() < 0.3:
                body.append(Node([f"if {g.condition(body_ctx)}:\n    {out}"]))
            else:
                body.append(Node([out]))
        body += g.block(body_ctx, self.rng.randint(0, 1))
        fn.node.bodies[0] = body
        return fn

    def yielded(self, ctx: Ctx, yields: str) -> str:
        g = self.g
        val = g.handle(ctx)
        if yields == "handles":
            return f"yield {val.expr}"
        label = g.label(ctx.tags | val.tags | {"closures"})
        if self.rng.random() < 0.5:
            return f'yield lambda: {val.expr}.fetch("{label}")'
        return f'yield {g.stdlib(ctx, "functools")}.partial({val.expr}.post, "{label}")'

    def loop(self, ctx: Ctx) -> Node:
        g = self.g
        is_async = ctx.fn.is_async and self.rng.random() < 0.4
        fn, call, tags = self.feed(ctx, is_async, "handles")
        x = g.fresh("x")
        if is_async:
            head = self.rng.choice((f"async for {x} in {call}:", f"for {x} in [y async for y in {call}]:"))
        else:
            head = self.rng.choice((f"for {x} in {call}:", f"for {x} in list({call}):",
                                    f"for {x} in [y for y in {call}]:", f"for {x} in (y for y in {call}):",
                                    f"for {x} in {{i: y for i, y in enumerate({call})}}.values():"))
        body_ctx = ctx.deeper(in_loop=True).having(Val(x, tags))
        return Node([head], [g.block(body_ctx, g.few())])

    def calls(self, ctx: Ctx) -> Node:
        is_async = ctx.fn.is_async and self.rng.random() < 0.4
        _, call, _ = self.feed(ctx, is_async, "calls")
        act = self.g.fresh("act")
        loop = "async for" if is_async else "for"
        return Node([f"{loop} {act} in {call}:\n    {ctx.aw}{act}()"])

    def next_(self, ctx: Ctx) -> Node:
        is_async = ctx.fn.is_async and self.rng.random() < 0.4
        _, call, tags = self.feed(ctx, is_async, "handles")
        x = self.g.fresh("x")
        sink = self.g.sink(ctx, Val(x, tags))
        first = f"await anext({call}, None)" if is_async else f"next({call}, None)"
        return Node([f"{x} = {first}\nif {x} is not None:\n    {sink}"])


class ContextManagers(Idiom):
    """``with`` / ``async with`` on project classes (``__enter__`` binds what it returns,
    ``__exit__`` touches the container too) and on ``@contextlib.contextmanager`` /
    ``@asynccontextmanager`` helpers that touch it before and after ``yield``."""

    name = "context_managers"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        self.made: list[tuple[str, str, int, bool, bool, frozenset[str]]] = []  # name, module, level, async, self

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        return [("with", 5, self.with_)] if nest and self.can_define(ctx) else []

    def with_(self, ctx: Ctx) -> Node:
        g = self.g
        is_async = ctx.fn.is_async and self.rng.random() < 0.4
        level = ctx.fn.level + 1
        existing = [m for m in self.made if m[2] == level and m[3] == is_async and m[5] <= ctx.attrs]
        if existing and self.rng.random() < 0.3:
            name, module, _, _, returns_self, _ = self.rng.choice(existing)
        else:
            make = self.session if self.rng.random() < 0.5 else self.opened
            name, module, returns_self = make(ctx, level, is_async)
            self.made.append((name, module, level, is_async, returns_self, ctx.attrs))
        val = g.handle(ctx)
        call = f"{g.ref(ctx, module, name)}({ctx.town}, {val.expr})"
        x = g.fresh("s")
        with_ = "async with" if is_async else "with"
        g.mark(self.name)
        if self.rng.random() < 0.15:
            return Node([f"{with_} {call}:"], [g.block(ctx.deeper(), g.few())])
        bound = Val(f"{x}.h" if returns_self else x, self.tags(ctx, val.tags))
        return Node([f"{with_} {call} as {x}:"], [g.block(ctx.deeper().having(bound), g.few())])

    def session(self, ctx: Ctx, level: int, is_async: bool) -> tuple[str, str, bool]:
        g = self.g
        name = g.fresh("Session")
        module = g.level_module(level, "sessions")
        returns_self = self.rng.random() < 0.4
        a, kw = ("a", "async def") if is_async else ("", "def")
        enter = Function(f"__{a}enter__", level, is_async, name, module, frame(f"{kw} __{a}enter__(self):", []))
        leave = Function(f"__{a}exit__", level, is_async, name, module, frame(f"{kw} __{a}exit__(self, *exc):", []))
        here = (Val("self.h", frozenset({self.name})),)
        enter_ctx = self.body_ctx(enter, "self.town", here, ctx, may_return=False)
        leave_ctx = self.body_ctx(leave, "self.town", here, ctx)
        init = frame("def __init__(self, town, h):", [Node(["self.town = town"]), Node(["self.h = h"])])
        g.defs[module].append(frame(f"class {name}:", [init, enter.node, leave.node]))
        enter.node.bodies[0] = g.block(enter_ctx, self.rng.randint(0, 2)) + [
            Node(["return self" if returns_self else "return self.h"])]
        leave.node.bodies[0] = g.block(leave_ctx, self.rng.randint(1, 2)) + [Node(["return False"])]
        return name, module, returns_self

    def opened(self, ctx: Ctx, level: int, is_async: bool) -> tuple[str, str, bool]:
        g = self.g
        name = g.fresh("opened")
        module = g.level_module(level, "sessions")
        deco = "asynccontextmanager" if is_async else "contextmanager"
        head = (f"@{g.stdlib(module, 'contextlib')}.{deco}\n"
                f"{'async def' if is_async else 'def'} {name}(town, h):")
        fn = Function(name, level, is_async, None, module, frame(head, []))
        g.defs[module].append(fn.node)
        body_ctx = self.body_ctx(fn, "town", (Val("h", frozenset({self.name})),), ctx)
        pre = g.block(body_ctx.but(may_return=False), self.rng.randint(0, 2))
        given = Node([f"yield {g.handle(body_ctx).expr}"])
        if self.rng.random() < 0.5:
            post = g.block(body_ctx.deeper(in_finally=True), self.rng.randint(1, 2))
            fn.node.bodies[0] = pre + [Node(["try:", "finally:"], [[given], post])]
        else:
            fn.node.bodies[0] = pre + [given] + g.block(body_ctx, self.rng.randint(0, 2))
        return name, module, False


class GetattrDispatch(Idiom):
    """Methods called by name: ``getattr(self, "m")()``, ``methodcaller``, and a worker
    whose ``do_<k>`` methods are picked by ``getattr(w, f"do_{k}")`` over a constant tuple."""

    name = "getattr_dispatch"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        self.workers: list[tuple[str, str, str, tuple[str, ...], int, bool, frozenset[str]]] = []

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        if not self.can_define(ctx):
            return []
        return [("getattr_self", 3, self.by_name), ("getattr_worker", 3, self.worker)]

    def by_name(self, ctx: Ctx) -> Node:
        g = self.g
        fn = g.callee(ctx, g.handle(ctx), method=True, tags=(self.name,))
        aw, t = "await " if fn.is_async else "", ctx.town
        name = g.fresh("name")
        g.mark(self.name)
        return Node([self.rng.choice((
            f'{aw}getattr({t}, "{fn.name}")()',
            f'{aw}getattr({t}, "{fn.name}", None)()',
            f'{name} = "{fn.name}"\n{aw}getattr({t}, {name})()',
            f'{aw}{g.stdlib(ctx, "operator")}.methodcaller("{fn.name}")({t})',
        ))])

    def worker(self, ctx: Ctx) -> Node:
        g = self.g
        level = ctx.fn.level + 1
        is_async = ctx.fn.is_async and self.rng.random() < 0.8
        existing = [w for w in self.workers if w[4] == level and w[5] == is_async and w[6] <= ctx.attrs]
        if existing and self.rng.random() < 0.3:
            name, kinds_name, module, keys, *_ = self.rng.choice(existing)
        else:
            name, kinds_name, module, keys = self.new_worker(ctx, level, is_async)
        val = g.handle(ctx)
        w, k, fn = g.fresh("w"), g.fresh("k"), g.fresh("fn")
        aw = "await " if is_async else ""
        kinds = g.ref(ctx, module, kinds_name)
        make = f"{w} = {g.ref(ctx, module, name)}({ctx.town}, {val.expr})\n"
        g.mark(self.name)
        return Node([make + self.rng.choice((
            f'for {k} in {kinds}:\n    {aw}getattr({w}, f"do_{{{k}}}")()',
            f'for {k} in {kinds}:\n    {aw}getattr({w}, "do_" + {k})()',
            f'{aw}getattr({w}, "do_" + {kinds}[wkenv.pick("{g.fresh("m")}", {len(keys)})])()',
            f'{aw}getattr({w}, "do_{self.rng.choice(keys)}")()',
            f'for {k} in {kinds}:\n    {fn} = getattr({w}, f"do_{{{k}}}", None)\n'
            f'    if {fn} is not None:\n        {aw}{fn}()',
        ))])

    def new_worker(self, ctx: Ctx, level: int, is_async: bool) -> tuple[str, str, str, tuple[str, ...]]:
        g = self.g
        name, kinds_name = g.fresh("Worker"), g.fresh("KINDS")
        module = g.level_module(level, "workers")
        keys = ("a", "b", "c")[: self.rng.randint(2, 3)]
        init = frame("def __init__(self, town, h):", [Node(["self.town = town"]), Node(["self.h = h"])])
        methods = [Function(f"do_{k}", level, is_async, name, module,
                            frame(f"{'async def' if is_async else 'def'} do_{k}(self):", [])) for k in keys]
        g.defs[module] += [Node([f"{kinds_name} = ({', '.join(repr(k) for k in keys)})"]),
                           frame(f"class {name}:", [init, *(m.node for m in methods)])]
        here = (Val("self.h", frozenset({self.name})),)
        for m in methods:
            body_ctx = self.body_ctx(m, "self.town", here, ctx)
            m.node.bodies[0] = g.block(body_ctx, self.rng.randint(1, 2))
        self.workers.append((name, kinds_name, module, keys, level, is_async, ctx.attrs))
        return name, kinds_name, module, keys


class DictDispatch(Idiom):
    """Callables picked from dicts: a local dict of bound methods, a module-level dict of
    functions; by a constant key, ``.get``, an unknown key, or over ``.values()``."""

    name = "dict_dispatch"

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        if not self.can_define(ctx):
            return []
        return [("dict_methods", 3, self.methods), ("dict_functions", 3, self.functions)]

    def pick(self, table: str, call: Callable[[str], str]) -> str:
        """A call of one or all of ``table``'s values (keys "a" and "b")."""
        g = self.g
        fn, k = g.fresh("fn"), g.fresh("key")
        return self.rng.choice((
            call(f'{table}["a"]'),
            f"for {fn} in {table}.values():\n    {call(fn)}",
            call(f'{table}[("a", "b")[wkenv.pick("{g.fresh("m")}", 2)]]'),
            f'{fn} = {table}.get("b")\nif {fn} is not None:\n    {call(fn)}',
            f"for {k}, {fn} in {table}.items():\n    {call(fn)}",
        ))

    def methods(self, ctx: Ctx) -> Node:
        g = self.g
        is_async = ctx.fn.is_async and self.rng.random() < 0.8
        fns = [g.callee(ctx, g.handle(ctx), method=True, tags=(self.name,), is_async=is_async) for _ in "ab"]
        table = g.fresh("table")
        aw = "await " if is_async else ""
        g.mark(self.name)
        entries = ", ".join(f'"{k}": {ctx.town}.{f.name}' for k, f in zip("ab", fns))
        return Node([f"{table} = {{{entries}}}\n" + self.pick(table, lambda f: f"{aw}{f}()")])

    def functions(self, ctx: Ctx) -> Node:
        g = self.g
        level = ctx.fn.level + 1
        is_async = ctx.fn.is_async and self.rng.random() < 0.8
        module = g.level_module(level, "actions")
        val = g.handle(ctx)
        fns = [g.new_function(ctx, val, is_async, method=False, tags=(self.name,), module=module) for _ in "ab"]
        name = g.fresh("ACTIONS")
        entries = ", ".join(f'"{k}": {f.name}' for k, f in zip("ab", fns))
        g.tails[module].append(Node([f"{name} = {{{entries}}}"]))
        aw = "await " if is_async else ""
        table = g.ref(ctx, module, name)
        g.mark(self.name)
        return Node([self.pick(table, lambda f: f"{aw}{f}({ctx.town}, {val.expr})")])


class Functional(Idiom):
    """Handles and callables through ``map``, ``filter``, ``sorted(key=...)`` and
    ``functools.reduce``: the function runs once per element, never over an
    empty-on-idle collection."""

    name = "functional"

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        return [("functional_call", 3, self.call), ("functional_for", 3 if nest else 0, self.loop)]

    def call(self, ctx: Ctx) -> Node:
        g = self.g
        h1, h2 = g.handle(ctx), g.handle(ctx)
        x = g.fresh("x")
        self.g.mark(self.name)
        if self.rng.random() < 0.3:  # over a collection that is empty on an idle town
            label = g.label(self.tags(ctx, h1.tags))
            return Node([f'list(map(lambda {x}: {h1.expr}.fetch("{label}"), list_working_agents({ctx.town})))'])
        label = g.label(self.tags(ctx, h1.tags, h2.tags))
        items = f"[{h1.expr}, {h2.expr}]"
        return Node([self.rng.choice((
            f'list(map(lambda {x}: {x}.fetch("{label}"), {items}))',
            f'{g.stdlib(ctx, "functools")}.reduce(lambda acc, {x}: {x}.post("{label}"), {items}, None)',
            f'sorted({items}, key=lambda {x}: {x}.exec("{label}") and 0)',
        ))])

    def loop(self, ctx: Ctx) -> Node:
        g = self.g
        h1, h2 = g.handle(ctx), g.handle(ctx)
        x = g.fresh("x")
        items = f"[{h1.expr}, {h2.expr}]"
        source = self.rng.choice((f"filter(None, {items})", f"sorted({items}, key=lambda v: 0)",
                                  f"map(lambda v: v, {items})", f"reversed({items})"))
        self.g.mark(self.name)
        body_ctx = ctx.deeper(in_loop=True).having(Val(x, self.tags(h1.tags, h2.tags)))
        return Node([f"for {x} in {source}:"], [g.block(body_ctx, g.few())])


DECORATORS = {  # the wrapper's parameters and its body before the call
    "when_active": ("town, *args", "if not has_active_work(town):\n    return None", "town, *args"),
    "if_active": ("town, *args", "if not town.active:\n    return None", "town, *args"),
    "traced": ("*args", 'wkenv.log("traced")', "*args"),
}


class DecoratorGuard(Idiom):
    """Decorators on functions and methods whose wrapper tests a guard before calling
    (``when_active``, ``if_active``), or does not (``traced``, ``when(flag)`` over an
    unknown flag): the first gate every call, the others none."""

    name = "decorator_guard"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        g.decorate = self.decorate
        self.defined: set[str] = set()

    def decorate(self, ctx: Ctx, module: str, is_async: bool) -> tuple[str, frozenset[str]]:
        if self.rng.random() >= 0.35:
            return "", frozenset()
        kind = self.rng.choice(("when_active", "when_active", "if_active", "traced", "when"))
        name = kind + ("" if is_async else "_sync")
        self.define(kind, name, is_async)
        self.g.mark(self.name)
        ref = self.g.ref(module, "guards", name)
        if kind == "when":
            return f'@{ref}("{self.g.fresh("c")}")\n', frozenset({self.name})
        return f"@{ref}\n", frozenset({self.name})

    def define(self, kind: str, name: str, is_async: bool) -> None:
        if name in self.defined:
            return
        self.defined.add(name)
        functools = self.g.stdlib("guards", "functools")
        aw, kw = ("await ", "async def") if is_async else ("", "def")
        if kind == "when":
            text = (f"def {name}(flag):\n    def deco(fn):\n        @{functools}.wraps(fn)\n"
                    f"        {kw} wrapper(*args):\n            if wkenv.flag(flag):\n"
                    f"                return {aw}fn(*args)\n            return None\n"
                    f"        return wrapper\n    return deco")
        else:
            params, test, args = DECORATORS[kind]
            test = test.replace("\n", "\n        ")
            text = (f"def {name}(fn):\n    @{functools}.wraps(fn)\n    {kw} wrapper({params}):\n"
                    f"        {test}\n        return {aw}fn({args})\n    return wrapper")
        self.g.defs["guards"].append(Node([text]))


class StoredGuard(Idiom):
    """The tick stores a guard's value first — on the town or on another object, directly
    or through a method — whatever ``__init__`` set before; conditions read it."""

    name = "stored_guard"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        way = self.rng.choice(("self", "method", "flags"))
        sources = ["has_active_work(self)", "pred_guard(self)", "self.active"]
        if way == "flags":
            g.town.init.append(f"self.flags = {self.library('links', 'Flags', 'town')}()")
            g.town.first.append(f"self.flags.busy = {self.rng.choice([*sources, 'await self.is_busy()'])}")
            g.guards.append((lambda c: f"{c.town}.flags.busy", self.name))
            return
        g.town.init.append(f"self._active = {self.rng.choice(('True', 'None', '1'))}")
        if way == "method":
            store = frame("def note_activity(self):", [Node([f"self._active = {self.rng.choice(sources)}"])])
            g.methods[g.method_module()].append(store)
            g.town.first.append("self.note_activity()")
        else:
            g.town.first.append(f"self._active = {self.rng.choice([*sources, 'await self.is_busy()'])}")
        g.guards.append((lambda c: f"{c.town}._active", self.name))


class Tuples(Idiom):
    """Handles in tuples, named tuples and dataclasses: packed, unpacked (starred too),
    swapped, indexed, read by field, copied by ``dataclasses.replace`` and ``copy.copy``."""

    name = "tuples"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        if self.rng.random() < 0.4:
            g.town.init.append(f"self.kit = {self.library('kits', 'Kit', 'town')}(self.container)")
            self.source(lambda c: f"{c.town}.kit.h")
        if self.rng.random() < 0.3:
            g.town.init.append(f"self.pair = {self.library('kits', 'Pair', 'town')}(self.container, box(self))")
            self.source(lambda c: self.rng.choice((f"{c.town}.pair.main", f"{c.town}.pair[1]")))

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        return [("tuple", 6, self.bind)]

    def bind(self, ctx: Ctx) -> tuple[Node, Ctx]:
        g = self.g
        h1, h2, h3 = g.handle(ctx), g.handle(ctx), g.handle(ctx)
        tags = self.tags(h1.tags, h2.tags, h3.tags)
        a, b, c = g.fresh("a"), g.fresh("b"), g.fresh("c")
        g.mark(self.name)
        form = self.rng.choice(("unpack", "starred", "pair", "duo", "kit", "calls"))
        match form:
            case "unpack":
                text = f"{a}, {b} = {h1.expr}, {h2.expr}"
                if self.rng.random() < 0.4:
                    text += f"\n{a}, {b} = {b}, {a}"
                out = [a, b]
            case "starred":
                r = g.fresh("r")
                if self.rng.random() < 0.5:
                    text = f"{a}, *{b} = ({h1.expr}, {h2.expr}, {h3.expr})"
                else:
                    text = f"*{b}, {a} = [{h1.expr}, {h2.expr}]"
                text += f"\nfor {r} in {b}:\n    {g.sink(ctx, Val(r, tags))}"
                out = [a]
            case "pair":
                text = f"{a} = {self.library('kits', 'Pair', ctx)}({h1.expr}, {h2.expr})"
                out = [f"{a}.main", f"{a}[1]"]
                if self.rng.random() < 0.5:
                    text += f"\n{b}, {c} = {a}"
                    out += [b, c]
            case "duo":
                text = f"{a} = {self.library('kits', 'Duo', ctx)}(left={h1.expr}, right={h2.expr})"
                out = [f"{a}.left", f"{a}[1]"]
            case "kit":
                text = f"{a} = {self.library('kits', 'Kit', ctx)}({h1.expr})"
                out = [f"{a}.h"]
                if self.rng.random() < 0.6:
                    text += f"\n{b} = {g.stdlib(ctx, 'dataclasses')}.replace({a}, h={h2.expr})"
                    out.append(f"{b}.h")
                else:
                    text += f"\n{b} = {g.stdlib(ctx, 'copy')}.copy({a})"
                    out.append(f"{b}.h")
            case _:
                label = g.label(ctx.tags | tags | {"closures"})
                text = f'{a} = (lambda: {h1.expr}.fetch("{label}"), {h2.expr})\n{ctx.aw}{a}[0]()'
                out = [f"{a}[1]"]
        return Node([text]), ctx.having(*(Val(e, tags) for e in out))


class Rearranged(Idiom):
    """Lists of handles, of ``Lane`` objects holding one, or of callables, rearranged by
    Python and the standard library before the tick uses them: slices (``xs[1:]``,
    ``xs[::-1]``, ``xs[:n]``), ``itertools`` (``chain``, ``chain.from_iterable``,
    ``islice``, ``pairwise``, ``takewhile`` with a predicate, ``zip_longest``),
    ``collections.deque`` drained by ``popleft()``, ``heapq.nlargest(key=...)`` and
    ``random.choice`` (over elements that all behave alike: no execution depends on the
    pick); a predicate or key may wake the container itself, once per element. The same
    over an empty-on-idle collection never wakes."""

    name = "rearranged"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        self.stored = self.rng.random() < 0.4  # the town keeps a list of lanes
        if self.stored:
            lane = self.library("lanes", "Lane", "town")
            g.town.init.append(f'self.lanes = [{lane}(self.container, "main"), {lane}(get_container(env), "spare")]')

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        return [("rearranged_each", 3 if nest else 0, self.each), ("rearranged_calls", 2, self.calls),
                ("rearranged_pick", 2, self.pick), ("rearranged_empty", 1 if nest else 0, self.empty)]

    # -- the elements --

    def listed(self, ctx: Ctx, kind: str, lines: list[str], n: int | None = None,
               bind: bool = True) -> tuple[str, frozenset[str]]:
        """A list of ``n`` handles or lanes (maybe the town's own lanes), bound to a local
        (its line added to ``lines``) or written in place; and the idioms they came through."""
        g = self.g
        if kind == "lanes" and self.stored and n is None and self.rng.random() < 0.4:
            return f"{ctx.town}.lanes", self.tags()
        vals = [g.handle(ctx) for _ in range(n or self.rng.randint(2, 3))]
        tags = self.tags(*(v.tags for v in vals))
        if kind == "lanes":
            lane = self.library("lanes", "Lane", ctx)
            items = [f"{lane}({v.expr})" if self.rng.random() < 0.5 else f'{lane}({v.expr}, "l{i}")'
                     for i, v in enumerate(vals)]
        else:
            items = [v.expr for v in vals]
        text = f"[{', '.join(items)}]"
        if not bind:
            return text, tags
        xs = g.fresh("xs")
        lines.append(f"{xs} = {text}")
        return xs, tags

    def one(self, ctx: Ctx, kind: str) -> tuple[str, frozenset[str]]:
        """One more element, for a fill value."""
        val = self.g.handle(ctx)
        if kind == "lanes":
            return f"{self.library('lanes', 'Lane', ctx)}({val.expr})", self.tags(val.tags)
        return val.expr, self.tags(val.tags)

    @staticmethod
    def held(kind: str, var: str) -> str:
        return f"{var}.pipe" if kind == "lanes" else var

    def waking(self, ctx: Ctx, kind: str, var: str, tags: frozenset[str]) -> str:
        """A call on element ``var`` that wakes the container, as an expression."""
        label = self.g.label(ctx.tags | tags | {self.name})
        if kind == "lanes" and self.rng.random() < 0.5:
            return f'{var}.run("{label}")'
        return f'{self.held(kind, var)}.{self.rng.choice(("fetch", "post", "exec"))}("{label}")'

    def predicate(self, ctx: Ctx, kind: str, tags: frozenset[str]) -> str:
        v = self.g.fresh("v")
        return self.rng.choice((
            f"lambda {v}: {self.held(kind, v)} is not None",
            f'lambda {v}: wkenv.flag("{self.g.fresh("c")}")',
            f"lambda {v}: {self.waking(ctx, kind, v, tags)} is not None",
            *((f"lambda {v}: {v}.rank() > 0",) if kind == "lanes" else ()),
        ))

    def key(self, ctx: Ctx, kind: str, tags: frozenset[str]) -> str:
        v = self.g.fresh("v")
        return self.rng.choice((
            f"lambda {v}: 0",
            f"lambda {v}: {self.waking(ctx, kind, v, tags)} and 0",
            *((f"lambda {v}: {v}.rank()", f"lambda {v}: len({v}.name)") if kind == "lanes" else ()),
        ))

    # -- the statements --

    def each(self, ctx: Ctx) -> Node:
        """A loop over a rearranged list of handles or lanes; its body uses each element."""
        g = self.g
        kind = self.rng.choice(("handles", "lanes"))
        lines: list[str] = []
        xs, tags = self.listed(ctx, kind, lines)
        x, y = g.fresh("x"), g.fresh("y")
        it, n = "itertools", self.rng.randint(1, 2)
        form = self.rng.choice(("slice", "slice", "chain", "from_iterable", "islice", "pairwise", "takewhile",
                                "zip_longest", "deque", "nlargest"))
        if form in ("chain", "from_iterable", "islice", "pairwise", "takewhile", "zip_longest"):
            it = g.stdlib(ctx, "itertools")
        names = [x]
        first: list[Node] = []
        match form:
            case "slice":
                head = f"for {x} in {self.rng.choice((f'{xs}[1:]', f'{xs}[::-1]', f'{xs}[:{n}]', f'{xs}[-1:]'))}:"
            case "chain":
                ys, more = self.listed(ctx, kind, lines, self.rng.randint(1, 2), bind=self.rng.random() < 0.5)
                tags |= more
                head = f"for {x} in {it}.chain({xs}, {ys}):"
            case "from_iterable":
                ys, more = self.listed(ctx, kind, lines, 1)
                tags |= more
                head = f"for {x} in {it}.chain.from_iterable([{xs}, {ys}]):"
            case "islice":
                head = f"for {x} in {self.rng.choice((f'{it}.islice({xs}, {n})', f'{it}.islice({xs}, 1, None)'))}:"
            case "pairwise":
                head, names = f"for {x}, {y} in {it}.pairwise({xs}):", [x, y]
            case "takewhile":
                head = f"for {x} in {it}.takewhile({self.predicate(ctx, kind, tags)}, {xs}):"
            case "zip_longest":
                ys, more = self.listed(ctx, kind, lines, self.rng.randint(1, 2))
                fill, most = self.one(ctx, kind)
                tags |= more | most
                head, names = f"for {x}, {y} in {it}.zip_longest({xs}, {ys}, fillvalue={fill}):", [x, y]
            case "deque":
                q = g.fresh("q")
                lines.append(f"{q} = {g.stdlib(ctx, 'collections')}.deque({xs})")
                if self.rng.random() < 0.3:
                    lines.append(f"{q}.rotate(1)")
                head = f"while {q}:"
                first.append(Node([f"{x} = {q}.popleft()"]))
            case _:
                hq = g.stdlib(ctx, "heapq")
                head = f"for {x} in {hq}.nlargest({n + 1}, {xs}, key={self.key(ctx, kind, tags)}):"
        g.mark(self.name)
        vals = [Val(self.held(kind, name), tags) for name in names]
        body_ctx = ctx.deeper(in_loop=True).tagged(self.name).having(*vals)
        if self.rng.random() < 0.6:
            first.append(Node([ctx.aw + self.waking(body_ctx, kind, names[-1], tags)]))
        return Node(["\n".join([*lines, head])], [first + g.block(body_ctx, g.few())])

    def calls(self, ctx: Ctx) -> Node:
        """Callables (lambdas over handles, bound methods of the town) in a list, rearranged,
        each called."""
        g = self.g
        fns: list[str] = []
        for _ in range(self.rng.randint(2, 3)):
            if self.can_define(ctx) and self.rng.random() < 0.35:
                fn = g.callee(ctx, g.handle(ctx), method=True, tags=(self.name,), is_async=ctx.fn.is_async)
                fns.append(f"{ctx.town}.{fn.name}")
            else:
                val = g.handle(ctx)
                label = g.label(self.tags(ctx, val.tags, frozenset({"closures"})))
                fns.append(f'lambda: {val.expr}.{self.rng.choice(("fetch", "post", "exec"))}("{label}")')
        fs, f, f2 = g.fresh("fns"), g.fresh("f"), g.fresh("f")
        aw = ctx.aw
        text = f"{fs} = [{', '.join(fns)}]\n"
        g.mark(self.name)
        form = self.rng.choice(("slice", "chain", "islice", "takewhile", "pairwise", "zip_longest", "deque",
                                "popleft", "nlargest"))
        it = g.stdlib(ctx, "itertools") if form in ("chain", "islice", "takewhile", "pairwise", "zip_longest") else ""
        match form:
            case "slice":
                src = self.rng.choice((f"{fs}[1:]", f"{fs}[::-1]", f"{fs}[:1]", f"{fs}[:2]"))
                text += f"for {f} in {src}:\n    {aw}{f}()"
            case "chain":
                text += f"for {f} in {it}.chain({fs}[1:], {fs}[:1]):\n    {aw}{f}()"
            case "islice":
                text += f"for {f} in {it}.islice({fs}, 2):\n    {aw}{f}()"
            case "takewhile":
                text += f"for {f} in {it}.takewhile(callable, {fs}):\n    {aw}{f}()"
            case "pairwise":
                text += f"for {f}, {f2} in {it}.pairwise({fs}):\n    {aw}{f2}()"
            case "zip_longest":
                text += f"for {f}, {f2} in {it}.zip_longest({fs}, {fs}[:1], fillvalue={fs}[-1]):\n    {aw}{f2}()"
            case "deque":
                q = g.fresh("q")
                text += f"{q} = {g.stdlib(ctx, 'collections')}.deque({fs})\nwhile {q}:\n    {aw}{q}.popleft()()"
            case "popleft":
                q = g.fresh("q")
                text += f"{q} = {g.stdlib(ctx, 'collections')}.deque({fs})\n{aw}{q}.popleft()()"
            case _:
                text += f"for {f} in {g.stdlib(ctx, 'heapq')}.nlargest(2, {fs}, key=lambda {f2}: 0):\n    {aw}{f}()"
        return Node([text])

    def pick(self, ctx: Ctx) -> tuple[Node, Ctx]:
        """One element of a rearranged list, kept in a local that what follows may use."""
        g = self.g
        kind = self.rng.choice(("handles", "lanes"))
        lines: list[str] = []
        xs, tags = self.listed(ctx, kind, lines)
        x = g.fresh("x")
        form = self.rng.choice(("choice", "choice", "popleft", "islice", "nlargest", "slice"))
        match form:
            case "choice":  # every element behaves alike: the pick decides nothing
                lines.append(f"{x} = {g.stdlib(ctx, 'random')}.choice({xs})")
            case "popleft":
                q = g.fresh("q")
                lines += [f"{q} = {g.stdlib(ctx, 'collections')}.deque({xs})", f"{x} = {q}.popleft()"]
            case "islice":
                lines.append(f"{x} = next({g.stdlib(ctx, 'itertools')}.islice({xs}, 1, None))")
            case "nlargest":
                lines.append(f"{x} = {g.stdlib(ctx, 'heapq')}.nlargest(1, {xs}, key={self.key(ctx, kind, tags)})[0]")
            case _:
                lines.append(self.rng.choice((f"{x} = {xs}[::-1][0]", f"{x}, *_ = {xs}[1:]")))
        if self.rng.random() < 0.5:
            lines.append(ctx.aw + self.waking(ctx, kind, x, tags))
        g.mark(self.name)
        return Node(["\n".join(lines)]), ctx.having(Val(self.held(kind, x), tags))

    def empty(self, ctx: Ctx) -> Node:
        """The same rearrangements over a collection that is empty on an idle town: never a wake."""
        g = self.g
        t, r, r2 = ctx.town, g.fresh("r"), g.fresh("r")
        rows = f"list_working_agents({t})"
        lines: list[str] = []
        if self.rng.random() < 0.5:
            local = g.fresh("rows")
            lines.append(f"{local} = {rows}")
            rows = local
        val = g.handle(ctx)
        label = g.label(ctx.tags | val.tags | {"guards", self.name})
        wake = f'{val.expr}.{self.rng.choice(("fetch", "post", "exec"))}("{label}")'
        form = self.rng.choice(("slice", "chain", "islice", "pairwise", "takewhile", "zip_longest", "deque",
                                "nlargest"))
        it = g.stdlib(ctx, "itertools") if form in ("chain", "islice", "pairwise", "takewhile", "zip_longest") else ""
        match form:
            case "slice":
                head = f"for {r} in {self.rng.choice((f'{rows}[1:]', f'{rows}[::-1]', f'{rows}[:2]'))}:"
            case "chain":
                head = self.rng.choice((f"for {r} in {it}.chain({rows}, {rows}[1:]):",
                                        f"for {r} in {it}.chain.from_iterable([{rows}, {rows}]):"))
            case "islice":
                head = f"for {r} in {it}.islice({rows}, 2):"
            case "pairwise":
                head = f"for {r}, {r2} in {it}.pairwise({rows}):"
            case "takewhile":
                head = f"for {r} in {it}.takewhile(lambda {r2}: {wake} is not None, {rows}):"
            case "zip_longest":
                head = f"for {r}, {r2} in {it}.zip_longest({rows}, {rows}[1:], fillvalue={val.expr}):"
            case "deque":
                q = g.fresh("q")
                lines.append(f"{q} = {g.stdlib(ctx, 'collections')}.deque({rows})")
                head = f"while {q}:\n    {r} = {q}.popleft()"
            case _:
                head = f"for {r} in {g.stdlib(ctx, 'heapq')}.nlargest(2, {rows}, key=lambda {r2}: {wake} and 0):"
        g.mark(self.name)
        if form == "deque":  # the popleft() is the body's first line
            lines.append(head.split("\n")[0])
            body = [Node([head.split("\n")[1].strip()])]
        else:
            lines.append(head)
            body = []
        body_ctx = ctx.deeper(in_loop=True).tagged("guards", self.name)
        return Node(["\n".join(lines)], [body + g.block(body_ctx, g.few())])


class ClassHooks(Idiom):
    """Objects built through class machinery: an inherited ``@classmethod`` factory
    ``from_env(cls, ...)`` returning ``cls(...)``, called on a subclass whose ``run`` (its
    own or inherited from another subclass) is not the base's; a registry that the base's
    ``__init_subclass__(cls, key="", **kw)`` fills with the subclasses (class keywords or
    none), iterated, indexed and looked up by the tick, each ``klass.build(...).run()``;
    and proxies whose ``__getattr__`` forwards to a wrapped object holding a handle (a
    holder, the town, a built probe)."""

    name = "class_hooks"

    def __init__(self, g: Generator) -> None:
        super().__init__(g)
        self.probes: list[tuple[str, str, int, bool, frozenset[str]]] = []  # class, module, level, async, attrs
        self.level: int | None = None  # the plugins' level; only shallower code runs the registry
        self.is_async = False  # whether the plugins' run() is
        self.plugins: list[tuple[str, str]] = []  # class, registry key
        if self.rng.random() < 0.3:
            proxy = self.library("proxies", self.rng.choice(("Proxy", "Relay")), "town")
            g.town.init.append(f"self.proxy = {proxy}({self.library('holders', 'Holder', 'town')}(self.container))")
            self.source(lambda c: f"{c.town}.proxy.conn")
            g.sink_forms.append((lambda c, label: f'{c.town}.proxy.ping("{label}")', frozenset({self.name})))

    def kinds(self, ctx: Ctx, nest: bool) -> list[Kind]:
        out: list[Kind] = [("proxy", 2, self.proxy)]
        if self.can_define(ctx):
            out.append(("factory", 3, self.factory))
        if self.registry_usable(ctx):
            out.append(("subclass_registry", 3, self.registry))
        return out

    def registry_usable(self, ctx: Ctx) -> bool:
        if self.level is None:
            return self.can_define(ctx)
        return ctx.fn.level < self.level and (ctx.fn.is_async or not self.is_async)

    def proxy(self, ctx: Ctx) -> tuple[Node, Ctx]:
        g = self.g
        val = g.handle(ctx)
        proxy = self.library("proxies", self.rng.choice(("Proxy", "Relay")), ctx)
        holder = self.library("holders", "Holder", ctx)
        p = g.fresh("p")
        g.mark(self.name)
        tags = self.tags(val.tags)
        if self.rng.random() < 0.3:
            return Node([f"{p} = {proxy}({ctx.town})"]), ctx.having(Val(f"{p}.container", self.tags()))
        text = f"{p} = {proxy}({holder}({val.expr}))"
        if self.rng.random() < 0.6:
            text += f'\n{ctx.aw}{p}.ping("{g.label(ctx.tags | tags)}")'
        return Node([text]), ctx.having(Val(f"{p}.conn", tags))

    def factory(self, ctx: Ctx) -> Node:
        """A probe built by the base's ``from_env`` called on a subclass, run."""
        g = self.g
        level = ctx.fn.level + 1
        is_async = ctx.fn.is_async and self.rng.random() < 0.7
        existing = [p for p in self.probes if p[2] == level and p[3] == is_async and p[4] <= ctx.attrs]
        if existing and self.rng.random() < 0.3:
            name, module, *_ = self.rng.choice(existing)
        else:
            name, module = self.new_probe(ctx, level, is_async)
        val = g.handle(ctx)
        sub, t = g.ref(ctx, module, name), ctx.town
        aw = "await " if is_async else ""
        x, k = g.fresh("probe"), g.fresh("klass")
        args = f"{t}, {val.expr}" + (f', note="{g.fresh("n")}"' if self.rng.random() < 0.3 else "")
        g.mark(self.name)
        return Node([self.rng.choice((
            f"{aw}{sub}.from_env({args}).run()",
            f"{x} = {sub}.from_env({args})\n{aw}{x}.run()",
            f"{k} = {sub}\n{aw}{k}.from_env({args}).run()",
            f"{aw}{self.library('proxies', self.rng.choice(('Proxy', 'Relay')), ctx)}({sub}.from_env({args})).run()",
        ))])

    def new_probe(self, ctx: Ctx, level: int, is_async: bool) -> tuple[str, str]:
        g = self.g
        module = g.level_module(level, "probes")
        name = g.fresh("Probe")
        base = self.library("factories", "Probe", module)
        run = Function("run", level, is_async, name, module,
                       frame(f"{'async def' if is_async else 'def'} run(self):", []))
        body_ctx = self.body_ctx(run, "self.town", (Val("self.handle", frozenset({self.name})),), ctx)
        body = [Node(["super().run()"])] if self.rng.random() < 0.2 else []
        g.defs[module].append(frame(f"class {name}({base}):", [run.node]))
        run.node.bodies[0] = body + g.block(body_ctx, self.rng.randint(1, 3))
        self.probes.append((name, module, level, is_async, ctx.attrs))
        if self.rng.random() < 0.3:  # a subclass of the subclass: the factory builds it, it runs its base's run
            child = g.fresh("Probe")
            g.defs[module].append(frame(f"class {child}({name}):", [Node(['kind = "child"'])]))
            self.probes.append((child, module, level, is_async, ctx.attrs))
            return child, module
        return name, module

    def registry(self, ctx: Ctx) -> Node:
        g = self.g
        if self.level is None:
            self.level = ctx.fn.level + 1
            self.is_async = ctx.fn.is_async and self.rng.random() < 0.75
        if not self.plugins or (self.rng.random() < 0.25 and g.budget > 0):
            self.new_plugin(ctx)
        base = self.library("plugins", "Plugin", ctx)
        aw, t = "await " if self.is_async else "", ctx.town
        h = g.handle(ctx).expr
        k, klass = g.fresh("key"), g.fresh("klass")
        build = f"{aw}{klass}.build({t}, {h}).run()"
        key = self.rng.choice(self.plugins)[1]
        g.mark(self.name)
        return Node([self.rng.choice((
            f"for {k}, {klass} in {base}.registry.items():\n    {build}",
            f"for {klass} in {base}.registry.values():\n    {build}",
            f"for {klass} in list({base}.registry.values()):\n    {build}",
            f'{aw}{base}.registry["{key}"].build({t}, {h}).run()',
            f'{klass} = {base}.registry.get("{key}")\nif {klass} is not None:\n    {build}',
            f"for {k} in sorted({base}.registry):\n    {aw}{base}.registry[{k}].build({t}, {h}).run()",
        ))])

    def new_plugin(self, ctx: Ctx) -> None:
        g = self.g
        assert self.level is not None
        name = g.fresh("Addon")
        base = self.library("plugins", "Plugin", "addons")
        if self.plugins and self.rng.random() < 0.25:  # inherits another's run, registered under its own key
            parent = self.rng.choice(self.plugins)[0]
            key = g.fresh("k")
            g.defs["addons"].append(frame(f'class {name}({parent}, key="{key}"):', [Node(['kind = "inherited"'])]))
            self.plugins.append((name, key))
            return
        key = g.fresh("k") if self.rng.random() < 0.7 else ""
        run = Function("run", self.level, self.is_async, name, "addons",
                       frame(f"{'async def' if self.is_async else 'def'} run(self):", []))
        body_ctx = self.body_ctx(run, "self.owner", (Val("self.client", frozenset({self.name})),), ctx,
                                 attrs=frozenset())  # any tick path runs the plugins
        head = f'class {name}({base}, key="{key}"):' if key else f"class {name}({base}):"
        g.defs["addons"].append(frame(head, [run.node]))
        self.plugins.append((name, key or name))
        run.node.bodies[0] = g.block(body_ctx, self.rng.randint(1, 3))

    def finish(self) -> None:
        if self.plugins:  # the subclasses register themselves when their module is imported
            if self.rng.random() < 0.5:
                self.g.town.start_imports.append("addons")
            else:
                self.g.imports.module("town", "addons")


IDIOM_CLASSES: tuple[type[Idiom], ...] = (Layers, Carry, Startup, Injection, Registry, Generators, ContextManagers,
                                          GetattrDispatch, DictDispatch, Functional, DecoratorGuard, StoredGuard,
                                          Tuples, Rearranged, ClassHooks)
assert {c.name for c in IDIOM_CLASSES} == set(OPTIONAL)


def idioms_for(g: Generator, names: set[str]) -> list[Idiom]:
    unknown = names - set(OPTIONAL)
    if unknown:
        raise ValueError(f"unknown idioms: {sorted(unknown)}; known: {', '.join(OPTIONAL)}")
    return [cls(g) for cls in IDIOM_CLASSES if cls.name in names]
