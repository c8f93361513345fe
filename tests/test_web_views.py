"""Saving a view from the map in a real browser (Playwright driving Debian's chromium): the button
shows on a writable server only; a wrong token is refused with the server's message; with the
token, the view is saved with exactly the page's filters and the dialog links to its Atom feed,
which feedparser reads. Skipped (with the reason) without chromium, like tests/test_web.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser
import httpx
import pytest

from browser.support import LiveServer, build_store, wait_until
from marsad.api import ApiSettings, create_app
from test_web import READY, Page, chromium, page, screenshot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow
TOKEN = "browser-token-0123456789abcdef"


@pytest.fixture(scope="module")
def db(chromium: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:  # noqa: F811
    return build_store(tmp_path_factory.mktemp("views-store"), hostile=False)


@pytest.fixture(scope="module")
def writable(db: Any) -> Iterator[LiveServer]:
    with LiveServer(create_app(db, ApiSettings(token=TOKEN))) as live:
        yield live


@pytest.fixture(scope="module")
def read_only(db: Any) -> Iterator[LiveServer]:
    with LiveServer(create_app(db, ApiSettings())) as live:
        yield live


def test_saving_the_current_view_from_the_map(writable: LiveServer, page: Page) -> None:  # noqa: F811
    pg = page.open(writable.url + "/#lang=ar&type=Explosions%2FRemote%20violence&country=Syria")
    pg.wait_for_selector("#save-view:not([hidden])")
    assert pg.text_content("#save-view") == "حفظ هذا العرض"
    pg.click("#save-view")
    pg.fill("#sv-name", "syria-remote")
    pg.fill("#sv-title", "قصف في سوريا")
    pg.fill("#sv-token", "wrong-token-0123456789abcdef")
    pg.click("#sv-save")
    wait_until(pg, "() => document.getElementById('sv-status').textContent.includes('bearer token')")
    assert "لم يُحفظ العرض" in pg.text_content("#sv-status")
    # the browser reports the refused request (401) on its console: expected here, nothing else
    page.problems = [p for p in page.problems if "401" not in p]
    assert httpx.get(writable.url + "/api/views/syria-remote").status_code == 404

    pg.fill("#sv-token", TOKEN)
    pg.click("#sv-save")
    pg.wait_for_selector("#sv-feed:not([hidden])")
    assert pg.get_attribute("#sv-feed", "href") == "/feeds/syria-remote.atom"
    assert "syria-remote" in pg.text_content("#sv-status")
    screenshot(pg, "web-save-view.png")

    view = httpx.get(writable.url + "/api/views/syria-remote").json()
    assert view["title"] == "قصف في سوريا"
    assert view["filters"] == {"type": ["Explosions/Remote violence"], "country": ["Syria"]}
    feed = feedparser.parse(httpx.get(writable.url + "/feeds/syria-remote.atom").content)
    assert feed.bozo == 0 and feed.feed.title == "قصف في سوريا"
    listed = httpx.get(writable.url + "/api/events", params={"type": "Explosions/Remote violence",
                                                             "country": "Syria", "limit": 50}).json()["items"]
    assert len(feed.entries) == len(listed) > 0
    assert [e.link.rsplit("=", 1)[1] for e in feed.entries] == [i["id"] for i in listed]

    # the token is remembered for this tab: the next save needs no typing
    pg.click("#sv-cancel")
    pg.click("#save-view")
    assert pg.input_value("#sv-token") == TOKEN


def test_a_read_only_server_offers_no_saving(read_only: LiveServer, page: Page) -> None:  # noqa: F811
    pg = page.open(read_only.url + "/#lang=en")
    pg.wait_for_selector(READY)
    pg.wait_for_timeout(300)  # /api/config answered
    assert pg.is_hidden("#save-view")
