"""The CRM connector container and what is pushed to it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CrmBox:
    """The platform's container stub for the CRM connector."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def provision_crm_box(tenant: str, image: str) -> CrmBox:
    log.info("provisioning CRM connector %s for %s", image, tenant)
    return CrmBox()


async def push_field_mapping(box: Any, mapping: dict[str, str]) -> None:
    """Uploads the field mapping; the connector restarts its mapper."""
    await box.fetch("/mapping", method="PUT", json=mapping)
