"""The stop-word list the name finder uses is spaCy's, read without importing spaCy (which
pulls in torch): a re-run where every score is cached must not pay seconds for a word list."""

from __future__ import annotations

import subprocess
import sys


def test_stop_words_are_spacys_own():
    from spacy.lang.en.stop_words import STOP_WORDS as spacy_words

    from detectors.confidentiality.cues.names import _stop_words

    assert _stop_words() == frozenset(spacy_words)
    assert {"the", "she", "n't", "n’t"} <= _stop_words()


def test_reading_them_imports_neither_spacy_nor_torch():
    code = (
        "import sys\n"
        "from detectors.confidentiality.cues.names import common_words\n"
        "assert 'the' in common_words()\n"
        "print(sorted(m for m in ('spacy', 'torch') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"
