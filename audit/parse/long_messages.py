"""Messages longer than WhatsApp allows.

WhatsApp does not send a message longer than MAX_MESSAGE_CHARS characters. A longer one is a
pasted document glued into one line or a damaged or hostile export. The parse keeps it whole
(nothing of the export is dropped) and says so in the chat's notes (`note`); scans analyse its
first MAX_MESSAGE_CHARS characters only (`bounded`, used by audit.app), so it cannot stall them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

MAX_MESSAGE_CHARS = 65_536


def note(texts: pa.Array) -> str | None:
    """The parse note for a chat with messages longer than WhatsApp allows, or None."""
    # Bytes bound characters from above: only texts this long in bytes need counting.
    long_bytes = pc.greater(pc.binary_length(texts), MAX_MESSAGE_CHARS).fill_null(False)
    if not pc.any(long_bytes).as_py():
        return None
    lengths = pc.utf8_length(texts.filter(long_bytes)).to_numpy()
    too_long = int(np.count_nonzero(lengths > MAX_MESSAGE_CHARS))
    if not too_long:
        return None
    return (
        f"{too_long} message(s) are longer than WhatsApp allows ({MAX_MESSAGE_CHARS:,} "
        f"characters; the longest has {int(lengths.max()):,}): scans analyse the first "
        f"{MAX_MESSAGE_CHARS:,} characters of each."
    )


def bounded(messages: pd.DataFrame) -> pd.DataFrame:
    """The messages as scorers and detectors see them: a text longer than WhatsApp allows
    is analysed on its first MAX_MESSAGE_CHARS characters, so one message cannot stall the
    scan. The parse notes say so for each chat where it happens."""
    lengths = messages["text"].str.len()
    long = (lengths > MAX_MESSAGE_CHARS).fillna(False).to_numpy()
    if not long.any():
        return messages
    out = messages.copy()
    out.loc[long, "text"] = out.loc[long, "text"].str.slice(0, MAX_MESSAGE_CHARS)
    return out
