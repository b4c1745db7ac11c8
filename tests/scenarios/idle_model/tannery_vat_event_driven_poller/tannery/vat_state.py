"""What the request handlers leave for the scheduler: the batches waiting to be soaked."""
import asyncio

_pending_batches: set[str] = set()
_batch_ready = asyncio.Event()


def add_batch(batch_id: str) -> None:
    _pending_batches.add(batch_id)
    _batch_ready.set()
