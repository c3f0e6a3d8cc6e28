"""Golden outputs for the articles in samples/ (written for this project; see the README demo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from scrubber import clean
from scrubber.decode import decode

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def test_there_are_at_least_five_samples() -> None:
    assert len(SAMPLES) >= 5


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_sample_matches_golden(sample: Path, unsafe: bool) -> None:
    golden = GOLDEN / f"{sample.stem}.{'clean-unsafe' if unsafe else 'clean'}.txt"
    text = decode(sample.read_bytes()).text
    result = clean(text, unsafe_fixes=unsafe)
    assert result.text == golden.read_bytes().decode("utf-8"), f"{sample.name} differs from {golden.name}"
    assert clean(result.text, unsafe_fixes=unsafe).text == result.text


def test_clean_sample_is_left_alone() -> None:
    essay = ROOT / "samples" / "clean-essay.txt"
    assert clean(essay.read_text(encoding="utf-8"), unsafe_fixes=True).findings == ()
