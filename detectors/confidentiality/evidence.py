"""What one message holds, by kind: the entities the scorer found (identifiers, contact
details, spaCy's names) and the detector's own cues (places, people, private details), with
names checked against the chat's members, staff, family and public figures (names.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from detectors.confidentiality.cues import attributes, people, settings
from detectors.confidentiality.names import MemberNames, find_names
from detectors.lexicon import CueSet, Prefilter, fold_all

Span = tuple[int, int, str, str]  # (start, end, label, cue or recognizer name)

# Entity type -> evidence kind.
KIND_OF_ENTITY = {
    "INITIALS_AGE": "initials",
    "STREET_ADDRESS": "address",
    "UK_POSTCODE": "postcode",
    "DATE_OF_BIRTH": "dob",
    "AGE": "age",
    "UK_NHS": "nhs",
    "RECORD_NUMBER": "nhs",
    "UK_NINO": "nino",
    "CONTEXT_NINO": "nino",
    "UK_PHONE": "phone",
    "PHONE_NUMBER": "phone",
    "CONTEXT_PHONE": "phone",
    "EMAIL_ADDRESS": "email",
    "CREDIT_CARD": "card",
    "CONTEXT_CARD": "card",
    "IBAN_CODE": "iban",
    "UK_BANK_ACCOUNT": "bank",
    "IP_ADDRESS": "ip",
}
NAME_ENTITIES = ("PERSON", "TITLED_NAME")
# When two identifiers cover the same digits, the more specific one is what they are: an NHS
# number also parses as a phone number somewhere, a sort code + account as two numbers.
PRECEDENCE = ("nhs", "nino", "card", "iban", "bank", "dob", "phone", "ip", "postcode", "age")

# Cue sets by kind, each one pass over the text.
_ALL_CUES = (*settings.CUES, *people.CUES, *attributes.CUES, *attributes.TRAINING)
# (settings.CUES holds the "when" cue too.)
CUE_KINDS: dict[str, CueSet] = {
    kind: CueSet(f"conf.{kind}", tuple(c for c in _ALL_CUES if c.kind == kind))
    for kind in dict.fromkeys(c.kind for c in _ALL_CUES)
}
PREFILTERS = {kind: Prefilter.of(cues.cues) for kind, cues in CUE_KINDS.items()}
# Names whose context gives their role ("my SU frank", "patient called Jean", "Mrs Jones").
ROLE_CONTEXTS = frozenset({"conf.name.role_then_name", "conf.name.called", "TitledNameRecognizer"})
# Names whose own context says they are someone cared for or taught: a role or title, a
# bed or class, their family being discussed ("tyrese's mum"), "little leo".
CARE_NAME_CONTEXTS = ROLE_CONTEXTS | {
    "conf.name.bed_or_class",
    "conf.name.name_in_locator",
    "conf.name.possessive_family",
    "conf.name.possessive_care",
    "conf.name.family_name",
    "conf.name.little",
    "conf.name.appositive",
    "conf.name.appositive_person",
    "conf.name.parenthetical",
    "conf.name.nickname",
    "conf.name.their_relative",
    "conf.name.initials",  # "TJ kicked off": initials are how staff shorten who they work with
    "conf.name.with_initial",
}
# Cue kinds that place a message in care or teaching (a public figure's name in a message
# with none of these is not a service user's).
CARE_SETTINGS = frozenset(
    "role group relative bed room ward unit class school caseload visit care_home health_place "
    "callout named_place my_role relational".split()
)
# "my old PE teacher mr davies": someone they once knew, now met at work, is not staff.
_FORMER = re.compile(r"\b(?:old|former|ex|previous)[ -](?:\w+ )?$", re.IGNORECASE)
# A name that tells the students what to do is a teacher's, whatever the title: "Ms Wright
# said if a pupil discloses ...", "Karen told us to ...". (A patient's words are about
# themselves: "Mrs Jones said she ...".)
_INSTRUCTS = re.compile(
    r"\s+(?:(?:told|tells|taught|showed|reminded|asked|wants|emailed|messaged) us\b|"
    r"(?:said|says|explained|reckons|suggested|recommends|advised|mentioned|stressed),? "
    r"(?:that )?(?:we|you|u|if|to|our|always|never|everyone|all of us|in (?:the|her|his) "
    r"(?:lecture|session|seminar))\b)",
    re.IGNORECASE,
)
# Person words that say the person is a child (for the safeguarding-child rule).
_CHILD = re.compile(
    r"\b(?:boys?|girls?|kids?|child(?:ren)?|pupils?|lads?|lass|bab(?:y|ies)|toddlers?|teen(?:ager)?s?|"
    r"young (?:person|people)|yp|cyp|sons?|daughters?|year ?\d{1,2}s?|y\d{1,2}s?|little ones?|"
    r"1:1|foster (?:child|kid))\b",
    re.IGNORECASE,
)


@dataclass
class Evidence:
    """kind -> spans in the message text."""

    spans: dict[str, list[Span]] = field(default_factory=lambda: defaultdict(list))

    @property
    def kinds(self) -> set[str]:
        return {k for k, v in self.spans.items() if v}

    def near(self, kinds: set[str], anchors: set[str], distance: int) -> Evidence:
        """A copy keeping spans of `kinds` only within `distance` characters of an anchor
        span: in a pasted document, a name on page 1 says nothing about a diagnosis on page
        9."""
        anchor_spans = [s for k in anchors for s in self.spans.get(k, ())]
        out = Evidence()
        for kind, spans in self.spans.items():
            if kind in kinds:
                spans = [
                    s
                    for s in spans
                    if any(
                        a[0] - distance <= s[1] and s[0] <= a[1] + distance for a in anchor_spans
                    )
                ]
            if spans:
                out.spans[kind] = list(spans)
        return out

    def spans_of(self, kinds: Iterable[str]) -> list[Span]:
        chosen = [s for k in kinds for s in self.spans.get(k, ())]
        # Overlapping evidence ("Mrs Jones" as a name and a titled name): keep the longest.
        chosen.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[Span] = []
        for span in chosen:
            if kept and span[0] < kept[-1][1]:
                if span[1] > kept[-1][1]:
                    kept[-1] = (kept[-1][0], span[1], kept[-1][2], kept[-1][3])
                continue
            kept.append(span)
        return kept


def possible_kinds(texts: Sequence[str]) -> list[frozenset[str]]:
    """Per text, the cue kinds whose prefilter it passes (one vectorised pass per kind over
    all texts, instead of a literal search per text and kind)."""
    folded = fold_all(list(texts))
    masks = {kind: PREFILTERS[kind].mask_folded(folded) for kind in CUE_KINDS}
    return [frozenset(k for k, m in masks.items() if m[i]) for i in range(len(texts))]


def cue_spans(text: str, kinds: Iterable[str] | None = None) -> dict[str, list[Span]]:
    """Spans of every cue kind in `text`; `kinds`: only those (from possible_kinds)."""
    out: dict[str, list[Span]] = {}
    for kind, cues in CUE_KINDS.items():
        if kinds is not None and kind not in kinds:
            continue
        if kinds is None and not PREFILTERS[kind].passes(text):
            continue
        found = cues.spans(text)
        if found:
            out[kind] = [(s, e, label, name) for s, e, label, name in found]
    return out


def _adjacent(text: str, span: tuple[int, int], others: Sequence[Span], before: int, after: int):
    """Is one of `others` right before `span` (at most `before` characters of gap, no
    sentence break) or right after it (at most `after`)?"""
    for o_start, o_end, *_ in others:
        if o_end <= span[0]:
            gap = text[o_end : span[0]]
            limit = before
        elif o_start >= span[1]:
            gap = text[span[1] : o_start]
            limit = after
        else:
            return True
        if len(gap) <= limit and not any(c in gap for c in ".!?\n"):
            return True
    return False


# The value at the end of a span found with its context words: a phone or card number, a
# record number with a letter prefix ("RX1234567"), a National Insurance number.
_VALUE = {
    "CONTEXT_PHONE": re.compile(r"[+(]?\d[\d ().-]*$"),
    "CONTEXT_CARD": re.compile(r"\d[\d -]*$"),
    "RECORD_NUMBER": re.compile(r"(?<![A-Za-z])[A-Za-z]{0,3}\d[\d -]*$"),
    "CONTEXT_NINO": re.compile(r"(?<![A-Za-z])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]$"),
}


def _value_only(text: str, start: int, end: int, etype: str) -> tuple[int, int]:
    """A number found with its context words ("call me on 467 3395", "hosp no RX1234567"):
    the number only, so masking and the explanation show just it."""
    found = _VALUE[etype].search(text[start:end])
    return (start + found.start(), end) if found else (start, end)


def evidence_of(
    text: str,
    entities: Sequence[Sequence],
    members: MemberNames,
    kinds: Iterable[str] | None = None,
) -> Evidence:
    """`kinds`: the cue kinds the text can hold (possible_kinds), when already known."""
    ev = Evidence()
    cues = cue_spans(text, kinds)
    for kind, spans in cues.items():
        ev.spans[kind].extend(spans)
    for kind in ("person", "role", "unique"):
        for span in cues.get(kind, ()):
            if _CHILD.search(text, span[0], span[1]):
                ev.spans["child"].append(span)
            if span[3] == "conf.who.one_of_mine" and re.search(
                r"\b(?:my|our)\b", text[span[0] : span[1]], re.IGNORECASE
            ):
                # "one of my year 3s", "one of my patients": the student's own class or
                # caseload, a small group
                place = "class" if _CHILD.search(text, span[0], span[1]) else "caseload"
                ev.spans[place].append(span)
    by_kind: dict[str, list[Span]] = defaultdict(list)
    names_in: list[Sequence] = []
    for ent in entities or ():
        start, end, etype = int(ent[0]), int(ent[1]), str(ent[2])
        recognizer = str(ent[4]) if len(ent) > 4 else etype
        if etype in NAME_ENTITIES:
            names_in.append(ent)
            continue
        kind = KIND_OF_ENTITY.get(etype)
        if kind is None:
            continue
        if etype in _VALUE:
            start, end = _value_only(text, start, end, etype)
        if kind == "ip" and "." not in text[start:end]:
            continue  # presidio's IPv6 patterns also match "::" and hex-and-colon runs
        by_kind[kind].append((start, end, etype, recognizer))
    # The more specific identifier wins where two cover the same characters.
    taken: list[tuple[int, int]] = []
    for kind in PRECEDENCE + tuple(k for k in by_kind if k not in PRECEDENCE):
        # a recognizer's own span before one found through its context words
        for span in sorted(by_kind.get(kind, ()), key=lambda sp: (sp[2] in _VALUE, sp[0])):
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if kind != "age":
                taken.append((span[0], span[1]))
            ev.spans[kind].append(span)
    for start, end, _label, how in [*by_kind.get("age", ()), *cues.get("age", ())]:
        surface = text[start:end].casefold()
        digits = "".join(c for c in surface if c.isdigit())
        if (digits and int(digits) <= 17 and "20s" not in surface) or re.search(
            r"month|week|day", surface
        ):
            ev.spans["child_age"].append((start, end, "AGE", how))
    # Names: not members, not on a care word spaCy took for a name, not staff or family.
    care_words = [
        (s, e)
        for k in ("health", "sen", "behaviour", "family", "care_system", "safeguarding", "bed")
        for s, e, *_ in cues.get(k, ())
    ] + [(s, e) for k in ("phone", "email", "address") for s, e, *_ in ev.spans.get(k, ())]
    staff = cues.get("staff", [])
    kin = cues.get("kin", [])
    if "public" in cues and not set(cues) & CARE_SETTINGS:
        return ev  # a film, the news, a celebrity: the names are public figures'
    if "pseudonym" in cues:
        return ev  # "I'll call her Mrs A", "not his real name": a made-up name
    for name in find_names(text, names_in, members, care_words):
        span = (name.start, name.end)
        surface = text[name.start : name.end].casefold()
        if surface.startswith(("dr ", "dr. ", "prof ", "prof. ")):
            continue
        current_staff = [st for st in staff if not _FORMER.search(text, max(0, st[0] - 12), st[0])]
        if _adjacent(text, span, current_staff, before=3, after=8):
            continue  # "my mentor Karen", "Jess the TA", "Priya from my team"
        if _adjacent(text, span, kin, before=3, after=8):
            continue  # "my nan Margaret"
        if _INSTRUCTS.match(text, name.end):
            continue  # "Ms Wright said if a pupil discloses": a teacher
        kind = "fullname" if name.full else "name"
        ev.spans[kind].append((name.start, name.end, "PERSON", name.how))
        if name.how in ROLE_CONTEXTS:
            ev.spans["role_name"].append((name.start, name.end, "PERSON", name.how))
        if name.how in CARE_NAME_CONTEXTS:
            ev.spans["cared_name"].append((name.start, name.end, "PERSON", name.how))
    return ev
