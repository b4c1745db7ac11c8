"""Render profiles: pushing one restarts the node's renderer with new settings."""

from __future__ import annotations

from typing import Any


def push_render_profile(node: Any, profile: dict[str, Any]) -> None:
    node.post("/profile", profile)
