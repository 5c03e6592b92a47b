"""A realistic cohort chat of any size for the benchmarks, built from real-looking messages.

The messages come from the bundled sample exports and the team-written dev chats
(evaluation/dev; never the blind test set), taken in conversation order as episodes of up to
40 messages, so replies, pile-ons and late-night threads stay as written: real lengths, real
capitalisation and punctuation, emoji, multi-line messages and a realistic share of messages
that should be flagged. Each episode is cast with members of a 40-person cohort (three of them
shown only by phone number): authors and the names they use in the text are swapped together.
About 90% of the texts are distinct, as in a real chat (short replies such as "ok" and "lol"
repeat): the usual small variations of chat text are applied to some messages (a trailing
"lol" or emoji, all lower case, a stretched word, another time or room number).

    from corpus import write_chat, describe
    stats = write_chat(Path("big.txt"), 1_000_000)
    print(describe(stats))
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import statistics
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audit.parse.parsing import parse_export  # noqa: E402

SOURCES = [
    *sorted((ROOT / "evaluation" / "dev").glob("*.txt")),
    *sorted((ROOT / "sample_exports").glob("*.txt")),
    ROOT / "sample_exports" / "social_work_cohort_ios.zip",
]
FIRST = (
    "Amira Ben Chloe Danny Ella Femi Grace Hannah Isla Jack Kwame Laura Megan Nadia Olu Priya "
    "Rosie Sophie Tom Uma Vikram Will Yasmin Zoe Aisha Callum Dev Erin Farah Gemma Harvey Imogen "
    "Jess Kieran Leah Mo Niamh Owen Rhys Sian"
).split()
LAST = (
    "Khan Carter Bennett Kowalski Shah Adeyemi Price Lane Doyle Whitfield Mensah Hughes O'Brien "
    "Patel Evans Clarke Nowak Begum Walsh Turner Reid Foster Hale Jones Malik Okafor Byrne Hart "
    "Ellis Murphy Chen Ward Lloyd Fraser Singh Cole Dunn Pike Quinn Roberts"
).split()
NUMBERS = ["+44 7700 900123", "+44 7700 900456", "+44 7911 123987"]
# Details people add, with the times, rooms and counts that make most chat texts distinct.
DETAILS = (
    "lecture's at {h}:{m:02d}",
    "in {r}",
    "room {r} at {h}:{m:02d}?",
    "I'm on {n} words",
    "only {n} words left",
    "bus at {h}:{m:02d}",
    "week {w} of placement",
    "page {n} of the handbook",
    "deadline is the {w}th",
    "shift finishes at {h}:{m:02d}",
    "{n} slides to go",
    "meet at the library at {h}:{m:02d}",
)
FILLERS = (" lol", " 😂", " x", "!!", " tbh", " haha", " 🙈", " ngl", " 😭", " fr")


@dataclass
class Message:
    author: str | None
    text: str
    minutes: int  # time of day in the source


@lru_cache(maxsize=1)
def episodes() -> list[list[Message]]:
    """The source chats cut into episodes of up to 40 messages, system notices dropped."""
    out: list[list[Message]] = []
    for path in SOURCES:
        frame = parse_export(path).messages
        rows = [
            Message(a, t, ts.hour * 60 + ts.minute)
            for a, t, ts, k in zip(
                frame["author"], frame["text"], frame["timestamp"], frame["kind"], strict=True
            )
            if isinstance(a, str) and k != "system" and ts == ts
        ]
        out += [rows[i : i + 40] for i in range(0, len(rows), 40) if len(rows[i : i + 40]) > 3]
    return out


def cohort(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    names = [f"{f} {rng.choice(LAST)}" for f in FIRST]
    return names[: 40 - len(NUMBERS)] + NUMBERS


@lru_cache(maxsize=1)
def clauses() -> list[str]:
    """Short sentences of the source messages, which people add to what they write."""
    found = {
        c.strip()
        for episode in episodes()
        for m in episode
        for c in re.split(r"(?<=[.!?])\s+|\n", m.text)
        if 8 <= len(c.strip()) <= 70 and not c.startswith(("<", "\u200e"))
    }
    return sorted(found)


def _vary(text: str, rng: random.Random, names: list[str], scale: float) -> str:
    """The small ways the same thing is typed differently, applied independently, so that
    about 90% of a long chat's texts are distinct while each still reads as a chat message:
    a second sentence from elsewhere, another number, a stretched word, all lower case, an
    opening word, a name, a trailing "lol" or emoji. `scale` (0-1) grows with the chat's size:
    a long chat has more to say than its 2,500 source messages, so more is added."""
    if rng.random() < 0.3 + 0.2 * scale:
        extra = rng.choice(clauses())
        text = f"{text}{rng.choice(('. ', ' ', ', ', '. ', ' ', chr(10)))}{extra}"
    if rng.random() < 0.15 + 0.5 * scale:
        h, m, n = rng.randint(7, 21), rng.choice(range(0, 60, 5)), rng.randint(1, 3000)
        template = rng.choice(DETAILS)
        text += " " + template.format(h=h, m=m, n=n, w=n % 12 + 1, r=f"{chr(65 + n % 8)}{n % 40}")
    if rng.random() < 0.25 and re.search(r"\d", text):
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 30)), text, count=1)
    if rng.random() < 0.35:
        words = text.split(" ")
        i = rng.randrange(len(words))
        if words[i][-1:].isalpha():
            words[i] += words[i][-1] * rng.randint(1, 3)
        text = " ".join(words)
    if rng.random() < 0.12:
        text = text.lower()
    if rng.random() < 0.15:
        text = rng.choice(("omg ", "honestly ", "wait ", "ok ", "guys ", "lol ")) + text
    if rng.random() < 0.10:
        text = f"{rng.choice(names)} {text[:1].lower()}{text[1:]}"
    if rng.random() < 0.35:
        text += rng.choice(FILLERS)
    return text


@dataclass
class Stats:
    messages: int = 0
    authored: int = 0
    lengths: list[int] = field(default_factory=list)
    distinct: set[int] = field(default_factory=set)
    capitalised: int = 0
    multiline: int = 0
    late: int = 0
    members: set[str] = field(default_factory=set)


def write_chat(path: Path, messages: int, seed: int = 2024) -> Stats:
    """Write an Android export ('dd/mm/yyyy, HH:MM - Name: text') of `messages` messages."""
    rng = random.Random(seed)
    source = episodes()
    members = cohort()
    stats = Stats()
    scale = min(1.0, max(0.0, math.log10(max(messages, 1) / 10_000) / 2))
    day = dt.date(2023, 9, 4)
    clock = 0
    lines: list[str] = []
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(
            f"{day:%d/%m/%Y}, 07:00 - Messages and calls are end-to-end encrypted. No one "
            "outside of this chat, not even WhatsApp, can read or listen to them.\n"
        )
        stats.messages = 1
        while stats.messages < messages:
            episode = rng.choice(source)
            cast = dict(
                zip(
                    dict.fromkeys(m.author for m in episode),
                    rng.sample(members, len(members)),
                    strict=False,
                )
            )
            firsts = {
                a.split()[0]: c.split()[0]
                for a, c in cast.items()
                if not a.startswith("+") and not c.startswith("+")
            }
            pattern = (
                re.compile(r"\b(" + "|".join(map(re.escape, firsts)) + r")\b") if firsts else None
            )
            named = [c.split()[0] for c in cast.values() if not c.startswith("+")] or ["guys"]
            # A busy cohort has several conversations a day. An episode keeps its own times
            # when its start is still to come today (so late-night threads stay late), else it
            # is moved to a random later time today (its gaps capped at five minutes), else it
            # starts tomorrow at its own time.
            first = episode[0].minutes
            moved = False
            if first < clock:
                if clock < 19 * 60 + 30:
                    first, moved = rng.randint(clock + 5, 20 * 60), True
                else:
                    day += dt.timedelta(days=1)
            clock = first
            previous = episode[0].minutes
            for message in episode:
                if stats.messages >= messages:
                    break
                step = message.minutes - previous
                previous = message.minutes
                if moved:
                    clock = min(clock + min(max(step, 0), 5), 24 * 60 - 1)
                else:
                    if step < 0:  # the conversation goes on the next day
                        day += dt.timedelta(days=1)
                    clock = message.minutes
                text = message.text
                if pattern is not None:
                    text = pattern.sub(lambda m, f=firsts: f[m.group(1)], text)
                if message.text not in ("<Media omitted>", "This message was deleted"):
                    text = _vary(text, rng, named, scale)
                author = cast[message.author]
                when = dt.datetime.combine(day, dt.time(clock // 60, clock % 60))
                lines.append(f"{when:%d/%m/%Y, %H:%M} - {author}: {text}")
                stats.messages += 1
                stats.authored += 1
                stats.lengths.append(len(text))
                stats.distinct.add(hash(text))
                stats.capitalised += text[:1].isupper()
                stats.multiline += "\n" in text
                stats.late += clock >= 22 * 60 or clock < 7 * 60
                stats.members.add(author)
            if len(lines) >= 50_000:
                out.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            out.write("\n".join(lines) + "\n")
    return stats


def describe(stats: Stats) -> str:
    lengths = sorted(stats.lengths)
    n = max(stats.authored, 1)
    return (
        f"corpus: {stats.messages:,} messages from {len(stats.members)} members; "
        f"{len(stats.distinct) / n:.0%} distinct texts; "
        f"length median {statistics.median(lengths):.0f}, "
        f"mean {statistics.fmean(lengths):.0f}, p95 {lengths[int(0.95 * (len(lengths) - 1))]}, "
        f"max {lengths[-1]} characters; {stats.capitalised / n:.0%} start with a capital; "
        f"{stats.multiline / n:.1%} multi-line; {stats.late / n:.0%} between 22:00 and 07:00"
    )


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus.txt")
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    print(describe(write_chat(target, size)))
