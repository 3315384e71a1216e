"""`edition validate`: every editor mistake is caught with the right rule and line,
every valid document passes, hostile XML is refused, the CLI contract holds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import main
from edition.validate import Problem, Validator, readable_path, tei_files
from edition.xmlio import TEI_NS

from conftest import REPO, SHARED

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = sorted((FIXTURES / "valid").glob("*.xml"))
INVALID = sorted((FIXTURES / "invalid").glob("*.xml"))
REGISTERS = sorted((REPO / "corpus" / "registers").glob("*.xml"))
SAMPLE = SHARED / "spec" / "encoding-sample.xml"


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def expectation(path: Path) -> tuple[str, int]:
    """The rule named in the fixture's ``<!-- expect: RULE : ... -->`` comment and the
    line the mistake is on: the line holding ``<!--HERE-->``, or ``expect-line N``."""
    text = path.read_text(encoding="utf-8")
    rule = re.search(r"<!-- expect: (\S+) :", text).group(1)
    explicit = re.search(r"expect-line (\d+)", text)
    if explicit:
        return rule, int(explicit.group(1))
    lines = text.splitlines()
    return rule, next(i for i, line in enumerate(lines, 1) if "<!--HERE-->" in line)


def test_there_are_enough_fixtures():
    assert len(VALID) >= 10
    rules = {expectation(path)[0] for path in INVALID}
    assert len(INVALID) >= 20 and len(rules) >= 20


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_each_mistake_is_reported_with_its_rule_and_line(validator, path):
    rule, line = expectation(path)
    report = validator.validate_file(path)
    assert not report.valid
    found = [(p.rule, p.line) for p in report.problems]
    assert (rule, line) in found, f"expected [{rule}] at line {line}, got {found}"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_problems_carry_a_message_and_a_path_when_an_element_is_known(validator, path):
    for problem in validator.validate_file(path).problems:
        assert problem.file == str(path) and problem.message
        if problem.rule.startswith("xsd") or problem.rule.startswith("ref-"):
            assert problem.path.startswith("/"), problem


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_positive_fixtures_are_valid(validator, path):
    assert validator.validate_file(path).problems == []


def test_the_encoding_sample_is_valid(validator):
    if not SAMPLE.exists():
        pytest.skip("../shared is absent")
    assert validator.validate_file(SAMPLE).problems == []


def test_every_converted_article_is_valid(validator, converted):
    for name, data in converted.items():
        assert validator.validate_bytes(data, name).problems == [], name


@pytest.mark.parametrize("path", REGISTERS, ids=lambda p: p.stem)
def test_the_corpus_registers_are_valid(validator, path):
    assert validator.validate_file(path).problems == []


def test_every_error_is_reported_not_only_the_first(validator):
    data = (FIXTURES / "valid" / "01-full-article.xml").read_bytes().decode("utf-8")
    data = (data.replace('<div type="section" xml:id="sec-2">', '<div type="chapter" xml:id="sec-2">')
                .replace('when="2024-12"', 'when="12/2024"')
                .replace('ref="#pers-tran-thu-ha">Trần Thu Hà</persName></signed>',
                         'ref="#nobody">Trần Thu Hà</persName></signed>')
                .replace('<p n="1">', '<para n="1">').replace("nghị quyết.</p>", "nghị quyết.</para>"))
    rules = [p.rule for p in validator.validate_bytes(data.encode(), "x.xml").problems]
    assert rules.count("xsd-value") == 2
    assert "xsd-element" in rules and "ref-target" in rules


def test_duplicate_ids_in_a_tree_built_in_memory_are_reported(validator):
    tree = etree.parse(str(FIXTURES / "valid" / "01-full-article.xml"))
    second = tree.find(f".//{{{TEI_NS}}}div[2]")
    second.set("{http://www.w3.org/XML/1998/namespace}id", "sec-1")
    problems = validator.validate_tree(tree, "tree.xml").problems
    assert [p.rule for p in problems] == ["duplicate-id"]
    assert problems[0].line == second.sourceline


def test_an_external_entity_is_never_read(validator, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    doc = tmp_path / "xxe.xml"
    doc.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY s SYSTEM "{secret.as_uri()}">]>\n'
                   f'<TEI xmlns="{TEI_NS}" xml:lang="vi"><p>&s;</p></TEI>\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(doc)])
    assert result.exit_code == 1
    assert "TOP-SECRET" not in result.output
    assert [p["rule"] for p in json.loads(result.stdout)] == ["no-entities"]


def test_malformed_xml_gives_line_and_column(validator):
    problems = validator.validate_bytes(b"<TEI>\n  <p>one</q>\n</TEI>\n", "bad.xml").problems
    assert [(p.rule, p.line) for p in problems] == [("well-formed", 2)]
    assert 9 <= problems[0].column <= 13  # at or just after the mismatched </q>
    assert str(problems[0]).startswith(f"bad.xml:2:{problems[0].column}: not well-formed XML")


def test_an_unreadable_file_is_a_problem_not_a_crash(validator, tmp_path):
    report = validator.validate_file(tmp_path / "missing.xml")
    assert [p.rule for p in report.problems] == ["read"]


def test_problem_text_and_dict():
    problem = Problem("a.xml", 3, None, "/TEI/text", "xsd-text", "text is not allowed")
    assert str(problem) == "a.xml:3: text is not allowed [xsd-text] (at /TEI/text)"
    assert problem.as_dict() == {"file": "a.xml", "line": 3, "column": None, "path": "/TEI/text",
                                 "rule": "xsd-text", "message": "text is not allowed"}


def test_readable_path_numbers_only_repeated_siblings():
    root = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><text><body><p/><div/><p><q/></p></body></text></TEI>')
    q = root.find(f".//{{{TEI_NS}}}q")
    assert readable_path(q) == "/TEI/text/body/p[2]/q"


def test_tei_files_expands_folders_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.xml", "a.xml", "sub/c.xml", "notes.txt"):
        (tmp_path / name).write_text("<x/>")
    single = tmp_path / "notes.txt"
    assert tei_files([tmp_path, single]) == [tmp_path / "a.xml", tmp_path / "b.xml",
                                             tmp_path / "sub" / "c.xml", single]


def test_both_xsd_engines_agree_on_every_fixture(validator):
    """libxml2 answers "valid?"; xmlschema explains.  They must never disagree."""
    from edition.validate import parse_document
    for path in VALID + INVALID + ([SAMPLE] if SAMPLE.exists() else []):
        tree, _ = parse_document(path.read_bytes(), str(path))
        if tree is None:
            continue
        fast = validator._xsd.validate(tree)
        full = validator.explainer.is_valid(tree)
        assert fast == full, path.name


# --- CLI -----------------------------------------------------------------------


def test_cli_exit_0_when_all_valid():
    result = CliRunner().invoke(main, ["validate", str(FIXTURES / "valid")])
    assert result.exit_code == 0, result.output
    assert f"{len(VALID)} file(s) checked: {len(VALID)} valid, 0 invalid" in result.stderr


def test_cli_exit_1_and_text_lines_when_invalid():
    path = FIXTURES / "invalid" / "bad-iso-date.xml"
    rule, line = expectation(path)
    result = CliRunner().invoke(main, ["validate", str(FIXTURES / "valid" / "02-no-dateline-no-entities.xml"),
                                       str(path)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:{line}: ")
    assert f"[{rule}] (at /TEI/text/body/p/date)" in result.stdout
    assert "2 file(s) checked: 1 valid, 1 invalid" in result.stderr


def test_cli_json_lists_every_problem():
    result = CliRunner().invoke(main, ["validate", "--format", "json", str(FIXTURES / "invalid")])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert {p["file"] for p in problems} == {str(p) for p in INVALID}
    assert all(set(p) == {"file", "line", "column", "path", "rule", "message"} for p in problems)


def test_cli_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(main, ["validate"]).exit_code == 2
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "nope.xml")]).exit_code == 2
    assert CliRunner().invoke(main, ["validate", "--format", "yaml", str(VALID[0])]).exit_code == 2


@pytest.mark.parametrize("ref, rule, named", [
    ("#pers-tran-thu-ha #nobody", "ref-target", "#nobody"),
    ("#pers-tran-thu-ha #org-bo-chinh-tri", "ref-kind-person", "#org-bo-chinh-tri"),
    ("#pers-tran-thu-ha #pers-tran-thu-ha", None, None),
])
def test_every_pointer_of_a_reference_is_resolved_and_of_its_kind(validator, ref, rule, named):
    """An @ref may hold several pointers: each must resolve, to the right kind of entry."""
    data = (FIXTURES / "valid" / "01-full-article.xml").read_text(encoding="utf-8")
    data = data.replace('<author><persName ref="#pers-tran-thu-ha">',
                        f'<author><persName ref="{ref}">', 1)
    problems = validator.validate_bytes(data.encode(), "x.xml").problems
    assert [p.rule for p in problems] == ([rule] if rule else [])
    if named:
        assert f'"{named}"' in problems[0].message and problems[0].line == 9
