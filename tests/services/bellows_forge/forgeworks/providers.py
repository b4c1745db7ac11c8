"""A small dependency-injection kit: providers are called to get what they provide."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class Provider(Generic[T]):
    __slots__ = ()

    def __call__(self) -> T:
        raise NotImplementedError

    @staticmethod
    def _resolve(value: Any) -> Any:
        return value() if isinstance(value, Provider) else value


class Singleton(Provider[T]):
    """Calls ``factory(*args)`` once; every later call returns the same object."""

    __slots__ = ("_factory", "_args", "_instance", "_built")

    def __init__(self, factory: Callable[..., T], *args: Any) -> None:
        self._factory = factory
        self._args = args
        self._instance: T | None = None
        self._built = False

    def __call__(self) -> T:
        if not self._built:
            self._instance = self._factory(*[self._resolve(arg) for arg in self._args])
            self._built = True
            log.debug("built singleton %s", getattr(self._factory, "__qualname__", self._factory))
        return self._instance  # type: ignore[return-value]

    def reset(self) -> None:
        self._instance = None
        self._built = False


class Factory(Provider[T]):
    """Builds a new ``cls(**kwargs)`` on every call."""

    __slots__ = ("_cls", "_kwargs")

    def __init__(self, cls: Callable[..., T], **kwargs: Any) -> None:
        self._cls = cls
        self._kwargs = kwargs

    def __call__(self) -> T:
        return self._cls(**{name: self._resolve(value) for name, value in self._kwargs.items()})
