"""Every page of a built site in headless Chromium at 1280 px and 375 px: the tallest page.

    python scripts/site_heights.py OUT [--limit 20000]

A long document, diff, comparison or index comes in pages (polc.js shows one at a time); each of
its pages is measured.  Prints the tallest few and exits 1 if one is taller than the limit.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def heights(out: Path, width: int, browser) -> list[tuple[int, str]]:
    page = browser.new_page(viewport={"width": width, "height": 800})
    found = []
    for path in [out / "index.html", *sorted(out.glob("docs/*.html")), *sorted(out.glob("compare/*.html")),
                 *sorted(out.glob("diff/*.html"))]:
        page.goto(path.as_uri())
        pages = page.locator("nav.pager select").first.locator("option").count() if page.locator(
            "nav.pager select").count() else 1
        for k in range(1, pages + 1):
            if k > 1:
                page.locator("nav.pager select").first.select_option(str(k))
            found.append((page.evaluate("document.documentElement.scrollHeight"), f"{path.relative_to(out)} p{k}"))
    page.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=20_000)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    worst = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        for width in (1280, 375):
            found = sorted(heights(args.out, width, browser), reverse=True)
            worst = max(worst, found[0][0])
            print(f"{width}px: {len(found)} pages; tallest:")
            for height, name in found[:5]:
                print(f"  {height:>7} px  {name}")
        browser.close()
    print(f"tallest {worst} px; limit {args.limit} px: {'ok' if worst <= args.limit else 'TOO TALL'}")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
