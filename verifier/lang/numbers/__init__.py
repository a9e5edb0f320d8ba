"""Numbers in text: digits in every script, number words, scales, qualifiers."""
