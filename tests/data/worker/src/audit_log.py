"""An append-only log per tenant: a plain Durable Object, no container."""

from workers import DurableObject


class AuditLog(DurableObject):
    async def append(self, line):
        self.ctx.storage.sql.exec("INSERT INTO log (line) VALUES (?)", line)
