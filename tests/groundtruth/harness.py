"""Ground truth by execution: which container calls an idle town's alarm really makes.

``ground_truth(fixture_dir)`` imports the fixture's ``gastown`` package fresh,
replaces the functions the fixture's ``[tool.wakecheck]`` idle model names
(active guards return False, empty-on-idle functions return an empty value,
rare predicates return False, or True in mode ``idle+rare``), and runs
``TownDO.alarm()`` against stub platform objects. Every other unknown (SQL
rows, storage values, secrets, whether a container call fails, WebSocket
clients) is a choice point; the alarm is re-run over every sequence of
choices, depth first, so the result covers all paths the idle model allows.

What it records: each call of a container-stub method other than the
quiet methods, and each call of a configured ``sinks`` callable, as
``(path relative to the fixture, caller's line, method or callable name)``.
Container calls made inside a sink callable are its own business and are
neither recorded nor branched on.

Modelling limits (deliberate, to keep the search finite and small): a query
returns zero or one row; row values come from the small per-column domains in
``_row_value_options`` (most columns have exactly one value); storage keys and
secrets have the domains in ``_storage_options`` and ``EnvStub``; a fresh
``TownDO`` is built for each run, as after an eviction.
"""

from __future__ import annotations

import asyncio
import base64
import contextvars
import fnmatch
import hashlib
import hmac
import importlib
import inspect
import json
import logging
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, TypeVar

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

T = TypeVar("T")

Wake = tuple[str, int, str]

MODES = ("idle", "idle+rare")
MAX_RUNS = 20_000
PACKAGE = "gastown"
TOWN_MODULE, TOWN_CLASS = "gastown.town_do", "TownDO"

TOWN_ID = "town-1"
JWT_SECRET = "container-jwt-secret"
NEXTAUTH_SECRET = "nextauth-secret"
HOUR_MS = 60 * 60_000


class ExplorationError(AssertionError):
    """The search could not finish, or the fixture misbehaved on some path."""


# -- the idle model -----------------------------------------------------------


@dataclass(frozen=True)
class IdleModel:
    """The parts of a fixture's ``[tool.wakecheck]`` table the harness executes."""

    active_guards: tuple[str, ...]
    empty_on_idle: tuple[str, ...]
    rare: tuple[str, ...]
    sinks: tuple[str, ...]
    quiet_methods: frozenset[str]

    @classmethod
    def read(cls, fixture_dir: Path) -> IdleModel:
        with open(fixture_dir / "pyproject.toml", "rb") as f:
            table = tomllib.load(f)["tool"]["wakecheck"]
        return cls(
            active_guards=tuple(table.get("active-guards", ())),
            empty_on_idle=tuple(table.get("empty-on-idle", {})),
            rare=tuple(table.get("rare", {})),
            sinks=tuple(table.get("sinks", ())),
            quiet_methods=frozenset(table.get("quiet-methods", ())),
        )


def matches(pattern: str, dotted: str) -> bool:
    """fnmatch over a dotted name; a pattern without a dot looks at the last component."""
    if "." not in pattern:
        return fnmatch.fnmatchcase(dotted.rpartition(".")[2], pattern)
    return fnmatch.fnmatchcase(dotted, pattern)


def _any_match(patterns: Sequence[str], names: set[str]) -> bool:
    return any(matches(p, name) for p in patterns for name in names)


# -- the choice oracle and the depth-first search ------------------------------


class Oracle:
    """Answers choice points from a fixed prefix, then with the first option."""

    def __init__(self, prefix: Sequence[int], expected: Sequence[tuple[int, str]]) -> None:
        self._prefix = prefix
        self._expected = expected
        self.trace: list[tuple[int, int, str]] = []
        self._memo: dict[str, Any] = {}

    def choose(self, what: str, options: Sequence[T]) -> T:
        if len(options) == 1:
            return options[0]
        i = len(self.trace)
        if i < len(self._expected) and self._expected[i] != (len(options), what):
            got = (len(options), what)
            raise ExplorationError(f"nondeterministic replay at choice {i}: {self._expected[i]} != {got}")
        k = self._prefix[i] if i < len(self._prefix) else 0
        self.trace.append((k, len(options), what))
        return options[k]

    def memo(self, key: str, options: Sequence[T]) -> T:
        """One choice per run for ``key``: a value that stays the same once read."""
        if key not in self._memo:
            self._memo[key] = self.choose(key, options)
        return self._memo[key]


def explore(run_once: Callable[[Oracle], None], max_runs: int = MAX_RUNS) -> int:
    """Call ``run_once`` once per complete choice sequence; returns the number of runs."""
    prefix: list[int] = []
    expected: list[tuple[int, str]] = []
    runs = 0
    while True:
        if runs == max_runs:
            raise ExplorationError(f"more than {max_runs} runs: the choice space is too large")
        oracle = Oracle(prefix, expected)
        run_once(oracle)
        runs += 1
        if len(oracle.trace) < len(prefix):
            raise ExplorationError("nondeterministic replay: the run made fewer choices than before")
        trace = oracle.trace
        i = len(trace) - 1
        while i >= 0 and trace[i][0] == trace[i][1] - 1:
            i -= 1
        if i < 0:
            return runs
        prefix = [k for k, _, _ in trace[:i]] + [trace[i][0] + 1]
        expected = [(n, what) for _, n, what in trace[: i + 1]]


# -- recording ----------------------------------------------------------------

_IN_SINK: contextvars.ContextVar[bool] = contextvars.ContextVar("in_sink", default=False)


@dataclass
class Recorder:
    root: Path
    wakes: set[Wake] = field(default_factory=set)
    _paths: dict[str, str] = field(default_factory=dict)

    def record(self, frame: FrameType, name: str) -> bool:
        """Record a wake at ``frame``'s current line; False when inside a sink callable."""
        if _IN_SINK.get():
            return False
        filename = frame.f_code.co_filename
        if filename not in self._paths:
            path = Path(filename).resolve()
            if not path.is_relative_to(self.root):
                raise ExplorationError(f"wake {name!r} from outside the fixture: {path}:{frame.f_lineno}")
            self._paths[filename] = path.relative_to(self.root).as_posix()
        self.wakes.add((self._paths[filename], frame.f_lineno, name))
        return True

    async def inside_sink(self, awaitable: Any) -> Any:
        token = _IN_SINK.set(True)
        try:
            return await awaitable
        finally:
            _IN_SINK.reset(token)


# -- stub platform objects ----------------------------------------------------


class StubResponse:
    def __init__(self, status: int, body: Callable[[], Any] = dict) -> None:
        self.status = status
        self._body = body

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    async def json(self) -> Any:
        return self._body()

    async def text(self) -> str:
        return json.dumps(self._body())


CONTAINER_DOWN = "fetch failed: container is not running"


async def _returning(value: Any) -> Any:
    return value


async def _raising(err: BaseException) -> Any:
    raise err


class ContainerStub:
    """What ``env.TOWN_CONTAINER.get(...)`` returns: every method call is a wake."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        run = self._run

        def method(*args: Any, **kwargs: Any) -> Any:
            quiet = name in run.model.quiet_methods
            recorded = not quiet and run.recorder.record(sys._getframe(1), name)
            if not recorded:
                return _returning(StubResponse(200) if name == "fetch" else None)
            if name == "fetch":
                outcome = run.oracle.choose("container.fetch", ("ok", "error", "down"))
                if outcome == "down":
                    return _raising(TypeError(CONTAINER_DOWN))
                # The body is only a choice point for the callers that read it.
                return _returning(StubResponse(200 if outcome == "ok" else 503, run.agent_status_body))
            if run.oracle.choose(f"container.{name}", ("ok", "down")) == "down":
                return _raising(TypeError(CONTAINER_DOWN))
            return _returning(None)

        return method


class NamespaceStub:
    def __init__(self, run: Run) -> None:
        self._run = run

    def id_from_name(self, name: str) -> str:
        return f"id:{name}"

    def get(self, object_id: str) -> ContainerStub:
        return ContainerStub(self._run)


class SecretStub:
    def __init__(self, run: Run, name: str, value: str) -> None:
        self._run, self._name, self._value = run, name, value

    async def get(self) -> str | None:
        return self._run.oracle.memo(f"secret {self._name}", (None, self._value))


class ForgeStub:
    """The code forge service binding: not a container, never recorded."""

    def __init__(self, run: Run) -> None:
        self._run = run

    async def fetch(self, url: str, **kwargs: Any) -> StubResponse:
        def body() -> dict[str, str]:
            return {"state": self._run.oracle.choose("forge state", ("open", "merged", "closed"))}

        return StubResponse(200, body)


class AnalyticsStub:
    def write_data_point(self, **kwargs: Any) -> None:
        pass


class EnvStub:
    """Every binding is present; whether a secret resolves is a choice point."""

    KILOCODE_API_URL = "https://kilocode.test/api"

    def __init__(self, run: Run) -> None:
        self.TOWN_CONTAINER = NamespaceStub(run)
        self.GASTOWN_JWT_SECRET = SecretStub(run, "GASTOWN_JWT_SECRET", JWT_SECRET)
        self.NEXTAUTH_SECRET = SecretStub(run, "NEXTAUTH_SECRET", NEXTAUTH_SECRET)
        self.GIT_FORGE = ForgeStub(run)
        self.ANALYTICS = AnalyticsStub()


def _iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"


def _now_ms() -> int:
    return int(time.time() * 1000)


def _row_value_options(key: str) -> tuple[Any, ...]:
    """What a column may hold; columns with one option are not choice points."""
    if key == "n":
        return (0, 1)
    if key in ("status", "container_status"):
        return ("working", "idle")
    if key.endswith("_at"):
        return (_iso(_now_ms() - 26 * HOUR_MS),)
    if key.endswith("_count"):
        return (0,)
    if key.endswith("_json"):
        return ("{}",)
    if key == "event_type":
        return ("agent_done",)
    if key == "severity":
        return ("medium",)
    return (f"{key}-1",)


class RowStub(Mapping[str, Any]):
    def __init__(self, run: Run, where: str) -> None:
        self._run, self._where = run, where
        self._values: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key not in self._values:
            self._values[key] = self._run.oracle.choose(f"{self._where}[{key}]", _row_value_options(key))
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class CursorStub:
    def __init__(self, run: Run, query: str) -> None:
        self._run = run
        self._query = query
        self._rows: list[RowStub] | None = None

    def _where(self) -> str:
        return " ".join(self._query.split())[:60]

    def to_array(self) -> list[RowStub]:
        if self._rows is None:
            count = self._run.oracle.choose(f"rows of {self._where()}", (0, 1))
            self._rows = [RowStub(self._run, self._where()) for _ in range(count)]
        return list(self._rows)

    def one(self) -> RowStub:
        if self._rows is None:
            self._rows = [RowStub(self._run, self._where())]
        return self._rows[0]

    def __iter__(self) -> Iterator[RowStub]:
        return iter(self.to_array())


class SqlStub:
    def __init__(self, run: Run) -> None:
        self._run = run

    def exec(self, query: str, *bindings: object) -> CursorStub:
        return CursorStub(self._run, query)


def _sign_hs256(claims: Mapping[str, Any], secret: str) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    signing_input = f"{header}.{b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(signature)}"


def _storage_options(key: str) -> tuple[Any, ...]:
    now = _now_ms()
    if key == "town:id":
        return (None, TOWN_ID)
    if key == "container:lastTokenRefreshAt":
        return (now - 2 * HOUR_MS, now - 60_000)
    if key == "town:config":
        in_30_days_s = now // 1000 + 30 * 24 * 3600
        valid = _sign_hs256({"kiloUserId": "kilo-user-1", "exp": in_30_days_s}, NEXTAUTH_SECRET)
        return (
            None,
            {"owner_user_id": "user-1", "kilocode_token": "not-a-jwt"},
            {"owner_user_id": "user-1", "kilocode_token": valid, "env_vars": {"FEATURE_FLAG": "on"}},
        )
    if key == "container:custom_env_var_keys":
        return (None, ["REMOVED_FLAG"])
    return (None,)


class StorageStub:
    def __init__(self, run: Run) -> None:
        self._run = run
        self.sql = SqlStub(run)
        self._values: dict[str, Any] = {}
        self.alarm: int | None = None

    async def get(self, key: str) -> Any:
        if key not in self._values:
            self._values[key] = self._run.oracle.choose(f"storage {key}", _storage_options(key))
        return self._values[key]

    async def put(self, key: str, value: object) -> None:
        self._values[key] = value

    async def delete(self, keys: str | Sequence[str]) -> None:
        for key in [keys] if isinstance(keys, str) else keys:
            self._values[key] = None

    async def set_alarm(self, scheduled_time_ms: int) -> None:
        self.alarm = scheduled_time_ms

    async def delete_alarm(self) -> None:
        self.alarm = None


class ObjectIdStub:
    name = TOWN_ID

    def __str__(self) -> str:
        return f"do-{TOWN_ID}"


class WebSocketStub:
    def send(self, message: str) -> None:
        json.loads(message)


class CtxStub:
    def __init__(self, run: Run) -> None:
        self._run = run
        self.id = ObjectIdStub()
        self.storage = StorageStub(run)

    def get_websockets(self, tag: str | None = None) -> list[WebSocketStub]:
        return list(self._run.oracle.choose(f"websockets {tag}", ((), (WebSocketStub(),))))

    def wait_until(self, awaitable: Any) -> None:
        self._run.background.append(asyncio.ensure_future(awaitable))


@dataclass
class Run:
    oracle: Oracle
    model: IdleModel
    recorder: Recorder
    background: list[asyncio.Future[Any]] = field(default_factory=list)

    def agent_status_body(self) -> dict[str, Any]:
        return {"status": self.oracle.choose("agent status", ("running", "exited"))}

    async def alarm(self, town_class: type) -> None:
        town = town_class(CtxStub(self), EnvStub(self))
        await town.alarm()
        # Fire-and-forget work still belongs to this tick.
        while True:
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
            pending += [t for t in self.background if not t.done()]
            self.background = []
            if not pending:
                break
            await asyncio.gather(*pending)


# -- loading the fixture and installing the idle model ---------------------------


def _purge() -> None:
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]


def _load(root: Path) -> dict[str, ModuleType]:
    """Import ``root``'s package fresh; nothing is cached or written to disk."""
    _purge()
    entry = str(root)
    sys.path.insert(0, entry)
    dont_write = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        importlib.invalidate_caches()
        package = importlib.import_module(PACKAGE)
        if Path(package.__file__ or "").resolve().parent != root / PACKAGE:
            raise ExplorationError(f"imported {package.__file__}, not the package under {root}")
        modules = {PACKAGE: package}
        for info in pkgutil.walk_packages(package.__path__, prefix=PACKAGE + "."):
            modules[info.name] = importlib.import_module(info.name)
        return modules
    finally:
        sys.dont_write_bytecode = dont_write
        sys.path.remove(entry)


_EMPTY_BY_TYPE: dict[str, Any] = {
    "list": list, "List": list, "Sequence": list, "Iterable": list, "Collection": list,
    "dict": dict, "Dict": dict, "Mapping": dict,
    "set": set, "Set": set, "frozenset": frozenset, "tuple": tuple,
    "int": int, "float": float, "bool": bool,
}


def _empty_factory(func: Callable[..., Any]) -> Callable[[], Any]:
    """A fresh empty value of the function's return type (by annotation, else by name)."""
    annotation = inspect.get_annotations(func).get("return")
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    head = re.match(r"[\w.]*", text or "").group(0).rpartition(".")[2]
    if head in _EMPTY_BY_TYPE:
        return _EMPTY_BY_TYPE[head]
    if func.__name__.startswith("count_"):
        return int
    if func.__name__.startswith(("list_", "get_")):
        return list
    raise ExplorationError(f"cannot tell what empty value {func.__qualname__} returns")


def _constant(func: Callable[..., Any], make: Callable[[], Any]) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(func):

        async def replacement(*args: Any, **kwargs: Any) -> Any:
            return make()

    else:

        def replacement(*args: Any, **kwargs: Any) -> Any:
            return make()

    return replacement


def _sink(func: Callable[..., Any], recorder: Recorder) -> Callable[..., Any]:
    name = func.__name__
    if inspect.iscoroutinefunction(func):

        def replacement(*args: Any, **kwargs: Any) -> Any:
            recorder.record(sys._getframe(1), name)
            return recorder.inside_sink(func(*args, **kwargs))

    else:

        def replacement(*args: Any, **kwargs: Any) -> Any:
            recorder.record(sys._getframe(1), name)
            token = _IN_SINK.set(True)
            try:
                return func(*args, **kwargs)
            finally:
                _IN_SINK.reset(token)

    return replacement


def _functions(modules: Mapping[str, ModuleType]) -> dict[int, tuple[Callable[..., Any], set[str]]]:
    """Every function of the package with all the dotted names it is bound to."""
    found: dict[int, tuple[Callable[..., Any], set[str]]] = {}

    def add(func: Any, binding: str) -> None:
        if inspect.isfunction(func) and func.__module__.startswith(PACKAGE):
            entry = found.setdefault(id(func), (func, set()))
            entry[1].update({f"{func.__module__}.{func.__qualname__}", binding})

    for module in modules.values():
        for attr, value in vars(module).items():
            add(value, f"{module.__name__}.{attr}")
            if inspect.isclass(value) and value.__module__ == module.__name__:
                for class_attr, class_value in vars(value).items():
                    add(class_value, f"{module.__name__}.{attr}.{class_attr}")
    return found


def _install(modules: Mapping[str, ModuleType], model: IdleModel, mode: str, recorder: Recorder) -> None:
    """Replace the idle model's functions, and every alias bound to them."""
    replacements: dict[int, Callable[..., Any]] = {}
    for key, (func, names) in _functions(modules).items():
        if _any_match(model.active_guards, names):
            replacements[key] = _constant(func, bool)
        elif _any_match(model.empty_on_idle, names):
            replacements[key] = _constant(func, _empty_factory(func))
        elif _any_match(model.rare, names):
            replacements[key] = _constant(func, (lambda: mode == "idle+rare"))
        elif _any_match(model.sinks, names):
            replacements[key] = _sink(func, recorder)
    for module in modules.values():
        for attr, value in list(vars(module).items()):
            if id(value) in replacements and inspect.isfunction(value):
                setattr(module, attr, replacements[id(value)])
            elif inspect.isclass(value) and value.__module__ == module.__name__:
                for class_attr, class_value in list(vars(value).items()):
                    if inspect.isfunction(class_value) and id(class_value) in replacements:
                        setattr(value, class_attr, replacements[id(class_value)])


# -- programming errors hidden by the fixture's broad excepts --------------------

_BUG_TYPES = (AttributeError, NameError, KeyError, IndexError, ZeroDivisionError, AssertionError)


class _BugCatcher(logging.Handler):
    """Collects logged exceptions that point at a bug in the fixture, not at a stub."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.bugs: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        errors = [a for a in (record.args or ()) if isinstance(a, BaseException)]
        if record.exc_info and record.exc_info[1] is not None:
            errors.append(record.exc_info[1])
        for err in errors:
            stub_error = isinstance(err, TypeError) and str(err) == CONTAINER_DOWN
            if isinstance(err, (*_BUG_TYPES, TypeError)) and not stub_error:
                self.bugs.append(err)


# -- entry points ---------------------------------------------------------------


@dataclass(frozen=True)
class Exploration:
    wakes: frozenset[Wake]
    runs: int


def explore_mode(fixture_dir: str | Path, mode: str) -> Exploration:
    """Run the fixture's alarm under the idle model over every choice sequence."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    root = Path(fixture_dir).resolve()
    model = IdleModel.read(root)
    recorder = Recorder(root)
    logger = logging.getLogger(PACKAGE)
    saved = (logger.propagate, logger.level)
    catcher = _BugCatcher()
    logger.addHandler(catcher)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    loop = asyncio.new_event_loop()
    try:
        modules = _load(root)
        _install(modules, model, mode, recorder)
        town_class = getattr(modules[TOWN_MODULE], TOWN_CLASS)

        def run_once(oracle: Oracle) -> None:
            run = Run(oracle, model, recorder)
            try:
                loop.run_until_complete(run.alarm(town_class))
            except Exception as err:
                raise ExplorationError(f"alarm raised {err!r} after choices {oracle.trace}") from err
            if catcher.bugs:
                raise ExplorationError(f"fixture bug {catcher.bugs[0]!r} after choices {oracle.trace}")

        runs = explore(run_once)
    finally:
        loop.close()
        logger.removeHandler(catcher)
        logger.propagate, logger.level = saved
        _purge()
    return Exploration(frozenset(recorder.wakes), runs)


def ground_truth(fixture_dir: str | Path) -> dict[str, frozenset[Wake]]:
    """For each mode, every (path, line, name) at which the alarm woke the container."""
    return {mode: explore_mode(fixture_dir, mode).wakes for mode in MODES}
