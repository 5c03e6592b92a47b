"""Bullying's own cue data, by topic: mockery and insults (`mockery`), leaving someone out
(`exclusion`), staff and public shaming (`staff`), and the conversation around a jibe
(`context`). Shared cues (you, @mentions, insult words, reported speech, figurative speech)
live in detectors/lexicon/shared.py. `CUES` is every bullying cue, for detectors.all_cues()."""

from detectors.bullying.cues import context, exclusion, mockery, staff

CUES = (*mockery.CUES, *exclusion.CUES, *staff.CUES, *context.CUES)

__all__ = ["CUES", "context", "exclusion", "mockery", "staff"]
