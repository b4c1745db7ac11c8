"""A fake message bus (sync and async): a poll returns zero or one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from choicepoint import choose

__all__ = ["AsyncSubscriber", "Message", "Publisher", "Subscriber"]


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
