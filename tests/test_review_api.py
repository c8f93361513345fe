"""Reviews through the API: roles (reader, reviewer, admin, unknown token), validation, the history
of a decision, review_status in every answer and export, the default view without rejected
records, the to-review order, place and actor look-ups (tests/test_review_store.py: the store side)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser.support import build_store
from marsad.api import ApiSettings, create_app
from marsad.api.settings import parse_tokens
from marsad.errors import ConfigError

READER, REVIEWER, ADMIN = "reader-token-0123456789", "reviewer-token-0123456789", "admin-token-0123456789abc"
TOKENS = parse_tokens(f"rita:reader:{READER},ana:reviewer:{REVIEWER}", "test")


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture()
def client(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = build_store(tmp_path / "store", hostile=False)
    with TestClient(create_app(db, ApiSettings(token=ADMIN, tokens=TOKENS))) as c:
        yield c


def first_cluster(c: TestClient) -> str:
    return str(c.get("/api/events?limit=1").json()["items"][0]["id"])


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401),
    (auth("unknown-token-0123456789"), 401),
    ({"Authorization": f"Basic {REVIEWER}"}, 401),
    (auth(READER), 403),
    (auth(REVIEWER), 200),
    (auth(ADMIN), 200),
])
def test_roles_of_the_review_endpoint(client: TestClient, headers: dict[str, str], status: int) -> None:
    r = client.post(f"/api/events/{first_cluster(client)}/review", json={"action": "accept"}, headers=headers)
    assert r.status_code == status, r.text


@pytest.mark.parametrize(("token", "status"), [(READER, 403), (REVIEWER, 403), (ADMIN, 422)])
def test_only_admins_post_documents(client: TestClient, token: str, status: int) -> None:
    assert client.post("/api/documents", json={"id": "x"}, headers=auth(token)).status_code == status


def test_read_only_server_refuses_reviews(tmp_path: Path) -> None:
    db = build_store(tmp_path / "store", hostile=False)
    with TestClient(create_app(db, ApiSettings())) as c:
        r = c.post(f"/api/events/{first_cluster(c)}/review", json={"action": "accept"}, headers=auth(REVIEWER))
        assert r.status_code == 403 and c.get("/api/config").json()["reviewable"] is False


@pytest.mark.parametrize(("body", "status"), [
    ({"action": "reject"}, 422),  # no reason
    ({"action": "reject", "reason": "boring"}, 422),
    ({"action": "correct"}, 422),  # nothing to correct
    ({"action": "correct", "changes": {"event_type": "Picnics"}}, 422),
    ({"action": "correct", "changes": {"event_type": "Battles", "sub_event_type": "Air/drone strike"}}, 422),
    ({"action": "correct", "changes": {"fatalities": -1}}, 422),
    ({"action": "correct", "changes": {"location": {"name": "x"}}}, 422),  # no point, no gazetteer id
    ({"action": "correct", "changes": {"location": {"gazetteer_id": "gn:nowhere"}}}, 422),
    ({"action": "accept", "extra": 1}, 422),
    ({"action": "correct", "changes": {"fatalities": 3}}, 200),
])
def test_review_bodies_are_validated(client: TestClient, body: dict[str, object], status: int) -> None:
    r = client.post(f"/api/events/{first_cluster(client)}/review", json=body, headers=auth(REVIEWER))
    assert r.status_code == status, r.text


def test_unknown_event_is_404(client: TestClient) -> None:
    assert client.post("/api/events/cdoesnotexist/review", json={"action": "accept"},
                       headers=auth(REVIEWER)).status_code == 404
    assert client.get("/api/events/cdoesnotexist/history").status_code == 404


def test_history_says_who_changed_what(client: TestClient) -> None:
    cid = first_cluster(client)
    before = client.get(f"/api/events/{cid}").json()
    assert before["review_status"] == "unreviewed" and before["review"] is None
    place = client.get("/api/places", params={"q": "حلب"}).json()["items"][0]
    r = client.post(f"/api/events/{cid}/review", headers=auth(REVIEWER), json={
        "action": "correct", "changes": {"fatalities": 11, "location": {"gazetteer_id": place["gazetteer_id"]},
                                         "actor1": "Islamic State"}})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "corrected" and r.json()["reviewer"] == "ana"
    client.post(f"/api/events/{cid}/review", headers=auth(ADMIN), json={"action": "accept", "note": "checked"})
    h = client.get(f"/api/events/{cid}/history").json()
    assert h["review_status"] == "corrected"  # accepting a corrected record keeps it corrected
    changes = [(x["reviewer"], x["field"], x["old"], x["new"]) for x in h["items"]]
    assert ("ana", "status", "unreviewed", "corrected") in changes
    assert ("ana", "fatalities", before["fatalities"], 11) in changes
    assert ("ana", "actor1", before["actor1"], "Islamic State") in changes
    assert ("admin", "note", None, "checked") in changes
    loc = next(x for x in h["items"] if x["field"] == "location")
    assert loc["old"]["name"] == before["location"] and loc["new"]["name"] == place["name"]
    after = client.get(f"/api/events/{cid}").json()
    assert (after["fatalities"], after["location"], after["actor1"]) == (11, place["name"], "Islamic State")
    assert after["latitude"] == place["latitude"]
    assert after["review"]["corrected"] == ["actor1", "fatalities", "location"]
    # the filters see the corrected values
    assert cid in [i["id"] for i in client.get("/api/events", params={"actor": "Islamic State"}).json()["items"]]


def test_rejected_records_leave_the_default_views(client: TestClient) -> None:
    cid = first_cluster(client)
    total = client.get("/api/stats").json()["matching"]
    r = client.post(f"/api/events/{cid}/review", headers=auth(REVIEWER),
                    json={"action": "reject", "reason": "not_an_event", "note": "a commemoration"})
    assert r.json()["status"] == "rejected"

    def ids(**params: str) -> list[str]:
        return [i["id"] for i in client.get("/api/events", params={"limit": "1000", **params}).json()["items"]]

    assert cid not in ids() and cid in ids(review="all") and ids(review="rejected") == [cid]
    assert client.get("/api/stats").json()["matching"] == total - 1
    members = client.get(f"/api/events/{cid}").json()["reports"]
    assert not {m["id"] for m in members} & set(ids(view="reports"))  # its reports go with it
    export = client.get("/api/export", params={"format": "jsonl", "review": "all"}).text
    rows = {json.loads(line)["marsad_id"]: json.loads(line) for line in export.splitlines()}
    assert rows[cid]["review_status"] == "rejected" and "review=rejected" in rows[cid]["tags"]
    assert cid not in client.get("/api/export", params={"format": "jsonl"}).text


def test_exports_carry_the_review(client: TestClient) -> None:
    cid = first_cluster(client)
    client.post(f"/api/events/{cid}/review", headers=auth(REVIEWER),
                json={"action": "correct", "changes": {"fatalities": 4}})
    acled = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "acled-csv"}).text)))
    mine = [r for r in acled if "Corrected by ana" in r["notes"]]
    assert len(mine) == 1 and mine[0]["fatalities"] == "4" and "(fatalities)" in mine[0]["notes"]
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    statuses = {f["id"]: f["properties"]["review_status"] for f in geo["features"]}
    assert statuses[cid] == "corrected" and set(statuses.values()) == {"corrected", "unreviewed"}
    items = client.get("/api/events", params={"limit": "1000"}).json()["items"]
    assert all(i["review_status"] in ("corrected", "unreviewed") for i in items)
    report = items[0]["representative"] if items[0]["id"] == cid else None
    if report:
        assert client.get(f"/api/events/{report}").json()["review_status"] == "unreviewed"


def test_to_review_order_puts_unreviewed_first_newest_first(client: TestClient) -> None:
    all_items = client.get("/api/events", params={"limit": "1000"}).json()["items"]
    newest = all_items[0]["id"]
    client.post(f"/api/events/{newest}/review", headers=auth(REVIEWER), json={"action": "accept"})
    order = client.get("/api/events", params={"limit": "1000", "sort": "review"}).json()["items"]
    assert order[-1]["id"] == newest
    dates = [i["event_date"] or "" for i in order[:-1]]
    assert dates == sorted(dates, reverse=True)
    page1 = client.get("/api/events", params={"limit": "2", "sort": "review"}).json()
    page2 = client.get("/api/events", params={"limit": "1000", "sort": "review", "cursor": page1["next_cursor"]}).json()
    assert [i["id"] for i in page1["items"] + page2["items"]] == [i["id"] for i in order]


def test_place_and_actor_lookups_and_whoami(client: TestClient) -> None:
    places = client.get("/api/places", params={"q": "Aleppo"}).json()["items"]
    assert places and places[0]["name"] == "Aleppo" and places[0]["latitude"]
    assert client.get("/api/places", params={"q": "حل"}).json()["items"]
    assert "Military Forces of Syria" in client.get("/api/actors", params={"q": "syria"}).json()["items"]
    assert client.get("/api/whoami", headers=auth(REVIEWER)).json() == {"name": "ana", "role": "reviewer"}
    assert client.get("/api/whoami", headers=auth(ADMIN)).json() == {"name": "admin", "role": "admin"}
    assert client.get("/api/whoami").status_code == 401


@pytest.mark.parametrize(("text", "problem"), [
    ("ana:reviewer:short", "at least"),
    ("ana:boss:reviewer-token-0123456789", "unknown role"),
    ("ana reviewer", "name:role:token"),
    (f"ana:reviewer:{REVIEWER},ana:reader:{READER}", "twice"),
])
def test_token_settings_are_checked(text: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        parse_tokens(text, "MARSAD_API_TOKENS")


def test_tokens_from_the_environment_and_the_home_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.config import settings

    (settings().home).mkdir(parents=True, exist_ok=True)
    (settings().home / "api_tokens").write_text(f"# reviewers\nana:reviewer:{REVIEWER}\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_API_TOKENS", f"rita:reader:{READER}")
    monkeypatch.setenv("MARSAD_API_TOKEN", ADMIN)
    s = ApiSettings.from_env()
    assert [(t.name, t.role) for t in s.all_tokens] == [("admin", "admin"), ("ana", "reviewer"), ("rita", "reader")]
    assert "token" not in repr(s.tokens[0]).split("secret")[0] and REVIEWER not in repr(s)
