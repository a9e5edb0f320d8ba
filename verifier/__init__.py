"""verifier: check how news articles render the social posts they quote."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
