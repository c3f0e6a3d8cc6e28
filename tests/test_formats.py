"""check's machine formats, statistics, baselines and colour; SARIF validated against the
2.1.0 object model (sarif-pydantic)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scrubber.cli import main

DIRTY = "Storm closes schools\n\nStorm closes schools\n\n2 min read\nSchools closed the the whole week."
HINT = "Nadal celebrates celebrates a point.\n"


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "hint.txt").write_text(HINT, encoding="utf-8")
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", "-j", "1", *args])
    return code, capsys.readouterr().out


def test_json_format(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--output-format", "json", str(files))
    data = json.loads(out)
    assert code == 1 and data["summary"]["files"] == 2
    codes = {f["code"] for entry in data["files"] for f in entry["findings"]}
    assert {"H101", "L101", "S101", "W105"} <= codes


def test_jsonl_format(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--output-format", "jsonl", str(files))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    hint = next(r for r in records if r["path"].endswith("hint.txt"))
    assert hint["code"] == "S101" and hint["fails_check"] is False and hint["safety"] == "unsafe"
    stutter = next(r for r in records if r["path"].endswith("dirty.txt") and r["code"] == "S101")
    assert (stutter["line"], stutter["column"], stutter["end_line"]) == (6, 19, 6)
    assert stutter["fails_check"] is True


def test_github_format(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "--output-format", "github", str(files / "dirty.txt"), str(files / "hint.txt"))
    lines = out.splitlines()
    assert any(line.startswith("::error file=") and "title=H101 duplicated-headline" in line for line in lines)
    assert any(line.startswith("::notice file=") and "hint.txt" in line for line in lines)
    assert all(",line=" in line and ",col=" in line for line in lines)


def test_sarif_validates_against_the_2_1_0_object_model(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sarif = pytest.importorskip("sarif_pydantic")
    _, out = _run(capsys, "--output-format", "sarif", str(files))
    data = json.loads(out)
    log = sarif.Sarif.model_validate(data)
    assert log.version == "2.1.0"
    run = log.runs[0]
    assert run.tool.driver.name == "scrubber" and len(run.results) >= 5
    rules = [rule["id"] for rule in data["runs"][0]["tool"]["driver"]["rules"]]
    for result in data["runs"][0]["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["endLine"] >= region["startLine"]
    fixed = [r for r in data["runs"][0]["results"] if r["ruleId"] == "S101" and r["level"] == "error"]
    replacement = fixed[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "" and replacement["deletedRegion"]["startColumn"] == 19
    assert {r["level"] for r in data["runs"][0]["results"]} == {"error", "note"}


def test_statistics(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--statistics", str(files))
    counts = {line.split()[1]: int(line.split()[0]) for line in out.splitlines()}
    assert code == 1 and counts["S101"] == 2 and counts["H101"] == 1


def test_baseline_reports_only_new_findings(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = files / "baseline.json"
    code, _ = _run(capsys, "--write-baseline", str(baseline), str(files))
    assert code == 0 and json.loads(baseline.read_text())["entries"]
    assert _run(capsys, "--baseline", str(baseline), str(files))[0] == 0
    # Lines move down and a new artifact appears: only the new one is reported.
    (files / "dirty.txt").write_text(
        "Intro line added above.\n" + DIRTY + "\nAdvertisement\nMore text.", encoding="utf-8"
    )
    code, out = _run(capsys, "--baseline", str(baseline), str(files))
    reported = {line.split(": ")[1].split()[0] for line in out.splitlines()}
    assert code == 1 and "L103" in reported and "S101" not in reported


def test_no_colour_when_piped(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, str(files))
    assert "\x1b[" not in out
