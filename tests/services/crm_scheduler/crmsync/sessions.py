"""Connector sessions."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class ConnectorSession:
    box: Any
    session_id: str

    async def submit(self, path: str, body: Any) -> None:
        await self.box.fetch(f"/sessions/{self.session_id}{path}", method="POST", json=body)


@contextlib.asynccontextmanager
async def crm_session(box: Any, tenant: str) -> AsyncIterator[ConnectorSession]:
    await box.fetch("/sessions", method="POST", json={"tenant": tenant})
    try:
        yield ConnectorSession(box, tenant)
    finally:
        await box.fetch(f"/sessions/{tenant}", method="DELETE")
