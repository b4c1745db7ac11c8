from psycopg2.extras import execute_values
from psycopg2.pool import SimpleConnectionPool, ThreadedConnectionPool


class LedgerStore:
    def __init__(self, dsn):
        self.pool = ThreadedConnectionPool(1, 5, dsn)
        self.dsn = dsn

    def latest_entries(self):
        conn = self.pool.getconn()
        try:
            cur = conn.cursor()
            cur.execute("SELECT id, amount FROM ledger ORDER BY id DESC LIMIT 100")  # expect: WC001
            rows = cur.fetchall()
            conn.commit()
            return rows
        finally:
            self.pool.putconn(conn)

    def archive(self, rows):
        conn = self.pool.getconn()
        with conn.cursor() as cur:
            execute_values(cur, "INSERT INTO ledger_archive (id, amount) VALUES %s", rows)  # expect: WC001
        self.pool.putconn(conn)

    def scratch_pools(self):
        lazy = SimpleConnectionPool(0, 2, self.dsn)
        eager = SimpleConnectionPool(2, 4, self.dsn)  # expect: WC001
        return lazy, eager
