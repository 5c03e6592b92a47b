"""The HTML report in a real browser: Debian's headless chromium opens a report of a sample
export and we check what a reader would meet: no console errors, no network request, working
filters (mouse and keyboard), the grouping switch, the page without JavaScript, the print
stylesheet, the first screen, a phone's width, a self-review and the printed length of the
demo. Screenshots are saved to a temporary folder and their paths printed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cdp import Browser, find_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = find_chromium()
SAMPLE = Path(__file__).resolve().parent.parent / "sample_exports" / "nursing_cohort_android.txt"
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
DESKTOP = {"width": 1100, "height": 900, "deviceScaleFactor": 1, "mobile": False}
MAX_PRINTED_PAGES = 25

if CHROMIUM is None:
    pytest.skip(
        "chromium is not installed (apt-get install chromium; `make browser` does it)",
        allow_module_level=True,
    )

VISIBLE_CARDS = (  # checkVisibility: a closed <details> hides its content, layout or not
    "[...document.querySelectorAll('.view:not([hidden]) .finding')]"
    ".filter(c => c.offsetParent !== null && c.checkVisibility())"
)


def scan_to(target: Path, *flags: str) -> Path:
    from audit.cli import main

    result = CliRunner().invoke(main, ["scan", str(SAMPLE), "-q", "-o", str(target), *flags])
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return scan_to(tmp_path_factory.mktemp("report") / "report.html", "--no-models")


@pytest.fixture(scope="module")
def browser():
    with Browser(CHROMIUM) as b:
        b.send("Emulation.setDeviceMetricsOverride", DESKTOP)
        yield b
        b.send("Emulation.setDeviceMetricsOverride", DESKTOP)


def severities_shown(browser: Browser) -> list[str]:
    return browser.evaluate(f"{VISIBLE_CARDS}.map(c => c.dataset.severity)")


def test_report_opens_without_errors_or_requests(browser, report, tmp_path):
    browser.navigate(report.as_uri())
    browser.drain()
    assert browser.console_errors() == []
    assert browser.requests() == [report.as_uri()]
    shot = browser.screenshot(tmp_path / "report.png")
    print(f"\nscreenshot: {shot}")
    assert shot.stat().st_size > 10_000


def test_unticking_severities_hides_their_findings(browser, report):
    browser.navigate(report.as_uri())
    before = severities_shown(browser)
    assert {"high", "low"} <= set(before)
    for severity in ("medium", "low"):
        browser.evaluate(
            f'document.querySelector("input[name=severity][value={severity}]").click()'
        )
    after = severities_shown(browser)
    assert after and set(after) == {"high"}
    assert len(after) == before.count("high")
    status = browser.evaluate("document.getElementById('filter-status').textContent")
    assert f"Showing {len(after)} of" in status
    low_group = "document.querySelector('.view[data-view=severity] .group[data-severity=low]')"
    assert browser.evaluate(f"{low_group}.offsetParent === null")
    assert browser.console_errors() == []


def test_filters_work_from_the_keyboard(browser, report):
    browser.navigate(report.as_uri())
    before = severities_shown(browser)
    browser.evaluate("document.querySelector('input[name=severity][value=low]').focus()")
    for kind in ("keyDown", "keyUp"):
        browser.send(
            "Input.dispatchKeyEvent",
            {"type": kind, "key": " ", "code": "Space", "windowsVirtualKeyCode": 32, "text": " "},
        )
    after = severities_shown(browser)
    assert "low" in before and "low" not in after
    assert len(after) == len(before) - before.count("low")


def test_grouping_switches_to_member_and_rule_and_back(browser, report):
    browser.navigate(report.as_uri())
    default = len(severities_shown(browser))
    for view in ("member", "rule"):
        browser.evaluate(f"document.querySelector('input[name=group][value={view}]').click()")
        shown_view = browser.evaluate("document.querySelector('.view:not([hidden])').dataset.view")
        assert shown_view == view
        cards = browser.evaluate(f"{VISIBLE_CARDS}.length")
        assert cards > 0
        groups = browser.evaluate(
            "[...document.querySelectorAll('.view:not([hidden]) .group h3')].length"
        )
        assert groups > 1
    browser.evaluate("document.querySelector('input[name=group][value=severity]').click()")
    assert len(severities_shown(browser)) == default
    assert browser.console_errors() == []


def test_without_javascript_the_default_grouping_shows(browser, report, tmp_path):
    browser.set_javascript(False)
    try:
        browser.navigate(report.as_uri())
        assert browser.evaluate("document.getElementById('filters').offsetParent === null")
        shown = browser.evaluate(
            "[...document.querySelectorAll('.view')].filter(v => v.offsetParent !== null)"
            ".map(v => v.dataset.view)"
        )
        assert shown == ["severity"]
        rendered = browser.evaluate(
            "document.querySelectorAll('.view[data-view=severity] .finding').length"
        )
        assert len(severities_shown(browser)) == rendered > 0
        shot = browser.screenshot(tmp_path / "report-no-js.png")
        print(f"\nscreenshot without JavaScript: {shot}")
    finally:
        browser.set_javascript(True)


def test_print_stylesheet_hides_filters_and_keeps_cards_whole(browser, report, tmp_path):
    browser.navigate(report.as_uri())
    browser.send("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert (
            browser.evaluate("getComputedStyle(document.getElementById('filters')).display")
            == "none"
        )
        assert browser.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
        # A card may run on to the next page, but never in the middle of a message.
        for selector in (".finding-head", "ol.thread li"):
            inside = browser.evaluate(
                f"getComputedStyle(document.querySelector('{selector}')).breakInside"
            )
            assert inside == "avoid", selector
    finally:
        browser.send("Emulation.setEmulatedMedia", {"media": ""})
    pdf = browser.print_pdf(tmp_path / "report.pdf")
    print(f"\nprinted: {pdf}")
    assert pdf.read_bytes().startswith(b"%PDF")


CONTRAST_JS = r"""
(() => {
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = el => {
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const bad = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el) || el.closest('svg')) continue;
    seen.add(el);
    if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
    const style = getComputedStyle(el);
    const fg = rgb(style.color).slice(0, 3), bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const text = el.textContent.trim().slice(0, 30);
    if (ratio < (large ? 3 : 4.5)) bad.push(`${el.tagName} ${ratio.toFixed(2)} ${text}`);
  }
  return bad;
})()
"""


def test_text_has_enough_contrast(browser, report):
    """WCAG AA: 4.5:1 for body text, 3:1 for large text, from the colours as rendered."""
    browser.navigate(report.as_uri())
    assert browser.evaluate(CONTRAST_JS) == []


def on_phone(browser: Browser, url: str) -> None:
    browser.send("Emulation.setDeviceMetricsOverride", PHONE)
    browser.navigate(url)


def test_a_phone_never_scrolls_sideways_and_chart_text_is_readable(browser, report, tmp_path):
    on_phone(browser, report.as_uri())
    try:
        width = browser.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], width
        wide = browser.evaluate(
            "[...document.querySelectorAll('body *')].filter(e => "
            "e.getBoundingClientRect().right > innerWidth + 1 && "
            "!e.closest('.table-scroll, .chart-scroll') && e.offsetParent !== null)"
            ".map(e => e.tagName + '.' + e.className).slice(0, 5)"
        )
        assert wide == []
        smallest = browser.evaluate(
            "Math.min(...[...document.querySelectorAll('svg.chart text')].map(t => "
            "parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a))"
        )
        assert smallest >= 11, smallest
        shot = browser.screenshot(tmp_path / "phone.png", width=PHONE["width"])
        print(f"\nphone screenshot: {shot}")
    finally:
        browser.send("Emulation.setDeviceMetricsOverride", DESKTOP)


FIRST_SCREEN_JS = """
(() => {
  const seen = el => el && el.offsetParent !== null &&
    el.getBoundingClientRect().bottom <= innerHeight;
  const tiles = [...document.querySelectorAll('#glance .tile')];
  const link = [...document.querySelectorAll('#glance a[href="#next-steps"]')]
    .find(a => a.textContent.trim() === 'What to do next');
  return {
    tiles: tiles.filter(seen).map(t => t.dataset.severity),
    link: seen(link),
  };
})()
"""


@pytest.mark.parametrize("device", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_first_screen_has_the_severity_counts_and_what_to_do_next(browser, report, device):
    browser.send("Emulation.setDeviceMetricsOverride", device)
    try:
        browser.navigate(report.as_uri())
        seen = browser.evaluate(FIRST_SCREEN_JS)
        assert seen["tiles"] == ["high", "medium", "low"] and seen["link"], seen
        counts = browser.evaluate(
            "[...document.querySelectorAll('#glance .tile strong')].map(s => s.textContent)"
        )
        assert all(c.replace(",", "").isdigit() for c in counts)
    finally:
        browser.send("Emulation.setDeviceMetricsOverride", DESKTOP)


def test_self_review_shows_the_reviewers_own_finding_first(browser, tmp_path):
    target = scan_to(tmp_path / "me.html", "--no-models", "--me", "Tom Whitfield")
    browser.navigate(target.as_uri())
    first = browser.evaluate(
        f"(() => {{ const c = {VISIBLE_CARDS}[0]; return c && c.dataset.mine; }})()"
    )
    assert first == "yes"
    text = browser.evaluate("document.querySelector('#glance .self-review').textContent")
    assert "Tom Whitfield" in text and "of your messages" in text
    others = browser.evaluate("document.querySelector('details.part-others').open")
    assert others is False


def test_self_review_with_nothing_flagged_says_so_first(browser, tmp_path):
    target = scan_to(tmp_path / "me.html", "--no-models", "--me", "Chloe Bennett")
    browser.navigate(target.as_uri())
    text = browser.evaluate("document.querySelector('#glance').innerText")
    assert text.index("None of your messages was flagged") < text.index("High severity")
    assert browser.evaluate(f"{VISIBLE_CARDS}.length") == 0  # everyone else's: collapsed


def test_the_demo_prints_on_at_most_25_pages(browser, tmp_path):
    """The demo report as `make demo` writes it (models as installed), printed to PDF."""
    target = scan_to(tmp_path / "demo.html")
    browser.navigate(target.as_uri())
    pdf = browser.print_pdf(tmp_path / "demo.pdf")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
    print(f"\nthe demo prints on {pages} pages: {pdf}")
    assert 0 < pages <= MAX_PRINTED_PAGES


def test_regrouping_updates_the_intro_and_group_counts_follow_the_filters(browser, report):
    browser.navigate(report.as_uri())
    browser.evaluate("document.querySelector('input[name=group][value=member]').click()")
    assert browser.evaluate("document.getElementById('grouping-name').textContent") == "member"
    browser.evaluate("document.querySelector('input[name=severity][value=low]').click()")
    groups = browser.evaluate(
        "[...document.querySelectorAll('.view:not([hidden]) .group')]"
        ".filter(g => !g.hidden).map(g => [g.querySelector('.count').textContent, "
        "g.querySelectorAll('.finding:not([hidden])').length])"
    )
    assert groups
    for text, visible in groups:
        assert text.startswith(f"({visible}"), (text, visible)
    assert any("shown of" in text for text, _ in groups)
    assert browser.console_errors() == []
