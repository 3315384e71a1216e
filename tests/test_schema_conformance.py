"""The project schema is a strict subset of TEI, documented in full, and exercised in full.

- Every document it accepts (every converter output, every positive fixture, the
  specification's sample) is valid against TEI All too.
- Every element and attribute it declares, and every rule, is documented in
  schema/README.md, and used by at least one positive fixture.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from edition.resources import schema_dir
from edition.validate import Validator
from edition.xmlio import TEI_NS

from conftest import SHARED

XS = "{http://www.w3.org/2001/XMLSchema}"
SCH = "{http://purl.oclc.org/dsdl/schematron}"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = sorted((FIXTURES / "valid").glob("*.xml"))
SCHEMA = schema_dir()
README = (SCHEMA / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


def declared_elements() -> set[str]:
    xsd = etree.parse(str(SCHEMA / "edition.xsd"))
    return {e.get("name") for e in xsd.iter(f"{XS}element") if e.get("name")}


def declared_attributes() -> set[str]:
    xsd = etree.parse(str(SCHEMA / "edition.xsd"))
    names = {a.get("name") for a in xsd.iter(f"{XS}attribute") if a.get("name")}
    names |= {a.get("ref") for a in xsd.iter(f"{XS}attribute") if a.get("ref")}
    return names


def rule_ids() -> set[str]:
    sch = etree.parse(str(SCHEMA / "edition.sch"))
    return {a.get("id") for a in sch.iter(f"{SCH}assert")}


def tei_all_errors(tei_all, tree) -> list[str]:
    return [] if tei_all.validate(tree) else [f"{e.line}: {e.message}" for e in tei_all.error_log][:5]


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_positive_fixtures_are_valid_against_both_schemas(validator, tei_all, path):
    assert validator.validate_file(path).problems == []
    assert tei_all_errors(tei_all, etree.parse(str(path))) == []


def test_converter_output_is_valid_against_both_schemas(validator, tei_all, converted):
    for name, data in converted.items():
        assert validator.validate_bytes(data, name).problems == [], name
        assert tei_all_errors(tei_all, etree.fromstring(data).getroottree()) == [], name


def test_the_specification_sample_is_valid_against_both(validator, tei_all):
    sample = SHARED / "spec" / "encoding-sample.xml"
    assert validator.validate_file(sample).problems == []
    assert tei_all_errors(tei_all, etree.parse(str(sample))) == []


def test_the_schema_is_in_the_tei_namespace_and_local():
    xsd = etree.parse(str(SCHEMA / "edition.xsd")).getroot()
    assert xsd.get("targetNamespace") == TEI_NS
    locations = [i.get("schemaLocation") for i in xsd.iter(f"{XS}import", f"{XS}include")]
    assert locations == ["xml.xsd"] and (SCHEMA / "xml.xsd").exists()


@pytest.mark.parametrize("name", sorted(declared_elements()))
def test_every_element_is_documented(name):
    assert f"`{name}`" in README, f"schema/README.md does not document <{name}>"


@pytest.mark.parametrize("name", sorted(declared_attributes()))
def test_every_attribute_is_documented(name):
    assert f"`@{name}`" in README, f"schema/README.md does not document @{name}"


@pytest.mark.parametrize("rule", sorted(rule_ids()))
def test_every_rule_is_documented(rule):
    assert re.search(rf"`{re.escape(rule)}`", README), f"schema/README.md does not explain {rule}"


def test_every_declared_element_and_attribute_is_used_by_a_positive_fixture():
    """The schema covers what the encoding uses, and the fixtures cover the schema."""
    used_elements: set[str] = set()
    used_attributes: set[str] = set()
    for path in VALID:
        for element in etree.parse(str(path)).iter():
            if isinstance(element.tag, str):
                used_elements.add(etree.QName(element).localname)
                for attribute in element.attrib:
                    qname = etree.QName(attribute)
                    used_attributes.add(f"xml:{qname.localname}" if qname.namespace else qname.localname)
    assert declared_elements() - used_elements == set()
    assert declared_attributes() - used_attributes == set()
