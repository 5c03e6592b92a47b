"""WhatsApp header layouts and marker phrases, as data.

A header is the start of a message line: date, time, and (for people) the author. Each
`Layout` is a readable description (`{date}, {time} - {author}: {text}`) plus the few regex
pieces that differ between layouts; the pieces shared by all of them (the date, the clock, the
words some locales put between date and time, AM/PM spellings) are tables below. `detect()`
finds which layout and which variant (separators, seconds, 12/24-hour) a file uses, and
`Variant.regex()` turns that description into one strict, anchored regex that the parser runs
over every line.

The marker phrases (media placeholders, deleted messages, the "edited" note, system notices)
are whole-text patterns in several languages; anchoring them keeps user text that merely
mentions "deleted" or "omitted" out of those kinds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Invisible characters WhatsApp puts at line starts, inside brackets and around phone numbers:
# LRM, RLM, LRE..RLO (U+202A-U+202E) and stray BOMs. Stripped from header positions only.
INVISIBLE = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"
MARKS = f"[{INVISIBLE}]*"

# Spaces that may sit before AM/PM: plain, no-break (U+00A0), narrow no-break (U+202F).
AMPM_SPACE = " \u00a0\u202f"

# Words some locales put between the date and the time ("13.6.2018 klo 21.25").
LOCALE_JOINERS = ("klo", "à", "um", "kl.")

# 12-hour markers. Anything starting with p/P (or "nachm.") is afternoon.
AM_WORDS = ("AM", "am", "a.m.", "a. m.", "vorm.")
PM_WORDS = ("PM", "pm", "p.m.", "p. m.", "nachm.")

DATE_SEPARATORS = "/.-"  # native; ',' and ' ' below are tolerated for third-party exports
_ANY_DATE_SEPARATOR = r"[/.\-, ]"


@dataclass(frozen=True)
class Layout:
    key: str
    name: str
    template: str  # readable description, for people
    opening: str  # regex before the date
    closing: str  # regex between the clock and the author (or a system notice)
    author_required: bool = False  # without it a bare date would make any line a header
    native: bool = True


LAYOUTS: tuple[Layout, ...] = (
    Layout("android", "Android", "{date}, {time} - {author}: {text}", "", r" *- +"),
    Layout("ios", "iOS", "[{date}, {time}] {author}: {text}", r"\[", r"\] ?"),
    Layout("colon", "old iOS (colon)", "{date}, {time}: {author}: {text}", "", r": "),
    Layout("bare", "no separator", "{date} {time} {author}: {text}", "", r" ", True),
    Layout(
        "semicolon", "WhatsApp Viewer", "{date} - {time}; {author}: {text}", "", r"; ", True, False
    ),
)
LAYOUTS_BY_KEY = {layout.key: layout for layout in LAYOUTS}


def _words(words: Iterable[str]) -> str:
    """Alternation of literal words; any space inside may be a no-break space."""
    escaped = sorted((re.escape(w).replace(r"\ ", f"[{AMPM_SPACE}]") for w in words), key=len)
    return "|".join(reversed(escaped))


_AMPM = _words(AM_WORDS + PM_WORDS)
_JOINER = rf"(?:,? (?:(?:{_words(LOCALE_JOINERS)}) )?|,| - )"

# Permissive header, used on a sample of lines to find the layout and its variant.
_AUTHOR = r"(?:(?P<author>[^:\n]+?):(?: |\n|$))"


def _permissive(layout: Layout) -> re.Pattern[str]:
    author = _AUTHOR if layout.author_required else _AUTHOR + "?"
    return re.compile(
        f"^{MARKS}{layout.opening}{MARKS}"
        rf"(?P<f1>\d{{1,4}})(?P<ds>{_ANY_DATE_SEPARATOR})(?P<dsp> ?)(?P<f2>\d{{1,4}})"
        rf"{_ANY_DATE_SEPARATOR} ?(?P<f3>\d{{1,4}})(?P<dend>\.?)"
        rf"(?P<jn>{_JOINER})"
        r"(?P<H>\d{1,2})(?P<ts>[:.])(?P<M>\d{2})(?:[:.](?P<S>\d{2}))?"
        rf"(?:[{AMPM_SPACE}]*(?P<ap>{_AMPM}))?{MARKS}"
        f"{layout.closing}{author}"
    )


_PERMISSIVE = {layout.key: _permissive(layout) for layout in LAYOUTS}


@dataclass(frozen=True)
class Variant:
    """One layout with its separators fixed: what a given file actually uses."""

    layout: Layout
    date_separator: str  # '/', '.', '-' (',' or ' ' for third-party files)
    date_space: bool  # '13. 6. 2018': a space after each separator
    date_end: str  # '.' after the year (Czech/Slovak) or ''
    joiner: str  # ', ', ' ', ' klo ', ...
    time_separator: str  # ':' or '.'
    seconds: bool
    twelve_hour: bool

    def regex(self) -> str:
        """The strict header regex (RE2 and Python `re` syntax) for this variant.

        Groups: `hdr` (the header up to the author), inside it f1 f2 f3 (date fields in file
        order), H M, S with seconds, ap with a 12-hour clock; then `author`, followed by its
        ':' and the space after it. System notices have no author: the header ends at `hdr`."""
        ds = re.escape(self.date_separator) + (" ?" if self.date_space else "")
        sep = re.escape(self.time_separator)
        clock = rf"(?P<H>\d{{1,2}}){sep}(?P<M>\d{{2}})"
        if self.seconds:
            clock += rf"{sep}(?P<S>\d{{2}})"
        if self.twelve_hour:
            clock += rf"[{AMPM_SPACE}]*(?P<ap>{_AMPM})"
        joiner = re.escape(self.joiner).replace(r"\ ", " +")
        layout = self.layout
        # Greedy is safe (the class has no ':') and a little faster than lazy in RE2.
        author = r"(?:(?P<author>[^:\n]+):(?: |\n|$))"
        return (
            f"^(?P<hdr>{MARKS}{layout.opening}{MARKS}"
            rf"(?P<f1>\d{{1,4}}){ds}(?P<f2>\d{{1,4}}){ds}(?P<f3>\d{{1,4}})"
            f"{re.escape(self.date_end)}{joiner}{clock}{MARKS}{layout.closing})"
            f"{author}{'' if layout.author_required else '?'}"
        )

    def describe(self, date_order: str, year_digits: int) -> str:
        fields = {"D": "d", "M": "m", "Y": "y" * max(2, min(year_digits, 4))}
        sep = self.date_separator + (" " if self.date_space else "")
        date = sep.join(fields[c] for c in date_order) + self.date_end
        clock = self.time_separator.join(["h" if self.twelve_hour else "HH", "MM"])
        if self.seconds:
            clock += self.time_separator + "SS"
        if self.twelve_hour:
            clock += " AM/PM"
        hours = "12-hour" if self.twelve_hour else "24-hour"
        return f"{self.layout.name}, {hours}, {date}{self.joiner.rstrip()} {clock}".replace(
            " ,", ","
        )


def _variant_of(layout: Layout, match: re.Match[str]) -> Variant:
    joiner = match["jn"]
    return Variant(
        layout=layout,
        date_separator=match["ds"],
        date_space=bool(match["dsp"]),
        date_end=match["dend"],
        joiner=joiner if joiner.strip() else " " if joiner else "",
        time_separator=match["ts"],
        seconds=match["S"] is not None,
        twelve_hour=match["ap"] is not None,
    )


def detect(lines: Iterable[str]) -> tuple[Variant, int] | None:
    """The variant most sample lines match, with how many matched; None if no line does.

    Ties go to the earlier layout in LAYOUTS (the native ones come first)."""
    votes: Counter[tuple[int, Variant]] = Counter()
    for line in lines:
        for rank, layout in enumerate(LAYOUTS):
            match = _PERMISSIVE[layout.key].match(line)
            if match and _could_be_a_date(match):
                votes[(rank, _variant_of(layout, match))] += 1
                break
    if not votes:
        return None
    (_, variant), count = max(votes.items(), key=lambda kv: (kv[1], -kv[0][0]))
    return variant, count


def _could_be_a_date(match: re.Match[str]) -> bool:
    """Some reading of the three fields is a date and the clock is a time ('0/0/0' is not)."""
    a, b, c = int(match["f1"]), int(match["f2"]), int(match["f3"])
    small = [v for v in (a, b, c) if 1 <= v <= 31]
    return len(small) >= 2 and any(1 <= v <= 12 for v in small) and int(match["H"]) < 24


def looks_like_header(line: str) -> bool:
    """Does the line start like a header of any layout (used to report odd lines)?"""
    return any(p.match(line) for p in _PERMISSIVE.values())


def is_pm(word: str) -> bool:
    return word[:1] in "pP" or word.startswith("nachm")


# --- Marker phrases --------------------------------------------------------------------------
# Whole-text patterns (Python `re` and RE2 syntax), matched against the message text. The
# optional invisible marks at the start come from iOS, which prefixes placeholders with U+200E.

MEDIA_PLACEHOLDERS = (
    # Android, "without media" exports
    "<Media omitted>",
    "<Medien ausgeschlossen>",
    "<Multimedia omitido>",
    "<Médias omis>",
    "<Media omessi>",
    "<Mídia oculta>",
    "<Arquivo de mídia oculto>",
    "<Media weggelaten>",
    # iOS
    "image omitted",
    "video omitted",
    "audio omitted",
    "sticker omitted",
    "GIF omitted",
    "document omitted",
    "Contact card omitted",
    "Bild weggelassen",
    "Video weggelassen",
    "Audio weggelassen",
    "Sticker weggelassen",
    "GIF weggelassen",
    "Dokument weggelassen",
    "imagen omitida",
    "video omitido",
    "audio omitido",
    "sticker omitido",
    "documento omitido",
    "image absente",
    "vidéo absente",
)

# Attachment references; group `file` is the attached file's name. The first line of the text
# must be the whole reference (a caption may follow on the next lines).
ATTACHMENT_PATTERNS = (
    rf"<{MARKS} ?(?:attached|Anhang|adjunto|pièce jointe|anexo|allegato|bijlage): "
    rf"(?P<file>[^<>\n]+?) ?>",  # iOS: <attached: 00000001-PHOTO-...jpg>
    rf"(?P<file>[^<>\n]+?) <{MARKS}attached>",  # old iOS
    r"(?P<file>[^\n]+?) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|"
    r"arquivo anexado|file allegato|bestand bijgevoegd)\)",  # Android
)

DELETED_PHRASES = (
    "This message was deleted",
    "You deleted this message",
    "Diese Nachricht wurde gelöscht",
    "Du hast diese Nachricht gelöscht",
    "Se eliminó este mensaje",
    "Eliminaste este mensaje",
    "Este mensaje fue eliminado",
    "Ce message a été supprimé",
    "Vous avez supprimé ce message",
    "Esta mensagem foi apagada",
    "Você apagou esta mensagem",
    "Mensagem apagada",
    "Questo messaggio è stato eliminato",
    "Hai eliminato questo messaggio",
    "Dit bericht is verwijderd",
    "Je hebt dit bericht verwijderd",
)

EDITED_MARKERS = (
    "<This message was edited>",
    "<Diese Nachricht wurde bearbeitet>",
    "<Se editó este mensaje.>",
    "<Ce message a été modifié>",
    "<Mensagem editada>",
    "<Questo messaggio è stato modificato>",
    "<Dit bericht is bewerkt>",
)

# Notices only WhatsApp writes. On iOS they are attributed to the group's own name; the
# author of one of these (or the name a "created group"/"changed the subject" notice quotes)
# is the group, not a person.
ENCRYPTION_NOTICES = (
    "Messages and calls are end-to-end encrypted",
    "Messages to this group are now secured with end-to-end encryption",
    "Messages you send to this group are now secured with end-to-end encryption",
    "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
    "Los mensajes y las llamadas están cifrados de extremo a extremo",
    "Les messages et les appels sont chiffrés de bout en bout",
    "Les messages envoyés dans cette discussion",
    "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
    "I messaggi e le chiamate sono crittografati end-to-end",
    "Berichten en oproepen worden end-to-end versleuteld",
)
_Q = '["“«]'
_QE = '["”»]'
GROUP_NAME_NOTICES = (
    rf".+ created (?:the )?group {_Q}(?P<group>.+){_QE}",
    rf".+ changed the (?:subject|group name) (?:from {_Q}.*{_QE} )?to {_Q}(?P<group>.+){_QE}",
    rf".+ (?:hat|hast) die Gruppe {_Q}(?P<group>.+){_QE} erstellt\.?",
    rf".+ (?:hat|hast) den (?:Betreff|Gruppennamen) (?:von {_Q}.*{_QE} )?zu {_Q}(?P<group>.+){_QE}"
    r" geändert\.?",
    rf".+ creó el grupo {_Q}(?P<group>.+){_QE}",
    rf".+ a créé le groupe {_Q} ?(?P<group>.+?) ?{_QE}",
    rf".+ criou o grupo {_Q}(?P<group>.+){_QE}",
    rf".+ ha creato il gruppo {_Q}(?P<group>.+){_QE}",
    rf".+ heeft de groep {_Q}(?P<group>.+){_QE} gemaakt",
)
# Android system notices that contain ': ' inside a quoted name, which would otherwise make
# the text before the colon look like an author ('Bob changed the subject to "Year 2: ...').
SYSTEM_VERBS_BEFORE_QUOTE = (
    r"created (?:the )?group",
    r"changed the (?:subject|group name|group description)",
    r"(?:hat|hast) (?:die Gruppe|den Betreff|den Gruppennamen)",
    r"creó el grupo",
    r"cambió el (?:asunto|nombre)",
    r"a créé le groupe",
    r"a modifié le (?:sujet|nom)",
    r"criou o grupo",
    r"ha creato il gruppo",
    r"heeft de groep",
)


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p) for p in phrases)


def _unnamed(pattern: str) -> str:
    """Drop group names, so alternatives may reuse them in one combined regex."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


MEDIA_REGEX = (
    f"^{MARKS}(?i:{_alternation(MEDIA_PLACEHOLDERS)})\\s*$|"
    f"^{MARKS}(?:{_unnamed('|'.join(ATTACHMENT_PATTERNS))})[{INVISIBLE}]*(?:\\n|$)"
)
DELETED_REGEX = f"^{MARKS}(?:{_alternation(DELETED_PHRASES)})\\.?[{INVISIBLE}]*$"
EDITED_REGEX = f"[ {INVISIBLE}]*(?:{_alternation(EDITED_MARKERS)})[{INVISIBLE}]*$"
EDITED_LINE_REGEX = EDITED_REGEX[:-1] + "\n?$"  # for a line that still has its '\n'

ENCRYPTION_REGEX = f"^{MARKS}(?:{_alternation(ENCRYPTION_NOTICES)})"
GROUP_NAME_REGEX = _unnamed(f"^{MARKS}(?:{'|'.join(f'(?:{p})' for p in GROUP_NAME_NOTICES)})$")
SYSTEM_AUTHOR_REGEX = f"(?:{'|'.join(SYSTEM_VERBS_BEFORE_QUOTE)}) .*{_Q}"

_ATTACHMENT = [re.compile(f"^{MARKS}(?:{p})[{INVISIBLE}]*(?:\\n|$)") for p in ATTACHMENT_PATTERNS]
_GROUP_NAMES = [re.compile(f"^{MARKS}{p}$") for p in GROUP_NAME_NOTICES]


def attachment_name(text: str) -> str | None:
    """The file a media message refers to, or None."""
    for pattern in _ATTACHMENT:
        match = pattern.match(text)
        if match:
            return match["file"].strip(INVISIBLE + " ")
    return None


def group_name(text: str) -> str | None:
    """The group name a 'created group' / 'changed the subject' notice quotes, or None."""
    for pattern in _GROUP_NAMES:
        match = pattern.match(text)
        if match:
            return match["group"]
    return None
