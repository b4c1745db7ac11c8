"""An apothecary's stockroom: the clerk's periodic shelf round (async, with idle wakes).

Idioms: job classes registered by ``ShelfJob.__init_subclass__`` under a class keyword
(``class RefillJob(ShelfJob, kind="refill")``), with a second keyword ``manual=True``
that registers a kind (decanting) without putting it in the round's ``ClassVar``
rotation list, so it never runs from the round; ``ClassVar`` dicts and lists on
the job base and on the clerk (``settings_fields`` naming the settings each job class
takes); keyword-only ``__init__`` chains through a journal mixin with
``super().__init__(**kwargs)``, and ``**kwargs`` from the clerk's request options
forwarded through each job's ``run(**request)`` down to the container call; a
``logging.LoggerAdapter`` subclass carrying the shift and job kind; a ``Protocol``
repository (``ShelfLedger``) injected into each job's constructor, implemented over the
async database and cache; ``@dataclass(slots=True)`` records and a
``@dataclass(frozen=True)`` settings object; the round gathers one coroutine per kind
(comprehension under ``asyncio.gather``) and catches the failures it models.

Wakes: the refill job posts one refill per prescription row due (an idle wake when a
row comes back) and the stock-take job posts the shelf census when the cache says it is
stale (an idle wake, the bug); the expiry job quarantines each expired lot (gated by
the empty collection), the still job starts a distillation only while a batch is
pending (the active guard), the monograph job reloads the pharmacopoeia edition only
when a revision is due (rare).
"""
