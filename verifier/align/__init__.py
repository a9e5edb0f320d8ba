"""Align stage: which claims render which post."""
