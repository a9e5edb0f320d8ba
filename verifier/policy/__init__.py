"""Policy: which findings fail a run, accepted findings (baseline), finding identity."""
