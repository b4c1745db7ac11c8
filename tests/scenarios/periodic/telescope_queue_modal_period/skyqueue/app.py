import logging

import modal

from skyqueue.book import QueueBook, reducer_fn

log = logging.getLogger(__name__)
app = modal.App("skyqueue")


@app.function(schedule=modal.Period(minutes=1))
def sweep_exposures() -> None:
    book = QueueBook()
    reducer = reducer_fn()
    reducer.remote({"kind": "heartbeat"})  # expect: WC001
    for exposure in book.pending_exposures():
        reducer.remote(exposure)


@app.function(schedule=modal.Cron("0 */6 * * *"))
def calibrate_darks() -> None:
    reducer_fn().spawn({"kind": "darks"})  # expect: WC001
