"""A fake HTTP client for third-party APIs (sync and async): each request's status is a choice."""

from __future__ import annotations

from typing import Any

from choicepoint import choose

__all__ = ["AsyncClient", "Client", "Response", "WireError"]


class WireError(Exception):
    """A request failed or answered with an error status."""


class Response:
    def __init__(self, method: str, url: str) -> None:
        self.url = url
        self.status_code = choose(f"{method} {url}", (200, 503))

    @property
    def ok(self) -> bool:
        return self.status_code < 400

    def json(self) -> dict[str, Any]:
        return {}

    def raise_for_status(self) -> None:
        if not self.ok:
            raise WireError(f"{self.status_code} from {self.url}")


class Client:
    def __init__(self, base_url: str = "", timeout: float = 10.0) -> None:
        self.base_url = base_url
        self.timeout = timeout

    def request(self, method: str, path: str, **kwargs: Any) -> Response:
        return Response(method, self.base_url + path)

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.request("GET", path)

    def post(self, path: str, **kwargs: Any) -> Response:
        return self.request("POST", path)

    def close(self) -> None:
        pass


class AsyncClient:
    def __init__(self, base_url: str = "", timeout: float = 10.0) -> None:
        self.base_url = base_url
        self.timeout = timeout

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        pass

    async def request(self, method: str, path: str, **kwargs: Any) -> Response:
        return Response(method, self.base_url + path)

    async def get(self, path: str, **kwargs: Any) -> Response:
        return await self.request("GET", path)

    async def post(self, path: str, **kwargs: Any) -> Response:
        return await self.request("POST", path)

    async def aclose(self) -> None:
        pass
