"""One exception family. Every message names where the problem is and, where possible, the fix."""
from __future__ import annotations


class ScreenerError(Exception):
    """Base of all errors screener raises on purpose (the CLI turns them into exit code 2)."""


class ConfigError(ScreenerError):
    """A rules/ file or option is invalid."""


class InputError(ScreenerError):
    """A post, file or roster could not be read."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(f"{where}{message}")


class ModelError(ScreenerError):
    """A spaCy model or trained artifact is missing or incompatible."""
