"""The HTML report: one self-contained file that a student, an advisor or a group admin reads.

model (the view model), threads (a card's conversation), cards (one card per incident),
groupings (by severity, member, rule), overview (the first screen and the details),
charts (drawn as inline SVG), render (Jinja, the content security policy). Everything is
built from the privacy view (reports/view.py), never from the raw scan."""

from reports.html.render import build_report, render_html

__all__ = ["build_report", "render_html"]
