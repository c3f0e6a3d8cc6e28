"""The pre-commit hooks of this repository, run for real with `pre-commit try-repo`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def test_check_hook_fails_on_dirty_file_and_passes_on_clean(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (the test extra installs it)")
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("the checkout is not a git repository")
    work = tmp_path / "work"
    work.mkdir()
    _git(work, "init", "-q")
    (work / "dirty.txt").write_text("Title\n\nTitle\n\nThe the text.", encoding="utf-8")
    (work / "clean.txt").write_text("Title\n\nThe text.\n", encoding="utf-8")
    _git(work, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    def hook(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "scrubber-check", "--files", name],
            cwd=work,
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )

    dirty = hook("dirty.txt")
    assert dirty.returncode == 1, dirty.stdout + dirty.stderr
    assert "H101" in dirty.stdout and "Failed" in dirty.stdout
    clean = hook("clean.txt")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
