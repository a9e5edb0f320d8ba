"""Batch stage: many inputs, in parallel, in input order, within a time budget each.

``runner`` (``BatchRun``: bounded in-flight jobs, outcomes in input order, Ctrl-C keeps
what finished), ``jobs`` (one article as a worker runs it: load, resume from the store or
judge, confirm, save), ``engines`` (in this process, or a Pebble process pool that kills
an article past its time budget) and ``cluster`` (Dask). The store is reached through the
``Ledger`` protocol the store implements, so this package imports no database code.
"""
