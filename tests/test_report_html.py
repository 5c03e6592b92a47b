"""The HTML report, read back with an HTML parser (never string matching on markup): its
structure, counts, masking, pseudonyms, guidance links, the cap on rendered findings, hostile
chat text, and the CLI's handling of bad output paths."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from audit.core.config import AuditConfig
from audit.core.guidance import load_catalogue
from detectors import off_hours, rule_registry
from report_scans import CHAT, make_scan, scan_result
from reports.html import render_html
from reports.html.groupings import water_level
from reports.segments import segments
from reports.view import privacy_view

SAMPLES = Path(__file__).resolve().parent.parent / "sample_exports"


def scan_sample_into(folder: Path):
    """A fast model-free scan of a sample chat into folder/r.html, through the CLI."""
    sample = str(SAMPLES / "nursing_cohort_android.txt")
    return cli(["scan", sample, "--no-models", "-o", str(folder / "r.html")])


# --- a small HTML tree -----------------------------------------------------------------------

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class Node:
    def __init__(self, tag: str, attrs: dict, parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.attrs.get("class", "").split())
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert found, f"no <{tag} class={cls} {attrs}>"
        return found[0]

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def inside(self, tag: str | None = None, cls: str | None = None) -> bool:
        node = self.parent
        while node is not None:
            if (tag is None or node.tag == tag) and (
                cls is None or cls in node.attrs.get("class", "").split()
            ):
                return True
            node = node.parent
        return False


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None, f"stray </{tag}>"
        self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"unclosed <{builder.current.tag}>"
    return builder.root


def all_text(doc: Node) -> str:
    """Every piece of text a reader or a tool could get from the file: text nodes and
    attribute values (the static inline CSS and script excepted: "stroke" is not a leak)."""

    def text(node: Node) -> str:  # concatenated, so a name split over two tags still shows
        if node.tag in ("style", "script"):
            return ""
        return "".join(c if isinstance(c, str) else text(c) for c in node.children)

    parts = [text(doc)]
    for node in doc.iter():
        parts.extend(str(v) for v in node.attrs.values())
    return "\n".join(parts)


def word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) is not None


def default_cards(doc: Node) -> list[Node]:
    view = doc.find("div", cls="view", data_view="severity")
    return view.find_all("article", cls="finding")


# --- rendering ---------------------------------------------------------------------------


def render(result) -> tuple[str, Node]:
    html = render_html(privacy_view(result))
    return html, parse_html(html)


@pytest.fixture
def hand_scan():
    return make_scan


# --- structure and counts -----------------------------------------------------------------


def test_report_has_landmarks_and_the_five_sections(hand_scan):
    _, doc = render(hand_scan())
    for landmark in ("header", "nav", "main", "footer"):
        assert len(doc.find_all(landmark)) >= 1, landmark
    assert [h.text for h in doc.find_all("h1")] == ["Chat audit report"]
    h2 = [h.text for h in doc.find_all("h2")]
    assert h2 == ["At a glance", "What to do next", "Findings", "Details", "Privacy"]
    assert doc.find("html").attrs["lang"].startswith("en")
    # every section is labelled by its heading
    for section in doc.find("main").find_all("section"):
        assert doc.find_all(id=section.attrs["aria-labelledby"])


def card_codes(card: Node) -> list[str]:
    return [s.text for s in card.find("ul", cls="rule-hits").find_all("span", cls="code")]


def card_codes_or_quiet(card: Node) -> list[str]:
    if card.find_all("ul", cls="rule-hits"):
        return card_codes(card)
    refs = [p.find("span", cls="code").text for p in card.find_all("p", cls="guidance-ref")]
    full = [g.attrs["id"].rsplit("-g-", 1)[1] for g in card.find_all("div", cls="guidance-full")]
    return full + refs


def card_with(doc: Node, code: str) -> Node:
    return next(c for c in default_cards(doc) if code in card_codes_or_quiet(c))


def test_one_card_per_incident_with_every_rule_on_it(hand_scan):
    """The pile-on's three findings (one episode) and the insult on its first message are one
    card; quiet-hours findings are one summary per member; every finding is on one card."""
    result = hand_scan()
    _, doc = render(result)
    cards = default_cards(doc)
    assert len(doc.find_all("article", cls="finding")) == len(cards)  # none twice
    pile = card_with(doc, "BUL001")
    assert card_codes(pile) == ["BUL001", "TOX001"]
    assert len(pile.find("ol", cls="thread").find_all("li", cls="msg-flagged")) == 3
    late = result.findings[result.findings["detector"] == "off_hours"]
    quiet = [c for c in cards if "card-quiet" in c.attrs["class"].split()]
    authors = late.merge(result.messages, on=["chat", "message_id"])["author"].nunique()
    assert len(quiet) == authors
    listed = sum(len(c.find("details", cls="quiet-messages").find_all("li")) for c in quiet)
    assert listed == len(late)
    others = [c for c in cards if c not in quiet]
    assert len(others) == 2  # the confidentiality card and the pile-on card
    for card in cards:
        assert card.find("time").attrs["datetime"]
        assert card.find("h4").text.strip()
        assert card.find_all("blockquote") or card.find_all("p", cls="guidance-ref")
    for card in others:
        for code in card_codes(card):
            assert code in rule_registry()
        hits = card.find("ul", cls="rule-hits").find_all("li")
        assert all(li.find("span", cls="explanation").text.strip() for li in hits)
        assert all(re.search(r"score \d\.\d\d", li.text) for li in hits)
        assert card.find("ol", cls="thread").find_all("li", cls="msg-flagged")


def test_guidance_is_quoted_once_per_rule_and_referenced_after(hand_scan):
    late = [(1000 + i * 5, "Tom Whitfield", f"late {i}") for i in range(3)]
    late += [(1100 + i * 5, "Ben Carter", f"later {i}") for i in range(3)]
    _, doc = render(hand_scan(list(CHAT) + late))
    quoted = [g.attrs["id"].rsplit("-g-", 1)[1] for g in doc.find_all("div", cls="guidance-full")]
    assert len(quoted) == len(set(quoted)) and "OFF001" in quoted
    refs = doc.find_all("p", cls="guidance-ref")
    assert [r.find("span", cls="code").text for r in refs] == ["OFF001"] * (len(refs))
    assert len(refs) >= 1
    for ref in refs:
        target = ref.find("a").attrs["href"].lstrip("#")
        assert doc.find_all(id=target) and target.endswith("-g-OFF001"), target


def tiles(doc: Node) -> dict[str, tuple[int, int]]:
    """Severity -> (cards, findings) from the first screen's tiles."""
    return {
        t.attrs["data-severity"]: (
            int(t.find("strong").text.replace(",", "")),
            int(t.attrs["data-findings"]),
        )
        for t in doc.find("section", id="glance").find_all("li", cls="tile")
    }


def test_counts_by_severity_match_the_findings(hand_scan):
    result = hand_scan()
    _, doc = render(result)
    expected = result.findings["severity"].astype(str).value_counts().to_dict()
    counted = tiles(doc)
    assert {s: f for s, (_, f) in counted.items()} == {
        s: expected.get(s, 0) for s in ("high", "medium", "low")
    }
    for group in doc.find("div", cls="view", data_view="severity").find_all("section", cls="group"):
        severity = group.attrs["data-severity"]
        assert len(group.find_all("article")) == counted[severity][0]
        assert {a.attrs["data-severity"] for a in group.find_all("article")} <= {severity}


def test_findings_are_grouped_by_severity_then_time(hand_scan):
    _, doc = render(hand_scan())
    order = [
        (
            c.attrs["data-severity"],
            "card-quiet" in c.attrs["class"],
            c.find("time").attrs["datetime"],
        )
        for c in default_cards(doc)
    ]
    rank = {"high": 0, "medium": 1, "low": 2}
    # quiet-hours summaries close their severity group
    assert order == sorted(order, key=lambda o: (rank[o[0]], o[1], o[2]))


def test_context_shows_two_messages_before_and_after(hand_scan):
    result = hand_scan()
    _, doc = render(result)
    card = card_with(doc, "CONF001")
    lines = card.find("ol", cls="thread").find_all("li")
    roles = [li.attrs["class"].split()[0] for li in lines]
    assert roles == ["msg-context"] * 2 + ["msg-flagged"] + ["msg-context"] * 2
    assert "who's on Ward 7" in lines[0].text and "yes obviously" in lines[-1].text


def test_pile_on_shows_all_its_messages_together(hand_scan):
    _, doc = render(hand_scan())
    card = card_with(doc, "BUL001")
    thread = card.find("ol", cls="thread")
    flagged = thread.find_all("li", cls="msg-flagged")
    assert [li.find("strong").text for li in flagged] == [
        "Tom Whitfield",
        "Hannah Price",
        "Ben Carter",
    ]
    pile = card.find("p", cls="pile").text
    assert "Tom Whitfield, Hannah Price, Ben Carter" in pile and "aimed at Megan Doyle" in pile
    assert "3 members" in card.find("p", cls="meta").text


def test_an_episode_without_episode_ids_is_grouped_by_its_messages(hand_scan):
    """A detector that gives `related` but no `episode` yet: the findings of one rule whose
    messages overlap are still one card."""
    result = hand_scan()
    result.findings["episode"] = ""
    result.findings["target"] = ""
    _, doc = render(result)
    cards = [c for c in default_cards(doc) if "BUL001" in card_codes_or_quiet(c)]
    assert len(cards) == 1 and "Who joined" in cards[0].find("p", cls="pile").text


def test_evidence_span_is_highlighted(hand_scan):
    _, doc = render(hand_scan())
    card = card_with(doc, "TOX001")
    marks = card.find("li", cls="msg-flagged").find_all("mark")
    assert "".join(m.text for m in marks) == "teacher's pet strikes again"
    assert marks[0].text == "teacher's pet"  # the insult's span is its own mark


def test_charts_are_images_with_titles_and_descriptions(hand_scan):
    _, doc = render(hand_scan())
    charts = [s for s in doc.find_all("svg") if s.attrs.get("role") == "img"]
    assert len(charts) == 2
    for chart in charts:
        ids = chart.attrs["aria-labelledby"].split()
        texts = [doc.find(id=i).text for i in ids]
        assert all(t.strip() for t in texts)
        assert chart.find("title") and chart.find("desc")
    heat = charts[1]
    cells = [r for r in heat.find_all("rect") if r.attrs.get("class", "").startswith("heat-")]
    assert len(cells) == 7 * 24
    assert sum(int(re.search(r": ([\d,]+) message", r.find("title").text)[1]) for r in cells) == 13


def test_no_request_is_possible_when_opened(hand_scan):
    html, doc = render(hand_scan())
    csp = doc.find("meta", http_equiv="Content-Security-Policy").attrs["content"]
    assert "default-src 'none'" in csp
    for node in doc.iter():
        assert "src" not in node.attrs, node.tag
        assert node.tag not in ("link", "iframe", "object", "embed", "img", "base")
    scripts = doc.find_all("script")
    assert len(scripts) == 1 and "src" not in scripts[0].attrs
    assert "@import" not in doc.find("style").text and "url(http" not in html


def test_settings_and_model_notice_are_stated(hand_scan):
    from audit.core.config import QuietHours

    _, doc = render(hand_scan(quiet_hours=QuietHours.parse("23:00-06:30")))
    settings = doc.find("dl", cls="settings")
    facts = {dt.text: dt_next(dt).text for dt in settings.find_all("dt")}
    assert facts["Quiet hours"].startswith("23:00-06:30")
    assert "--no-models" in doc.find("p", cls="notice").text


def dt_next(dt: Node) -> Node:
    siblings = [c for c in dt.parent.children if isinstance(c, Node)]
    return siblings[siblings.index(dt) + 1]


def test_fallback_model_gets_a_plain_notice(hand_scan):
    from audit.scoring import ModelInfo

    result = hand_scan()
    result.models = [
        ModelInfo(
            "toxicity",
            "alt-profanity-check 1.9.1",
            "x",
            fallback=True,
            notice="It only scores profanity.",
        )
    ]
    _, doc = render(result)
    notices = " ".join(n.text for n in doc.find_all("p", cls="notice"))
    assert "fallback" in notices and "alt-profanity-check" in notices


def test_next_steps_come_from_the_catalogue(hand_scan):
    result = hand_scan()
    _, doc = render(result)
    steps = doc.find("section", id="next-steps").find_all("li", cls="step")
    assert [s.find("p").text for s in steps] == [s.text for s in result.catalogue.next_steps]


# --- guidance links ---------------------------------------------------------------------------


def test_guidance_links_are_the_catalogues_own_web_links(hand_scan):
    result = hand_scan()
    _, doc = render(result)
    known = {g.link for g in result.catalogue.entries.values() if g.link}
    links = [a.attrs["href"] for a in doc.find_all("a")]
    outside = [h for h in links if not h.startswith("#")]
    assert outside and set(outside) <= known
    card = card_with(doc, "CONF001")
    first = card.find("div", cls="guidance").find("li")
    assert first.find("a").attrs["href"].startswith("https://www.hcpc-uk.org")
    assert "HCPC" in first.find("p", cls="cite").text


def test_a_javascript_link_in_a_guidance_file_is_not_a_link(hand_scan, tmp_path):
    extra = tmp_path / "policy.toml"
    extra.write_text(
        '[[source]]\nid = "evil"\ntitle = "Our policy"\npublisher = "Uni"\n'
        'url = "javascript:alert(1)"\n\n'
        '[[guidance]]\nid = "hcpc-5.1"\nsource = "evil"\ntitle = "Confidentiality"\n'
        'text = "Keep it confidential."\n',
        encoding="utf-8",
    )
    result = hand_scan()
    result.catalogue = load_catalogue([extra])
    _, doc = render(result)
    assert not [a for a in doc.find_all("a") if "javascript" in a.attrs.get("href", "").lower()]
    assert "Keep it confidential." in doc.text


# --- privacy ----------------------------------------------------------------------------------


def test_confidential_span_is_masked_everywhere_by_default(hand_scan):
    from detectors import toxicity
    from detectors.base import Finding, findings_frame

    result = hand_scan()
    apron = int(result.messages.index[result.messages["text"].str.contains("apron")][0])
    near = findings_frame(  # a card whose context holds the confidential message
        [Finding(apron, toxicity.RULES[0], "A remark.", score=0.5)], result.messages, "toxicity"
    )
    result.findings = pd.concat([result.findings, near], ignore_index=True)
    html, doc = render(result)
    everything = all_text(doc)
    assert "Okafor" not in everything and "bed 4" not in everything
    assert "Okafor" not in html
    masks = doc.find_all("span", cls="mask")
    assert {m.text for m in masks} >= {"[PERSON]", "[BED]"}
    # masked where it is context for another card too (the message straight after it)
    contexts = [
        li for li in doc.find_all("li", cls="msg-context") if li.find_all("span", cls="mask")
    ]
    assert contexts, "the confidential message should appear masked as context"


def test_reveal_shows_the_confidential_span(hand_scan):
    _, doc = render(hand_scan(reveal=True))
    assert "Mr Okafor in bed 4" in doc.text
    card = card_with(doc, "CONF001")
    assert [m.text for m in card.find("li", cls="msg-flagged").find_all("mark")] == [
        "Mr Okafor",
        "bed 4",
    ]


MEMBERS = ("Megan Doyle", "Tom Whitfield", "Hannah Price", "Ben Carter")


def test_pseudonymise_leaves_no_member_name_anywhere(hand_scan):
    result = hand_scan(pseudonymise=True)
    result.chats[0].chat = "WhatsApp Chat with Megan Doyle.txt"
    html, doc = render(result)
    everything = all_text(doc)
    for name in MEMBERS:
        for part in name.split():
            assert not word_in(part, everything), part
    assert "Member 1" in everything
    # names inside message text are replaced too ("go to sleep Tom", "megan literally")
    texts = " ".join(p.text for p in doc.find_all("p", cls="msg-text"))
    assert "go to sleep Member" in texts and "Member" in texts


def test_me_keeps_that_members_name_and_lists_their_findings_first(hand_scan):
    _, doc = render(hand_scan(me="Tom Whitfield"))
    cards = default_cards(doc)
    mine = [c.attrs["data-mine"] == "yes" for c in cards]
    assert mine[0] and mine == sorted(mine, reverse=True)  # all of Tom's before anyone else's
    others = doc.find("details", cls="part-others")  # everyone else's: summarised, collapsed
    assert "open" not in others.attrs and others.find_all("article", cls="finding")
    assert not [c for c in others.find_all("article") if c.attrs["data-mine"] == "yes"]
    sentences = doc.find("div", cls="self-review").text
    assert "of your messages" in sentences and "flagged" in sentences
    everything = all_text(doc)
    for other in ("Megan", "Hannah", "Ben"):
        assert not word_in(other, everything), other
    member_table = next(
        t
        for t in doc.find_all("table")
        if "per member" in "".join(c.text for c in t.find_all("caption"))
    )
    assert member_table.find("tbody").find("th").text.startswith("Tom Whitfield")


# --- hostile text ---------------------------------------------------------------------------

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '[click me](javascript:alert(1)) <a href="javascript:alert(2)">here</a>',
    "{{ 7 * 7 }} {% raw %} {# comment #} ${7*7}",
    "</p></li></ol></article><h2>fake section</h2><!--",
]


def test_hostile_chat_text_renders_as_inert_text(hand_scan):
    rows = list(CHAT) + [(20 * 60 + i, "Ben Carter", text) for i, text in enumerate(HOSTILE)]
    result = hand_scan(rows)
    html, doc = render(result)
    # our own script only, no image, no handler attribute, no javascript: link
    assert len(doc.find_all("script")) == 1
    assert not doc.find_all("img")
    for node in doc.iter():
        assert not [k for k in node.attrs if k.startswith("on")], node.tag
        assert "javascript:" not in node.attrs.get("href", "").lower()
    assert [h.text for h in doc.find_all("h2")] == [
        "At a glance",
        "What to do next",
        "Findings",
        "Details",
        "Privacy",
    ]
    shown = [p.text for p in doc.find_all("p", cls="msg-text")]
    for text in HOSTILE:  # the late messages are findings (01:00+), shown verbatim as text
        assert text in shown, text
    assert "49" not in " ".join(shown)


def test_highlight_segments_never_split_a_name():
    class Pseudo:
        active = True
        _pattern = re.compile(r"(?<!\w)(Megan)(?!\w)", re.I)

        def spans(self, value):
            return [(m.start(), m.end(), "Member 2") for m in self._pattern.finditer(value)]

    from reports.segments import name_spans

    text = "Megan is so thick"
    parts = segments(text, highlights=[(2, 11, "insult")], names=name_spans(Pseudo(), text))
    joined = "".join(p.text for p in parts)
    assert "Megan" not in joined and "eg" not in joined.split("Member 2")[0]
    assert joined == "Member 2 is so thick"
    assert parts[0].pseudonym and parts[0].highlight


def test_masks_win_over_overlapping_highlights():
    parts = segments("call 07700 900123 now", highlights=[(0, 10, "x")], masks=[(5, 17, "PHONE")])
    assert [(p.text, p.masked, p.highlight) for p in parts] == [
        ("call ", False, True),
        ("[PHONE]", True, True),
        (" now", False, False),
    ]


# --- scale --------------------------------------------------------------------------------------


def test_each_section_is_capped_with_a_note_pointing_to_the_export(hand_scan):
    late = [(1000 + i * 5, f"Student {i}", f"late message {i}") for i in range(60)]
    rows = list(CHAT) + late  # 01:40 to 06:35: all in quiet hours, one summary per student
    result = hand_scan(rows, max_rendered=10)
    _, doc = render(result)
    low = doc.find("section", cls="group", data_severity="low")
    assert len(low.find_all("article")) == 10
    note = low.find("p", cls="more").text
    total = int(low.find("span", cls="count").attrs["data-total"])
    assert total > 60 and f"Showing 10 of {total}" in note and "JSON" in note and "CSV" in note
    assert len(doc.find_all("article", cls="finding")) <= 10 * 3


def test_water_level_shares_a_budget_between_groups():
    assert water_level([5, 100, 100], 45) == 20
    assert water_level([1, 2, 3], 100) == 3
    assert water_level([50] * 10, 5) == 1


@pytest.mark.slow
def test_a_hundred_thousand_messages_render_quickly_and_stay_small(tmp_path):
    import time

    n = 100_000
    start = pd.Timestamp("2024-09-01 08:00")
    stamps = start + pd.to_timedelta(pd.Series(range(n)) * 311, unit="s")
    messages = pd.DataFrame(
        {
            "message_id": range(n),
            "chat": "big.txt",
            "line": range(1, n + 1),
            "timestamp": stamps,
            "author": [f"Student {i % 80}" for i in range(n)],
            "kind": "text",
            "edited": False,
            "text": [f"message number {i} about the rota" for i in range(n)],
        }
    )
    from audit.core.schema import MESSAGE_DTYPES

    messages = messages.astype(MESSAGE_DTYPES)
    config = AuditConfig(use_models=False)
    findings = off_hours.detect(messages, config)
    assert len(findings) > 5000
    result = scan_result(messages, findings, config, chat_name="big.txt")
    began = time.perf_counter()
    html, doc = render(result)
    took = time.perf_counter() - began
    assert len(doc.find_all("article", cls="finding")) <= 3 * config.max_rendered
    assert len(html) < 6_000_000, len(html)
    assert took < 30, took
    print(f"\n100k messages, {len(findings)} findings: {took:.1f}s, {len(html) / 1e6:.1f} MB")


# --- the command line: bad output paths ----------------------------------------------------


def cli(args):
    from audit.cli import main

    return CliRunner().invoke(main, args)


def test_output_in_a_missing_folder_is_one_line_and_exit_2(tmp_path):
    result = cli(
        [
            "scan",
            str(SAMPLES / "nursing_cohort_android.txt"),
            "--no-models",
            "-o",
            str(tmp_path / "nope" / "r.html"),
        ]
    )
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "does not exist" in result.output
    assert not (tmp_path / "nope").exists()


def test_existing_report_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "r.html"
    target.write_text("keep me", encoding="utf-8")
    result = cli(
        ["scan", str(SAMPLES / "nursing_cohort_android.txt"), "--no-models", "-o", str(target)]
    )
    assert result.exit_code == 2 and "--force" in result.output
    assert result.output.strip().count("\n") == 0
    assert target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_folder_without_write_permission_is_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = cli(
            [
                "scan",
                str(SAMPLES / "nursing_cohort_android.txt"),
                "--no-models",
                "-o",
                str(folder / "r.html"),
            ]
        )
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2 and "permission" in result.output
    assert list(folder.iterdir()) == []


def test_a_folder_that_refuses_the_file_is_one_line_and_exit_2(tmp_path, monkeypatch):
    """What root meets in a read-only place (/sys): the folder looks writable, creating the
    file fails."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = scan_sample_into(tmp_path)
    assert result.exit_code == 2, result.output
    assert "Permission denied" in result.output and result.output.strip().count("\n") == 0
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_partial_report(tmp_path, monkeypatch):
    def fail(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", fail)
    result = scan_sample_into(tmp_path)
    assert result.exit_code == 2, result.output
    assert "No space left" in result.output and result.output.strip().count("\n") == 0
    assert list(tmp_path.iterdir()) == []


def test_report_is_written_owner_only(tmp_path):
    target = tmp_path / "r.html"
    result = cli(
        [
            "scan",
            str(SAMPLES / "nursing_cohort_android.txt"),
            "--no-models",
            "-q",
            "-o",
            str(target),
        ]
    )
    assert result.exit_code == 0, result.output
    assert target.stat().st_mode & 0o777 == 0o600


# --- real scans of the sample exports -------------------------------------------------------


def scan_sample(name: str, tmp_path: Path, *flags: str) -> tuple[Node, dict]:
    import json

    html_path, json_path = tmp_path / "r.html", tmp_path / "r.json"
    for target in (html_path, json_path):
        result = cli(
            ["scan", str(SAMPLES / name), "--no-models", "-q", "--force", "-o", str(target), *flags]
        )
        assert result.exit_code == 0, result.output
    return parse_html(html_path.read_text(encoding="utf-8")), json.loads(
        json_path.read_text(encoding="utf-8")
    )


SAMPLE_FILES = [
    "nursing_cohort_android.txt",
    "social_work_cohort_ios.zip",
    "teaching_cohort_android_12h.txt",
]


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_report_counts_match_the_json_export(name, tmp_path):
    doc, data = scan_sample(name, tmp_path)
    findings = data["findings"]
    counted = tiles(doc)
    assert {s: f for s, (_, f) in counted.items()} == data["summary"]["by_severity"]
    assert len(default_cards(doc)) == sum(min(c, 200) for c, _ in counted.values())
    assert doc.find("nav").find("a", href="#findings").text == f"Findings ({len(findings):,})"


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_report_masks_every_confidentiality_span(name, tmp_path):
    from audit.parse.parsing import parse_export

    doc, data = scan_sample(name, tmp_path)
    everything = all_text(doc)
    messages = parse_export(SAMPLES / name).messages.set_index("message_id")
    masked_ids = {
        f["message_id"]
        for f in data["findings"]
        if f["detector"] == "confidentiality" and f["spans"]
    }
    hidden = set()
    for f in data["findings"]:
        if f["detector"] == "confidentiality":
            text = messages.loc[f["message_id"], "text"]
            hidden |= {text[s:e] for s, e, *_ in f["spans"] if len(text[s:e].strip()) >= 3}
    assert hidden, "the samples plant confidentiality risks"
    # Text the report may legitimately show anyway: other (unmasked) messages and the
    # report's own words (guidance quotes, rule texts).
    elsewhere = "\n".join(
        messages.loc[~messages.index.isin(masked_ids), "text"].dropna().tolist()
        + [doc.find("section", id="next-steps").text]
        + [b.text for b in doc.find_all("blockquote")]
        + [p.text for p in doc.find_all("span", cls="explanation")]
        + [p.text for p in doc.find_all("span", cls="top-text")]
        + [d.text for d in doc.find_all("details", cls="why")]
        + [d.text for d in doc.find_all("dd")]
    )
    leaked = sorted(h for h in hidden if h in everything and h not in elsewhere)
    assert not leaked
    shown = [p.text for p in doc.find_all("p", cls="msg-text")]
    for message_id in masked_ids:  # the flagged messages never appear unmasked
        assert messages.loc[message_id, "text"] not in shown
    revealed, _ = scan_sample(name, tmp_path, "--reveal")
    assert all(h in all_text(revealed) for h in hidden)


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_report_pseudonymised_names_no_member(name, tmp_path):
    from audit.parse.parsing import parse_export

    doc, _ = scan_sample(name, tmp_path, "--pseudonymise")
    everything = all_text(doc)
    authors = parse_export(SAMPLES / name).messages["author"].dropna().unique()
    for author in authors:
        assert author not in everything, author
    firsts = {a.split()[0] for a in authors if a.split() and a.split()[0].isalpha()}
    unique_firsts = [f for f in firsts if sum(a.split()[0] == f for a in authors) == 1]
    for first in unique_firsts:
        assert not word_in(first, everything), first


def test_related_messages_that_are_not_a_pile_on_are_not_called_one(hand_scan):
    from detectors import bullying
    from detectors.base import Finding, findings_frame

    result = hand_scan()
    messages = result.messages
    run = findings_frame(
        [
            Finding(
                0,
                bullying.DOMINATION,
                "Megan Doyle wrote 2 of the 3 messages.",
                score=0.5,
                label="domination",
                related=[0, 6],
            )
        ],
        messages,
        "bullying",
    )
    result.findings = pd.concat([result.findings, run], ignore_index=True)
    _, doc = render(result)
    card = card_with(doc, "BUL007")
    assert not card.find_all("p", cls="pile")  # one member's run, not a pile-on
    roles = [r.text for r in card.find_all("span", cls="role")]
    assert roles == ["flagged: BUL007", "involved"]


@given(
    text=st.text(alphabet="ab <>&{}%\n😂", max_size=40),
    masks=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4),
    marks=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4),
)
def test_segments_show_the_text_with_masked_runs_replaced_whatever_the_spans(text, masks, marks):
    from reports.privacy import Masker

    masks = [(min(a, b), max(a, b), "X") for a, b in masks if min(a, b) < min(max(a, b), len(text))]
    marks = [(min(a, b), max(a, b), "m") for a, b in marks]
    frame = pd.DataFrame(
        [{"chat": "c", "message_id": 0, "detector": "confidentiality", "spans": masks}]
    )
    masker = Masker(frame, reveal=False)
    expected = masker.text("c", 0, text)
    # the view cuts with the masker's spans (overlapping and adjacent ones merged)
    parts = segments(text, highlights=marks, masks=masker.spans("c", 0, text))
    assert "".join(p.text for p in parts) == expected
    assert all(p.text for p in parts)


def test_home_folder_in_a_model_notice_is_shortened(hand_scan):
    """A path like /home/megan.doyle/.cache would name the student in an advisor's copy."""
    from audit.scoring import ModelInfo

    result = hand_scan(pseudonymise=True)
    home = str(Path.home())
    result.models = [
        ModelInfo(
            "toxicity",
            "alt-profanity-check 1.9.1 (fallback)",
            "x",
            fallback=True,
            notice=f"No detoxify model (looked in {home}/.cache/chat-audit/models).",
        )
    ]
    _, doc = render(result)
    notice = doc.find("p", cls="notice").text
    assert "~/.cache/chat-audit/models" in notice and home + "/" not in notice


def test_charts_cope_with_no_findings_one_day_and_undated_messages():
    from datetime import time as clock

    from reports.html import charts

    empty = charts.timeline(pd.Series([], dtype="datetime64[s]"), pd.Series([], dtype=object))
    assert empty.bars == [] and "No dated findings" in empty.description
    stamps = pd.Series(pd.to_datetime(["2025-03-03 23:10", "2025-03-03 23:40", None]))
    one_day = charts.timeline(stamps, pd.Series(["low", "high", "medium"]))
    assert one_day.undated == 1 and len(one_day.bars) == 2 and one_day.unit == "day"
    assert "1 high, 1 low" in one_day.bars[0].title
    heat = charts.heatmap(pd.Series([], dtype="datetime64[s]"), clock(22), clock(7), "22:00-07:00")
    assert len(heat.cells) == 168 and heat.numbers == [] and "No dated" in heat.description
    busy = charts.heatmap(stamps, clock(22), clock(7), "22:00-07:00")
    assert [n.text for n in busy.numbers] == ["2"] and "2 messages (100%)" in busy.description


def test_compact_counts_fit_a_heatmap_cell():
    from reports.html.charts import compact

    assert [compact(n) for n in (7, 999, 1000, 4500, 12_345)] == ["7", "999", "1k", "4.5k", "12k"]
