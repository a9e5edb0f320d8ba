"""Dates in text: day-month-year mentions, weekdays, relative days, tense."""
