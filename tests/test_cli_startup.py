"""`marsad events` imports only what extraction needs: the command line loads the module of the
command it runs, not the store, export, fetching and web stacks (issue 15: startup)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "httpx", "fastapi", "uvicorn", "pyarrow", "psycopg", "trafilatura")

PROBE = """
import json, sys
sys.argv = ["marsad", *sys.argv[1:]]
from marsad.cli import main
try:
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(HEAVY)))
print(json.dumps(heavy), file=sys.stderr)
"""


def _heavy_imports(tmp_path: Path, *args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.replace("json.loads(HEAVY)", repr(json.dumps(HEAVY))),
                           *args], capture_output=True, text=True, check=True, cwd=tmp_path,
                          env={"MARSAD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})
    return list(json.loads(done.stderr.strip().splitlines()[-1]))


def test_events_imports_no_store_web_or_fetch_stack(tmp_path: Path) -> None:
    doc = tmp_path / "in.jsonl"
    doc.write_text(json.dumps({"id": "a", "text": "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس وقتل ثلاثة مدنيين."},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert _heavy_imports(tmp_path, "events", str(doc), "--no-progress", "-o", str(tmp_path / "out.jsonl")) == []
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").strip()  # it did extract


def test_help_lists_every_command_and_each_command_runs_alone(tmp_path: Path) -> None:
    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True, check=True,
                              env={"MARSAD_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "COLUMNS": "200"}).stdout

    listed = run("--help")
    for command in ("alerts", "bench", "dates", "events", "export", "extract", "gazetteer", "ingest", "places",
                    "reextract", "review", "serve", "stats"):
        assert f" {command} " in listed, command
    assert "--workers" in run("ingest", "--help")
    assert "lookup" in run("gazetteer", "--help")


def test_events_ends_quickly_with_its_output_and_exit_code(tmp_path: Path) -> None:
    """`python -m marsad events` leaves through `marsad.cli.run`'s quick exit: the records on
    standard output or in the file, the failures on standard error and the exit code are those of
    the command."""
    doc = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس وقتل ثلاثة مدنيين."},
                      ensure_ascii=False)
    doc.write_text(good + "\n{not json\n", encoding="utf-8")
    env = {"MARSAD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    to_stdout = subprocess.run([sys.executable, "-m", "marsad", "events", str(doc), "--no-progress"],
                               capture_output=True, text=True, env=env, cwd=tmp_path)
    assert to_stdout.returncode == 1  # the second line is no document
    records = [json.loads(line) for line in to_stdout.stdout.splitlines()]
    assert records and all(r["doc"] == "a" for r in records)
    assert '"stage":"read"' in to_stdout.stderr
    out = tmp_path / "out.jsonl"
    doc.write_text(good + "\n", encoding="utf-8")
    to_file = subprocess.run([sys.executable, "-m", "marsad", "events", str(doc), "--no-progress", "-o", str(out)],
                             capture_output=True, text=True, env=env, cwd=tmp_path)
    assert to_file.returncode == 0
    assert out.read_text(encoding="utf-8") == to_stdout.stdout


def test_ingest_ends_quickly_with_its_database_whole(tmp_path: Path) -> None:
    """`python -m marsad ingest` leaves through the quick exit too (its store closed, its writer
    thread stopped): the summary printed, the documents stored, no journal left beside the
    database."""
    from marsad.cli import QUICK_EXIT
    from marsad.store import open_store, stats

    assert "ingest" in QUICK_EXIT
    docs = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس وقتل {i + 2} مدنيين."},
                        ensure_ascii=False) for i in range(3)]
    docs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "db.sqlite"
    env = {"MARSAD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "marsad", "ingest", str(docs), "--db", str(db), "--no-progress", "--json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents_added"] == 3
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("db.sqlite")) == ["db.sqlite"]
    store = open_store(db)
    assert stats(store)["documents"] == 3
    store.close()
