"""The reviewers' site as a reviewer uses it (issue 19), in headless Chromium at 1280 px and 375 px.

Two sites: the seeds (``corpus/``), and real texts of corpus-ext copied into the repository
(``tests/data/corpus-ext``): the 公司法 version group (2018 → 2023, 341 changes), two local
housing measures that make a comparison (安阳 l04, 滁州 l11) and the longest law (生态环境法典).
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import browsing
from paths import CORPUS_EXT
from polc.cli import main

ROOT = Path(__file__).resolve().parents[1]
WIDTHS = [1280, 375]
HEIGHT_LIMIT = 20_000  # px: the tallest page a reviewer is asked to scroll (README: The reviewers' site)
EXT_FILES = ["versions/公司法/2018-10-26.md", "versions/公司法/2023-12-29.md",
             "local/l04_安阳市促进房地产市场平稳健康发展的意见.txt", "local/l11_滁州市促进房地产市场平稳健康发展若干措施.txt",
             "laws/行政法/生态环境法典(2026).md"]
COMPANY_LAW_DIFF = "diff/versions.公司法.2018-10-26--2023-12-29.html"
NODE_ID = re.compile(r"\b(?:header|preamble|part|subpart|chp|sec|art|para|item|annex|closing|residue|clause|prog)_\d+")

browsing.require()


def _build(corpus: Path, out: Path) -> Path:
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("review")
    ext = base / "ext"
    for name in EXT_FILES:
        (ext / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS_EXT / name, ext / name)
    return {"seeds": _build(ROOT / "corpus", base / "seeds-out"), "ext": _build(ext, base / "ext-out")}


def open_page(browser, width: int, path: Path, context=None):
    """A page at ``width`` that fails the test on a script error or a request off the file system."""
    page = (context or browser.new_context()).new_page()
    page.set_default_timeout(10_000)
    page.set_viewport_size({"width": width, "height": 800})
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("request", lambda r: r.url.startswith(("file:", "data:")) or problems.append(f"net: {r.url}"))
    page.problems = problems
    page.goto(path.as_uri())
    return page


def every_page(out: Path) -> list[Path]:
    return [out / "index.html", *sorted((out / "docs").glob("*.html")), *sorted((out / "compare").glob("*.html")),
            *sorted((out / "diff").glob("*.html"))]


TEXT = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll("script, style, .source").forEach(e => e.remove());
  return body.textContent;
}"""
EMPTY_LABELS = r"""() => Array.from(document.querySelectorAll("td[data-label], dd, .fact, .date"))
  .filter(e => e.tagName !== "TD" || getComputedStyle(e, "::before").content !== "none")  // a card's label shows
  .filter(e => e.checkVisibility() && !e.innerText.replace(/^[^ ]*\s/, "").trim())
  .map(e => (e.getAttribute("data-label") || e.className || e.tagName))"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["seeds", "ext"])
def test_no_internal_id_no_empty_label_and_no_page_too_tall(browser, sites, name: str, width: int) -> None:
    """Every page of both sites: no node id (chp_3__art_10, header_15) and no document id in its
    text, hidden parts included (file paths apart); no label shown without a value; no page
    taller than HEIGHT_LIMIT on any of its pages (long ones are cut into pages)."""
    out = sites[name]
    doc_ids = [d["id"] for d in json.loads((out / "index.json").read_text(encoding="utf-8"))["documents"]]
    context = browser.new_context()
    for path in every_page(out):
        page = open_page(browser, width, path, context)
        text = page.evaluate(TEXT)
        assert not NODE_ID.findall(text), (path.name, NODE_ID.findall(text)[:5])
        assert not [i for i in doc_ids if i in text], path.name
        assert page.evaluate(EMPTY_LABELS) == [], path.name
        pages = page.locator("nav.pager select").first.locator("option").count() or 1
        for k in range(1, pages + 1):
            if k > 1:
                page.locator("nav.pager select").first.select_option(str(k))
            height = page.evaluate("document.documentElement.scrollHeight")
            assert height <= HEIGHT_LIMIT, f"{path.name} page {k} is {height}px tall at {width}px"
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, path.name
        assert page.problems == [], path.name
        page.close()
    context.close()


def _word_only_in_text(out: Path, doc_id: str) -> str:
    """A two-character word in the text of ``doc_id`` and of no other document, and in no
    document's title or metadata: what only a full-text search can find."""
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    html = (out / "index.html").read_text(encoding="utf-8")

    def pairs(doc: dict) -> set[str]:
        def walk(nodes):
            for n in nodes:
                yield n
                yield from walk(n["children"])
        text = "".join(n["text"] for n in walk(doc["body"]))
        return {text[k:k + 2] for k in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[k:k + 2])}
    docs = {d["id"]: json.loads((out / d["json"]).read_text(encoding="utf-8")) for d in index["documents"]}
    others = set().union(*(pairs(d) for i, d in docs.items() if i != doc_id))
    return sorted(w for w in pairs(docs[doc_id]) - others if w not in html)[0]


@pytest.mark.parametrize("width", WIDTHS)
def test_index_search_finds_by_a_word_of_the_title_the_issuer_or_the_text(browser, sites, width: int) -> None:
    out = sites["ext"]
    page = open_page(browser, width, out / "index.html")
    rows = page.locator("#documents tbody tr:visible")
    total = rows.count()
    page.fill("#filter", "滁州")  # two characters of l11's title
    assert rows.count() == 1 and "滁州市促进房地产市场平稳健康发展若干措施" in rows.first.inner_text()
    page.fill("#filter", "全国人民代表大会")  # the issuer of 公司法 and of the 法典
    assert rows.count() == 3 < total
    word = _word_only_in_text(out, "local.l04_安阳市促进房地产市场平稳健康发展的意见")
    page.fill("#filter", word)  # only in l04's text: found through search/*.js
    page.wait_for_function("document.querySelectorAll('#documents tbody tr:not([hidden])').length === 1")
    assert "安阳市" in rows.first.inner_text() and page.inner_text("#shown") == "1"
    page.uncheck("#fulltext")
    assert rows.count() == 0
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_diff_filters_hide_the_kinds_unticked_and_the_view_is_chosen_and_remembered(browser, sites, width) -> None:
    out = sites["ext"]
    context = browser.new_context()
    page = open_page(browser, width, out / COMPANY_LAW_DIFF, context)
    assert page.is_checked("#view-side" if width == 1280 else "#view-inline")  # one view chosen when it opens
    updates = page.locator("article.op-update")
    assert updates.count() > 100 and updates.first.is_visible()
    page.uncheck("input[name=kind][value=update]")
    assert page.locator("article.op-update:not([hidden])").count() == 0
    assert page.locator("article.op-update:visible").count() == 0
    assert page.locator('.toc-list li[data-kind="update"]:not([hidden])').count() == 0
    shown = page.locator("article.op:visible")
    assert shown.count() > 0 and all(k != "update" for k in shown.evaluate_all("es => es.map(e => e.dataset.kind)"))
    for k in range(1, page.locator("nav.pager select").first.locator("option").count() + 1):  # no page holds one either
        page.locator("nav.pager select").first.select_option(str(k))
        assert page.locator("article.op-update:visible").count() == 0
    page.check("input[name=kind][value=update]")
    assert page.locator("article.op-update:not([hidden])").count() == updates.count()
    other = "#view-inline" if width == 1280 else "#view-side"
    page.check(other)
    again = open_page(browser, width, out / COMPANY_LAW_DIFF, context)
    assert again.is_checked(other)  # remembered
    assert page.problems == [] and again.problems == []
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_link_into_a_later_page_of_a_long_diff_or_document_shows_that_page(browser, sites, width) -> None:
    out = sites["ext"]
    page = open_page(browser, width, out / COMPANY_LAW_DIFF)
    last = page.locator(".toc-list li a").last
    target = last.get_attribute("href")
    page.locator(".toc-list details").last.evaluate("e => e.open = true")
    last.click()
    page.locator(target).wait_for(state="visible")  # the page's script shows it on hashchange: wait, not race
    assert page.locator(target).is_visible()
    assert page.evaluate(f"document.querySelector('{target}').getBoundingClientRect().top") < 800
    law = next((out / "docs").glob("*生态环境法典*.html"))
    page = open_page(browser, width, law)
    assert page.locator("nav.pager select").first.locator("option").count() > 10
    page.goto(law.as_uri() + "#" + page.locator("section.k-article").last.get_attribute("id"))
    last_article = page.locator("section.k-article").last
    assert last_article.is_visible() and page.evaluate("window.scrollY") > 0
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_what_tooltips_said_is_written_out_without_hover(browser, sites, width: int) -> None:
    out = sites["seeds"]
    page = open_page(browser, width, out / "docs" / "004_7e5f4f05c94043a5.html")
    cap = page.locator("mark.clause", has_text="30万元").first
    assert cap.evaluate("e => getComputedStyle(e, '::after').content") == "none"  # no hover box
    assert cap.locator("xpath=following-sibling::span[1]").inner_text() == "最高 30万元"
    per = page.locator('mark.clause[data-per="件"]').first
    gloss = per.locator("xpath=following-sibling::span[1]")
    assert gloss.is_visible() and gloss.inner_text().startswith("每件 ")
    glance = page.locator("section.glance")
    assert glance.is_visible() and "申请对象" in glance.inner_text() and "最高 30万元" in glance.inner_text()
    compare = next((out / "compare").glob("*.html"))
    page = open_page(browser, width, compare)
    note = page.locator("ul.amounts li").first
    assert note.is_visible() and note.locator(".role").inner_text().startswith("金额")
    assert len(note.locator("q").inner_text()) >= 4  # the words of what it pays for
    head = page.locator("table.compare thead th").nth(1).text_content()
    assert "连云港市" in head and "市级" in head  # 004's title names no city: its programmes' region does
    assert "连云港市" in page.inner_text("ol.columns") and "连云港市" in note.locator("xpath=ancestor::td").get_attribute(
        "data-label")
    assert page.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_first_paint_of_the_company_law_diff_shows_its_table_of_contents(browser, sites, tmp_path, width) -> None:
    """What the browser paints before any script but the one-line head script has run (polc.js
    emptied): the table of contents in the first screen, and the first page only of the changes."""
    site = tmp_path / "site"
    shutil.copytree(sites["ext"], site)
    (site / "assets" / "polc.js").write_text("", encoding="utf-8")
    page = open_page(browser, width, site / COMPANY_LAW_DIFF)
    toc = page.locator("#toc")
    assert toc.is_visible() and toc.evaluate("e => e.getBoundingClientRect().top") < 400
    assert "变化目录" in toc.inner_text() and "第三章 有限责任公司的设立和组织机构" in toc.inner_text()
    assert "修改 126" in toc.inner_text()
    shown = page.locator("article.op:visible").count()
    assert 0 < shown < page.locator("article.op").count() / 5
    assert page.evaluate("document.documentElement.scrollHeight") <= HEIGHT_LIMIT


def test_the_match_page_has_the_site_style_and_a_way_home(browser, sites, tmp_path: Path) -> None:
    out = sites["seeds"]
    html = tmp_path / "match.html"
    result = CliRunner().invoke(main, ["match", str(ROOT / "examples" / "jiangsu-manufacturer.toml"), "-o", str(out),
                                       "--html", str(html)])
    assert result.exit_code == 0, result.output
    page = open_page(browser, 375, html)
    home = page.locator("header.site a.home")
    assert home.get_attribute("href") == (out.resolve() / "index.html").as_uri()
    assert page.locator("table.match tbody tr").first.evaluate("e => getComputedStyle(e).display") == "block"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert page.evaluate(EMPTY_LABELS) == []
    assert page.problems == []
