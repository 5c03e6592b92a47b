"""Contact and financial details of any country: presidio's own predefined recognizers for
phone numbers (through the phonenumbers library, over the regions students and their
placements' families call from), card numbers (Luhn check), IBANs (mod-97 check) and IP
addresses, each with a twin here for the direct runner; and chat-audit's own email and
street-address patterns.

Why our own email pattern: presidio's backtracks quadratically on long runs of address
characters (0.8 s for one 5 kB chunk), and its check calls tldextract, which downloads the
public-suffix list on first use; chat-audit makes no network calls at run time.

Why our own street addresses: presidio ships no street-address recognizer (it leaves them to
the NER), and spaCy's small model tags few; these cover a house number with a street word in
any case ("12 orchard close"), a flat or unit number, European forms ("Mellemvej 32", "Rua
Diadema 1903") and a street after "lives at" / "address is"."""

from __future__ import annotations

import re

from audit.scoring.patterns import PatternSpec

# Where chat members, their families and the families they work with call from: the UK and
# Ireland, presidio's defaults, and the countries most UK students and migrants come from.
PHONE_REGIONS = (
    "GB", "IE", "US", "CA", "DE", "FR", "IL", "IN", "BR", "AU", "NZ", "PK", "BD", "LK", "NP",
    "NG", "GH", "KE", "ZA", "ZW", "ZM", "UG", "PH", "PL", "RO", "BG", "LT", "LV", "PT", "ES",
    "IT", "NL", "BE", "GR", "CY", "TR", "CN", "HK", "MY", "SG", "AE", "SA", "EG", "JP", "MX",
    "AR", "JM", "SO", "ER", "IR", "IQ", "AF", "SY", "UA",
)  # fmt: skip
PHONE_LENIENCY = 1  # presidio's default: the number must be valid for its region
# phonenumbers' matcher tries every number-like run; a pasted table of digits has thousands.
# A chat message holds a handful of numbers, so a bound keeps a 5 kB chunk of digits at
# milliseconds per region instead of tens (phonenumbers' own default is 65,535 tries).
PHONE_MAX_TRIES = 200


def _phone_matches(text: str) -> list[tuple[int, int]]:
    """What presidio's PhoneRecognizer finds: phonenumbers' matcher per region."""
    import phonenumbers

    found: set[tuple[int, int]] = set()
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=PHONE_LENIENCY, max_tries=PHONE_MAX_TRIES
        ):
            found.add((match.start, match.end))
    return sorted(found)


def bounded_phone_recognizer(base: type) -> type:
    """presidio's PhoneRecognizer (`base`, passed in so this module never imports presidio)
    with phonenumbers' tries bounded; otherwise its own analyze, result for result."""

    class BoundedPhoneRecognizer(base):
        def analyze(self, text, entities, nlp_artifacts=None):
            import phonenumbers
            from phonenumbers.phonenumberutil import NumberParseException
            from presidio_analyzer import EntityRecognizer

            results = []
            for region in self.supported_regions:
                for match in phonenumbers.PhoneNumberMatcher(
                    text, region, leniency=self.leniency, max_tries=PHONE_MAX_TRIES
                ):
                    try:
                        parsed = phonenumbers.parse(text[match.start : match.end])
                        found_region = phonenumbers.region_code_for_number(parsed)
                    except NumberParseException:
                        found_region = region
                    results.append(
                        self._get_recognizer_result(match, text, found_region, nlp_artifacts)
                    )
            return EntityRecognizer.remove_duplicates(results)

    BoundedPhoneRecognizer.__name__ = base.__name__
    return BoundedPhoneRecognizer


PHONE = PatternSpec(
    name="PhoneRecognizer",
    entity="PHONE_NUMBER",
    patterns=(),
    matcher=_phone_matches,
    presidio_class="PhoneRecognizer",
    presidio_kwargs=(("supported_regions", PHONE_REGIONS), ("leniency", PHONE_LENIENCY)),
    presidio_subclass=bounded_phone_recognizer,
    # Every number phonenumbers accepts in these regions has five digits or more.
    guard=r"\d(?:\D{0,3}\d){4}",
)

# A number too short or too local for phonenumbers ("call me on 467 3395", "Phone: 358
# 0594"), after a word that says it is a phone number. The span starts at the context word;
# the detector keeps only the digits. Not after "NHS number", "student number" and the like.
CONTEXT_PHONE = PatternSpec(
    name="ContextPhoneRecognizer",
    entity="CONTEXT_PHONE",
    patterns=(
        (
            "phone word + number",
            r"\b(?<!nhs )(?<!ni )(?<!id )(?<!room )(?<!case )(?<!staff )(?<!order )"
            r"(?<!student )(?<!account )(?<!badge )(?<!ref )(?<!reg )(?<!pin )"
            r"(?:phone|mobile|mob|tel|cell|number|no\.?|num|call (?:me|her|him|them|us)|"
            r"ring (?:me|her|him|them|us)|text (?:me|her|him|them|us)|whatsapp|contact)"
            r"(?: (?:is|on|at|number|no|=))?[ :.\n-]{1,3}\(?\+?\d{1,4}\)?(?:[ .-]?\d{2,5}){1,4}"
            r"(?![\d/:])",
            0.4,
        ),
    ),
    guard=r"\d(?:\D{0,3}\d){5}",
)


def phone_digits_ok(text: str) -> bool | None:
    """9 to 15 digits before any extension: the length of a full number in any country's
    plan (ITU E.164 allows 15); fewer is a reference or a sum, more is not a phone."""
    number = re.split(r"(?i)\s?(?:x|ext\.?)\s?\d", text, maxsplit=1)[0]
    return None if 9 <= sum(c.isdigit() for c in number) <= 15 else False


# Numbers written in a phone number's shape that phonenumbers rejects as not valid for any
# listed region (an unassigned area code, a made-up number in a form, a country not in
# PHONE_REGIONS): a "+" and a country code, or the North American 3-3-4 grouping with dashes,
# dots or a bracketed area code, each with an optional extension. Spaces alone do not make a
# 3-3-4 group a phone number: NHS numbers are written that way.
PHONE_SHAPE = PatternSpec(
    name="PhoneShapeRecognizer",
    entity="PHONE_NUMBER",
    patterns=(
        (
            "international prefix",
            r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){2,5}"
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\d-])",
            0.4,
        ),
        (
            "North American grouping",
            r"(?<![\w+.-])(?:(?:001|1)[ .-])?(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}"
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\d-])",
            0.4,
        ),
    ),
    validate=phone_digits_ok,
    guard=r"\d(?:\D{0,3}\d){8}",
)

# Shared mailboxes of an organisation are not anyone's personal data.
_ROLE_MAILBOXES = {
    "info", "admin", "enquiries", "enquiry", "placements", "placement", "helpdesk", "support",
    "office", "noreply", "no-reply", "reception", "studentsupport", "student.support",
    "studentservices", "help", "contact", "hello", "careers", "library", "wellbeing",
}  # fmt: skip


def email_ok(text: str) -> bool | None:
    local = text.split("@", 1)[0].lower()
    return False if local in _ROLE_MAILBOXES else None


EMAIL = PatternSpec(
    name="EmailRecognizer",
    entity="EMAIL_ADDRESS",
    patterns=(
        (
            "email",
            r"(?<![\w.+%-])[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.[a-z]{2,24}\b",
            0.7,
        ),
    ),
    context=("email", "e-mail", "mail", "contact"),
    validate=email_ok,
    guard=r"@",
)


def luhn_ok(text: str) -> bool:
    """presidio's CreditCardRecognizer check: the Luhn checksum of the digits."""
    digits = [int(c) for c in re.sub(r"[- ]", "", text)]
    total = sum(digits[-1::-2])
    for d in digits[-2::-2]:
        total += sum(divmod(d * 2, 10))
    return total % 10 == 0


CREDIT_CARD = PatternSpec(
    name="CreditCardRecognizer",
    entity="CREDIT_CARD",
    patterns=(
        (
            "All Credit Cards (weak)",
            r"\b(?!1\d{12}(?!\d))((4\d{3})|(5[0-5]\d{2})|(6\d{3})|(1\d{3})|(3\d{3}))[- ]?"
            r"(\d{3,4})[- ]?(\d{3,4})[- ]?(\d{3,5})\b",
            0.3,
        ),
    ),
    validate=luhn_ok,
    presidio_class="CreditCardRecognizer",
    guard=r"\d{3}",
)


def context_card_ok(text: str) -> bool | None:
    """The digits after the card word: 13 to 19 of them, or 12 passing the Luhn check (a
    number typed after "card number" is one, whether or not it is a valid one)."""
    digits = re.sub(r"\D", "", text)
    if 13 <= len(digits) <= 19 or (len(digits) == 12 and luhn_ok(digits)):
        return None
    return False


# A card number presidio's pattern or check does not accept (19-digit Visa, 12-digit
# Maestro, the 2-series Mastercard range, a number typed from memory) right after a word
# saying it is a card. The span starts at the
# word; the detector keeps only the digits.
CONTEXT_CARD = PatternSpec(
    name="ContextCardRecognizer",
    entity="CONTEXT_CARD",
    patterns=(
        (
            "card word + number",
            r"\b(?:card|cc|visa|mastercard|amex|maestro|debit|credit)(?: (?:number|no\.?|num|#))?"
            r"(?: is| was|:)?[ :#.-]{1,3}\d(?:[ -]?\d){11,18}(?![\d-])",
            0.5,
        ),
    ),
    validate=context_card_ok,
    guard=r"\d{4}",
)

_IBAN_LETTERS = {ord(d): str(i) for i, d in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def iban_ok(text: str) -> bool:
    """The IBAN's mod-97 check, as presidio computes it. presidio also checks the country's
    format; the twin does not, so it is looser (never stricter) than presidio."""
    iban = re.sub(r"[- ]", "", text).upper()
    if not 15 <= len(iban) <= 34:
        return False
    moved = (iban[:2] + "00" + iban[4:])[4:] + iban[:2] + "00"
    try:
        check = 98 - int(moved.translate(_IBAN_LETTERS)) % 97
    except ValueError:
        return False
    return f"{check:0>2}" == iban[2:4]


IBAN = PatternSpec(
    name="IbanRecognizer",
    entity="IBAN_CODE",
    patterns=(
        (
            "IBAN Generic",
            r"(?<![A-Z0-9])([A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,6})"
            r"((?:[ -]?[A-Z0-9]{4})?)((?:[ -]?[A-Z0-9]{1,3})?)(?![A-Z0-9])",
            0.5,
        ),
    ),
    validate=iban_ok,
    presidio_class="IbanRecognizer",
    flags=re.DOTALL | re.MULTILINE,
    groups_fallback=True,
    guard=r"[A-Z]{2}\d\d",
)


def ip_ok(text: str) -> bool | None:
    """presidio's IpRecognizer check: Python's ipaddress must accept it."""
    import ipaddress

    try:
        ipaddress.ip_interface(text)
    except ValueError:
        return False
    return None


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)"
_HEX = r"[0-9A-Fa-f]{1,4}"
# presidio's five patterns, word for word (the IPv6 ones as one alternation per pattern).
IP_ADDRESS = PatternSpec(
    name="IpRecognizer",
    entity="IP_ADDRESS",
    patterns=(
        (
            "IPv4_mapped",
            rf"(?<![\w:])::(?:ffff(?::0{{1,4}})?:)?(?:{_OCTET}\.){{3}}{_OCTET}"
            r"(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?\b",
            0.6,
        ),
        (
            "IPv4_embedded",
            rf"(?<![\w:])(?:(?:{_HEX}:){{1,5}}:(?:{_HEX}:){{0,4}}|(?:{_HEX}:){{6}})"
            rf"(?:{_OCTET}\.){{3}}{_OCTET}(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?\b",
            0.6,
        ),
        ("IPv4", rf"\b{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}(?:/(?:[0-2]?\d|3[0-2]))?\b", 0.6),
        (
            "IPv6",
            rf"(?<![\w:])(?:(?:{_HEX}:){{7}}{_HEX}|(?:{_HEX}:){{1,7}}:|:(?::{_HEX}){{1,7}}|"
            rf"(?:{_HEX}:){{1,6}}:{_HEX}|(?:{_HEX}:){{1,5}}(?::{_HEX}){{1,2}}|"
            rf"(?:{_HEX}:){{1,4}}(?::{_HEX}){{1,3}}|(?:{_HEX}:){{1,3}}(?::{_HEX}){{1,4}}|"
            rf"(?:{_HEX}:){{1,2}}(?::{_HEX}){{1,5}}|{_HEX}:(?::{_HEX}){{1,6}}|:(?::{_HEX}){{1,6}})"
            r"(?:%[0-9a-zA-Z]+)?(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?(?![\w:]|\.\d)",
            0.6,
        ),
        ("IPv6_unspecified", r"(?<![\w:])::(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?(?![\w:])", 0.1),
    ),
    validate=ip_ok,
    presidio_class="IpRecognizer",
    guard=r"\d\.\d|:",
)

# Street words in English (any case for the unambiguous ones) and the forms of other
# languages' street names that appear in the addresses people type.
_STREET = (
    r"road|rd|street|st|avenue|ave|av|lane|ln|close|drive|dr|way|crescent|cres|court|ct|"
    r"place|pl|terrace|gardens|gdns|grove|hill|park|square|sq|mews|row|rise|vale|walk|view|"
    r"boulevard|blvd|parkway|pkwy|highway|hwy|circle|cir|trail|loop|turnpike|plaza|alley|"
    r"crossing|green|gate|wharf|quay|parade|broadway|estate|str|straße|strasse|union|"
    r"heights|meadows?|fields?|chase|brow|wynd|close|croft|dale|end|side|bank"
)
_STREET_LOWER = (
    r"road|street|avenue|lane|close|drive|crescent|terrace|gardens|grove|mews|boulevard|"
    r"court|place|square|rise|walk"
)
# Words after a house number that mean "5 minutes away", not a street name.
_NOT_STREET_WORDS = (
    r"minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|of|the|a|an|very|so|too|"
    r"really|quite|pretty|not|more|less|and|or|to|in|on|at|is|are|was|were|people|patients?|"
    r"kids|pupils?|students?|beds?|miles?|steps?|seconds?|secs?|am|pm|ish|out|all|weeks|"
    r"nurses|staff|members|others|girls|boys|of|i|we|you|they|he|she|it"
)
_CAP = r"(?-i:[A-Z][^\W\d_]{1,24}\.?)"
_WORD = r"[^\W\d_][^\W\d_'’-]{1,24}"
_EURO_SUFFIX = (
    r"(?:straße|strasse|str\.|weg|vej|vägen|gatan|gata|katu|tie|gasse|laan|straat|plein|út|"
    r"utca|u\.|allee|platz|torget|vei|veien)"
)
_EURO_PREFIX = (
    r"(?:rua|via|viale|calle|carrer|avenida|avenue|rue|ul\.|ulica|strada|piazza|plaza|praça|"
    r"largo|travessa|corso|chemin|boulevard|quai)"
)

STREET_ADDRESS = PatternSpec(
    name="StreetAddressRecognizer",
    entity="STREET_ADDRESS",
    patterns=(
        (
            "number + capitalised street name",
            rf"\b\d{{1,5}}[a-z]?,? (?:{_CAP} ){{1,3}}(?:{_STREET})\b",
            0.6,
        ),
        (
            "number + street name, any case",
            rf"\b\d{{1,5}}[a-z]?,? (?!(?:{_NOT_STREET_WORDS})\b)(?:[a-z'’-]{{2,20}} ){{1,3}}"
            rf"(?:{_STREET_LOWER})\b",
            0.4,
        ),
        (
            "flat, apartment or suite number",
            r"\b(?:flat|apt\.?|apartment|suite)(?: no\.?)? ?\d{1,5}[a-z]?\b(?! ?(?:am|pm)\b)",
            0.4,
        ),
        ("PO box", r"\b(?:p\.? ?o\.? box|psc \d{1,5},? box) ?\d{1,6}\b", 0.5),
        (
            "street name + number (European)",
            rf"\b(?:{_CAP}(?: |-))?[^\W\d_]{{2,30}}{_EURO_SUFFIX} ?\d{{1,5}}[a-z]?\b",
            0.5,
        ),
        (
            "street word + name + number (European)",
            rf"\b{_EURO_PREFIX} (?:{_WORD} ){{0,3}}{_WORD},? \d{{1,5}}[a-z]?\b",
            0.5,
        ),
        (
            "number N on a street",
            rf"\bnumber \d{{1,4}}[a-z]?,? (?:on|in) (?:the )?(?:{_WORD} ){{0,3}}(?:{_STREET_LOWER}|"
            rf"{_STREET})\b",
            0.5,
        ),
        (
            "lives at/on a street",
            rf"\b(?:lives?|living|staying|moved|address is|addy is)(?: (?:at|on|in|to))? "
            rf"(?:the )?(?:{_WORD} ){{1,3}}(?:{_STREET_LOWER}|{_STREET})\b",
            0.4,
        ),
    ),
    context=("lives", "live", "address", "house", "home", "flat"),
    guard=r"\d|(?i:live|living|staying|moved|address|addy)",
)

RECOGNIZERS: tuple[PatternSpec, ...] = (
    PHONE,
    PHONE_SHAPE,
    CONTEXT_PHONE,
    EMAIL,
    CREDIT_CARD,
    CONTEXT_CARD,
    IBAN,
    IP_ADDRESS,
    STREET_ADDRESS,
)
