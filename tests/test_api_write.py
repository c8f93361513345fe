"""The write endpoint: refused without a configured token (read-only server) or with a wrong one;
with the token, a document goes through the real pipeline into the store and shows up in the
read endpoints."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser.support import build_store
from marsad.api import ApiSettings, create_app

TOKEN = "test-token-0123456789abcdef"
DOC = {
    "id": "api-doc-1",
    "published": "2024-05-02",
    "url": "https://news.example.org/2024/05/02/idlib",
    "source": "Example News",
    "title": "قصف على ريف إدلب الجنوبي",
    "text": "قتل مدنيان في قصف مدفعي لقوات النظام السوري على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأربعاء.",
}


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "store", hostile=False)


def test_read_only_server_refuses_writes(db: Path) -> None:
    with TestClient(create_app(db, ApiSettings())) as c:
        r = c.post("/api/documents", json=DOC, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403
        assert "read-only" in r.json()["error"]["message"]
        assert c.get("/api/config").json()["writable"] is False


@pytest.mark.parametrize("header", [None, "Bearer wrong-token-0123456789", f"Basic {TOKEN}", TOKEN])
def test_wrong_or_missing_token_is_refused(db: Path, header: str | None) -> None:
    with TestClient(create_app(db, ApiSettings(token=TOKEN))) as c:
        r = c.post("/api/documents", json=DOC, headers={"Authorization": header} if header else {})
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"


def test_token_holder_ingests_a_document(db: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(db, ApiSettings(token=TOKEN))) as c:
        before = c.get("/api/stats").json()
        r = c.post("/api/documents", json=DOC, headers=auth)
        assert r.status_code == 200, r.text
        saved = r.json()
        assert saved["added"] is True and saved["events"] >= 1
        after = c.get("/api/stats").json()
        assert after["documents"] == before["documents"] + 1
        assert after["events"] == before["events"] + saved["events"]
        doc = c.get(f"/api/documents/{saved['document_id']}").json()
        assert doc["url"] == DOC["url"] and doc["events"]
        again = c.post("/api/documents", json=DOC, headers=auth).json()
        assert again["added"] is False and "already stored" in again["reason"]
        assert c.get("/api/stats").json()["documents"] == after["documents"]


@pytest.mark.parametrize("body", [
    {"id": "x"},
    {"id": "x", "text": "نص", "html": "<p>نص</p>"},
    {"id": "x", "text": "نص", "url": "javascript:alert(1)"},
    {"id": "x", "text": "نص", "published": "2024-02-30"},
    {"id": "x", "text": "نص", "extra": 1},
])
def test_invalid_documents_answer_422(db: Path, body: dict[str, object]) -> None:
    with TestClient(create_app(db, ApiSettings(token=TOKEN))) as c:
        r = c.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["message"]


@pytest.mark.parametrize(("content", "ctype"), [
    (b"{not json", "application/json"), (b"id=a1&text=x", "application/x-www-form-urlencoded"),
    (b"\xff\xfe garbage", "application/json"), (b"plain words", "text/plain"), (b"", "application/json"),
])
def test_a_body_that_is_not_json_answers_400_as_documented(db: Path, content: bytes, ctype: str) -> None:
    """docs/api.md and the OpenAPI schema say 400 for a body that is not JSON (issue 12, item 10)."""
    with TestClient(create_app(db, ApiSettings(token=TOKEN))) as c:
        r = c.post("/api/documents", content=content,
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": ctype})
        assert r.status_code == 400, r.text
        assert r.json()["error"]["status"] == 400 and "not JSON" in r.json()["error"]["message"]
        schema = c.get("/openapi.json").json()["paths"]["/api/documents"]["post"]["responses"]
        assert "400" in schema
        valid_json_bad_document = c.post("/api/documents", json={"id": "x"},
                                         headers={"Authorization": f"Bearer {TOKEN}"})
        assert valid_json_bad_document.status_code == 422
