"""Screenshots of the demo report for the README, with Debian's chromium (`make screenshots`).

Writes docs/report-desktop.png (1280 px wide) and docs/report-phone.png (390 px wide, a
phone's screen), each the top of the report as a reader first sees it. The browser is driven
through the DevTools pipe by tests/cdp.py (no browser download, no network)."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from cdp import Browser, find_chromium  # noqa: E402

SHOTS = (  # name, width, height, device pixels per CSS pixel, mobile
    ("report-desktop.png", 1280, 1500, 1, False),
    ("report-phone.png", 390, 1400, 2, True),
)


def shoot(report: Path, folder: Path) -> list[Path]:
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    written = []
    with Browser(chromium) as browser:
        for name, width, height, scale, mobile in SHOTS:
            browser.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile},
            )
            browser.send("Emulation.setScrollbarsHidden", {"hidden": True})
            browser.navigate(report.resolve().as_uri())
            shot = browser.send("Page.captureScreenshot", {"format": "png"})
            path = folder / name
            path.write_bytes(base64.b64decode(shot["data"]))
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the HTML report to photograph")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNGs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.report, args.out):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
