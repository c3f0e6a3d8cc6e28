"""The real saved article in ../shared/examples, end to end through the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_path

from scrubber import clean
from scrubber.cli import main

NAME = "000_b2291217f8457bf9"


@pytest.fixture()
def example() -> Path:
    return shared_path("examples", f"{NAME}.txt")


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "scrubber", *args], input=stdin, capture_output=True, check=False)


def test_library_matches_expected_outputs(example: Path) -> None:
    text = example.read_text(encoding="utf-8")
    assert clean(text).text == example.with_name(f"{NAME}.clean.txt").read_text(encoding="utf-8")
    unsafe = example.with_name(f"{NAME}.clean-unsafe.txt").read_text(encoding="utf-8")
    assert clean(text, unsafe_fixes=True).text == unsafe


def test_cli_prints_expected_bytes(example: Path) -> None:
    expected = example.with_name(f"{NAME}.clean.txt").read_bytes()
    assert _run(["clean", str(example)]).stdout == expected
    assert _run(["clean", "-"], stdin=example.read_bytes()).stdout == expected
    unsafe = example.with_name(f"{NAME}.clean-unsafe.txt").read_bytes()
    assert _run(["clean", "--unsafe-fixes", str(example)]).stdout == unsafe


def test_check_names_each_artifact_at_its_line(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(example)]) == 1
    lines = capsys.readouterr().out.splitlines()
    located = sorted((line.split(": ", 1)[1].split(" ", 1)[0], int(line.split(":")[1])) for line in lines)
    expected = [("C101", 8), ("H101", 3), ("H102", 7), ("H103", 5), ("L101", 6), ("S101", 16)]
    expected += [("W102", 10), ("W102", 34), ("W105", 34)]
    assert located == expected
    assert any("H103" in line and "hint" in line for line in lines)


def test_check_passes_on_cleaned_output(example: Path, tmp_path: Path) -> None:
    for flags in ([], ["--unsafe-fixes"]):
        out = tmp_path / "cleaned.txt"
        out.write_bytes(_run(["clean", *flags, str(example)]).stdout)
        assert main(["check", *flags, str(out)]) == 0
