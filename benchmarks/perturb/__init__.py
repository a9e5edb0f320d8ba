"""Perturbers for the drift-judge benchmark: one module per drift kind (see make_perturbations.py)."""
