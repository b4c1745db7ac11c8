"""Helpers named after containers that only touch SQL are not container calls."""
from containers import get_container


class Town:
    def __init__(self, env, sql):
        self.container = get_container(env, "town")
        self.sql = sql

    def refresh_container_status_cache(self, sql):
        sql.exec("UPDATE container_status SET checked_at = now()")

    def get_container_config(self):
        return self.sql.exec("SELECT * FROM container_config").one()

    async def alarm(self):
        self.refresh_container_status_cache(self.sql)
        config = self.get_container_config()
        config.fetch("image")
        container_rows = self.sql.exec("SELECT * FROM containers").all()
        await self.container.fetch("/ping")  # expect: WC001
        return container_rows
