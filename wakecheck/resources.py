"""The resources that sleep: the default one the top-level keys describe, the named ones, and which
built-in library model's handles belong to which.

A resource is what a wake wakes: its name in messages ("the Postgres database"), the calls
that make its handles (`factories`) or wake it themselves (`sinks`), the handle methods
that do not (`quiet-methods`), its idle timeout (`sleep-after`), the built-in library
models whose handles are its own (`models`), the URLs it answers (`urls`, for HTTP
clients) and what an awake hour costs (`price-per-hour`). This module only describes
them; `wakecheck.analysis.libmodels` holds what each library's calls do.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass

from wakecheck.patterns import PatternSet

DEFAULT_KEY = ""  # the resource of the top-level keys, shown as today: "the container"
DEFAULT_NAME = "the container"


@dataclass(frozen=True, slots=True)
class Resource:
    """One resource that sleeps, as the configuration (or a built-in default) describes it."""

    key: str  # the table's name (`[tool.wakecheck.resources.KEY]`), the JSON `resource`; "" for the default
    name: str  # how messages name it: "the Postgres database"
    factories: PatternSet = PatternSet(())
    sinks: PatternSet = PatternSet(())
    quiet_methods: frozenset[str] = frozenset()
    sleep_after_s: float | None = None
    models: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    price_per_hour: float | None = None

    def serves(self, url: str) -> bool:
        """Whether a request to `url` reaches this resource: a pattern with `://` matches the whole
        URL, one without matches its host (`*.fly.dev`)."""
        host = _host(url)
        for pattern in self.urls:
            if "://" in pattern:
                if fnmatch.fnmatchcase(url, pattern) or fnmatch.fnmatchcase(url.rstrip("/") + "/", pattern):
                    return True
            elif host and fnmatch.fnmatchcase(host, pattern):
                return True
        return False


@dataclass(frozen=True, slots=True)
class BuiltinModel:
    """A built-in library model, and the resource its handles belong to when no table claims it."""

    name: str  # as `models = [...]` names it
    modules: tuple[str, ...]  # the top-level modules whose import brings it in
    resource: str  # the default resource's key
    needs_urls: bool = False  # HTTP clients: a request wakes only a resource whose `urls` it matches


@dataclass(frozen=True, slots=True)
class DefaultResource:
    key: str
    name: str
    sleep_after_s: float | None  # the platform's usual idle timeout, when there is one
    basis: str = ""  # whose default that timeout is


BUILTIN_MODELS: tuple[BuiltinModel, ...] = (
    BuiltinModel("asyncpg", ("asyncpg",), "postgres"),
    BuiltinModel("psycopg", ("psycopg", "psycopg_pool"), "postgres"),
    BuiltinModel("psycopg2", ("psycopg2",), "postgres"),
    BuiltinModel("sqlalchemy", ("sqlalchemy",), "database"),
    BuiltinModel("django", ("django",), "database"),
    BuiltinModel("redis", ("redis", "aioredis"), "redis"),
    BuiltinModel("modal", ("modal",), "modal"),
    BuiltinModel("http", ("httpx", "requests", "aiohttp"), "", needs_urls=True),
)
MODEL_NAMES = tuple(m.name for m in BUILTIN_MODELS)

# Where a built-in model's handles go when no resource table names the model. Neon's
# compute suspends after 5 minutes by default, a Modal container scales down after
# about a minute; a database or Redis of unknown kind has no timeout known here.
DEFAULT_RESOURCES: dict[str, DefaultResource] = {
    "postgres": DefaultResource("postgres", "the Postgres database", 300.0, "Neon's default suspend timeout"),
    "database": DefaultResource("database", "the database", None),
    "redis": DefaultResource("redis", "the Redis server", None),
    "modal": DefaultResource("modal", "the Modal function", 60.0, "Modal's default scale-down window"),
}


@dataclass(frozen=True, slots=True)
class Resources:
    """Every resource of a run, and which one each built-in model's handles belong to."""

    default: Resource
    named: tuple[Resource, ...]  # configured tables, then the built-in defaults a model needs
    by_model: tuple[tuple[str, str], ...]  # model → resource key, for each model in use
    url_resources: tuple[Resource, ...]  # those with `urls` (what the HTTP model asks)

    def get(self, key: str) -> Resource:
        if key == DEFAULT_KEY:
            return self.default
        for resource in self.named:
            if resource.key == key:
                return resource
        return self.default

    def of_model(self, model: str) -> str | None:
        """The key of the resource `model`'s handles belong to; None: the model is not in use."""
        for name, key in self.by_model:
            if name == model:
                return key
        return None

    def names(self) -> dict[str, str]:
        """Each resource's key → how messages name it."""
        return {DEFAULT_KEY: self.default.name, **{r.key: r.name for r in self.named}}

    def for_url(self, url: str) -> Resource | None:
        return next((r for r in self.url_resources if r.serves(url)), None)


def resolve(default: Resource, named: tuple[Resource, ...], models: tuple[str, ...] | None) -> Resources:
    """The run's resources: the configured ones, each built-in model in use given to the table that
    names it, else to its default resource (added when some model needs it)."""
    in_use = MODEL_NAMES if models is None else models
    claimed = {m: r.key for r in named for m in r.models}
    by_model: list[tuple[str, str]] = []
    extra: dict[str, Resource] = {}
    for model in BUILTIN_MODELS:
        if model.name not in in_use:
            continue
        key = claimed.get(model.name)
        if key is None and model.resource:
            key = model.resource
            if key not in {r.key for r in named} and key not in extra:
                d = DEFAULT_RESOURCES[key]
                extra[key] = Resource(d.key, d.name, sleep_after_s=d.sleep_after_s)
        by_model.append((model.name, key or DEFAULT_KEY))
    everything = (*named, *(extra[k] for k in sorted(extra)))
    return Resources(default, everything, tuple(by_model), tuple(r for r in named if r.urls))


def either(names: Sequence[str]) -> str:
    """Resources' names as one phrase: "the Postgres database", "the container or the Redis server"."""
    if not names:
        return "a resource that sleeps"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


_URL_HOST = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#:]*)")


def _host(url: str) -> str:
    found = _URL_HOST.match(url)
    return found.group(1) if found else ""
