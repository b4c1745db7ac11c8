"""Django-shaped signals: receivers kept in a list, keyed by receiver and sender."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Receiver = Callable[..., Any]


def _make_id(target: object) -> int:
    return id(target)


class Signal:
    def __init__(self, name: str) -> None:
        self.name = name
        self.receivers: list[tuple[tuple[int, int | None], Receiver]] = []

    def connect(self, receiver: Receiver, sender: object = None, dispatch_uid: str | None = None) -> None:
        lookup_key = (_make_id(dispatch_uid or receiver), None if sender is None else _make_id(sender))
        if not any(key == lookup_key for key, _ in self.receivers):
            self.receivers.append((lookup_key, receiver))

    def disconnect(self, receiver: Receiver, sender: object = None) -> bool:
        lookup_key = (_make_id(receiver), None if sender is None else _make_id(sender))
        before = len(self.receivers)
        self.receivers = [(key, r) for key, r in self.receivers if key != lookup_key]
        return len(self.receivers) != before

    def _live_receivers(self, sender: object) -> list[Receiver]:
        sender_key = _make_id(sender)
        return [r for (_, r_sender), r in self.receivers if r_sender is None or r_sender == sender_key]

    def send(self, sender: object, **named: Any) -> list[tuple[Receiver, Any]]:
        responses = []
        for receiver in self._live_receivers(sender):
            response = receiver(signal=self, sender=sender, **named)
            responses.append((receiver, response))
        return responses


def receiver(signal: Signal, **kwargs: Any) -> Callable[[Receiver], Receiver]:
    """``@receiver(post_reading)``: connects the function when its module is imported."""

    def _decorator(func: Receiver) -> Receiver:
        signal.connect(func, **kwargs)
        return func

    return _decorator


post_reading = Signal("post_reading")
