"""Webhook relay worker.

Idiom: containers mutated by calls at import time: ``@register`` appends each
handler to a registry list; module top-level code ``insert``s and ``extend``s a
pre-hook list and fills a post-hook dict by item assignment and ``update``; the
sweep iterates them. Second idiom: dependency injection (``create_worker``
builds a ``RelayContext`` whose gateway holds the box; handlers reach it as
``ctx.gateway.box``).
"""
