"""Signal box lever frame poller (written for Python 3.6, kept running since).

Idioms: a three-level class hierarchy initialised the Python 2 way
(``Base.__init__(self, ctx, **options)``) with ``**options`` forwarded through each
level; a ``HANDLERS`` dict of method names in the class body, extended in the subclass
with ``dict(Base.HANDLERS, set=...)`` and dispatched with ``getattr``; a ``ctx`` dict
built in ``main()`` (``ctx["cabins"]["south"]``, ``ctx.get("primary")``,
``ctx.setdefault``) holding two handles from the factory in a dict; ``zip(*pairs)``
over ``sorted(dict.items())`` and ``for i in range(len(...))`` indexing into the
transposed tuple of handles; a handle carried inside ``**kwargs`` through three layers
and popped out (``kw.pop("cabin")``); a mutable default argument memoising a handle;
``__slots__`` classes with ``@staticmethod`` factories; a ``try: import queuebus /
except ImportError`` fallback; settings as module constants; ``threading.Lock`` with
``with`` and a ``threading.Event`` checked first; a boolean the guarded handler sets
on ``self`` and the next step reads (``_points_thrown``); ``for name, cabin in
dict.items()`` under the rare predicate.

Bugs: the block bells ring every cabin, the describer announcement goes out through
the kwargs relay, and the track circuits are scanned through the memoised handle, all
on an idle box.
"""
