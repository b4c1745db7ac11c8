"""Relay state read from storage."""


def needs_attention(env) -> bool:
    return env.STORAGE.get("unread", 0) > 0


def window_open(env) -> bool:
    return env.STORAGE.get("window", "open") == "open"
