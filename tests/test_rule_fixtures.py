"""Every rule against its fixture: inputs that must change (and to what), inputs that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, load_toml

from scrubber import all_rules, clean, lint
from scrubber.model import Safety
from scrubber.options import RuleOptions


def _fixture_name(code: str, name: str) -> str:
    return f"{code.lower()}_{name.replace('-', '_')}.toml"


def _cases(kind: str) -> list:
    params = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = load_toml(path)
        for case in data.get(kind, []):
            case = {"patterns": data.get("patterns", []), "boilerplate": data.get("boilerplate", []), **case}
            params.append(pytest.param(data["rule"], case, id=f"{data['rule']}-{case['id']}"))
    return params


def test_every_rule_has_a_fixture() -> None:
    missing = [r.code for r in all_rules() if not (FIXTURES / _fixture_name(r.code, r.name)).exists()]
    assert not missing, f"rules without a fixture in tests/fixtures: {missing}"


def test_every_fixture_names_a_rule() -> None:
    names = {_fixture_name(r.code, r.name): r.code for r in all_rules()}
    for path in FIXTURES.glob("*.toml"):
        assert path.name in names, f"{path.name} is named after no rule"
        data = load_toml(path)
        assert data.get("rule") == names[path.name], f"{path.name} declares rule {data.get('rule')}"
        assert data.get("change") and data.get("keep"), f"{path.name} needs both change and keep cases"


@pytest.mark.parametrize(("code", "case"), _cases("change"))
def test_change(code: str, case: dict) -> None:
    text, expected = case["input"], case["output"]
    unsafe = case.get("unsafe", False)
    options = RuleOptions.build(case["patterns"], boilerplate=frozenset(case["boilerplate"]))
    result = clean(text, select=[code], unsafe_fixes=True, options=options)
    assert result.text == expected, f"{code} on {case['id']!r}: got {result.text!r}"
    findings = [f for f in result.findings if f.code == code]
    assert findings and all(f.safety is (Safety.UNSAFE if unsafe else Safety.SAFE) for f in findings if f.applied)
    # After the fix, the rule finds nothing more to do.
    settled = lint(result.text, select=[code], options=options)
    assert not [f for f in settled if f.fix], f"{code} not settled on {case['id']!r}"
    if unsafe:
        safe_only = clean(text, select=[code], options=options)
        assert safe_only.text == text, f"unsafe fix of {code} applied without unsafe_fixes on {case['id']!r}"
        assert any(not f.applied for f in safe_only.findings), "an unapplied unsafe fix must still be reported"


@pytest.mark.parametrize(("code", "case"), _cases("keep"))
def test_keep(code: str, case: dict) -> None:
    options = RuleOptions.build(case["patterns"], boilerplate=frozenset(case["boilerplate"]))
    findings = lint(case["input"], select=[code], options=options)
    assert not findings, f"false positive in {code} on {case['id']!r}: {[f.message for f in findings]}"
    assert clean(case["input"], select=[code], unsafe_fixes=True, options=options).text == case["input"]


def test_fixture_files_are_toml(tmp_path: Path) -> None:
    # The loader itself must fail loudly on a broken fixture rather than yield no cases.
    broken = tmp_path / "x.toml"
    broken.write_text("rule = ", encoding="utf-8")
    with pytest.raises(ValueError):  # tomllib.TOMLDecodeError is a ValueError
        load_toml(broken)


def test_every_rule_family_is_in_the_readme_table() -> None:
    # The README describes families, not single rules (``scrubber rules`` lists those), so a
    # new rule needs no README edit; a new family does.
    readme = (FIXTURES.parent.parent / "README.md").read_text(encoding="utf-8")
    missing = sorted({r.code[0] for r in all_rules() if f"| {r.code[0]}1xx |" not in readme})
    assert not missing, f"rule families missing from the README's family table: {missing}"
