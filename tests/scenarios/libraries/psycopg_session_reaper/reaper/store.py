"""Sessions live in Postgres; the pool opens its connections when the web process starts."""

from psycopg_pool import ConnectionPool

from reaper.config import DSN

pool = ConnectionPool(DSN, min_size=1, max_size=4)


def delete_expired():
    with pool.connection() as conn:
        conn.execute("DELETE FROM web_sessions WHERE expires_at < now()")  # expect: WC001
        conn.commit()


def export_rows(batch):
    with pool.connection() as conn:
        with conn.cursor() as cur:
            cur.execute("SELECT payload FROM exports WHERE batch = %s", (batch,))
            return cur.fetchall()
