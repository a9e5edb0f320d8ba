"""Report writers behind one small interface: a registry maps a format name to its writer.

A writer turns one value into text. ``check`` and ``ci`` render a :class:`RunReport` with
the writers in ``verifier.report.formats.RUN_FORMATS``; ``compare`` renders each judgement
with ``COMPARE_FORMATS``; ``export`` writes rows with ``EXPORT_FORMATS``. The command line
never chooses a format with an if-chain: it looks the name up here, so a new format is one
:meth:`Registry.register` call in ``formats`` (and its name in ``config.FORMATS``, which
the config file, below this layer, checks ``outputs`` against).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from verifier.errors import UsageError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Writer(Generic[T]):
    """One report format: its name, what it is for, and the function that renders it."""

    name: str
    render: Callable[[T], str]
    summary: str
    """One line for ``--help`` and the docs."""
    terminal: bool = True
    """False for a whole document (the HTML page) that must not be dumped into a terminal."""
    suffix: str = ".txt"
    """File name ending a user would give this format's output (for hints)."""


class Registry(Generic[T]):
    """Writers by name, in registration order."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._writers: dict[str, Writer[T]] = {}

    def register(self, writer: Writer[T]) -> Writer[T]:
        if writer.name in self._writers:
            raise ValueError(f"{self.what}: format {writer.name!r} registered twice")
        self._writers[writer.name] = writer
        return writer

    def names(self) -> tuple[str, ...]:
        return tuple(self._writers)

    def get(self, name: str) -> Writer[T]:
        """The writer called ``name``; a :class:`UsageError` listing the choices otherwise."""
        try:
            return self._writers[name]
        except KeyError:
            raise UsageError(
                f"unknown {self.what} format {name!r} (choose from {', '.join(self._writers)})"
            ) from None

    def __iter__(self) -> Iterator[Writer[T]]:
        return iter(self._writers.values())

    def __contains__(self, name: object) -> bool:
        return name in self._writers
