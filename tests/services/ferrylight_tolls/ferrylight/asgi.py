"""A small ASGI app and router (no web framework is installed in this deployment)."""

from __future__ import annotations

import contextlib
import json
import logging
import types
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class FerrylightRequest:
    __slots__ = ("app", "path", "method", "path_params")

    def __init__(self, app: FerrylightApp, path: str, method: str = "GET") -> None:
        self.app = app
        self.path = path
        self.method = method
        self.path_params: dict[str, str] = {}


Handler = Callable[[FerrylightRequest], Awaitable[dict[str, Any]]]


class FerrylightRouter:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler] = {}

    def route(self, method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes[(method, path)] = handler
            return handler

        return register

    def get(self, path: str) -> Callable[[Handler], Handler]:
        return self.route("GET", path)

    def post(self, path: str) -> Callable[[Handler], Handler]:
        return self.route("POST", path)

    def match(self, request: FerrylightRequest) -> Handler | None:
        wanted = request.path.strip("/").split("/")
        for (method, path), handler in self.routes.items():
            parts = path.strip("/").split("/")
            if method != request.method or len(parts) != len(wanted):
                continue
            params = {}
            for part, got in zip(parts, wanted):
                if part.startswith("{") and part.endswith("}"):
                    params[part[1:-1]] = got
                elif part != got:
                    break
            else:
                request.path_params = params
                return handler
        return None


Lifespan = Callable[["FerrylightApp"], contextlib.AbstractAsyncContextManager[None]]


class FerrylightApp:
    def __init__(self, router: FerrylightRouter, lifespan: Lifespan) -> None:
        self.state = types.SimpleNamespace()
        self.router = router
        self._lifespan = lifespan
        self._stack: contextlib.AsyncExitStack | None = None

    async def startup(self) -> None:
        stack = contextlib.AsyncExitStack()
        await stack.enter_async_context(self._lifespan(self))
        self._stack = stack

    async def shutdown(self) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            await stack.aclose()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._serve_lifespan(receive, send)
            return
        request = FerrylightRequest(self, scope["path"], scope.get("method", "GET"))
        handler = self.router.match(request)
        if handler is None:
            await _respond(send, 404, {"detail": "not found"})
            return
        await _respond(send, 200, await handler(request))

    async def _serve_lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await self.startup()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _respond(send: Send, status: int, body: dict[str, Any]) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(body).encode()})


@contextlib.asynccontextmanager
async def no_lifespan(app: FerrylightApp) -> AsyncIterator[None]:
    yield
