"""Exception tree: one base, translated to one line and an exit code at the CLI boundary.

    VerifierError
    ├── UsageError        exit 2  bad command line or configuration
    ├── InputError        exit 2  a file or page we cannot read as an article
    ├── FetchError        exit 3  network failure while fetching an article or a post
    │   └── BlockedAddressError   refused by the SSRF guard
    └── StoreError        exit 3  database failure
        └── StoreURLError exit 2  a database URL that is malformed or names another database

Anything else that escapes a command is a bug: the CLI prints it as one line
(``verifier: internal error: …``, the traceback only with ``-v``) and exits 70.
"""

from __future__ import annotations

EXIT_CLEAN = 0
EXIT_DRIFT = 1
"""The only meaning of exit status 1: drift at or above the threshold."""
EXIT_USAGE = 2
EXIT_RUNTIME = 3
"""Network or database failure."""
EXIT_INTERNAL = 70
"""A bug: an exception the tool did not expect (70 is sysexits.h's EX_SOFTWARE)."""
EXIT_INTERRUPTED = 130
"""Ctrl-C (128 + SIGINT, as shells report it)."""


class VerifierError(Exception):
    """Base class for every error the tool reports to the user as one line."""

    exit_code = EXIT_USAGE
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class UsageError(VerifierError):
    """The command line or the configuration is wrong."""

    exit_code = EXIT_USAGE


class InputError(VerifierError):
    """An input file, stdin or fetched page cannot be read as an article."""

    exit_code = EXIT_USAGE


class FetchError(VerifierError):
    """A network request failed (timeout, refused, too large, bad status …)."""

    exit_code = EXIT_RUNTIME

    def __init__(self, message: str, *, url: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.url = url


class BlockedAddressError(FetchError):
    """The URL resolves to a loopback/private/link-local/metadata address."""


class StoreError(VerifierError):
    """The database cannot be opened, migrated or written."""

    exit_code = EXIT_RUNTIME


class StoreURLError(StoreError):
    """The database URL is malformed or names a database we do not support: a usage error,
    not a failure of the database."""

    exit_code = EXIT_USAGE
