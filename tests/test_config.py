"""Configuration: every key read from [tool.scrubber] or scrubber.toml, errors that name the
key and file, discovery by walking up, and `scrubber config`."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from scrubber.cli import main
from scrubber.config import KEYS

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Storm closes schools\n\nStorm closes schools\n\n2 min read\nThe schools closed the the whole week.\n"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "docs" / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "docs" / "c.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _codes(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, set[tuple[str, str]]]:
    code = main(["check", "-j", "1", *args])
    out = capsys.readouterr().out
    return code, {(Path(line.split(":")[0]).name, line.split(": ")[1].split()[0]) for line in out.splitlines()}


def _configure(project: Path, body: str, name: str = "pyproject.toml") -> None:
    text = ("[tool.scrubber]\n" if name == "pyproject.toml" else "") + body
    (project / name).write_text(text, encoding="utf-8")


def test_every_key_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in KEYS:
        assert f"`{key.name}`" in readme, f"configuration key {key.name} is not in the README"


def test_select_and_ignore(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _configure(project, 'select = ["H", "S"]\nignore = ["H102"]\n')
    _, found = _codes(capsys, str(project / "docs"))
    assert {code for _, code in found} == {"H101", "S101"}


def test_per_file_ignores(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _configure(project, '[tool.scrubber.per-file-ignores]\n"docs/sub/*" = ["S101"]\n')
    _, found = _codes(capsys, str(project / "docs"))
    assert ("a.txt", "S101") in found and ("b.txt", "S101") not in found


def test_unsafe_fixes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "docs" / "a.txt").write_text("Nadal celebrates celebrates a point.\n", encoding="utf-8")
    assert main(["check", "-j", "1", str(project / "docs" / "a.txt")]) == 0
    _configure(project, "unsafe-fixes = true\n")
    assert main(["check", "-j", "1", str(project / "docs" / "a.txt")]) == 1
    capsys.readouterr()


def test_include_and_exclude(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _configure(project, 'include = ["*.md", "*.txt"]\nexclude = ["sub"]\n')
    _, found = _codes(capsys, str(project / "docs"))
    assert {name for name, _ in found} == {"a.txt", "c.md"}


def test_patterns_and_boilerplate(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A line no built-in rule takes, so that only the configured pattern can.
    (project / "docs" / "a.txt").write_text("Text.\nGazette Radio on air now\nGazette Ltd\n", encoding="utf-8")
    (project / "bp.txt").write_text("# list\n9\tGazette Ltd\n", encoding="utf-8")
    _configure(project, 'patterns = ["^Gazette Radio on air now$"]\nboilerplate = "bp.txt"\n', name="scrubber.toml")
    _, found = _codes(capsys, str(project / "docs" / "a.txt"))
    assert found == {("a.txt", "X101"), ("a.txt", "B101")}


def test_dedupe_and_learn_thresholds_are_read(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _configure(project, "dedupe-threshold = 0.9\nlearn-min-docs = 3\nlearn-prose-share = 0.2\n")
    assert main(["config", str(project / "docs")]) == 0
    out = capsys.readouterr().out
    assert "dedupe-threshold = 0.9" in out and "learn-min-docs = 3" in out and "learn-prose-share = 0.2" in out
    assert "pyproject.toml" in out


def test_config_command_shows_sources(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _configure(project, 'ignore = ["W"]\n')
    assert main(["config", str(project / "docs" / "sub")]) == 0
    out = capsys.readouterr().out
    ignore = next(line for line in out.splitlines() if line.startswith("ignore ="))
    select = next(line for line in out.splitlines() if line.startswith("select ="))
    assert json.loads(ignore.split(" = ")[1].split("  #")[0]) == ["W"] and "pyproject.toml" in ignore
    assert select.endswith("# default")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("selct = []\n", "unknown key 'selct'"),
        ('select = "H"\n', "'select' must be a list of strings"),
        ('unsafe-fixes = "yes"\n', "'unsafe-fixes' must be true or false"),
        ("dedupe-threshold = 2\n", "'dedupe-threshold' must be a number between 0 and 1"),
        ("learn-min-docs = 1\n", "'learn-min-docs' must be a whole number of at least 2"),
        ('per-file-ignores = ["x"]\n', "'per-file-ignores' must be a table"),
        ("patterns = [1]\n", "'patterns' must be a list of strings"),
        ("boilerplate = 3\n", "'boilerplate' must be a path"),
        ('patterns = ["(bad"]\n', "bad pattern '(bad'"),
    ],
)
def test_bad_configuration_exits_2_naming_key_and_file(
    project: Path, capsys: pytest.CaptureFixture[str], body: str, message: str
) -> None:
    _configure(project, body)
    assert main(["check", str(project / "docs")]) == 2
    err = capsys.readouterr().err
    assert message in err and "pyproject.toml" in err


def test_dedupe_threshold_and_learn_settings_take_effect(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = project / "corpus"
    corpus.mkdir()
    rng = random.Random(5)
    vocabulary = [f"word{n}" for n in range(400)]
    tokens = [rng.choice(vocabulary) for _ in range(300)]
    edited = tokens[:270] + [rng.choice(vocabulary) for _ in range(30)]  # containment about 0.9
    (corpus / "a.txt").write_text(" ".join(tokens) + "\n", encoding="utf-8")
    (corpus / "b.txt").write_text(" ".join(edited) + "\n", encoding="utf-8")
    for i in range(3):
        (corpus / f"c{i}.txt").write_text(f"Gazette footer line\nUnrelated text number {i} about gardens.\n")
    assert main(["dedupe", "--format", "jsonl", "-j", "1", "-q", str(corpus)]) == 0
    assert capsys.readouterr().out.strip(), "a and b are near duplicates at the default threshold"
    _configure(project, "dedupe-threshold = 0.99\nlearn-min-docs = 3\n")
    assert main(["dedupe", "--format", "jsonl", "-j", "1", "-q", str(corpus)]) == 0
    assert capsys.readouterr().out.strip() == "", "threshold 0.99 from the configuration applies"
    listing = project / "bp.txt"
    assert main(["learn", str(corpus), "-o", str(listing), "-q", "-j", "1"]) == 0
    assert "3\tGazette footer line" in listing.read_text(encoding="utf-8")
