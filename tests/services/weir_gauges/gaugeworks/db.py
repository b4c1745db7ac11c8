"""Database and cache connections, by alias, opened at start-up."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .conf import ImproperlyConfigured

log = logging.getLogger(__name__)

connections: dict[str, stowage.Database] = {}
caches: dict[str, kvbox.Cache] = {}


def open_connection(dsn: str, alias: str = "default") -> stowage.Database:
    connection = connections[alias] = stowage.connect(dsn)
    log.debug("database %s on %s", alias, dsn)
    return connection


def open_cache(url: str, alias: str = "default") -> kvbox.Cache:
    cache = caches[alias] = kvbox.Cache(url)
    return cache


def get_connection(alias: str = "default") -> stowage.Database:
    if alias not in connections:
        raise ImproperlyConfigured(f"no database {alias!r}")
    return connections[alias]


def get_cache(alias: str = "default") -> kvbox.Cache:
    if alias not in caches:
        raise ImproperlyConfigured(f"no cache {alias!r}")
    return caches[alias]
