"""Inventories written for the perturbation generator, not taken from verifier/ (see
benchmarks/data/README.md for their sources): demonyms, reporting roles, parties and
politicians, regions, courts, agencies and organisations."""
