"""A one-off backfill script: it uses boxes but no entry reaches it."""
from svc.boxes import connect_box


def backfill(env, names):
    for name in names:
        connect_box(env, name).send("backfill")


def heartbeat(env):
    connect_box(env, "tools").send("beat")
