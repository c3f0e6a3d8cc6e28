"""Robustness: arbitrary bytes and text, faults in the file tree, a run killed at random
moments, and ten thousand files in one run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrubber import clean
from scrubber.cli import main
from scrubber.files import InputError, clean_bytes

EXAMPLES = int(os.environ.get("SCRUBBER_HYPOTHESIS_EXAMPLES", "300"))
KILL_ROUNDS = int(os.environ.get("SCRUBBER_KILL_ROUNDS", "12"))
DIRTY = "Storm closes schools\n\nStorm closes schools\n\n2 min read\nSchools closed the the whole week.\u00a0Yes."


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_unexpected(data: bytes) -> None:
    try:
        result = clean_bytes(data, "x.txt")
    except InputError:
        return  # binary or undecodable: a one-line error, as designed
    assert clean(result.result.text).text == result.result.text


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.booleans())
def test_arbitrary_text_is_idempotent(text: str, unsafe: bool) -> None:
    once = clean(text, unsafe_fixes=unsafe)
    assert once.settled and clean(once.text, unsafe_fixes=unsafe).text == once.text


def test_faults_in_the_tree_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "good.txt").write_text(DIRTY, encoding="utf-8")
    (tree / "empty.txt").write_bytes(b"")
    (tree / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tree / "big.txt").write_text("word " * 400, encoding="utf-8")
    (tree / "broken.txt").symlink_to(tree / "missing-target.txt")
    (tree / "sub" / "loop").symlink_to(tree, target_is_directory=True)
    out = tmp_path / "out"
    code = main(["clean", "-j", "1", "--max-size", "1000", str(tree), "-o", str(out)])
    err = [line for line in capsys.readouterr().err.splitlines() if line.startswith("scrubber: error:")]
    assert code == 2
    assert any("image.txt" in line and "binary" in line for line in err)
    assert any("big.txt" in line and "--max-size" in line for line in err)
    assert any("broken.txt" in line and "broken symbolic link" in line for line in err)
    assert len(err) == 3
    assert (out / "good.txt").exists() and (out / "empty.txt").read_bytes() == b""


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    secret.chmod(0)
    assert main(["check", "-j", "1", str(secret)]) == 2
    assert "permission denied" in capsys.readouterr().err


def test_in_place_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(7)
    originals = {f"{i:03d}.txt": (DIRTY + f"\nParagraph {i}. " * rng.randint(1, 400)).encode() for i in range(60)}
    cleaned = {name: clean(data.decode()).text.encode() for name, data in originals.items()}
    for round_number in range(KILL_ROUNDS):
        folder = tmp_path / f"round{round_number}"
        folder.mkdir()
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        process = subprocess.Popen(
            [sys.executable, "-m", "scrubber", "clean", "--in-place", "-q", "-j", "2", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        for name in originals:
            content = (folder / name).read_bytes()
            assert content in (originals[name], cleaned[name]), f"round {round_number}: {name} is half written"
        assert _gone_within(5.0, str(folder)), f"round {round_number}: worker processes outlived their parent"


def _running_with(argument: str) -> list[int]:
    """Live processes (not zombies) whose command line holds ``argument``; Linux's /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue  # it ended meanwhile
        if argument.encode() in arguments and state != "Z":
            found.append(int(entry.name))
    return found


def _gone_within(seconds: float, argument: str) -> bool:
    if not Path("/proc/self/cmdline").exists():
        return True  # no /proc to look in: the files were checked, which is the main point
    deadline = time.monotonic() + seconds
    while _running_with(argument):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_ten_thousand_small_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    for shard in range(10):
        (corpus / f"s{shard}").mkdir(parents=True)
    for index in range(10_000):
        (corpus / f"s{index % 10}" / f"{index:05d}.txt").write_text(f"Title {index}\n\nTitle {index}\n\nBody.\n")
    out = tmp_path / "out"
    assert main(["clean", "-q", "-j", "2", str(corpus), "-o", str(out)]) == 0
    written = list(out.rglob("*.txt"))
    assert len(written) == 10_000
    assert (out / "s7" / "00007.txt").read_text(encoding="utf-8") == "Title 7\n\nBody.\n"


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_parallel_runs_under_other_start_methods(tmp_path: Path, method: str) -> None:
    # Python 3.14 makes forkserver the default on Linux; macOS and Windows spawn. A worker's
    # parent is then not the main process, and must not be taken for a dead one.
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(DIRTY, encoding="utf-8")
    script = (
        "import multiprocessing, sys\n"
        f"multiprocessing.set_start_method({method!r})\n"
        "from scrubber.cli import main\n"
        "sys.exit(main(['clean', '-q', '-j', '2', sys.argv[1], '-o', sys.argv[2]]))\n"
    )
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path), str(out)], timeout=120, check=False)
    assert done.returncode == 0
    expected = clean(DIRTY).text
    assert sorted(p.name for p in out.iterdir()) == [f"{i}.txt" for i in range(6)]
    assert all(p.read_text(encoding="utf-8") == expected for p in out.iterdir())
