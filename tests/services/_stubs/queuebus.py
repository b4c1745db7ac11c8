"""A fake message bus (sync and async): a poll returns zero or one message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from choicepoint import choose, flag

__all__ = ["AsyncSubscriber", "Listener", "Message", "Publisher", "Subscriber", "on_ready"]


@dataclass
class Message:
    topic: str
    body: dict[str, Any] = field(default_factory=dict)

    def ack(self) -> None:
        pass


def _poll(topic: str) -> list[Message]:
    return [Message(topic) for _ in range(choose(f"messages on {topic}", (0, 1)))]


class Subscriber:
    def __init__(self, topic: str) -> None:
        self.topic = topic

    def poll(self, max_messages: int = 10) -> list[Message]:
        return _poll(self.topic)


class AsyncSubscriber:
    def __init__(self, topic: str) -> None:
        self.topic = topic

    async def poll(self, max_messages: int = 10) -> list[Message]:
        return _poll(self.topic)


class Publisher:
    def publish(self, topic: str, body: dict[str, Any]) -> None:
        pass


class Listener:
    """A push-style consumer (like an MQTT client's ``loop()``): the handlers registered
    with ``on_message`` are called inside ``pump()``, once per message that arrived (zero or one)."""

    def __init__(self, topic: str) -> None:
        self.topic = topic
        self._handlers: list[Callable[[Message], Any]] = []

    def on_message(self, handler: Callable[[Message], Any]) -> None:
        self._handlers.append(handler)

    def pump(self, max_messages: int = 10) -> int:
        messages = _poll(self.topic)
        for message in messages:
            for handler in self._handlers:
                handler(message)
        return len(messages)


def on_ready(callback: Callable[[], object]) -> None:
    """Register a readiness callback: it runs now if the consumer group is ready, else not in this call."""
    if flag("bus consumer group ready"):
        callback()
