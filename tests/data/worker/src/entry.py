"""The Worker: routes each request to its tenant's Durable Object."""

from urllib.parse import urlparse

from workers import WorkerEntrypoint

from audit_log import AuditLog
from boxes import BackupBox, Sandbox
from tenants import Tenant

__all__ = ["AuditLog", "BackupBox", "Default", "Sandbox", "Tenant"]


class Default(WorkerEntrypoint):
    async def fetch(self, request):
        tenant = urlparse(request.url).path.strip("/").split("/")[0]
        return await self.env.TENANT.getByName(tenant).fetch(request)
