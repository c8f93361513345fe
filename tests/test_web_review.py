"""Reviewing in the map page (Playwright and Debian's chromium over a live server): the token is
entered once, an event is reviewed by keyboard (j, a, j, r + Enter) and by mouse (Correct: place
from the gazetteer search, fatalities), and the decisions survive a re-ingest and a re-extraction
of the sources while the page is reloaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from browser.support import LiveServer, build_store, wait_until
from marsad.api import ApiSettings, create_app
from marsad.api.settings import parse_tokens
from test_web import READY, Page, chromium  # noqa: F401  (a fixture)

pytestmark = pytest.mark.slow
TOKEN = "reviewer-token-0123456789"


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path]]:
    request.getfixturevalue("chromium")  # first: without a browser the module skips before building its store
    db = build_store(tmp_path_factory.mktemp("review-store"), hostile=False)
    app = create_app(db, ApiSettings(tokens=parse_tokens(f"ana:reviewer:{TOKEN}", "test")))
    with LiveServer(app) as live:
        yield live, db


def status(server: LiveServer, ident: str) -> dict[str, Any]:
    return httpx.get(f"{server.url}/api/events/{ident}", timeout=10).json()


def reviewed(pg: Any, n: int) -> None:
    pg.wait_for_selector(f"body[data-reviewed='{n}']", timeout=15000)


def test_review_by_keyboard_and_mouse_survives_a_reingest(site: tuple[LiveServer, Path],
                                                           request: pytest.FixtureRequest) -> None:
    server, db = site
    browser_ = request.getfixturevalue("chromium")
    p = Page(browser_, lang="en")
    try:
        pg = p.open(f"{server.url}/?lang=en#lang=en&sort=review&review=unreviewed")
        # the token, once
        pg.click("#reviewer summary")
        pg.fill("#review-token", TOKEN)
        pg.click("#login-form button[type=submit]")
        pg.wait_for_selector("#reviewer-name:has-text('ana')")
        assert pg.evaluate("sessionStorage.getItem('marsad.reviewToken')") == TOKEN
        order = pg.eval_on_selector_all("#event-list li", "els => els.map(e => e.dataset.id)")
        assert len(order) >= 3

        # keyboard: next, accept; next, reject (reason list, Enter)
        pg.locator("body").press("j")
        pg.wait_for_selector("#rv-accept")
        first = pg.evaluate("location.hash").split("event=")[1]
        assert first == order[0]
        pg.keyboard.press("a")
        reviewed(pg, 1)
        assert status(server, first)["review_status"] == "accepted"
        pg.keyboard.press("j")
        wait_until(pg, f"() => !location.hash.includes('event={first}')")
        second = pg.evaluate("location.hash").split("event=")[1]
        pg.wait_for_selector("#rv-reject")
        pg.keyboard.press("r")
        pg.wait_for_selector("#rv-reason:focus")
        pg.select_option("#rv-reason", "not_an_event")
        pg.keyboard.press("Enter")
        reviewed(pg, 2)
        assert status(server, second)["review_status"] == "rejected"
        listed = pg.eval_on_selector_all("#event-list li", "els => els.map(e => e.dataset.id)")
        assert first not in listed and second not in listed  # the "to review" list moved on

        # mouse: correct the place (gazetteer search) and the toll of another event
        third = listed[0]
        pg.click(f"#event-list li[data-id='{third}']")
        pg.click("#rv-correct")
        pg.fill("#rv-place-q", "Aleppo")
        pg.press("#rv-place-q", "Enter")
        pg.click("#rv-place-results button >> nth=0")
        pg.fill("#rv-fatalities", "13")
        pg.click("#rv-correct-send")
        reviewed(pg, 3)
        after = status(server, third)
        assert (after["review_status"], after["fatalities"], after["location"]) == ("corrected", 13, "Aleppo")
        pg.wait_for_selector("#reviewed-values")
        history = pg.locator("#review-history")
        history.locator("summary").click()
        pg.wait_for_selector("#review-history li:has-text('fatalities')")
    finally:
        p.close()

    # the sources ingested again and extracted again beside the running server
    from marsad import config
    from marsad.config import SAMPLES_DIR
    from marsad.ingest.reextract import reextract
    from marsad.ingest.runner import ingest
    from marsad.store import open_store

    # with the home the store was built with (its gazetteer), as the user who built it would
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MARSAD_HOME", str(db.parent / "home"))
        config.reset()
        store = open_store(db)
        try:
            assert ingest(store, [str(SAMPLES_DIR)]).documents_added == 0
            assert reextract(store).documents > 0
        finally:
            store.close()
        config.reset()
    p = Page(browser_, lang="en")
    try:
        pg = p.open(f"{server.url}/?lang=en#lang=en&review=all&event={third}")
        pg.wait_for_selector("#review-status[data-status='corrected']")
        assert pg.text_content(f"#event-list li[data-id='{third}'] .badge") == "corrected"
        assert "13" in (pg.text_content("#reviewed-values") or "")
        assert pg.locator(f"#event-list li[data-id='{second}'] .badge").text_content() == "rejected"
        assert status(server, first)["review_status"] == "accepted"
        # Only the hash changes: the page stays loaded (READY is already set) and fetches the
        # default list again; wait for that list, where the rejected event has no place.
        pg.goto(f"{server.url}/?lang=en#lang=en")
        pg.wait_for_selector(READY)
        wait_until(
            pg, f"() => !location.hash.includes('review=all') && document.querySelectorAll('#event-list li').length > 0"
            f" && !document.querySelector(\"#event-list li[data-id='{second}']\")")
        assert second not in pg.eval_on_selector_all("#event-list li", "els => els.map(e => e.dataset.id)")
    finally:
        p.close()
    assert not p.problems, p.problems
