"""A thin wrapper around the platform's container factory."""
from platform_sdk import get_container


def town_container(env, town_id):
    return get_container(env, f"town-{town_id}")


def town_settings(env, town_id):
    return env.SETTINGS.get(town_id)
