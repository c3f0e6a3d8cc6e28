"""De-duplication: exact and near copies found, unrelated texts kept apart, chains not merged,
moves never overwrite, and the acceptance figures on ../shared/bench/dedupe."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import shared_path

from scrubber.cli import main
from scrubber.corpus import DEDUPE_IGNORED_RULES, CorpusSettings, MoveError, fingerprint_file, move_without_overwriting
from scrubber.dedupe import find_clusters, fingerprint_text
from scrubber.dedupe.sampled import contained_pairs
from scrubber.registry import all_rules

WORDS = (
    "council budget library mayor vote river storm school hospital police court election market "
    "bridge train airport museum festival harbour minister report price energy water housing "
    "teacher nurse farmer tax road city county village week month year night morning plan"
).split()


def article(seed: int, sentences: int = 12) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(9, 16))]
        out.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(" ".join(out[i : i + 3]) for i in range(0, sentences, 3)) + "\n"


def fingerprints(texts: dict[str, str]) -> list:
    return [fingerprint_text(text, name) for name, text in texts.items()]


def clustered(texts: dict[str, str]) -> list[set[str]]:
    return [{c.keep, *(d.path for d in c.duplicates)} for c in find_clusters(fingerprints(texts))]


def test_exact_and_near_duplicates_are_found() -> None:
    base = article(1)
    edited = "Breaking: " + base.replace("council", "Council", 1) + "Reporting by A. Writer.\n"
    abridged = "\n\n".join(base.split("\n\n")[:2]) + "\n"
    texts = {"a": edited, "b": edited, "c": base, "d": abridged, "other": article(2)}
    clusters = find_clusters(fingerprints(texts))
    assert len(clusters) == 1
    reasons = {d.path: d.reason for d in clusters[0].duplicates}
    assert {clusters[0].keep, *reasons} == {"a", "b", "c", "d"}
    assert "exact" in reasons.values() and "near" in reasons.values()


def test_unrelated_documents_sharing_boilerplate_are_not_merged() -> None:
    chrome = "Home\nNews\nSport\nSubscribe to our newsletter\nShare this article\n© 2019 Gazette\n"
    texts = {f"doc{i}": chrome + article(100 + i) + chrome for i in range(6)}
    assert clustered(texts) == []


def test_short_lines_do_not_count_towards_likeness() -> None:
    """Left-over menu lines differ between copies; shingles come from the paragraphs only,
    while the exact key still sees every word."""
    body = article(7)
    chrome = "\n".join(f"Menu item {WORDS[i]}" for i in range(30)) + "\n"
    plain, wrapped = fingerprint_text(body, "plain"), fingerprint_text(chrome + body, "wrapped")
    assert (plain.shingles == wrapped.shingles).all()
    assert plain.exact_key != wrapped.exact_key
    listing = "\n".join(f"{WORDS[i]} {WORDS[i + 1]}" for i in range(20)) + "\n"
    assert fingerprint_text(listing, "list").shingles.size > 0  # no paragraphs: every line counts


def test_rules_dedupe_leaves_out_all_exist() -> None:
    codes = {rule.code for rule in all_rules()}
    for entry in DEDUPE_IGNORED_RULES:
        assert any(code.startswith(entry) for code in codes), entry


def _file_clusters(tmp_path: Path, texts: dict[str, str]) -> list[set[str]]:
    settings = CorpusSettings()
    prints = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = fingerprint_file(str(path), settings)
        assert not isinstance(result, str), result
        prints.append(result)
    return [{Path(c.keep).stem, *(Path(d.path).stem for d in c.duplicates)} for c in find_clusters(prints)]


def test_copies_that_differ_in_furniture_lines_are_found(tmp_path: Path) -> None:
    """The rules dedupe leaves out take short lines only: copies that differ there are still
    one article (found as near copies)."""
    body = article(11)
    furnished = "Headline of the story\n2 min read\nShare this article\nFacebook Twitter Email\n" + body
    texts = {"plain": "Headline of the story\n" + body, "furnished": furnished, "other": article(12)}
    assert _file_clusters(tmp_path, texts) == [{"plain", "furnished"}]


def test_short_pages_of_one_site_are_not_merged_by_its_notices(tmp_path: Path) -> None:
    """The sentences a site prints on every page stay among the rules dedupe runs: two short
    briefs under the same cookie notice and prompts are two documents."""
    notices = (
        "We use cookies to improve your experience on our site and to show you personalised "
        "advertising. By continuing to browse, you agree to our use of cookies.\n"
        "Get the latest headlines delivered to your inbox every morning with our free newsletter.\n"
        "Please enable JavaScript in your browser to view the video player and the comments.\n"
    )
    briefs = {
        f"brief{i}": "Brief\n" + " ".join(article(200 + i, sentences=3).split()[:12]) + "\n" + notices for i in range(2)
    }
    assert _file_clusters(tmp_path, briefs) == []


def test_chinese_copies_are_found_by_their_characters() -> None:
    # tests/dedupe_unspaced: a transit story, its wire copy (new headline and byline, an
    # editor's line, a paragraph dropped, a few characters edited), and a housing story
    # written to the same template. As \w+ "words", the clauses of the copy changed whole
    # (containment 0.48); as characters the copy is found and the template is not.
    folder = Path(__file__).parent / "dedupe_unspaced"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("zh-*.txt"))}
    assert clustered(texts) == [{"zh-transit", "zh-transit-wire-copy"}]


def test_chain_does_not_merge_unrelated_ends() -> None:
    first, second = article(7, 8), article(8, 8)
    texts = {"A": first, "B": first + second, "C": second}
    for group in clustered(texts):
        assert not {"A", "C"} <= group, "A and C are unrelated but were put in one cluster"


def test_keep_policies() -> None:
    base = article(3)
    texts = {"z-long": base + "An extra closing paragraph with several more words in it.\n", "a-short": base}
    assert find_clusters(fingerprints(texts), keep="longest")[0].keep == "z-long"
    assert find_clusters(fingerprints(texts), keep="first")[0].keep == "z-long"  # input order
    reordered = {"a-short": base, "z-long": texts["z-long"]}
    assert find_clusters(fingerprints(reordered), keep="first")[0].keep == "a-short"


def test_move_never_overwrites(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("copy", encoding="utf-8")
    target = tmp_path / "moved" / "a.txt"
    target.parent.mkdir()
    target.write_text("already here", encoding="utf-8")
    with pytest.raises(MoveError, match="already exists"):
        move_without_overwriting(source, target)
    assert source.read_text(encoding="utf-8") == "copy" and target.read_text(encoding="utf-8") == "already here"
    target.unlink()
    move_without_overwriting(source, target)
    assert not source.exists() and target.read_text(encoding="utf-8") == "copy"


def test_cli_dedupe_formats_and_move(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "site").mkdir(parents=True)
    base = article(11)
    (corpus / "one.txt").write_text(base, encoding="utf-8")
    (corpus / "site" / "two.txt").write_text("Headline\n\n" + base, encoding="utf-8")
    (corpus / "three.txt").write_text(article(12), encoding="utf-8")
    assert main(["dedupe", "--format", "jsonl", "--jobs", "1", str(corpus)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 1 and records[0]["size"] == 2
    assert records[0]["duplicates"][0]["reason"] in {"near", "exact"}
    assert main(["dedupe", "--list", "--jobs", "2", str(corpus)]) == 0
    listed = capsys.readouterr().out.split()
    assert len(listed) == 1
    moved = tmp_path / "dups"
    assert main(["dedupe", "--move-duplicates", str(moved), "-q", str(corpus)]) == 0
    assert not Path(listed[0]).exists()
    assert (moved / Path(listed[0]).relative_to(corpus)).exists()
    assert (corpus / "three.txt").exists()


def test_learn_and_clean_with_boilerplate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    quote = "“We shall fight on the beaches,” he said, quoting the famous wartime speech to the crowd."
    for i in range(8):
        body = article(200 + i)
        extra = f"{quote}\n" if i < 3 else ""
        (corpus / f"{i}.txt").write_text(f"Follow The Gazette on Mastodon\n{extra}{body}Gazette Media Ltd\n")
    listing = tmp_path / "boilerplate.txt"
    assert main(["learn", str(corpus), "-o", str(listing), "-q", "--jobs", "1"]) == 0
    entries = [line for line in listing.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert entries == ["8\tFollow The Gazette on Mastodon", "8\tGazette Media Ltd"]
    assert main(["clean", "--boilerplate", str(listing), str(corpus / "0.txt")]) == 0
    cleaned = capsys.readouterr().out
    assert "Mastodon" not in cleaned and "Gazette Media" not in cleaned and quote in cleaned


def test_quality_set_acceptance(tmp_path: Path) -> None:
    data = shared_path("bench", "dedupe")
    predicted = tmp_path / "p.jsonl"
    with predicted.open("w") as stream:
        subprocess.run(
            [sys.executable, "-m", "scrubber", "dedupe", "--format", "jsonl", "-q", str(data / "quality" / "docs")],
            stdout=stream,
            check=True,
        )
    done = subprocess.run(
        [sys.executable, str(data / "eval.py"), "--data", "quality", "--pred", str(predicted)],
        capture_output=True,
        text=True,
        check=True,
        cwd=data,
    )
    result = json.loads(done.stdout)
    assert result["precision"] >= 0.99 and result["f1"] >= 0.95, result


def test_a_copy_inside_a_much_longer_page_is_found() -> None:
    # The story is a seventh of the page that carries it (other stories around it): their
    # Jaccard similarity is too low for the MinHash bands to pair them reliably, but every
    # shingle the story samples, the page samples too.
    story = article(11)
    page = "\n".join(article(200 + i) for i in range(3)) + story + "\n".join(article(300 + i) for i in range(3))
    texts = {"story": story, "page": page, "other": article(12)}
    assert clustered(texts) == [{"story", "page"}]


def test_contained_pairs_need_enough_shared_samples() -> None:
    samples = [np.array(values, dtype=np.uint32) for values in ([1, 2, 3, 4], [1, 2, 9], [1, 2, 3], [7, 8])]
    assert contained_pairs(samples).tolist() == [[0, 2]]  # 0 and 1 share only two
    crowd = [np.array([5, 6, 7], dtype=np.uint32)] * 4
    assert contained_pairs(crowd, max_posting=3).tolist() == []  # stock phrases, not copies
    assert contained_pairs(crowd, max_posting=4).tolist() == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]


def test_word_hashes_stay_right_when_their_memory_is_emptied() -> None:
    import zlib

    from scrubber.dedupe.fingerprint import _WordHashes

    hashes = _WordHashes()
    hashes.limit = 3
    words = ["storm", "river", "mayor", "vote", "storm", "côte"]
    assert [hashes[word] for word in words] == [zlib.crc32(word.encode("utf-8")) for word in words]
    assert len(hashes) <= 3


def test_link_addresses_are_not_words_of_a_fingerprint() -> None:
    body = article(5)
    menu = "* Sport (https://example.com/sport/today?ref=nav)\n* Weather (https://example.com/weather?ref=nav)\n"
    with_menu, plain = fingerprint_text(menu + body, "menu"), fingerprint_text(body, "plain")
    assert (with_menu.shingles == plain.shingles).all()  # each menu line is two words, not nine
    linked = body.replace("council", "[council](https://example.com/council)", 1)
    assert linked != body
    assert fingerprint_text(linked, "linked").exact_key == plain.exact_key
