"""DNSSEC zone signer.

Main idiom: context managers. A session class whose ``__enter__`` returns a
different object (a channel) and whose ``__exit__`` touches the box only when
the block raised; a ``contextlib.ExitStack`` entering one manager always and
another only under the active guard, with a ``callback`` that touches the box at
exit; nested ``with`` of a ``@contextmanager`` lock and a timer; a key ceremony
manager under the rare predicate. Second idiom: a module-level runtime installed
by ``main()`` and read by the module-level cron job.
"""
