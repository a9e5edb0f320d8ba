"""Exception tree: one base, translated to one line and an exit code at the CLI boundary.

    VerifierError
    ├── UsageError        exit 2  bad command line or configuration
    ├── InputError        exit 2  a file or page we cannot read as an article
    ├── FetchError        exit 3  network failure while fetching an article or a post
    │   └── BlockedAddressError   refused by the SSRF guard
    └── StoreError        exit 3  database failure

Bugs are not wrapped: they still crash with a traceback.
"""

from __future__ import annotations


class VerifierError(Exception):
    """Base class for every error the tool reports to the user as one line."""

    exit_code = 2
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class UsageError(VerifierError):
    """The command line or the configuration is wrong."""

    exit_code = 2


class InputError(VerifierError):
    """An input file, stdin or fetched page cannot be read as an article."""

    exit_code = 2


class FetchError(VerifierError):
    """A network request failed (timeout, refused, too large, bad status …)."""

    exit_code = 3

    def __init__(self, message: str, *, url: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.url = url


class BlockedAddressError(FetchError):
    """The URL resolves to a loopback/private/link-local/metadata address."""


class StoreError(VerifierError):
    """The database cannot be opened, migrated or written."""

    exit_code = 3
