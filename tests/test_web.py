"""The analyst page in a real browser (Playwright driving Debian's chromium) over a live server
with the bundled samples and a hostile document: markers appear, a filter and a timeline brush
change the list, clicking an event shows its evidence highlighted, permalinks restore a view,
the language toggle flips the direction, and markup in an article never executes.
Screenshots go to test-artifacts/ (git-ignored)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from browser.support import ARTIFACTS, HOSTILE, LiveServer, browser, build_store, wait_until
from marsad.api import ApiSettings, create_app

pytestmark = pytest.mark.slow
READY = "body[data-ready='1']"


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as b:
        yield b


@pytest.fixture(scope="module")
def server(chromium: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    # chromium first: without a browser the module skips before building its store
    db = build_store(tmp_path_factory.mktemp("web-store"))
    with LiveServer(create_app(db, ApiSettings())) as live:
        yield live


class Page:
    """A browser page that records console errors, page errors and failed requests."""

    def __init__(self, chromium: Any, lang: str = "ar") -> None:
        self.page = chromium.new_page(viewport={"width": 1400, "height": 900}, locale=lang)
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))

    def open(self, url: str) -> Any:
        self.page.goto(url)
        self.page.wait_for_selector(READY, timeout=20000)
        return self.page

    def close(self) -> None:
        self.page.close()


@pytest.fixture()
def page(chromium: Any) -> Iterator[Page]:
    p = Page(chromium)
    yield p
    p.close()
    assert not p.problems, p.problems


def api(server: LiveServer, path: str) -> Any:
    return httpx.get(server.url + path, timeout=10).json()


def all_ids(server: LiveServer, query: str) -> list[str]:
    return [i["id"] for i in api(server, f"/api/events?limit=1000&{query}")["items"]]


def list_ids(pg: Any) -> list[str]:
    return pg.eval_on_selector_all("#event-list li", "els => els.map(e => e.dataset.id)")


def screenshot(pg: Any, name: str) -> None:
    """A screenshot for docs/web.md in test-artifacts/, checked to be a PNG of the page (the test
    that takes it is the one that needs the browser, so it skips with it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.unlink(missing_ok=True)
    pg.screenshot(path=str(path))
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000, (name, len(data))


def wait_loaded(pg: Any, before: str | None) -> None:
    """Wait until the list was refreshed after `before` (the previous load counter)."""
    wait_until(pg, "b => document.body.dataset.loaded && document.body.dataset.loaded !== b", before)


def test_page_loads_with_markers_in_arabic(server: LiveServer, page: Page) -> None:
    pg = page.open(server.url + "/")
    assert pg.get_attribute("html", "dir") == "rtl" and pg.get_attribute("html", "lang") == "ar"
    pg.wait_for_selector("#map[data-outlines='ready']")
    expected = all_ids(server, "")
    assert list_ids(pg) == expected
    with_coords = sum(1 for i in api(server, "/api/events?limit=1000")["items"] if i["latitude"] is not None)
    assert int(pg.get_attribute("#map", "data-markers")) == with_coords > 0
    shown = pg.locator(".event-marker").count() + pg.locator(".mc-icon").count()
    assert shown > 0
    assert pg.locator(".leaflet-outlines-pane path").count() > 200  # every country, coasts, borders
    # The first view fits the events with their countries around them: the borders are drawn
    # and the countries of the events are named inside the map.
    named = pg.evaluate("""() => {
        const box = document.getElementById("map").getBoundingClientRect();
        return [...document.querySelectorAll(".country-label")].filter((e) => {
            const r = e.getBoundingClientRect();
            return r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        }).map((e) => e.textContent);
    }""")
    assert {"سوريا", "العراق"} <= set(named), named
    screenshot(pg, "web-map-ar.png")


def test_type_filter_changes_the_list_and_the_permalink(server: LiveServer, page: Page) -> None:
    pg = page.open(server.url + "/#lang=en")
    before = list_ids(pg)
    loaded = pg.evaluate("document.body.dataset.loaded")
    pg.check("#f-types input[value='Battles']")
    wait_loaded(pg, loaded)
    after = list_ids(pg)
    assert after == all_ids(server, "type=Battles")
    assert 0 < len(after) < len(before)
    assert set(pg.eval_on_selector_all("#event-list li", "els => els.map(e => e.dataset.type)")) == {"Battles"}
    assert "type=Battles" in pg.evaluate("location.hash")
    assert int(pg.get_attribute("#map", "data-markers")) <= len(after)


def test_timeline_brush_filters_map_and_list(server: LiveServer, page: Page) -> None:
    pg = page.open(server.url + "/#lang=en")
    everything = list_ids(pg)
    box = pg.locator("#timeline-svg").bounding_box()
    loaded = pg.evaluate("document.body.dataset.loaded")
    # Drag over the right half of the timeline (the more recent years of the samples).
    y = box["y"] + box["height"] / 2
    pg.mouse.move(box["x"] + box["width"] * 0.55, y)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    pg.mouse.move(box["x"] + box["width"] - 4, y, steps=5)
    pg.mouse.up()
    wait_loaded(pg, loaded)
    start, end = pg.input_value("#f-from"), pg.input_value("#f-to")
    assert start and end and start <= end
    assert f"from={start}" in pg.evaluate("location.hash")
    shown = list_ids(pg)
    assert shown == all_ids(server, f"from={start}&to={end}")
    assert 0 < len(shown) < len(everything)
    dates = pg.eval_on_selector_all("#event-list li .date", "els => els.map(e => e.textContent)")
    assert all(start <= d <= end for d in dates)
    assert pg.locator("#timeline-svg rect.brush").count() == 1
    # A click without a drag clears the dates again.
    loaded = pg.evaluate("document.body.dataset.loaded")
    pg.mouse.click(box["x"] + box["width"] / 2, y)
    wait_loaded(pg, loaded)
    assert list_ids(pg) == everything and pg.input_value("#f-from") == ""


def test_clicking_an_event_shows_its_evidence_highlighted(server: LiveServer, page: Page) -> None:
    reports = api(server, "/api/events?view=reports&limit=1000")["items"]
    target = next(r for r in reports if r["actor1"] and r["latitude"] is not None and r["doc"] != HOSTILE["id"])
    pg = page.open(server.url + "/#lang=en&view=reports")
    pg.click(f"#event-list li[data-id='{target['id']}']")
    pg.wait_for_selector("#panel:not([hidden]) .article-text")
    assert "selected" in (pg.get_attribute(f"#event-list li[data-id='{target['id']}']", "class") or "")
    assert f"event={target['id']}" in pg.evaluate("location.hash")
    doc = api(server, f"/api/documents/{target['document_id']}")
    record = next(e for e in doc["events"] if e["id"] == target["id"])
    evidence = "".join(pg.eval_on_selector_all(".article-text .hl-evidence", "els => els.map(e => e.textContent)"))
    assert record["evidence"][0]["text"] in evidence
    marks = {c: pg.eval_on_selector_all(f".article-text mark.hl-{c}", "els => els.map(e => e.textContent)")
             for c in ("actor", "place")}
    if record["actor1"]["span"][1] > record["actor1"]["span"][0]:
        s, e = record["actor1"]["span_body"]
        assert doc["body"][s:e] in marks["actor"]
    if record["location"] and record["location"]["span"][1] > record["location"]["span"][0]:
        s, e = record["location"]["span_body"]
        assert doc["body"][s:e] in marks["place"]
    fields = pg.eval_on_selector_all("#panel dl.fields dd", "els => els.map(e => e.dataset.id)")
    assert {"event_type", "sub_event_type", "event_date", "location", "evidence"} <= set(fields)
    screenshot(pg, "web-panel-en.png")


def test_highlights_cover_every_span_category(server: LiveServer, page: Page) -> None:
    # Any field of a record carrying {"text", "span"} is highlighted by its key: actors, places,
    # dates and numbers.
    pg = page.open(server.url + "/#lang=en")
    text = "قتل ثلاثة مدنيين في قصف على حلب يوم الجمعة."
    found = pg.evaluate("""async (text) => {
        const m = await import("/static/js/panel.js");
        const rec = {
            evidence: [{text, span: [0, text.length]}],
            actor2: {name: "Civilians", text: "مدنيين", span: [10, 16]},
            location: {name: "Aleppo", text: "حلب", span: [28, 31]},
            event_date_words: {text: "يوم الجمعة", span: [32, 42]},
            fatalities_words: {text: "ثلاثة", span: [4, 9]},
        };
        const box = document.createElement("div");
        box.append(m.highlighted(text, m.collectSpans(rec, false)));
        const marks = {};
        for (const el of box.querySelectorAll("mark")) marks[el.dataset.cat] = el.textContent;
        return {marks, evidence: [...box.querySelectorAll(".hl-evidence")].map(e => e.textContent).join(""),
                plain: box.textContent};
    }""", text)
    assert found["marks"] == {"actor": "مدنيين", "place": "حلب", "date": "يوم الجمعة", "number": "ثلاثة"}
    assert found["evidence"] == text and found["plain"] == text


def test_date_and_toll_words_of_a_sample_are_highlighted(server: LiveServer, page: Page) -> None:
    # A real sample whose record carries the words behind its date and its toll.
    reports = api(server, "/api/events?view=reports&limit=1000")["items"]
    found = None
    for r in reports:
        if r["doc"] == HOSTILE["id"]:
            continue
        doc = api(server, f"/api/documents/{r['document_id']}")
        rec = next(e for e in doc["events"] if e["id"] == r["id"])
        if rec.get("event_date_words") and rec.get("fatalities_words") and doc["spans_map_to_body"]:
            found = (r, doc, rec)
            break
    assert found, "no sample event carries both date and toll words"
    target, doc, rec = found
    pg = page.open(server.url + f"/#lang=ar&view=reports&event={target['id']}")
    pg.wait_for_selector("#panel:not([hidden]) .article-text mark.hl-date")
    marks = {c: pg.eval_on_selector_all(f".article-text mark.hl-{c}", "els => els.map(e => e.textContent)")
             for c in ("date", "number")}
    s, e = rec["event_date_words"]["span_body"]
    assert doc["body"][s:e] in "".join(marks["date"]) and doc["body"][s:e].strip()
    s, e = rec["fatalities_words"]["span_body"]
    assert doc["body"][s:e] in "".join(marks["number"])
    outlet = pg.text_content("#panel .article-meta .outlet") or ""
    assert outlet and "/" not in outlet and outlet == doc["source"]
    assert pg.text_content("#panel dl.fields dd[data-id='event_date_words']") == rec["event_date_words"]["text"]
    assert pg.text_content("#panel dl.fields dd[data-id='fatalities_words']") == rec["fatalities_words"]["text"]
    assert "null" not in (pg.text_content("#panel") or "")


def test_a_cluster_lists_its_reports_and_links_to_sources(server: LiveServer, page: Page) -> None:
    item = api(server, "/api/events?limit=1")["items"][0]
    pg = page.open(server.url + f"/#lang=ar&event={item['id']}")
    pg.wait_for_selector("#panel:not([hidden]) .article-text")
    assert pg.locator("ol.reports li").count() == item["n_reports"]
    assert pg.locator(".article-text .hl-evidence").count() > 0
    assert pg.get_attribute("html", "dir") == "rtl"
    screenshot(pg, "web-panel-ar.png")


def test_permalink_restores_filters_language_and_event(server: LiveServer, page: Page) -> None:
    target = all_ids(server, "type=Protests&view=reports")[0]
    pg = page.open(server.url + f"/#lang=en&view=reports&type=Protests&event={target}")
    assert pg.get_attribute("html", "dir") == "ltr"
    assert pg.is_checked("#f-types input[value='Protests']")
    assert pg.input_value("#f-view") == "reports"
    assert list_ids(pg) == all_ids(server, "type=Protests&view=reports")
    pg.wait_for_selector("#panel:not([hidden]) .article-text")
    href = pg.get_attribute("#panel-title a.permalink", "href")
    assert href and f"event={target}" in href and "type=Protests" in href


def test_language_toggle_flips_direction_and_labels(server: LiveServer, page: Page) -> None:
    pg = page.open(server.url + "/#lang=ar")
    arabic = pg.text_content("#f-types label:first-of-type")
    pg.click("#lang-toggle")
    wait_until(pg, "() => document.documentElement.dir === 'ltr'")
    assert pg.get_attribute("html", "lang") == "en" and "lang=en" in pg.evaluate("location.hash")
    assert "Battles" in (pg.text_content("#f-types label:first-of-type") or "") and "Battles" not in (arabic or "")
    pg.click("#lang-toggle")
    wait_until(pg, "() => document.documentElement.dir === 'rtl'")


def test_markup_in_an_article_never_executes(server: LiveServer, page: Page) -> None:
    hostile = [i for i in api(server, "/api/events?view=reports&limit=1000")["items"] if i["doc"] == HOSTILE["id"]]
    assert hostile
    pg = page.open(server.url + f"/#lang=en&view=reports&q={quote('الأتارب')}&event={hostile[-1]['id']}")
    pg.wait_for_selector("#panel:not([hidden]) .article-text")
    for row in pg.locator("#event-list li").all():
        row.hover()
    pg.locator(".article-text").hover()
    pg.locator("ol.reports button").first.click()
    pg.wait_for_selector("#panel .article-text")
    text = pg.text_content(".article-text") or ""
    assert "<script>window.__pwned=1</script>" in text and 'onmouseover="window.__pwned=3"' in text
    assert pg.evaluate("window.__pwned") is None
    assert pg.locator("#panel img, #panel script, #panel svg, #panel b, #event-list img").count() == 0
    assert pg.locator("a[href^='javascript']").count() == 0
    assert pg.locator("#panel a.source-link[href]").count() == 0  # a javascript: URL is no link
    outlets = pg.eval_on_selector_all("#panel .outlet", "els => els.map(e => e.textContent)")
    assert HOSTILE["source"] in outlets
    pg.wait_for_timeout(300)
    assert pg.evaluate("window.__pwned") is None
    screenshot(pg, "web-hostile.png")


def test_api_docs_page_runs_under_the_csp(server: LiveServer, page: Page) -> None:
    pg = page.page
    pg.goto(server.url + "/docs")
    pg.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert pg.locator(".swagger-ui .opblock").count() >= 6
