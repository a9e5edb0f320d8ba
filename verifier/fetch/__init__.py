"""Fetch stage (I/O edge): load files, stdin and URLs safely, decode their bytes."""
