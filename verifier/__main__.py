"""``python -m verifier`` runs the same ``main`` as the console script."""

from __future__ import annotations

import sys

from verifier.cli import main

sys.exit(main())
