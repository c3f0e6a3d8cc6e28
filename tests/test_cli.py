"""The command line: outputs, modes and every exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scrubber.cli import main

HEADER = "Storm closes schools\n\nStorm closes schools\n\n2 min read\n"
DIRTY = HEADER + "Schools closed the the whole week.\u00a0Parents cheered."
CLEANED = "Storm closes schools\n\nSchools closed the whole week. Parents cheered.\n"
CLEAN = "A clean title\n\nA clean paragraph of text.\n"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(DIRTY, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(CLEAN, encoding="utf-8")
    (root / "notes.md").write_text(DIRTY, encoding="utf-8")
    return root


def test_clean_one_file_to_stdout(tree: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["clean", str(tree / "a.txt")]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out.decode() == CLEANED
    assert captured.err == b"", "a pipeline run prints nothing on stderr"
    assert (tree / "a.txt").read_text(encoding="utf-8") == DIRTY, "input must not be modified"


def test_clean_stdin_via_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "scrubber", "clean", "-"], input=DIRTY.encode(), capture_output=True, check=False
    )
    assert (done.returncode, done.stdout.decode(), done.stderr) == (0, CLEANED, b"")


def test_clean_directory_to_output_mirrors_tree(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["clean", str(tree), "-o", str(out)]) == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEANED
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert not (out / "notes.md").exists(), "only *.txt by default"
    assert (tree / "a.txt").read_text(encoding="utf-8") == DIRTY


def test_include_and_exclude(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(["clean", str(tree), "-o", str(out), "--include", "*.md", "--include", "*.txt", "--exclude", "sub"]) == 0
    )
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["a.txt", "notes.md"]


def test_output_inside_input_is_not_read_back(tree: Path) -> None:
    out = tree / "cleaned"
    assert main(["clean", str(tree), "-o", str(out)]) == 0
    assert main(["clean", str(tree), "-o", str(out)]) == 0
    assert not (out / "cleaned").exists()


def test_in_place_rewrites_only_changed_files_and_keeps_mode(tree: Path) -> None:
    target = tree / "a.txt"
    os.chmod(target, 0o640)
    untouched = tree / "sub" / "b.txt"
    before = untouched.stat().st_mtime_ns
    assert main(["clean", "--in-place", str(tree)]) == 0
    assert target.read_text(encoding="utf-8") == CLEANED
    assert target.stat().st_mode & 0o777 == 0o640
    assert untouched.stat().st_mtime_ns == before
    assert not [p for p in tree.rglob(".*.tmp")], "no temporary files left behind"


def test_several_inputs_need_output_or_in_place(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tree)]) == 2
    assert "-o DIR or --in-place" in capsys.readouterr().err
    assert main(["clean", str(tree / "a.txt"), str(tree / "sub" / "b.txt")]) == 2


def test_conflicting_modes_are_usage_errors(tree: Path, tmp_path: Path) -> None:
    assert main(["clean", "--in-place", "-o", str(tmp_path / "o"), str(tree)]) == 2
    assert main(["clean", "--in-place", "-"]) == 2
    assert main(["clean"]) == 2


def test_diff_writes_nothing_and_exits_one(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "--diff", str(tree / "a.txt")]) == 1
    out = capsys.readouterr().out
    assert "-2 min read" in out and "+Schools closed the whole week. Parents cheered." in out
    assert (tree / "a.txt").read_text(encoding="utf-8") == DIRTY
    assert main(["clean", "--diff", str(tree / "sub" / "b.txt")]) == 0


def test_missing_input_is_reported_and_others_go_on(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["clean", str(tree / "nope.txt"), str(tree / "a.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "nope.txt: no such file" in err
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEANED


def test_binary_input_is_refused_with_one_line(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tree / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["check", str(binary), str(tree / "sub" / "b.txt")]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("scrubber: error:")]
    assert len(err) == 1 and "image.txt" in err[0] and "binary" in err[0]


def test_check_exit_codes(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tree / "sub" / "b.txt")]) == 0
    assert main(["check", str(tree / "a.txt")]) == 1
    out = capsys.readouterr().out
    assert f"{tree / 'a.txt'}:3:1: H101 " in out and "[*]" in out
    assert main(["check", "--exit-zero", str(tree / "a.txt")]) == 0
    assert main(["check", str(tree / "nope.txt")]) == 2
    assert main(["check", "--select", "X9", str(tree / "a.txt")]) == 2


def test_check_hints_do_not_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hint.txt"
    path.write_text("Nadal celebrates celebrates a point.\n", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert "hint: unsafe fix" in capsys.readouterr().out
    assert main(["check", "--unsafe-fixes", str(path)]) == 1


def test_clean_then_check_passes(tree: Path) -> None:
    assert main(["clean", "--in-place", str(tree)]) == 0
    assert main(["check", str(tree)]) == 0


def test_select_and_ignore(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--select", "S", str(tree / "a.txt")]) == 1
    codes = {line.split(": ")[1].split()[0] for line in capsys.readouterr().out.splitlines()}
    assert codes == {"S101"}
    assert main(["check", "--select", "W,H", "--ignore", "W105,W102,H101", str(tree / "a.txt")]) == 0


def test_report_json(tree: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    assert main(["clean", str(tree), "-o", str(tmp_path / "o"), "--report", str(report)]) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["summary"]["files"] == 2 and data["summary"]["changed"] == 1
    entry = next(f for f in data["files"] if f["path"].endswith("a.txt"))
    assert entry["changed"] and entry["encoding"] == "utf-8"
    assert "+Schools closed the whole week. Parents cheered." in entry["diff"]
    stutter = next(f for f in entry["findings"] if f["code"] == "S101")
    assert stutter == {
        "code": "S101",
        "name": "stuttered-phrase",
        "message": "stuttered phrase 'the'",
        "line": 6,
        "column": 19,
        "start": 73,
        "end": 77,
        "original": " the",
        "replacement": "",
        "safety": "safe",
        "applied": True,
    }


def test_rules_listing_and_documentation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    rows = {line.split()[0]: line.split()[1:3] for line in listing.splitlines()}
    assert rows["S101"] == ["stuttered-phrase", "safe"] and rows["H103"] == ["standfirst-echo", "unsafe"]
    assert main(["rules", "S101"]) == 0
    doc = capsys.readouterr().out
    assert "Before:" in doc and "After:" in doc
    assert main(["rules", "standfirst-echo"]) == 0
    assert main(["rules", "Z000"]) == 2


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "scrubber" in capsys.readouterr().out
    assert main(["clean", "--help"]) == 0


def test_forced_encoding_failure_is_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "ascii.txt"
    good.write_bytes(b"Plain words.\n")
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Café crème.\n".encode("latin-1"))
    out = tmp_path / "out"
    assert main(["clean", "--encoding", "utf-8", str(bad), str(good), "-o", str(out)]) == 2
    assert "latin.txt: cannot decode as utf-8" in capsys.readouterr().err
    assert (out / "ascii.txt").read_text(encoding="utf-8") == "Plain words.\n"
    assert main(["clean", "--encoding", "utf-8", "--errors", "replace", str(bad), "-o", str(out)]) == 0
    assert (out / "latin.txt").read_text(encoding="utf-8") == "Caf\ufffd cr\ufffdme.\n"


def test_legacy_file_is_rewritten_as_utf8_and_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Le café a fermé ses portes après quarante ans, et les habitués regrettent déjà ses croissants.\n"
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(text.encode("cp1252"))
    report = tmp_path / "report.json"
    assert main(["check", str(legacy), "--report", str(report)]) == 1
    assert "encoding: decoded as windows-1252 (chardet" in capsys.readouterr().out
    entry = json.loads(report.read_text(encoding="utf-8"))["files"][0]
    assert entry["encoding"] == "windows-1252" and entry["encoding_method"] == "chardet"
    assert main(["clean", "--in-place", str(legacy)]) == 0
    assert legacy.read_bytes() == text.encode("utf-8")
    assert main(["check", str(legacy)]) == 0


def test_pattern_option_and_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.\nFollow us on Mastodon\nThis story was produced by the Desk\n", encoding="utf-8")
    assert main(["clean", "--pattern", "^Follow us on", str(article)]) == 0
    assert capsys.readouterr().out == "Text.\nThis story was produced by the Desk\n"
    (tmp_path / "pyproject.toml").write_text('[tool.scrubber]\npatterns = ["produced by the Desk$"]\n')
    assert main(["clean", "--pattern", "^Follow us on", str(article)]) == 0
    assert capsys.readouterr().out == "Text.\n"


def test_bad_pattern_is_an_error_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    assert main(["clean", "--pattern", "([unclosed", str(article)]) == 2
    assert "bad pattern '([unclosed'" in capsys.readouterr().err
    (tmp_path / "scrubber.toml").write_text('patterns = ["(oops"]\n')
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert "bad pattern '(oops'" in err and "scrubber.toml" in err


def test_unknown_config_key_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.scrubber]\npaterns = []\n")
    assert main(["check", str(article)]) == 2
    err = capsys.readouterr().err
    assert "unknown key 'paterns'" in err and "pyproject.toml" in err


def test_files_from_newline_and_nul(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tree / 'a.txt'}\n{tree / 'sub' / 'b.txt'}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", "-j", "1", "--files-from", str(listing), "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in out.rglob("*.txt")) == ["a.txt", "b.txt"]
    import io

    nul = io.BytesIO(f"{tree / 'a.txt'}\0".encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(nul))
    out2 = tmp_path / "out2"
    assert main(["clean", "-j", "1", "--files-from", "-", "-0", "-o", str(out2), "-q"]) == 0
    assert [p.name for p in out2.rglob("*.txt")] == ["a.txt"]


def test_skip_existing_resumes(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out).mkdir()
    (out / "a.txt").write_text("already done\n", encoding="utf-8")
    assert main(["clean", "-j", "1", "-q", str(tree), "-o", str(out), "--skip-existing"]) == 0
    assert (out / "a.txt").read_text(encoding="utf-8") == "already done\n"
    assert (out / "sub" / "b.txt").exists()


def test_output_that_is_an_input_is_refused(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(tree), "-o", str(tree)]) == 2
    assert "outputs would overwrite inputs" in capsys.readouterr().err


def test_the_cli_imports_the_dedupe_engine_only_for_corpus_commands() -> None:
    # A one-file check from a pre-commit hook should not pay for NumPy and the dedupe engine.
    probe = "import sys, scrubber.cli; print('scrubber.dedupe' in sys.modules, 'numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
    listed = subprocess.run([sys.executable, "-m", "scrubber", "--help"], capture_output=True, text=True, check=True)
    assert "dedupe" in listed.stdout and "learn" in listed.stdout


def test_a_text_that_does_not_settle_is_named_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Each pass removes the date lines of the header zone, and the next ones move up into it:
    # a thousand of them outlast the pass limit, and the output is no fixed point.
    stamps = tmp_path / "stamps.txt"
    stamps.write_text("".join(f"Updated Nov {i % 28 + 1}, 2019 at 9:{i % 60:02d} pm ET\n" for i in range(1000)))
    assert main(["clean", str(stamps), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert f"scrubber: warning: {stamps}: fixes still applied after 10 passes" in err
    assert main(["clean", "-q", str(stamps), "-o", str(tmp_path / "out2")]) == 0
    assert capsys.readouterr().err == ""
    settled = tmp_path / "settled.txt"
    settled.write_text("Title\n\nUpdated Nov 1, 2019\n\nThe body of the article goes on.\n")
    assert main(["clean", str(settled), "-o", str(tmp_path / "out3")]) == 0
    assert "warning" not in capsys.readouterr().err
