"""Cross-lingual matching shared by align and drift: text profiles (anchors) and pair matching."""
