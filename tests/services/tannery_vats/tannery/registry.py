"""A small Celery-like task registry: ``@app.task`` wrappers, ``delay``/``apply``, eager retries."""

from __future__ import annotations

import importlib
import itertools
import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import MaxRetriesExceeded, Retry, TanneryError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskRequest:
    id: str
    task: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    retries: int = 0


@dataclass(frozen=True)
class TaskMessage:
    id: str
    task: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass(frozen=True)
class TaskResult:
    id: str
    task: str
    state: str
    value: Any = None

    @property
    def failed(self) -> bool:
        return self.state == "FAILURE"


class Task:
    """What ``@app.task`` returns: call it, ``apply()`` it here, or ``delay()`` it to the worker queue."""

    def __init__(self, registry: TaskRegistry, fn: Callable[..., Any], name: str, bind: bool, max_retries: int) -> None:
        self.registry = registry
        self.run = fn
        self.name = name
        self.bind = bind
        self.max_retries = max_retries
        self.request = TaskRequest(id="", task=name)

    def __repr__(self) -> str:
        return f"<@task: {self.name}>"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.bind:
            return self.run(self, *args, **kwargs)
        return self.run(*args, **kwargs)

    def apply(self, args: Iterable[Any] = (), kwargs: dict[str, Any] | None = None, task_id: str | None = None) -> TaskResult:
        args = tuple(args)
        kwargs = dict(kwargs or {})
        task_id = task_id or self.registry.new_id(self.name)
        retries = 0
        while True:
            self.request = TaskRequest(task_id, self.name, args, kwargs, retries)
            try:
                value = self(*args, **kwargs)
            except Retry as retry:
                retries += 1
                log.info("task %s[%s] retrying (%d): %s", self.name, task_id, retries, retry.exc)
                continue
            except TanneryError as exc:
                log.warning("task %s[%s] failed: %s", self.name, task_id, exc)
                return TaskResult(task_id, self.name, "FAILURE", exc)
            log.debug("task %s[%s] succeeded", self.name, task_id)
            return TaskResult(task_id, self.name, "SUCCESS", value)

    def delay(self, *args: Any, **kwargs: Any) -> str:
        return self.registry.send_task(self.name, args, kwargs)

    def retry(self, exc: BaseException | None = None) -> Retry:
        """Raises: ``raise self.retry(exc=exc)`` reads as the control flow it is."""
        if self.request.retries >= self.max_retries:
            raise MaxRetriesExceeded(f"{self.name} gave up after {self.request.retries} retries") from exc
        raise Retry(self.name, exc)


class TaskRegistry:
    def __init__(self, main: str, include: Iterable[str] = (), default_max_retries: int = 3) -> None:
        self.main = main
        self.include = tuple(include)
        self.default_max_retries = default_max_retries
        self.tasks: dict[str, Task] = {}
        self._pending: deque[TaskMessage] = deque()
        self._ids = itertools.count(1)

    def task(self, name: str | Callable[..., Any] | None = None, bind: bool = False, max_retries: int | None = None) -> Any:
        if callable(name):
            # bare ``@app.task``
            return self.task()(name)

        def decorator(fn: Callable[..., Any]) -> Task:
            task_name = name or f"{fn.__module__}.{fn.__name__}"
            if task_name in self.tasks:
                raise TanneryError(f"task {task_name} registered twice")
            retries = self.default_max_retries if max_retries is None else max_retries
            wrapper = self.tasks[task_name] = Task(self, fn, task_name, bind, retries)
            return wrapper

        return decorator

    def autodiscover(self) -> None:
        for module in self.include:
            importlib.import_module(module)
        log.info("%s: %d tasks registered", self.main, len(self.tasks))

    def new_id(self, name: str) -> str:
        return f"{name.rpartition('.')[2]}-{next(self._ids)}"

    def send_task(self, name: str, args: Iterable[Any] = (), kwargs: dict[str, Any] | None = None) -> str:
        if name not in self.tasks:
            raise TanneryError(f"unknown task {name}")
        message = TaskMessage(self.new_id(name), name, tuple(args), dict(kwargs or {}))
        self._pending.append(message)
        log.debug("queued %s[%s]", name, message.id)
        return message.id

    def run_pending(self) -> list[TaskResult]:
        """The solo worker that shares the beat's process: drain what was sent, including what the tasks send."""
        results = []
        while self._pending:
            message = self._pending.popleft()
            results.append(self.tasks[message.task].apply(message.args, message.kwargs, task_id=message.id))
        return results
