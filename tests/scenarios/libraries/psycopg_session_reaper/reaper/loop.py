import threading
import time

import psycopg
from psycopg import sql

from reaper.config import DSN
from reaper.store import delete_expired, export_rows


def pending_exports():
    return []


def reap_sessions_forever(stop: threading.Event):
    while not stop.is_set():
        delete_expired()
        for batch in pending_exports():
            export_rows(batch)
        stop.wait(120)


def audit_tick():
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("web_sessions"))
    with psycopg.connect(DSN) as conn:  # expect: WC001
        cur = conn.execute(query)  # expect: WC001
        cur.fetchone()
