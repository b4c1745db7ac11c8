"""A predicate over the guard, defined away from the alarm loop."""
from relay.state import needs_attention, window_open


def should_deliver(env) -> bool:
    return needs_attention(env) and window_open(env)
