"""Every exception wakecheck raises on purpose; str() is the one line a user sees."""

from __future__ import annotations


class WakecheckError(Exception):
    """An expected problem with the user's input or invocation (exit code 2)."""

    def __init__(self, message: str, *, path: str | None = None,
                 line: int | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.key = key

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ConfigError(WakecheckError):
    """The configuration file is unreadable, malformed, or has a bad key or value."""


class UsageError(WakecheckError):
    """The command line asks for something that cannot be done (missing path, bad code)."""


class Terminated(BaseException):
    """SIGTERM arrived during a command: raised so that every `finally` runs (temporary files go).

    A BaseException, like KeyboardInterrupt, so that no handler for ordinary errors stops it.
    """
