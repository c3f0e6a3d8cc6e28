"""The HTML report, rendered for real in headless Chromium (skipped where Chromium is absent;
.ci/run installs Debian's chromium)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

from scrubber.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _dump_dom(page: Path, profile: Path) -> str:
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _status(dom: str) -> dict[str, str]:
    match = re.search(r'<div id="status"([^>]*)>', dom)
    assert match, "status element missing"
    return {k: html.unescape(v) for k, v in re.findall(r'data-([a-z]+)="([^"]*)"', match.group(1))}


def test_report_is_self_contained(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    assert main(["check", "-j", "1", "-q", str(ROOT / "samples"), "--html-report", str(page)]) == 1
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and "http://" not in text.split("report-data")[0]
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', text, re.S).group(1).replace("<\\/", "</"))
    samples = len(list((ROOT / "samples").glob("*.txt")))
    assert data["summary"]["files"] == samples and len(data["files"]) == samples


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_report_loads_in_chromium_with_counts_matching_json(tmp_path: Path) -> None:
    page, report = tmp_path / "report.html", tmp_path / "report.json"
    main(["check", "-j", "1", "-q", str(ROOT / "samples"), "--html-report", str(page), "--report", str(report)])
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    dom = _dump_dom(page, tmp_path / "profile")
    status = _status(dom)
    assert status.get("loaded") == "yes", "the page's script did not finish"
    assert "errors" not in status, f"script errors: {status.get('errors')}"
    assert int(status["files"]) == summary["files"] and int(status["findings"]) == summary["findings"]
    assert f'id="card-findings">{summary["findings"]}<' in dom
    bars = re.findall(r'class="bar" data-code="([A-Z]\d{3})"', dom)
    assert bars and len(bars) == len({key.split()[0] for key in summary["by_rule"]})


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_large_run_opens_with_pagination(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = "Title\n\nTitle\n\nSchools closed the the whole week, the county said on Tuesday.\n"
    for index in range(2000):
        (corpus / f"{index:04d}.txt").write_text(article, encoding="utf-8")
    page = tmp_path / "big.html"
    main(["check", "-q", str(corpus), "--html-report", str(page)])
    dom = _dump_dom(page, tmp_path / "profile")
    status = _status(dom)
    assert status.get("loaded") == "yes" and "errors" not in status
    assert status["files"] == "2000" and status["shown"] == "2000"
    assert dom.count("<details") == 50, "only one page of files is rendered"
