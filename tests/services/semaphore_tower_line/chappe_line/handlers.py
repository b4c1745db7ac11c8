"""The tower's chain of responsibility: each handler signals a message or passes it down."""

from __future__ import annotations

import logging

import stowage

from .arms import SemaphoreArmBox
from .signal_book import LineMessage, SignalBookRepository

log = logging.getLogger(__name__)


class SignalHandler:
    """A link of the chain: handle what is yours, pass the rest to the next link."""

    def __init__(self, arms: SemaphoreArmBox, book: SignalBookRepository) -> None:
        self._arms = arms
        self._book = book
        self._next: SignalHandler | None = None

    def set_next(self, other: SignalHandler) -> SignalHandler:
        self._next = other
        return other

    def handle(self, message: LineMessage) -> None:
        if self._next is not None:
            self._next.handle(message)
        else:
            log.warning("no tower handler took a %r message; dropped", message.kind)


class RepeatWhileSendingHandler(SignalHandler):
    """While a dispatch is on the arms, the watch's heartbeat becomes a 'repeat' to the next tower."""

    def handle(self, message: LineMessage) -> None:
        if message.kind == "heartbeat" and self._book.transmission_in_flight():
            log.info("transmission in flight: asking %s to repeat", message.body.get("downline"))
            self._arms.signal("/arms/repeat", method="POST", json={"to": message.body.get("downline")})
            return
        super().handle(message)


class DispatchRelayHandler(SignalHandler):
    def handle(self, message: LineMessage) -> None:
        if message.kind != "dispatch":
            super().handle(message)
            return
        dispatch_id = message.body["dispatch_id"]
        self._arms.signal(f"/dispatches/{dispatch_id}", method="POST", json={"groups": message.body["groups"]})
        try:
            self._book.mark_relayed(dispatch_id)
        except stowage.StowageError:
            log.warning("dispatch %s relayed but not booked; the next watch re-relays it", dispatch_id)


class CodebookRevisionHandler(SignalHandler):
    def handle(self, message: LineMessage) -> None:
        if message.kind == "codebook":
            revision = message.body["revision"]
            log.info("stowing codebook revision %s", revision)
            self._arms.signal("/codebook/stow", method="POST", json={"revision": revision})
            self._arms.set_env_var("CHAPPE_CODEBOOK", revision)
        else:
            super().handle(message)


class RestSignalHandler(SignalHandler):
    """The last link: the watch heartbeat hoists the rest position."""

    def handle(self, message: LineMessage) -> None:
        if message.kind == "heartbeat":
            log.debug("rest signal on %s", self._arms.tower_label())
            self._arms.signal("/arms/rest", method="PUT", json={"watch": message.body.get("watch")})
            return
        super().handle(message)


def assemble_signal_chain(arms: SemaphoreArmBox, book: SignalBookRepository) -> SignalHandler:
    head = RepeatWhileSendingHandler(arms, book)
    head.set_next(DispatchRelayHandler(arms, book)).set_next(CodebookRevisionHandler(arms, book)).set_next(
        RestSignalHandler(arms, book)
    )
    return head
