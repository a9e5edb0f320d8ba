"""The newsroom CI check: which articles a change touched, and one run over them."""
