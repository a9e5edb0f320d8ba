"""Confirm stage (I/O edge): compare embedded posts with their canonical versions."""
