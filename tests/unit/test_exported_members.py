"""The public API: everything in ``__all__`` exists, and the list is sorted and complete."""

from __future__ import annotations

import verifier


def test_all_names_exist_and_are_sorted() -> None:
    for name in verifier.__all__:
        assert hasattr(verifier, name), name
    assert verifier.__all__ == sorted(verifier.__all__)


def test_every_public_name_is_exported() -> None:
    public = {
        name
        for name, value in vars(verifier).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("verifier")
    }
    assert public <= set(verifier.__all__)
