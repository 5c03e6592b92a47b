"""Rendering: the view model put together (`build_report`) and drawn by the Jinja templates
(`render_html`). Templates autoescape everything; nothing derived from a chat is ever marked
safe. Message text arrives as segments (text, highlighted?, masked?) that the template
escapes one by one, so hostile text (`<script>`, `{{ }}`) stays text.

Guidance is quoted in full on the first card of each rule (in the default order, which is
also the printed order) and referenced by a link on the others."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from functools import lru_cache

import jinja2

from audit import __version__
from reports.html import charts, overview
from reports.html.cards import CardMaker, guidance_refs
from reports.html.groupings import EXPORT_HINT, grouped_view, severity_view
from reports.html.model import SEVERITY_ORDER, Card, Report, period_text
from reports.view import PrivacyView


def _mark_guidance(cards: list[Card]) -> None:
    first: dict[str, str] = {}
    for card in cards:
        for use in card.rules:
            if use.code in first:
                use.quoted_here, use.quoted_at = False, first[use.code]
            else:
                first[use.code] = card.id


def build_report(view: PrivacyView) -> Report:
    """The view model of the report (what the template shows), for tests and other views."""
    config = view.config
    several = len(view.chats) > 1 or view.messages["chat"].nunique() > 1
    cards = CardMaker(view, several).cards()
    cap = config.max_rendered
    default = severity_view(cards, cap, view.keep)
    default_ids = [i for p in default.parts for g in p.groups for i in g.card_ids]
    # The other groupings may render as many cards as the default one can at most.
    budget = max(len(SEVERITY_ORDER) * cap, len(default_ids))
    rendered = set(default_ids)
    views = [
        default,
        grouped_view(cards, "member", "Member", cap, budget, rendered),
        grouped_view(cards, "rule", "Rule", cap, budget, rendered),
    ]
    wanted = {i for v in views for p in v.parts for g in p.groups for i in g.card_ids}
    by_id = {c.id: c for c in cards}
    shown = [by_id[i] for i in default_ids] + [
        c for c in cards if c.id in wanted - set(default_ids)
    ]
    _mark_guidance(shown)
    member_rows, member_more, quiet_column = overview.member_rows(view)
    people = overview.people(view)
    model_rows, notices = overview.models(view)
    return Report(
        title="Chat audit report",
        generated=datetime.now().astimezone().strftime("%d %b %Y, %H:%M %Z").lstrip("0"),
        version=__version__,
        chats=overview.chats(view),
        period=period_text(view.messages["timestamp"]),
        messages=f"{len(view.messages):,}",
        members=f"{people['author'].nunique():,}",
        findings=f"{len(view.findings):,}",
        cards_total=len(cards),
        lead=overview.lead_sentence(view, cards),
        self_review=overview.self_review(view, cards),
        settings=overview.settings(view),
        thresholds=overview.thresholds(view),
        models=model_rows,
        model_notices=notices,
        severity_counts=overview.severity_counts(view, cards),
        detector_rows=overview.detector_rows(view),
        detector_filters=overview.detector_filters(view, cards),
        rule_rows=overview.rule_rows(view),
        member_rows=member_rows,
        member_more=member_more,
        quiet_column=quiet_column,
        top=overview.top_items(cards, view.keep),
        timeline=charts.timeline(view.findings["timestamp"], view.findings["severity"]),
        heatmap=charts.heatmap(
            people["timestamp"],
            config.quiet_hours.start,
            config.quiet_hours.end,
            str(config.quiet_hours),
        ),
        views=views,
        cards={c.id: c for c in shown},
        default_card_ids=set(default_ids),
        next_steps=[(s.text, guidance_refs(view, s.guidance)) for s in view.catalogue.next_steps],
        privacy=overview.privacy(view),
        me=view.keep,
        new_count=int(view.findings["new"].sum()) if "new" in view.findings else None,
        export_hint=EXPORT_HINT,
        extra=overview.check_notes(view),
    )


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reports", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _sha256(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
    return f"'sha256-{digest}'"


@lru_cache(maxsize=1)
def content_security_policy() -> str:
    """Nothing may load or connect: no network request of any kind when the file is opened,
    even if something hostile slipped into the page. Only the report's own inline style and
    script run, pinned by hash (they are static files, included verbatim)."""
    env = environment()
    style = env.get_template("_style.css.j2").render()
    script = env.get_template("_filters.js.j2").render()
    return (
        "default-src 'none'; "
        f"style-src {_sha256(style)}; script-src {_sha256(script)}; "
        "base-uri 'none'; form-action 'none'"
    )


def render_html(view: PrivacyView) -> str:
    report = build_report(view)
    template = environment().get_template("report.html.j2")
    return template.render(report=report, csp=content_security_policy())
