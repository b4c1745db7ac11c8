"""Peat bog cutting rota: an asyncio poller whose `while` tests two flags, and a watchdog thread."""
