"""Parse stage: an HTML page or a text into an ``Article``, and the embed fragments it holds."""
