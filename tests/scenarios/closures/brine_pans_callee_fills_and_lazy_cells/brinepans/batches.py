"""Work for the pans, collected by helpers into lists and queues that the supervisor owns."""
import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class PanTask:
    box: object
    pan: str
    action: str


def plan_rakings(tasks, box, pans):
    for pan in pans:
        tasks.append(PanTask(box, pan, "rake"))


def plan_heartbeat(outbox, box):
    outbox.put_nowait(PanTask(box, "all", "heartbeat"))


def index_pans(by_pan, box, pans):
    for pan in pans:
        by_pan[pan] = box
