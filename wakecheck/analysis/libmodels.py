"""Built-in models of the libraries that talk to resources that sleep: which calls wake them, which are quiet.

Each model is data: the calls that make a library's objects (`Factory`), the objects and
what each of their methods does (`Kind`), and how the audit names a wake (`Kind.label`).
They were written from each library's own API (docs/resources.md gives the sources and an
example of each): what sends something to the server wakes it; building a query, a
client or a lazy reference does not. A model is in use unless `models = [...]` leaves it
out, and it applies only where the project imports its library: its names are the
library's dotted names, which only an import gives a call.

What the models do not follow: a library object subclassed in the project (other than a
Django model, manager or queryset), connections handed to a callback by the library
(`conn.run_sync(f)`), a wake on entering a context manager (`async with
conn.transaction():` — the queries inside it are counted), server-side cursors' fetches
(their `execute` is), `qs[0]` on a Django queryset held in a variable (written on the
query itself, `Job.objects.filter(...)[0]`, it is counted), and a request whose URL is not a known string (an HTTP request
wakes a resource only when its URL matches that resource's `urls`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Methods the Django QuerySet runs a query for (and their `a…` async twins).
_DJANGO_EVAL = ("get", "first", "last", "count", "exists", "aggregate", "create", "get_or_create",
                "update_or_create", "update", "delete", "bulk_create", "bulk_update", "in_bulk", "iterator",
                "latest", "earliest", "contains", "explain")
_HTTP_VERBS = ("get", "post", "put", "patch", "delete", "head", "options")


@dataclass(frozen=True, slots=True)
class Kind:
    """An object a library hands out, and what each of its methods does."""

    name: str
    model: str  # the built-in model it belongs to (`models = [...]`)
    label: str = ""  # how the audit names a wake: query | orm | call | command | http
    wakes: frozenset[str] = frozenset()  # methods that wake the resource
    wake_rest: bool = False  # every method not quiet (nor only returning another object) wakes too
    quiet: frozenset[str] = frozenset()
    returns: tuple[tuple[str, str], ...] = ()  # method → the kind of what it returns
    chain: bool = False  # a quiet method returns an object of this same kind (a lazy QuerySet, a pipeline)
    attrs: tuple[tuple[str, str], ...] = ()  # attribute → the kind it holds ("*": any attribute)
    call: str = ""  # calling the object itself gives one of this kind ("": calling it is quiet)
    call_wakes: bool = False  # calling it runs something on the server (a Redis script)
    evaluates: bool = False  # iterating it, `len()`, `list()`, `bool()` run its query (a lazy QuerySet)
    bases: tuple[str, ...] = ()  # library classes a project class may extend to become one of these

    def wakes_on(self, method: str) -> bool:
        if method in self.wakes:
            return True
        return self.wake_rest and method not in self.quiet and method not in dict(self.returns)

    def returned(self, method: str, waking: bool) -> str:
        """The kind of what `method` returns ("" when it is no object of the model's)."""
        found = dict(self.returns).get(method)
        if found is not None:
            return found
        return self.name if self.chain and not waking else ""


@dataclass(frozen=True, slots=True)
class Factory:
    """A call that makes a library object: quiet, or waking (it connects), or waking unless told a size of 0."""

    kind: str
    wakes: bool = False
    size: tuple[str, int] | None = None  # (keyword, position) of a pool's minimum size: 0 makes it quiet
    default_size: int = 1  # that size when the call does not give it
    lazy_flag: str = ""  # a keyword that, given False, stops it connecting (`open=False`)
    base_url: tuple[str, int] | None = None  # (keyword, position) of an HTTP client's base URL


@dataclass(frozen=True, slots=True)
class Call:
    """A module-level function that acts as a method of a kind (`requests.get(url)` as `Client.get`)."""

    kind: str
    method: str
    label_arg: int = 0  # the positional argument holding the query or URL


@dataclass(slots=True)
class Catalogue:
    kinds: dict[str, Kind] = field(default_factory=dict)
    factories: dict[str, Factory] = field(default_factory=dict)
    calls: dict[str, Call] = field(default_factory=dict)
    decorators: dict[str, str] = field(default_factory=dict)  # decorator → kind of what it makes
    class_attrs: dict[tuple[str, str], str] = field(default_factory=dict)  # (base class, attr) → kind
    by_base: dict[str, str] = field(default_factory=dict)  # library class → kind (Kind.bases)
    # Statement builders that keep their text (`text("SELECT …")`): the audit shows the SQL.
    passes: frozenset[str] = frozenset()


def _kind(catalogue: Catalogue, kind: Kind) -> None:
    catalogue.kinds[kind.name] = kind
    for base in kind.bases:
        catalogue.by_base[base] = kind.name


def _names(*names: str) -> frozenset[str]:
    return frozenset(names)


def _asyncpg(c: Catalogue) -> None:
    # asyncpg/pool.py: creating a pool connects `min_size` connections (default 10) when
    # it is awaited; releasing a connection runs `Connection.reset()`, a query, so
    # `acquire()` wakes the server even before the query made with it.
    query_methods = ("fetch", "fetchrow", "fetchval", "execute", "executemany", "copy_from_table",
                     "copy_from_query", "copy_to_table", "copy_records_to_table")
    _kind(c, Kind("asyncpg.Pool", "asyncpg", "query", _names(*query_methods, "acquire", "release"), True,
                  _names("close", "terminate", "get_size", "get_min_size", "get_max_size", "get_idle_size",
                         "is_closing", "set_connect_args", "expire_connections"),
                  (("acquire", "asyncpg.Connection"),)))
    _kind(c, Kind("asyncpg.Connection", "asyncpg", "query", _names(*query_methods, "prepare"), True,
                  _names("close", "terminate", "is_closed", "get_server_pid", "get_server_version",
                         "get_settings", "is_in_transaction", "add_log_listener", "remove_log_listener",
                         "add_termination_listener", "remove_termination_listener", "transaction", "cursor",
                         "get_reset_query", "add_query_logger", "remove_query_logger", "query_logger"),
                  (("transaction", "asyncpg.Transaction"), ("cursor", "asyncpg.Cursor"),
                   ("prepare", "asyncpg.Cursor"))))
    _kind(c, Kind("asyncpg.Transaction", "asyncpg", "query", _names("start", "commit", "rollback")))
    _kind(c, Kind("asyncpg.Cursor", "asyncpg", "query", wake_rest=True, evaluates=True,
                  quiet=_names("get_attributes", "get_parameters", "get_query", "get_statusmsg")))
    c.factories["asyncpg.connect"] = Factory("asyncpg.Connection", wakes=True)
    c.factories["asyncpg.connection.connect"] = Factory("asyncpg.Connection", wakes=True)
    for name in ("asyncpg.create_pool", "asyncpg.pool.create_pool", "asyncpg.Pool", "asyncpg.pool.Pool"):
        c.factories[name] = Factory("asyncpg.Pool", size=("min_size", -1), default_size=10)


def _psycopg(c: Catalogue) -> None:
    # psycopg 3: `connect` opens a connection; psycopg_pool's pools open `min_size`
    # connections (default 4; 0 for the Null pools) when they open, which they do on
    # creation unless `open=False`; taking a connection from a pool sends nothing.
    # `commit`/`rollback` with no transaction under way send nothing either.
    _kind(c, Kind("psycopg.Pool", "psycopg", "query", _names("open", "check"), False,
                  returns=(("connection", "psycopg.Connection"), ("getconn", "psycopg.Connection"))))
    _kind(c, Kind("psycopg.Connection", "psycopg", "query", _names("execute"), True,
                  _names("cursor", "close", "commit", "rollback", "transaction", "pipeline", "fileno", "info",
                         "set_autocommit", "set_read_only", "set_isolation_level", "set_deferrable",
                         "add_notice_handler", "remove_notice_handler", "add_notify_handler",
                         "remove_notify_handler", "xid", "notifies", "broken", "closed"),
                  (("cursor", "psycopg.Cursor"), ("execute", "psycopg.Cursor"), ("pipeline", "psycopg.Connection"),
                   ("transaction", "psycopg.Connection"))))
    _kind(c, Kind("psycopg.Cursor", "psycopg", "query", _names("execute", "executemany", "copy", "stream",
                                                               "callproc")))
    for name in ("psycopg.connect", "psycopg.Connection.connect", "psycopg.AsyncConnection.connect"):
        c.factories[name] = Factory("psycopg.Connection", wakes=True)
    for name in ("psycopg_pool.ConnectionPool", "psycopg_pool.AsyncConnectionPool"):
        c.factories[name] = Factory("psycopg.Pool", size=("min_size", -1), default_size=4, lazy_flag="open")
    for name in ("psycopg_pool.NullConnectionPool", "psycopg_pool.AsyncNullConnectionPool"):
        c.factories[name] = Factory("psycopg.Pool", size=("min_size", -1), default_size=0, lazy_flag="open")


def _psycopg2(c: Catalogue) -> None:
    # psycopg2/pool.py: AbstractConnectionPool.__init__ connects `minconn` connections at
    # once; `getconn` hands one out of the pool (connecting only when none is left).
    _kind(c, Kind("psycopg2.Pool", "psycopg2", "query", returns=(("getconn", "psycopg2.Connection"),)))
    _kind(c, Kind("psycopg2.Connection", "psycopg2", "query", wake_rest=True,
                  quiet=_names("cursor", "commit", "rollback", "close", "get_dsn_parameters",
                               "get_parameter_status", "get_backend_pid", "get_transaction_status", "fileno",
                               "poll", "isexecuting", "set_session", "set_isolation_level", "notifies",
                               "get_native_connection", "xid"),
                  returns=(("cursor", "psycopg2.Cursor"),)))
    _kind(c, Kind("psycopg2.Cursor", "psycopg2", "query",
                  _names("execute", "executemany", "callproc", "copy_from", "copy_to", "copy_expert", "scroll")))
    for name in ("psycopg2.connect", "psycopg2.extensions.connection"):
        c.factories[name] = Factory("psycopg2.Connection", wakes=True)
    for name in ("psycopg2.pool.SimpleConnectionPool", "psycopg2.pool.ThreadedConnectionPool",
                 "psycopg2.pool.PersistentConnectionPool", "psycopg2.pool.AbstractConnectionPool"):
        c.factories[name] = Factory("psycopg2.Pool", size=("minconn", 0))
    for name in ("psycopg2.extras.execute_values", "psycopg2.extras.execute_batch"):
        c.calls[name] = Call("psycopg2.Cursor", "execute", label_arg=1)


def _sqlalchemy(c: Catalogue) -> None:
    # SQLAlchemy: an engine connects lazily (on `connect()`/`begin()`); a Session checks a
    # connection out when it runs a statement; objects added to a session are written at
    # its next flush, so `add`/`delete` count as the wake; `commit` with nothing pending
    # sends nothing. `select(...)` and `text(...)` only build statements.
    _kind(c, Kind("sqlalchemy.Engine", "sqlalchemy", "query", _names("connect", "begin", "execute", "scalar",
                                                                     "raw_connection"),
                  returns=(("connect", "sqlalchemy.Connection"), ("begin", "sqlalchemy.Connection"))))
    _kind(c, Kind("sqlalchemy.Connection", "sqlalchemy", "query",
                  _names("execute", "exec_driver_sql", "scalar", "scalars", "stream", "stream_scalars")))
    session_wakes = _names("execute", "scalar", "scalars", "get", "get_one", "merge", "refresh", "add", "add_all",
                           "delete", "stream", "stream_scalars", "connection", "bulk_save_objects",
                           "bulk_insert_mappings", "bulk_update_mappings")
    _kind(c, Kind("sqlalchemy.Session", "sqlalchemy", "query", session_wakes,
                  returns=(("query", "sqlalchemy.Query"), ("begin", "sqlalchemy.Session"),
                           ("connection", "sqlalchemy.Connection")), call="sqlalchemy.Session"))
    _kind(c, Kind("sqlalchemy.SessionFactory", "sqlalchemy", "query", returns=(("begin", "sqlalchemy.Session"),),
                  call="sqlalchemy.Session"))
    _kind(c, Kind("sqlalchemy.Query", "sqlalchemy", "orm",
                  _names("all", "first", "one", "one_or_none", "scalar", "count", "get", "delete", "update"),
                  chain=True, evaluates=True))
    _kind(c, Kind("flask_sqlalchemy.SQLAlchemy", "sqlalchemy", "query",
                  attrs=(("session", "sqlalchemy.Session"), ("engine", "sqlalchemy.Engine"))))
    for name in ("sqlalchemy.create_engine", "sqlalchemy.engine.create_engine", "sqlalchemy.engine_from_config",
                 "sqlalchemy.ext.asyncio.create_async_engine", "sqlalchemy.ext.asyncio.async_engine_from_config"):
        c.factories[name] = Factory("sqlalchemy.Engine")
    for name in ("sqlalchemy.orm.Session", "sqlalchemy.ext.asyncio.AsyncSession", "sqlalchemy.orm.scoped_session",
                 "sqlalchemy.ext.asyncio.async_scoped_session"):
        c.factories[name] = Factory("sqlalchemy.Session")
    for name in ("sqlalchemy.orm.sessionmaker", "sqlalchemy.ext.asyncio.async_sessionmaker"):
        c.factories[name] = Factory("sqlalchemy.SessionFactory")
    for name in ("flask_sqlalchemy.SQLAlchemy",):
        c.factories[name] = Factory("flask_sqlalchemy.SQLAlchemy")
    c.passes |= {"sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"}


def _django(c: Catalogue) -> None:
    # Django: a QuerySet is lazy — `filter`, `exclude`, `order_by`, `values`… build it —
    # and is evaluated (a query) by iteration, `len`, `list`, `bool`, and the methods in
    # _DJANGO_EVAL; a model instance's `save`/`delete`/`refresh_from_db` write or read it.
    evaluating = (*_DJANGO_EVAL, *(f"a{m}" for m in _DJANGO_EVAL))
    one_row = ("get", "first", "last", "latest", "earliest", "create")
    rows = tuple((m, "django.Model") for m in (*one_row, *(f"a{m}" for m in one_row)))
    _kind(c, Kind("django.QuerySet", "django", "orm", frozenset(evaluating), returns=rows, chain=True, evaluates=True,
                  bases=("django.db.models.Manager", "django.db.models.manager.Manager",
                         "django.db.models.QuerySet", "django.db.models.query.QuerySet")))
    _kind(c, Kind("django.Model", "django", "orm",
                  _names("save", "delete", "refresh_from_db", "asave", "adelete", "arefresh_from_db", "full_clean",
                         "validate_unique"),
                  bases=("django.db.models.Model", "django.db.models.base.Model")))
    _kind(c, Kind("django.Cursor", "django", "query", _names("execute", "executemany", "callproc")))
    for base in ("django.db.models.Model", "django.db.models.base.Model"):
        for attr in ("objects", "_default_manager", "_base_manager"):
            c.class_attrs[(base, attr)] = "django.QuerySet"
    # `connection.cursor()` connects when no connection is open; its `execute` is the query.
    c.factories["django.db.connection.cursor"] = Factory("django.Cursor")


def _redis(c: Catalogue) -> None:
    # redis-py (and its asyncio client): a client connects on its first command; every
    # command method sends one. A pipeline queues commands until `execute()`.
    _kind(c, Kind("redis.Client", "redis", "command", wake_rest=True,
                  quiet=_names("close", "aclose", "connection_pool", "get_connection_kwargs", "set_response_callback",
                               "get_encoder", "get_retry", "set_retry", "load_external_module", "register_script"),
                  returns=(("pipeline", "redis.Pipeline"), ("pubsub", "redis.PubSub"), ("lock", "redis.Lock"),
                           ("register_script", "redis.Script"))))
    _kind(c, Kind("redis.Pipeline", "redis", "command", _names("execute", "watch", "immediate_execute_command"),
                  chain=True))
    _kind(c, Kind("redis.PubSub", "redis", "command",
                  _names("subscribe", "psubscribe", "unsubscribe", "punsubscribe", "ping")))
    _kind(c, Kind("redis.Lock", "redis", "command", wake_rest=True))
    _kind(c, Kind("redis.Script", "redis", "command", call_wakes=True))
    for module in ("redis", "redis.client", "redis.asyncio", "redis.asyncio.client", "aioredis"):
        for cls in ("Redis", "StrictRedis"):
            c.factories[f"{module}.{cls}"] = Factory("redis.Client")
            c.factories[f"{module}.{cls}.from_url"] = Factory("redis.Client")
        c.factories[f"{module}.from_url"] = Factory("redis.Client")
    for name in ("redis.RedisCluster", "redis.cluster.RedisCluster", "redis.asyncio.RedisCluster",
                 "redis.asyncio.cluster.RedisCluster"):
        c.factories[name] = Factory("redis.Client")
        c.factories[f"{name}.from_url"] = Factory("redis.Client")


def _modal(c: Catalogue) -> None:
    # Modal: `.remote()`, `.spawn()`, `.map()` and friends send inputs, which start a
    # container if none is up; `Function.from_name`/`lookup` are references (a lookup asks
    # the control plane, which starts no container); `keep_warm`/`update_autoscaler` keep
    # containers up.
    _kind(c, Kind("modal.Function", "modal", "call",
                  _names("remote", "spawn", "map", "starmap", "for_each", "spawn_map", "keep_warm",
                         "update_autoscaler"),
                  returns=(("with_options", "modal.Function"),)))
    _kind(c, Kind("modal.Cls", "modal", "call", returns=(("with_options", "modal.Cls"),), call="modal.Obj"))
    _kind(c, Kind("modal.Obj", "modal", "call", attrs=(("*", "modal.Function"),)))
    _kind(c, Kind("modal.Sandbox", "modal", "call", _names("exec")))
    for name in ("modal.Function.from_name", "modal.Function.lookup", "modal.Function.from_id"):
        c.factories[name] = Factory("modal.Function")
    for name in ("modal.Cls.from_name", "modal.Cls.lookup"):
        c.factories[name] = Factory("modal.Cls")
    c.factories["modal.Sandbox.create"] = Factory("modal.Sandbox", wakes=True)
    for app in ("modal.App", "modal.Stub", "modal.app.App"):
        c.decorators[f"{app}.function"] = "modal.Function"
        c.decorators[f"{app}.cls"] = "modal.Cls"


def _http(c: Catalogue) -> None:
    # requests, httpx, aiohttp, urllib: a client is only a configuration; each request is
    # sent to its URL, which wakes a resource only when it matches that resource's `urls`.
    _kind(c, Kind("http.Client", "http", "http", _names(*_HTTP_VERBS, "request", "stream", "ws_connect"),
                  quiet=_names("close", "aclose", "build_request", "mount")))
    for name in ("httpx.Client", "httpx.AsyncClient"):
        c.factories[name] = Factory("http.Client", base_url=("base_url", -1))
    c.factories["aiohttp.ClientSession"] = Factory("http.Client", base_url=("base_url", 0))
    for name in ("requests.Session", "requests.session", "requests.sessions.Session"):
        c.factories[name] = Factory("http.Client")
    for module in ("requests", "httpx"):
        for verb in _HTTP_VERBS:
            c.calls[f"{module}.{verb}"] = Call("http.Client", verb)
        c.calls[f"{module}.request"] = Call("http.Client", "request", label_arg=1)
    c.calls["httpx.stream"] = Call("http.Client", "stream", label_arg=1)
    c.calls["aiohttp.request"] = Call("http.Client", "request", label_arg=1)
    c.calls["urllib.request.urlopen"] = Call("http.Client", "get")


_BUILDERS = {"asyncpg": _asyncpg, "psycopg": _psycopg, "psycopg2": _psycopg2, "sqlalchemy": _sqlalchemy,
             "django": _django, "redis": _redis, "modal": _modal, "http": _http}


def catalogue(models: tuple[str, ...]) -> Catalogue:
    """The models in use, as one catalogue of names."""
    found = Catalogue()
    for model in models:
        _BUILDERS[model](found)
    return found


# ---------------------------------------------------------------------------
# How the audit names a wake


_SPACE = re.compile(r"\s+")
_LABEL_WIDTH = 60


def shorten(text: str, width: int = _LABEL_WIDTH) -> str:
    """One line of at most `width` characters: `SELECT id FROM jobs WHERE …`."""
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def http_label(method: str, url: str) -> str:
    """`POST /jobs/claim` for a request to `https://worker.fly.dev/jobs/claim`."""
    path = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "", url) or "/"
    return f"{method.upper()} {shorten(path.split('?')[0])}"
