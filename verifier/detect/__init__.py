"""Detect stage: the social posts an article embeds (markup, flattened text, inferred)."""
