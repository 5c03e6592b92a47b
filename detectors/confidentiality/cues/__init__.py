"""Confidentiality cue data by topic."""
