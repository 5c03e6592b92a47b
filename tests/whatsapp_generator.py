"""A seeded generator of WhatsApp exports, one per supported header format, with the messages
frame each must parse back to (a round-trip oracle, as in whatstk).

    chat = generate("android-dmy-24", seed=7)
    chat.text        # the export, as WhatsApp would write it
    chat.expected    # the messages frame the parser must return (without the `chat` column)
    write_export(chat, folder, container="zip")  # -> path of a .txt or a .zip

Formats are data: a header template (str.format fields d m Y y H I M S p), the layout (android
headers have no author for system notices; ios attributes them to the group's name), the date
order and the AM/PM words.
"""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from audit.core.schema import MESSAGE_DTYPES

LRM = "\u200e"


@dataclass(frozen=True)
class Format:
    layout: str  # android | ios
    header: str  # str.format template of the part before the author
    order: str  # DMY | MDY | YMD
    ampm: tuple[str, str] = ("AM", "PM")


FORMATS: dict[str, Format] = {
    "android-dmy-24": Format("android", "{d:02}/{m:02}/{Y}, {H:02}:{M:02} - ", "DMY"),
    "android-dmy-24-yy": Format("android", "{d:02}/{m:02}/{y:02}, {H:02}:{M:02} - ", "DMY"),
    "android-mdy-12": Format("android", "{m}/{d}/{y:02}, {I}:{M:02}\u202f{p} - ", "MDY"),
    "android-mdy-12-space": Format("android", "{m}/{d}/{y:02}, {I}:{M:02} {p} - ", "MDY"),
    "android-dmy-dot-24": Format("android", "{d:02}.{m:02}.{y:02}, {H:02}:{M:02} - ", "DMY"),
    "android-dmy-dash-24": Format("android", "{d:02}-{m:02}-{Y}, {H:02}:{M:02} - ", "DMY"),
    "android-ymd-24": Format("android", "{Y}-{m:02}-{d:02}, {H:02}:{M:02} - ", "YMD"),
    "android-dmy-12-am-dots": Format(
        "android", "{d}/{m}/{y:02}, {I}:{M:02} {p} - ", "DMY", ("a.m.", "p.m.")
    ),
    "android-dmy-12-spanish": Format(
        "android", "{d}/{m}/{Y}, {I}:{M:02}\u00a0{p} - ", "DMY", ("a.\u00a0m.", "p.\u00a0m.")
    ),
    "android-french-a": Format("android", "{d:02}/{m:02}/{Y} à {H:02}:{M:02} - ", "DMY"),
    "android-finnish-klo": Format("android", "{d}.{m}.{Y} klo {H:02}.{M:02} - ", "DMY"),
    "android-german-um": Format("android", "{d:02}.{m:02}.{y:02} um {H:02}:{M:02} - ", "DMY"),
    "android-no-comma": Format("android", "{d:02}/{m:02}/{Y} {H:02}:{M:02} - ", "DMY"),
    "ios-dmy-24": Format("ios", "[{d:02}/{m:02}/{Y}, {H:02}:{M:02}:{S:02}] ", "DMY"),
    "ios-dmy-24-dot-yy": Format("ios", "[{d:02}.{m:02}.{y:02}, {H:02}:{M:02}:{S:02}] ", "DMY"),
    "ios-mdy-12": Format("ios", "[{m}/{d}/{y:02}, {I}:{M:02}:{S:02}\u202f{p}] ", "MDY"),
    "ios-ymd-24": Format("ios", "[{Y}/{m:02}/{d:02}, {H:02}:{M:02}:{S:02}] ", "YMD"),
    "ios-dmy-24-no-seconds": Format("ios", "[{d:02}/{m:02}/{Y}, {H:02}:{M:02}] ", "DMY"),
    "ios-lrm-prefix": Format("ios", LRM + "[{d:02}/{m:02}/{Y}, {H:02}:{M:02}:{S:02}] ", "DMY"),
}

PEOPLE = ("Amira Khan", "Ben O'Neill", "\u202a+44 7700 900123\u202c", "Chloé", "Dev 🩺")
GROUP = "Nursing Y2 💉"
WORDS = (
    "placement ward shift mentor essay deadline rota handover lecture library coffee "
    "tomorrow sorry thanks anyone notes exam quiz bus late early"
).split()
TRICKY_LINES = (
    "see you at 12/03/2024, 10:00 - ok?",  # a date and ' - ' inside text
    "Note: bring the form: signed",  # colons
    "مرحبا \u200fشكرا",  # RTL text with a mark
    "😂🙈 👩🏻\u200d⚕️",
    "   indented line",
)


@dataclass
class GeneratedChat:
    name: str
    format: Format
    text: str
    expected: pd.DataFrame  # every column but `chat`


def _header(fmt: Format, when: dt.datetime) -> str:
    hour12 = when.hour % 12 or 12
    return fmt.header.format(
        d=when.day,
        m=when.month,
        Y=when.year,
        y=when.year % 100,
        H=when.hour,
        I=hour12,
        M=when.minute,
        S=when.second,
        p=fmt.ampm[when.hour >= 12],
    )


# A header of the *other* layout at a line start is text, not a new message.
FOREIGN_HEADER = {
    "android": "[01/02/2024, 09:00:00] Amira Khan: pasted from an iPhone export",
    "ios": "01/02/2024, 09:00 - Amira Khan: pasted from an Android export",
}


def _body(rng: random.Random, layout: str) -> str:
    lines = [" ".join(rng.choices(WORDS, k=rng.randint(1, 12)))]
    roll = rng.random()
    if roll < 0.05:
        lines.append(FOREIGN_HEADER[layout])
    elif roll < 0.25:
        lines.append(rng.choice(TRICKY_LINES))
    elif roll < 0.35:
        lines += ["", rng.choice(WORDS)]  # an inner blank line
    if rng.random() < 0.2:
        lines[0] = rng.choice(TRICKY_LINES[:2] + TRICKY_LINES[3:5])
    return "\n".join(lines)


def generate(name: str, seed: int = 0, messages: int = 60) -> GeneratedChat:
    """One chat in format `name`: system notices, text, media, deleted and edited messages."""
    fmt = FORMATS[name]
    rng = random.Random(f"{name}/{seed}")
    ios = fmt.layout == "ios"
    when = dt.datetime(2024, 1, 3, 8, 5, 0)
    if not fmt.header.count("{S"):
        when = when.replace(second=0)
    rows: list[dict] = []
    out: list[str] = []

    def add(author: str | None, body: str, kind: str, edited: bool = False, text=None):
        nonlocal when
        line = sum(chunk.count("\n") + 1 for chunk in out) + 1
        written_author = author if author is not None else (GROUP if ios else None)
        prefix = _header(fmt, when)
        out.append(prefix + (f"{written_author}: " if written_author else "") + body)
        rows.append(
            {
                "line": line,
                "timestamp": when,
                "author": author.strip("\u202a\u202c") if author else None,
                "kind": kind,
                "edited": edited,
                "text": body if text is None else text,
            }
        )
        step = dt.timedelta(minutes=rng.randint(1, 600), seconds=rng.randint(0, 59))
        when = when + step
        if not fmt.header.count("{S"):
            when = when.replace(second=0)

    notice = (LRM if ios else "") + (
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more."
    )
    add(None, notice, "system")
    add(None, (LRM if ios else "") + f"{PEOPLE[0]} created group \u201c{GROUP}\u201d", "system")
    add(None, (LRM if ios else "") + f"{PEOPLE[0]} added {PEOPLE[1]}", "system")
    media = (LRM + "image omitted") if ios else "<Media omitted>"
    for i in range(messages):
        author = rng.choice(PEOPLE)
        roll = rng.random()
        if roll < 0.08:
            add(author, media, "media")
        elif roll < 0.12:
            attached = f"{LRM}<attached: 000000{i:02}-PHOTO-2024-01-05-10-00-00.jpg>"
            add(
                author,
                attached if ios else f"IMG-2024010{i % 9}-WA00{i:02}.jpg (file attached)",
                "media",
            )
        elif roll < 0.16:
            add(author, (LRM if ios else "") + "This message was deleted", "deleted")
        elif roll < 0.22:
            body = _body(rng, fmt.layout)
            marker = (LRM if ios else "") + "<This message was edited>"
            add(author, f"{body} {marker}", "text", edited=True, text=body)
        else:
            add(author, _body(rng, fmt.layout), "text")
        if i == messages // 2:
            add(None, (LRM if ios else "") + f"{PEOPLE[3]} left", "system")
    frame = pd.DataFrame(rows)
    frame.insert(0, "message_id", np.arange(len(frame), dtype=np.int64))
    dtypes = {k: v for k, v in MESSAGE_DTYPES.items() if k != "chat"}
    return GeneratedChat(name, fmt, "\n".join(out) + "\n", frame.astype(dtypes))


def write_export(
    chat: GeneratedChat,
    folder: Path,
    container: str = "txt",
    encoding: str = "utf-8",
    newline: str = "\n",
) -> Path:
    """Write the chat as WhatsApp would: a .txt, or a .zip holding `_chat.txt` (iOS) or
    `WhatsApp Chat with ….txt` (Android), beside a media file and macOS metadata."""
    data = chat.text.replace("\n", newline).encode(encoding)
    if container == "txt":
        path = folder / f"{chat.name}.txt"
        path.write_bytes(data)
        return path
    path = folder / f"{chat.name}.zip"
    member = "_chat.txt" if chat.format.layout == "ios" else f"WhatsApp Chat with {GROUP}.txt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
        archive.writestr("00000012-PHOTO-2024-01-05-10-00-00.jpg", b"\xff\xd8\xff\xe0 fake jpeg")
        archive.writestr("__MACOSX/._" + member, b"\x00\x05\x16\x07 apple double")
    return path
