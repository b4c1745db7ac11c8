from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class CrmSettings:
    tenant: str
    dsn: str
    cache_url: str
    job_order: tuple[str, ...] = ("contacts", "deals", "webhooks")
    connector_image: str = "crm-connector:8"

    @classmethod
    def for_tenant(cls, tenant: str) -> CrmSettings:
        return cls(
            tenant=tenant,
            dsn=envknobs.text("CRM_DSN", f"postgres://crm/{tenant}"),
            cache_url=envknobs.text("CRM_CACHE", "redis://crm"),
            connector_image=envknobs.text("CRM_CONNECTOR_IMAGE", "crm-connector:8"),
        )
