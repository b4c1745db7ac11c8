from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class Provider(Generic[T]):
    def __call__(self) -> T:
        raise NotImplementedError

    @staticmethod
    def _resolve(value: Any) -> Any:
        return value() if isinstance(value, Provider) else value


class Singleton(Provider[T]):
    def __init__(self, factory: Callable[..., T], *args: Any) -> None:
        self._factory = factory
        self._args = args
        self._instance: T | None = None
        self._built = False

    def __call__(self) -> T:
        if not self._built:
            self._instance = self._factory(*[self._resolve(arg) for arg in self._args])
            self._built = True
        return self._instance  # type: ignore[return-value]


class Factory(Provider[T]):
    def __init__(self, cls: Callable[..., T], **kwargs: Any) -> None:
        self._cls = cls
        self._kwargs = kwargs

    def __call__(self) -> T:
        return self._cls(**{name: self._resolve(value) for name, value in self._kwargs.items()})
