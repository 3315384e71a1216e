"""Archival deposit (issue 7): BagIt 1.0 bags that bagit accepts, that name every
tampered file, that are deterministic, refuse invalid TEI and never appear half-made.

Most tests render with a small fake renderer (dependency injection) so that they
test the bag, not the stylesheets; the tests marked "real renderer" use
``edition.render`` and skip while it is absent.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import SEED
from edition import deposit as deposit_module
from edition.cli import main
from edition.convert import convert_file
from edition.deposit import DepositItem, deposit_corpus, deposit_files, verify_bag
from edition.errors import EditionError, InputError, ValidationFailed
from edition.resources import schema_dir
from edition.validate import Validator

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# A short article of the genre, written for these tests (title, date line, lead
# with a source prefix, paragraphs, byline): a second, dated article for corpus bags.
SECOND_ARTICLE = """\
Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 3

15/03/2024 09:30

(tinh.gov.vn) - Sáng 15/3, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 3 để đánh giá tình hình kinh tế - xã hội quý I.

Tại phiên họp, các đại biểu thảo luận về tiến độ giải ngân vốn đầu tư công và công tác chuẩn bị mùa mưa bão.

Kết luận phiên họp, lãnh đạo tỉnh yêu cầu các sở, ngành tập trung hoàn thành các nhiệm vụ được giao.

Minh An
"""


class FakeRenderer:
    """Stands in for edition.render.Renderer: deterministic, and counts its calls."""

    def __init__(self, fail_on_call: int | None = None) -> None:
        self.calls = 0
        self.fail_on_call = fail_on_call

    def _count(self) -> None:
        self.calls += 1
        if self.calls == self.fail_on_call:
            raise RuntimeError("simulated failure while rendering")

    def html(self, tei_path, tei_href=None) -> str:
        self._count()
        title = etree.parse(str(tei_path)).findtext(f".//{TEI}title")
        return f"<html><h1>{title}</h1><a href='{tei_href}'>TEI</a></html>\n"

    def text(self, tei_path, diplomatic=False) -> str:
        self._count()
        return etree.parse(str(tei_path)).findtext(f".//{TEI}title") + "\n"


# --- inputs: corpora made with the converter in tmp folders ----------------------


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator()


@pytest.fixture(scope="module")
def seed_tei() -> bytes:
    return convert_file(SEED).tei


@pytest.fixture(scope="module")
def second_tei(tmp_path_factory) -> tuple[str, bytes, bytes]:
    folder = tmp_path_factory.mktemp("second") / "source"
    folder.mkdir()
    source = folder / "100_ubnd-hop-thuong-ky.txt"
    source.write_text(SECOND_ARTICLE, encoding="utf-8")
    return source.name, source.read_bytes(), convert_file(source).tei


def make_corpus(root: Path, articles: list[tuple[str, bytes, bytes]]) -> Path:
    """``root/source/NAME`` and ``root/tei/STEM.xml`` for (source name, source bytes, TEI)."""
    for name, source, tei in articles:
        (root / "source").mkdir(parents=True, exist_ok=True)
        (root / "tei").mkdir(parents=True, exist_ok=True)
        (root / "source" / name).write_bytes(source)
        (root / "tei" / f"{Path(name).stem}.xml").write_bytes(tei)
    return root


@pytest.fixture
def corpus(tmp_path, seed_tei) -> Path:
    return make_corpus(tmp_path / "corpus", [(SEED.name, SEED.read_bytes(), seed_tei)])


@pytest.fixture
def two_corpus(tmp_path, seed_tei, second_tei) -> Path:
    return make_corpus(tmp_path / "corpus", [(SEED.name, SEED.read_bytes(), seed_tei),
                                             second_tei])


def items_of(corpus: Path) -> list[DepositItem]:
    return [DepositItem(tei=tei, source=corpus / "source" / f"{tei.stem}.txt")
            for tei in sorted((corpus / "tei").glob("*.xml"))]


def deposit(corpus: Path, bag: Path, validator: Validator, **options) -> Path:
    options.setdefault("renderer", FakeRenderer())
    return deposit_corpus(items_of(corpus), bag, validator=validator, **options)


def bag_info(bag: Path) -> list[tuple[str, str]]:
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split(": ", 1)) for line in lines]  # type: ignore[misc]


def values(info: list[tuple[str, str]], label: str) -> list[str]:
    return [v for k, v in info if k == label]


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- a good bag -----------------------------------------------------------------------


def test_bag_passes_bagits_validator_and_ours(corpus, tmp_path, validator):
    bag = deposit(corpus, tmp_path / "bag", validator)
    assert bagit.Bag(str(bag)).validate()
    assert bagit.Bag(str(bag)).version_info == (1, 0)
    assert (bag / "bagit.txt").read_bytes() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    for name in ("manifest-sha256.txt", "manifest-sha512.txt",
                 "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"):
        assert (bag / name).is_file(), name
    assert verify_bag(bag) == []


def test_payload_holds_tei_source_renditions_schema_and_report(corpus, tmp_path, validator):
    bag = deposit(corpus, tmp_path / "bag", validator)
    data = bag / "data"
    stem = SEED.stem
    # The source travels byte for byte.
    assert (data / "source" / SEED.name).read_bytes() == SEED.read_bytes()
    # The TEI is the input except for the xml-model href, which points into the bag.
    original = (corpus / "tei" / f"{stem}.xml").read_bytes()
    deposited = (data / "tei" / f"{stem}.xml").read_bytes()
    assert deposited[deposited.index(b"<TEI"):] == original[original.index(b"<TEI"):]
    assert b'<?xml-model href="../schema/edition.xsd"' in deposited
    assert (data / "tei" / "../schema/edition.xsd").resolve().is_file()
    assert (data / "html" / f"{stem}.html").is_file()
    assert (data / "text" / f"{stem}.txt").is_file()
    # The schema the TEI was validated with, every file of it.
    for path in schema_dir().iterdir():
        if path.is_file():
            assert (data / "schema" / path.name).read_bytes() == path.read_bytes()
    import json
    report = json.loads((data / "validation-report.json").read_text(encoding="utf-8"))
    [article] = report["articles"]
    assert article["tei"] == f"tei/{stem}.xml" and article["valid"] is True
    assert article["problems"] == []
    assert "schema/edition.xsd" in report["schema"]
    readme = (data / "README.txt").read_text(encoding="utf-8")
    for mentioned in ("tei/", "source/", "html/", "text/", "schema/", "validation-report.json",
                      "sha256sum -c manifest-sha256.txt", "edition deposit verify"):
        assert mentioned in readme


def test_readmes_coreutils_check_works(corpus, tmp_path, validator):
    """README.txt says `sha256sum -c manifest-sha256.txt` checks the bag: it does."""
    if not shutil.which("sha256sum"):
        pytest.skip("sha256sum is not installed")
    bag = deposit(corpus, tmp_path / "bag", validator)
    for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        done = subprocess.run(["sha256sum", "--quiet", "-c", manifest], cwd=bag,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_bag_info_describes_the_article(corpus, tmp_path, validator, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(365 * 86400))  # 1971-01-01
    bag = deposit(corpus, tmp_path / "bag", validator, contact_email="archive@example.org",
                  organization="Example University Library")
    info = bag_info(bag)
    root = etree.parse(str(corpus / "tei" / f"{SEED.stem}.xml")).getroot()
    title = " ".join(root.findtext(f".//{TEI}titleStmt/{TEI}title").split())
    assert values(info, "Source-Organization") == ["Example University Library"]
    assert values(info, "Contact-Email") == ["archive@example.org"]
    assert values(info, "External-Identifier") == [root.get(XML_ID)]
    assert values(info, "External-Description") == [title]
    assert values(info, "Title") == [title]
    author = root.find(f".//{TEI}titleStmt/{TEI}author")
    assert values(info, "Author") == [" ".join("".join(author.itertext()).split())]
    assert values(info, "Author")[0]  # the seed has a byline
    assert values(info, "Publication-Date") == [root.find(f".//{TEI}sourceDesc//{TEI}date")
                                                .get("when")]
    assert values(info, "Language") == ["vi"]
    assert values(info, "Bagging-Date") == ["1971-01-01"]
    assert values(info, "Bag-Software-Agent")[0].startswith("edition ")
    payload = [p for p in (bag / "data").rglob("*") if p.is_file()]
    assert values(info, "Payload-Oxum") == [f"{sum(p.stat().st_size for p in payload)}."
                                            f"{len(payload)}"]


def test_bagging_date_without_source_date_epoch_is_the_newest_article_date(
        two_corpus, tmp_path, validator, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    bag = deposit(two_corpus, tmp_path / "bag", validator)
    dates = [etree.parse(str(t)).find(f".//{TEI}sourceDesc//{TEI}date").get("when")[:10]
             for t in (two_corpus / "tei").glob("*.xml")]
    assert values(bag_info(bag), "Bagging-Date") == [max(dates)]


def test_bad_source_date_epoch_is_an_error(corpus, tmp_path, validator, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(EditionError, match="SOURCE_DATE_EPOCH"):
        deposit(corpus, tmp_path / "bag", validator)
    assert siblings(tmp_path) == ["corpus"]


def test_corpus_bag_lists_every_article(two_corpus, tmp_path, validator):
    registers = tmp_path / "registers"
    registers.mkdir()
    (registers / "persons.xml").write_bytes(b"<TEI xmlns='http://www.tei-c.org/ns/1.0'/>\n")
    (registers / "notes.md").write_text("not a register")
    bag = deposit(two_corpus, tmp_path / "bag", validator, registers_dir=registers)
    info = bag_info(bag)
    ids = [etree.parse(str(t)).getroot().get(XML_ID)
           for t in sorted((two_corpus / "tei").glob("*.xml"))]
    assert values(info, "External-Identifier") == ids
    assert len(values(info, "Title")) == 2
    assert values(info, "External-Description")[0].startswith("2 news articles")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT[^/]+/\d{4}-\d\d-\d\dT.+",
                        values(info, "Publication-Date")[0])
    assert (bag / "data" / "registers" / "persons.xml").is_file()
    assert not (bag / "data" / "registers" / "notes.md").exists()
    assert sorted(p.name for p in (bag / "data" / "source").iterdir()) == \
        sorted(p.name for p in (two_corpus / "source").iterdir())
    assert bagit.Bag(str(bag)).validate() and verify_bag(bag) == []


def test_given_renditions_are_used_as_they_are(corpus, tmp_path, validator):
    html, text = tmp_path / "a.html", tmp_path / "a.txt"
    html.write_bytes(b"<html>built</html>\n")
    text.write_bytes(b"built\n")
    renderer = FakeRenderer()
    [item] = items_of(corpus)
    item.html, item.text = html, text
    bag = deposit_corpus([item], tmp_path / "bag", validator=validator, renderer=renderer)
    assert renderer.calls == 0
    assert (bag / "data" / "html" / f"{SEED.stem}.html").read_bytes() == html.read_bytes()
    assert (bag / "data" / "text" / f"{SEED.stem}.txt").read_bytes() == text.read_bytes()


def test_file_names_are_nfc(tmp_path, seed_tei, validator):
    nfd_name = unicodedata.normalize("NFD", "bài-viết.txt")
    assert nfd_name != unicodedata.normalize("NFC", nfd_name)
    corpus = make_corpus(tmp_path / "corpus", [(nfd_name, SEED.read_bytes(), seed_tei)])
    bag = deposit(corpus, tmp_path / "bag", validator)
    names = [p.name for p in (bag / "data").rglob("*")]
    assert "bài-viết.xml" in names and "bài-viết.txt" in names
    assert all(n == unicodedata.normalize("NFC", n) for n in names)
    manifest = (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert manifest == unicodedata.normalize("NFC", manifest)
    assert verify_bag(bag) == []


# --- determinism -------------------------------------------------------------------------


@pytest.mark.parametrize("epoch", [None, "1700000000"])
def test_same_inputs_give_identical_bags(two_corpus, tmp_path, validator, monkeypatch, epoch):
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    first = deposit(two_corpus, tmp_path / "one" / "bag", validator)
    moved = shutil.copytree(two_corpus, tmp_path / "elsewhere" / "corpus")  # other paths
    second = deposit(moved, tmp_path / "two" / "bag-of-the-same", validator)
    assert tree_bytes(first) == tree_bytes(second)
    assert str(tmp_path) not in (first / "data" / "validation-report.json").read_text("utf-8")


# --- tampering ---------------------------------------------------------------------------


def _flip_a_byte(bag: Path) -> str:
    target = bag / "data" / "text" / f"{SEED.stem}.txt"
    content = bytearray(target.read_bytes())
    content[0] ^= 0x01
    target.write_bytes(bytes(content))
    return "data/text/000_b63a4e916afd69ef.txt"


def _delete_one(bag: Path) -> str:
    (bag / "data" / "html" / f"{SEED.stem}.html").unlink()
    return "data/html/000_b63a4e916afd69ef.html"


def _add_one(bag: Path) -> str:
    (bag / "data" / "tei" / "smuggled.txt").write_text("")  # adds no bytes: Oxum size agrees
    return "data/tei/smuggled.txt"


def _edit_bag_info(bag: Path) -> str:
    info = bag / "bag-info.txt"
    info.write_text(info.read_text(encoding="utf-8").replace("Language: vi", "Language: en"),
                    encoding="utf-8")
    return "bag-info.txt"


@pytest.mark.parametrize("tamper, word", [(_flip_a_byte, "changed"), (_delete_one, "missing"),
                                          (_add_one, "extra"), (_edit_bag_info, "changed")])
def test_tampering_is_detected_and_named(corpus, tmp_path, validator, tamper, word):
    bag = deposit(corpus, tmp_path / "bag", validator)
    name = tamper(bag)
    problems = verify_bag(bag)
    named = [p for p in problems if p.startswith(f"{name}: ")]
    assert named and all(word in p for p in named), problems
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag)).validate()


def test_a_changed_file_is_named_with_both_algorithms(corpus, tmp_path, validator):
    bag = deposit(corpus, tmp_path / "bag", validator)
    name = _flip_a_byte(bag)
    [problem] = [p for p in verify_bag(bag) if p.startswith(name)]
    assert "sha256" in problem and "sha512" in problem


def test_tei_is_revalidated_against_the_schema_inside_the_bag(corpus, tmp_path, validator):
    """Manifests made to agree again (bagit's own save), but the bag's schema now
    declares no TEI element: only a check against the shipped schema notices."""
    bag = deposit(corpus, tmp_path / "bag", validator)
    xsd = bag / "data" / "schema" / "edition.xsd"
    xsd.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
        'targetNamespace="http://www.tei-c.org/ns/1.0" elementFormDefault="qualified">'
        '<xs:element name="notTEI"/></xs:schema>', encoding="utf-8")
    bagit.Bag(str(bag)).save(manifests=True)
    assert bagit.Bag(str(bag)).validate()  # fixity alone is fine now
    problems = verify_bag(bag)
    assert problems and all(p.startswith(f"data/tei/{SEED.stem}.xml") for p in problems), problems


def test_a_swapped_source_is_caught_by_the_sha256_in_the_tei(corpus, tmp_path, validator):
    bag = deposit(corpus, tmp_path / "bag", validator)
    (bag / "data" / "source" / SEED.name).write_bytes(b"another text\n")
    bagit.Bag(str(bag)).save(manifests=True)
    assert verify_bag(bag) == [f"data/source/{SEED.name}: not the source of "
                               f"data/tei/{SEED.stem}.xml (its sha256 differs from the one "
                               "the TEI header records)"]


def test_a_damaged_schema_is_reported_not_a_crash(corpus, tmp_path, validator):
    bag = deposit(corpus, tmp_path / "bag", validator)
    (bag / "data" / "schema" / "edition.xsd").write_text("not xml at all", encoding="utf-8")
    bagit.Bag(str(bag)).save(manifests=True)
    [problem] = verify_bag(bag)
    assert problem.startswith("data/schema: cannot load the schema shipped in the bag")


def test_an_archives_own_tag_file_is_allowed(corpus, tmp_path, validator):
    """RFC 8493 lets an archive add tag files; listed in the tag manifests, they verify."""
    bag = deposit(corpus, tmp_path / "bag", validator)
    (bag / "archive").mkdir()
    (bag / "archive" / "accession.txt").write_text("ACC-1\n", encoding="utf-8")
    bagit.Bag(str(bag)).save()  # rewrites the tag manifests
    assert verify_bag(bag) == []
    (bag / "archive" / "accession.txt").write_text("ACC-2\n", encoding="utf-8")
    assert [p.split(":")[0] for p in verify_bag(bag)] == ["archive/accession.txt"]


def test_verify_of_a_folder_that_is_not_a_bag(tmp_path):
    assert verify_bag(tmp_path) == ["bagit.txt: missing: this is not a BagIt bag"]


# --- refusals and the no-half-bag guarantee -------------------------------------------------


def _break(tei: Path, validator: Validator) -> None:
    """Make a TEI file schema-invalid (an element the schema does not allow in body)."""
    text = tei.read_text(encoding="utf-8").replace("<body>", "<body><blink>no</blink>", 1)
    tei.write_text(text, encoding="utf-8")
    assert not validator.validate_file(tei).valid  # the precondition of the test


def test_invalid_tei_is_refused_and_nothing_is_written(two_corpus, tmp_path, validator):
    bad = two_corpus / "tei" / f"{SEED.stem}.xml"
    _break(bad, validator)
    before = siblings(tmp_path)
    with pytest.raises(ValidationFailed) as caught:
        deposit(two_corpus, tmp_path / "bag", validator)
    assert str(bad) in str(caught.value) and "blink" in str(caught.value)
    assert siblings(tmp_path) == before


def test_failure_while_rendering_leaves_no_half_bag(two_corpus, tmp_path, validator):
    before = siblings(tmp_path)
    with pytest.raises(RuntimeError, match="simulated"):
        deposit(two_corpus, tmp_path / "bag", validator, renderer=FakeRenderer(fail_on_call=3))
    assert siblings(tmp_path) == before


@pytest.mark.parametrize("error, reported_as", [
    (OSError(28, "No space left on device"), EditionError),  # a message, not a traceback
    (KeyboardInterrupt(), KeyboardInterrupt)])
def test_failure_at_the_last_step_leaves_no_half_bag(corpus, tmp_path, validator, monkeypatch,
                                                     error, reported_as):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(deposit_module, "_self_check", fail)  # after every file is written
    before = siblings(tmp_path)
    with pytest.raises(reported_as):
        deposit(corpus, tmp_path / "bag", validator)
    assert siblings(tmp_path) == before


def test_an_existing_bag_is_kept_without_force(corpus, tmp_path, validator):
    bag = deposit(corpus, tmp_path / "bag", validator, contact_email="old@example.org")
    old = tree_bytes(bag)
    with pytest.raises(EditionError, match="--force"):
        deposit(corpus, bag, validator, contact_email="new@example.org")
    assert tree_bytes(bag) == old


def test_force_replaces_a_bag_and_a_failed_replacement_keeps_the_old(corpus, tmp_path,
                                                                     validator):
    bag = deposit(corpus, tmp_path / "bag", validator, contact_email="old@example.org")
    old = tree_bytes(bag)
    with pytest.raises(RuntimeError):
        deposit(corpus, bag, validator, force=True, contact_email="new@example.org",
                renderer=FakeRenderer(fail_on_call=2))
    assert tree_bytes(bag) == old and siblings(tmp_path) == ["bag", "corpus"]
    deposit(corpus, bag, validator, force=True, contact_email="new@example.org")
    assert values(bag_info(bag), "Contact-Email") == ["new@example.org"]
    assert siblings(tmp_path) == ["bag", "corpus"] and verify_bag(bag) == []


def test_force_never_replaces_a_folder_that_is_not_a_bag(corpus, tmp_path, validator):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    with pytest.raises(EditionError, match="not a bag"):
        deposit(corpus, precious, validator, force=True)
    assert (precious / "thesis.tex").read_text() == "years of work"


# --- deposit_files: finding the sources ------------------------------------------------------


@pytest.fixture
def fake_render(monkeypatch):
    """deposit_files and the CLI render with the fake renderer (they take no renderer)."""
    real = deposit_module.deposit_corpus

    def with_fake(*args, **kwargs):
        kwargs.setdefault("renderer", FakeRenderer())
        return real(*args, **kwargs)

    monkeypatch.setattr(deposit_module, "deposit_corpus", with_fake)


def test_deposit_files_finds_sources_beside_the_corpus(two_corpus, tmp_path, fake_render):
    bag = deposit_files([two_corpus / "tei"], tmp_path / "bag")
    assert sorted(p.name for p in (bag / "data" / "source").iterdir()) == \
        sorted(p.name for p in (two_corpus / "source").iterdir())
    assert verify_bag(bag) == []


def test_deposit_files_takes_a_renamed_source_by_its_sha256(corpus, tmp_path, fake_render):
    lone = tmp_path / "lone.xml"
    shutil.copy(corpus / "tei" / f"{SEED.stem}.xml", lone)  # not in a corpus layout
    renamed = tmp_path / "renamed.txt"
    shutil.copy(SEED, renamed)
    bag = deposit_files([lone], tmp_path / "bag", sources=[renamed])
    assert (bag / "data" / "source" / "renamed.txt").read_bytes() == SEED.read_bytes()


def test_deposit_files_refuses_a_missing_or_wrong_source(corpus, tmp_path, fake_render):
    lone = tmp_path / "lone.xml"
    shutil.copy(corpus / "tei" / f"{SEED.stem}.xml", lone)
    with pytest.raises(InputError, match="--source"):
        deposit_files([lone], tmp_path / "bag")
    wrong = tmp_path / SEED.name
    wrong.write_text("not the article\n", encoding="utf-8")  # right name, wrong bytes
    with pytest.raises(InputError, match="sha256"):
        deposit_files([lone], tmp_path / "bag", sources=[wrong])
    assert not (tmp_path / "bag").exists()


# --- the command line -------------------------------------------------------------------------


def test_cli_deposit_and_verify_exit_codes(corpus, tmp_path, fake_render):
    runner = CliRunner()
    bag = tmp_path / "bag"
    tei = str(corpus / "tei" / f"{SEED.stem}.xml")
    result = runner.invoke(main, ["deposit", tei, "-o", str(bag), "--contact-email", "a@b.org"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["deposit", "verify", str(bag)]).exit_code == 0
    again = runner.invoke(main, ["deposit", tei, "-o", str(bag)])
    assert again.exit_code == 1 and "--force" in again.output
    assert runner.invoke(main, ["deposit", tei, "-o", str(bag), "--force"]).exit_code == 0
    assert runner.invoke(main, ["deposit", tei]).exit_code == 2  # no -o
    name = _delete_one(bag)
    broken = runner.invoke(main, ["deposit", "verify", str(bag)])
    assert broken.exit_code == 1 and name in broken.output
    assert "Traceback" not in broken.output


def test_cli_refuses_invalid_tei_with_exit_1(corpus, tmp_path, validator, fake_render):
    tei = corpus / "tei" / f"{SEED.stem}.xml"
    _break(tei, validator)
    result = CliRunner().invoke(main, ["deposit", str(tei), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 1 and str(tei) in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "bag").exists()


# --- with the real renderer (edition.render; skipped until it lands) ----------------------------


def test_real_renderer_deposit_verifies(two_corpus, tmp_path, validator):
    pytest.importorskip("edition.render")
    bag = deposit_corpus(items_of(two_corpus), tmp_path / "bag", validator=validator)
    assert bagit.Bag(str(bag)).validate() and verify_bag(bag) == []
    html = (bag / "data" / "html" / f"{SEED.stem}.html").read_text(encoding="utf-8")
    assert f"../tei/{SEED.stem}.xml" in html  # the link to the TEI works inside the bag
    root = etree.parse(str(two_corpus / "tei" / f"{SEED.stem}.xml")).getroot()
    first_paragraph = " ".join(root.find(f".//{TEI}body/{TEI}p").itertext()).split()[:5]
    text = (bag / "data" / "text" / f"{SEED.stem}.txt").read_text(encoding="utf-8")
    assert " ".join(first_paragraph) in " ".join(text.split())


def test_real_renderer_cli_end_to_end(two_corpus, tmp_path):
    pytest.importorskip("edition.render")
    runner = CliRunner()
    bag = tmp_path / "bag"
    assert runner.invoke(main, ["deposit", str(two_corpus / "tei"), "-o", str(bag)]).exit_code == 0
    assert runner.invoke(main, ["deposit", "verify", str(bag)]).exit_code == 0
    digest = hashlib.sha256((bag / "data" / "source" / SEED.name).read_bytes()).hexdigest()
    assert digest == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert siblings(tmp_path) == ["bag", "corpus"]  # no temporary leftovers


# --- known files: digests taken by a corpus build (issue 9) ---------------------------


def known_items(corpus: Path, tamper: bool = False) -> list[DepositItem]:
    """Items with renditions and the KnownFiles a build would send; ``tamper`` changes
    each rendition after its digest was taken (in place, as an editor might)."""
    from edition.deposit import Digest, FileStamp, KnownFiles, point_schema_into_bag, read_metadata
    from edition.xmlio import parse_xml

    items = []
    for item in items_of(corpus):
        tei = item.tei.read_bytes()
        renditions = {}
        for kind, content in (("html", b"<html><p>page</p></html>\n"), ("text", b"text\n")):
            path = corpus / kind / f"{item.tei.stem}.{kind if kind == 'html' else 'txt'}"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(content)
            renditions[kind] = (FileStamp.of(path), Digest.of(content))
            if tamper:
                path.write_bytes(content + b"changed since\n")
        setattr(item, "html", corpus / "html" / f"{item.tei.stem}.html")
        setattr(item, "text", corpus / "text" / f"{item.tei.stem}.txt")
        item.known = KnownFiles(
            meta=read_metadata(parse_xml(item.tei).getroot(), item.tei),
            tei_sha256=hashlib.sha256(tei).hexdigest(),
            tei=Digest.of(point_schema_into_bag(tei)), renditions=renditions)
        items.append(item)
    return items


def test_known_digests_give_the_same_bag_as_reading_the_files(two_corpus, tmp_path, validator):
    items = known_items(two_corpus)
    fast = deposit_corpus(items, tmp_path / "fast", validator=validator)
    plain = [DepositItem(i.tei, i.source, i.html, i.text) for i in items]
    slow = deposit_corpus(plain, tmp_path / "slow", validator=validator)
    assert tree_bytes(fast) == tree_bytes(slow)
    assert verify_bag(fast) == []
    linked = fast / "data" / "html" / items[0].html.name
    assert linked.stat().st_ino == items[0].html.stat().st_ino  # a hard link, not a copy


def test_a_rendition_changed_after_its_digest_is_hashed_again(two_corpus, tmp_path, validator):
    items = known_items(two_corpus, tamper=True)
    bag = deposit_corpus(items, tmp_path / "bag", validator=validator)
    assert verify_bag(bag) == []
    assert b"changed since" in (bag / "data" / "text" / items[0].text.name).read_bytes()


def test_a_tei_changed_after_its_digest_is_hashed_again(two_corpus, tmp_path, validator):
    items = known_items(two_corpus)
    for item in items:
        item.known.tei_sha256 = "0" * 64  # the file is not the one the digest was taken of
        item.known.tei = deposit_module.Digest(1, "0" * 64, "0" * 128)
    assert verify_bag(deposit_corpus(items, tmp_path / "bag", validator=validator)) == []


def test_a_source_changed_since_the_tei_is_refused_with_known_files(corpus, tmp_path, validator):
    items = known_items(corpus)
    items[0].source.write_bytes(items[0].source.read_bytes() + b"\nedited\n")
    with pytest.raises(InputError, match="not the source"):
        deposit_corpus(items, tmp_path / "bag", validator=validator)
    assert not (tmp_path / "bag").exists()


# --- streaming: any number of articles in the memory of one ---------------------------


class LazyItems(Sequence):
    """Items made when asked, as a corpus build makes them from its facts file."""

    def __init__(self, items: list[DepositItem]) -> None:
        self._items, self.asked = items, Counter()

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> DepositItem:
        item = self._items[index]  # IndexError ends iteration
        self.asked[index] += 1
        return DepositItem(item.tei, item.source, item.html, item.text, item.known)


def test_a_lazy_sequence_is_read_twice_one_item_at_a_time(two_corpus, tmp_path, validator):
    """A first pass validates and surveys, a second writes: the deposit keeps no list
    of the articles, so their number does not bound it."""
    lazy = LazyItems(list(reversed(items_of(two_corpus))))  # not in file-name order
    bag = deposit_corpus(lazy, tmp_path / "lazy", validator=validator, renderer=FakeRenderer())
    assert set(lazy.asked.values()) == {2}
    listed = deposit_corpus(items_of(two_corpus), tmp_path / "list", validator=validator,
                            renderer=FakeRenderer())
    assert tree_bytes(bag) == tree_bytes(listed)  # the order of the input does not matter
    assert verify_bag(bag) == []


def test_two_inputs_for_one_name_in_the_bag_are_refused(corpus, tmp_path, validator):
    other = tmp_path / "elsewhere" / "tei"
    other.mkdir(parents=True)
    tei = items_of(corpus)[0].tei
    (other / tei.name).write_bytes(tei.read_bytes())
    items = [*items_of(corpus), DepositItem(tei=other / tei.name, source=None)]
    with pytest.raises(InputError, match=f"would both be data/tei/{tei.name}"):
        deposit_corpus(items, tmp_path / "bag", validator=validator, renderer=FakeRenderer())
    assert not (tmp_path / "bag").exists()


def test_the_completeness_count_sees_the_files_os_walk_sees(tmp_path):
    """A bag made with a build's known files is checked by counting data/'s files,
    an entry at a time; the count is os.walk's."""
    (tmp_path / "tei").mkdir()
    (tmp_path / "schema" / "nested").mkdir(parents=True)
    for name in ("tei/a.xml", "tei/b.xml", "schema/edition.xsd", "schema/nested/x.sch",
                 "README.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "link-to-tei").symlink_to(tmp_path / "tei")  # listed, not followed
    walked = sum(len(files) for _, _, files in os.walk(tmp_path))
    assert deposit_module._count_files(tmp_path) == walked == 5
