"""The HTML and plain-text editions (xslt/, edition/render.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import REPO, SEED, SHARED, all_articles
from edition.cli import main
from edition.errors import InputError
from edition.render import Renderer

FIXTURES = REPO / "tests" / "fixtures" / "generic"
SAMPLE = SHARED / "spec" / "encoding-sample.xml"
SAMPLE_VALID = SHARED / "reference" / "tei" / "sample-valid.xml"
TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}
SEED_NAME = SEED.name


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


def needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


def page(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html.encode("utf-8"))


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text))


def tei_text_words(path: Path) -> Counter:
    """Every word in the TEI's text elements (all readings, notes, variants)."""
    tree = etree.parse(str(path))
    return words(" ".join(tree.xpath("//t:text//text()", namespaces=TEI_NS)))


# --- the seed article's HTML page ---------------------------------------------


@pytest.fixture(scope="module")
def seed_page(converted, renderer):
    return page(renderer.html(converted[SEED_NAME], tei_href="000.xml"))


def test_seed_page_is_a_self_contained_vietnamese_html5_page(converted, renderer, seed_page):
    html = renderer.html(converted[SEED_NAME])
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert seed_page.get("lang") == "vi"
    assert seed_page.find(".//title").text.startswith("Đảng ủy Khối các cơ quan Trung ương")
    assert seed_page.xpath("//meta[@name='viewport']")
    assert "@media print" in seed_page.xpath("string(//style)")
    # Nothing is loaded from elsewhere: no scripts, stylesheets or remote images.
    assert not seed_page.xpath("//script[@src] | //link[@rel='stylesheet'] | //iframe")
    assert not [s for s in seed_page.xpath("//@src") if re.match(r"[a-z]+:", s)]


def test_seed_page_has_the_metadata_block(seed_page):
    meta = seed_page.xpath("//section[contains(@class, 'meta')]")[0]
    text = meta.text_content()
    for label, value in [("Nguồn", "000_b63a4e916afd69ef.txt"), ("Đơn vị đăng", "Việt Báo"),
                         ("Ngày đăng", "01/07/2022 08:56"), ("Tác giả", "Nguyễn Hoàng")]:
        assert label in text and value in text
    assert meta.xpath(".//a[@href='000.xml']"), "the page links to its TEI file"
    assert meta.xpath(".//time[@datetime='2022-07-01T08:56:00+07:00']")
    editorial = meta.xpath(".//details[contains(@class, 'editorial')]")[0].text_content()
    assert "POWERED BY ONECMS" in editorial, "the declared furniture is shown"


def test_seed_page_has_three_figures_with_alt_text_and_credit(seed_page):
    figures = seed_page.xpath("//main//figure")
    assert len(figures) == 3
    for n, figure in enumerate(figures, 1):
        image = figure.xpath(".//*[@role='img'] | .//img")[0]
        alt = image.get("aria-label") or image.get("alt")
        assert alt.endswith(f"Ảnh {n}.")  # the source's alt line
        caption = figure.xpath(".//figcaption")[0]
        assert "Ảnh: VGP/Nguyễn Hoàng" in caption.xpath("string(.//*[@class='credit'])")
    first = figures[0].xpath("string(.//figcaption//*[@class='caption'])")
    assert first == "Phó Trưởng Ban Tuyên giáo Trung ương Lê Hải Bình phát biểu chỉ đạo Hội nghị"


def test_seed_page_has_sections_with_anchors_and_a_table_of_contents(seed_page):
    toc = {a.get("href"): a.text_content() for a in seed_page.xpath("//nav[contains(@class,'toc')]//a")}
    sections = seed_page.xpath("//main//section[contains(@class, 'div')]")
    assert len(sections) == 2
    for section in sections:
        assert toc["#" + section.get("id")] == section.xpath("string(h2)")
    assert "Đẩy mạnh tuyên truyền với nhiều hình thức" in toc.values()


def test_every_internal_link_of_the_seed_page_has_a_target(seed_page):
    ids = Counter(seed_page.xpath("//@id"))
    assert not [i for i, n in ids.items() if n > 1], "ids are unique"
    targets = {h[1:] for h in seed_page.xpath("//a/@href") if h.startswith("#")}
    assert targets and targets <= set(ids)


@pytest.mark.parametrize("article", all_articles(), ids=lambda p: p.name[:3])
def test_every_article_page_keeps_every_word_and_resolves_its_links(article, converted, renderer,
                                                                     tmp_path):
    tei = tmp_path / "article.xml"
    tei.write_bytes(converted[article.name])
    doc = page(renderer.html(tei))
    shown = words(" ".join(doc.xpath("//h1//text() | //main//text()")))
    missing = tei_text_words(tei) - shown
    assert not missing, missing
    ids = Counter(doc.xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == []
    assert {h[1:] for h in doc.xpath("//a/@href") if h.startswith("#")} <= set(ids)


def test_seed_page_index_links_mentions_both_ways(seed_page):
    entries = seed_page.xpath("//section[@id='-chi-muc']//li[contains(@class, 'entry')]")
    if not entries:
        pytest.skip("the converter does not mark entities yet")
    mentions = seed_page.xpath("//h1//*[contains(@class, 'ent ') and @id]"
                               " | //main//*[contains(@class, 'ent ') and @id]")
    by_id = {e.get("id"): e for e in mentions}
    for entry in entries:
        for back in entry.xpath(".//a[contains(@class, 'backlink')]/@href"):
            assert back[1:] in by_id
    for mention in mentions:
        if mention.tag == "a":
            assert seed_page.xpath(f"//li[@id='{mention.get('href')[1:]}']")


def test_a_byline_and_date_line_under_the_lead_show_after_it_in_the_pages_order(renderer, tmp_path):
    from edition.convert import convert_file
    source = tmp_path / "a.txt"
    source.write_text("Tân Lập mở lớp dạy nghề cho thanh niên\n\nHM - Sáng 7/5, xã Tân Lập khai giảng lớp học.\n"
                      "Lý Trúc\n07:40 Thứ năm, 08/05/2025\n\nLớp học kéo dài ba tháng.\n", encoding="utf-8")
    doc = page(renderer.html(convert_file(source).tei))
    shown = [(el.get("class"), el.text_content()) for el in doc.xpath("//main//*[@class]")
             if el.get("class") in ("argument", "byline", "dateline")]
    assert shown == [("argument", "HM - Sáng 7/5, xã Tân Lập khai giảng lớp học."),
                     ("byline", "Lý Trúc"), ("dateline", "07:40 Thứ năm, 08/05/2025")]


# --- the full markup (the encoding sample) ---------------------------------------


@pytest.fixture(scope="module")
def sample_page(renderer):
    return page(renderer.html(needs(SAMPLE)))


def test_entities_are_highlighted_by_kind_and_indexed(sample_page):
    kinds = {c for a in sample_page.xpath("//main//a[contains(@class,'ent ')]") for c in a.get("class").split()}
    assert {"ent-person", "ent-org", "ent-place", "ent-directive"} <= kinds
    entry = sample_page.xpath("//li[@id='pers-le-hai-binh']")[0]
    assert "Phó Trưởng Ban Tuyên giáo Trung ương" in entry.text_content()  # roles
    directive = sample_page.xpath("//li[@id='dir-05-ct-tw']")[0].text_content()
    assert "05-CT/TW" in directive and "Bộ Chính trị" in directive  # number, issuer
    hoang = sample_page.xpath("//li[@id='pers-nguyen-hoang']//a[contains(@class,'backlink')]")
    assert len(hoang) == 2  # the credit and the signature


def test_nested_names_are_not_nested_links(sample_page):
    person = sample_page.xpath("//a[@href='#pers-le-hai-binh']")[0]
    assert not person.xpath(".//a")
    org = person.xpath(".//span[contains(@class, 'ent-org')]")[0]
    assert org.text_content() == "Ban Tuyên giáo Trung ương"
    assert sample_page.xpath(f"//li[@id='org-btg']//a[@href='#{org.get('id')}']")


def test_dates_carry_their_iso_values(sample_page):
    assert sample_page.xpath("//time[@datetime='2022-05-12']")[0].text_content() == "ngày 12/5"
    period = sample_page.xpath("//*[contains(@class,'period')]")[0]
    assert period.text_content() == "6 tháng đầu năm"
    assert period.get("title").startswith("2022-01-01/2022-06-30")


def test_corrections_show_the_corrected_reading_and_keep_the_original(sample_page):
    choice = sample_page.xpath("//span[contains(@class, 'choice')]")[0]
    assert choice.xpath("string(.//*[contains(@class,'corr')])") == "khai thực"
    assert "read" in choice.xpath(".//*[contains(@class,'corr')]")[0].get("class").split()
    assert "dipl" in choice.xpath(".//*[contains(@class,'sic')]")[0].get("class").split()
    assert choice.get("title") == "Nguyên văn: khaithực"
    assert "dipl" in sample_page.xpath("//*[contains(@class,'surplus')]")[0].get("class").split()
    # The switch between the views: a checkbox and CSS that shows .dipl when checked.
    assert sample_page.xpath("//input[@type='checkbox' and @class='view-switch']")
    assert ".view-switch:checked ~ .page .dipl" in sample_page.xpath("string(//style)")


def test_figure_with_a_local_image_uses_it(renderer):
    figure = page(renderer.html(FIXTURES / "article-markup.xml")).xpath("//figure")[0]
    image = figure.xpath(".//img")[0]
    assert image.get("src") == "images/anh-1.jpg"
    assert image.get("alt") == "Ảnh hội nghị - Ảnh 1."


def test_a_mention_of_two_documents_is_indexed_under_both(renderer):
    doc = page(renderer.html(FIXTURES / "article-markup.xml"))
    mention = doc.xpath("//a[contains(@class,'ent-directive')]")[0]
    for entry in ("dir-01-nq", "dir-02-nq"):
        assert doc.xpath(f"//li[@id='{entry}']//a[@href='#{mention.get('id')}']")


def minimal_tei(body: str) -> bytes:
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>{body}</body></text>'
            '<standOff><listPerson><person xml:id="p1"><persName>Lan</persName></person></listPerson>'
            '</standOff></TEI>').encode("utf-8")


def test_a_name_inside_a_ref_is_not_a_nested_link(renderer):
    doc = page(renderer.html(minimal_tei(
        '<p><ref target="https://example.org/">bà <persName ref="#p1">Lan</persName></ref></p>')))
    link = doc.xpath("//a[@class='ref']")[0]
    assert not link.xpath(".//a")
    mention = link.xpath(".//span[contains(@class, 'ent-person')]")[0]
    # Still a mention: the index links back to it.
    assert doc.xpath(f"//li[@id='p1']//a[@href='#{mention.get('id')}']")


def test_the_inline_stylesheet_is_the_css_file_unescaped(seed_page):
    """The page is written with XHTML syntax, which would escape "<", ">" and "&"
    in the style element, where HTML reads them literally; the CSS avoids them."""
    css = (REPO / "xslt" / "edition.css").read_text(encoding="utf-8")
    assert not set("<>&") & set(css)
    assert seed_page.xpath("string(//style)") == css


def test_empty_elements_other_than_void_ones_get_an_end_tag(renderer):
    """HTML would read "<p/>" as an open p swallowing what follows."""
    html = renderer.html(minimal_tei('<p/><p><anchor xml:id="a1"/><seg/>Sau.</p><ab></ab>'))
    void = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    self_closed = set(re.findall(r"<([a-zA-Z][\w-]*)[^<>]*/>", html))
    assert self_closed <= void
    assert '<p class="p"></p>' in html


# --- generic TEI ------------------------------------------------------------------


@pytest.mark.parametrize("path", [FIXTURES / "corpus-drama-verse.xml", FIXTURES / "article-markup.xml",
                                  SAMPLE_VALID, SAMPLE], ids=lambda p: p.name)
def test_generic_tei_renders_without_losing_text(path, renderer):
    doc = page(renderer.html(needs(path)))
    shown = words(" ".join(doc.xpath("//h1//text() | //main//text()")))
    missing = tei_text_words(path) - shown
    assert not missing, missing


def test_generic_fixture_structures(renderer):
    doc = page(renderer.html(FIXTURES / "corpus-drama-verse.xml"))
    assert doc.get("lang") == "en"
    assert len(doc.xpath("//main/article[contains(@class,'tei')]")) == 2  # teiCorpus members
    assert [l.text_content() for l in doc.xpath("//div[@class='l']")][:1] == ["1Roses are crimson,"]
    assert doc.xpath("//p[@class='speaker']")[0].text_content() == "Anna"
    assert doc.xpath("//main//ol/li")[0].text_content() == "first point"
    assert doc.xpath("//table//th")[0].text_content() == "Year"
    assert doc.xpath("//span[contains(@class,'expan') and contains(@class,'read')]")[0].text == "University"
    assert "lecture hall" in doc.xpath("string(//span[@class='variants'])")
    assert doc.xpath("//main//a[@href='#poem']")[0].text_content() == "the quatrain"
    assert doc.xpath("//a[@href='https://tei-c.org/']")
    assert doc.xpath("//*[@class='tei-address']") and doc.xpath("//*[@class='tei-code']")
    assert doc.xpath("//time[@datetime='2024-03-05']")


def test_reference_sample_renders(renderer):
    doc = page(renderer.html(needs(SAMPLE_VALID)))
    assert doc.get("lang") == "en"
    assert doc.find(".//title").text == "A minimal valid TEI document"
    assert doc.xpath("//span[contains(@class,'ent-person')]")[0].text_content() == "Ada Lovelace"
    text = renderer.text(SAMPLE_VALID)
    assert "Hello, Ada Lovelace wrote from London on 10 July 1843." in text.splitlines()


def test_generic_plain_text(renderer):
    text = renderer.text(FIXTURES / "corpus-drama-verse.xml")
    assert "Roses are crimson,\nviolets are blue;\nthe University is old,\nthe library new." in text
    assert "1. first point\n\n2. second point" in text
    assert "Year | Count\n1843 | 7" in text
    assert "a spelling mistake, a color variant" in text
    diplomatic = renderer.text(FIXTURES / "corpus-drama-verse.xml", diplomatic=True)
    assert "the Univ. is old" in diplomatic and "a speling mistake, a colour variant" in diplomatic
    assert "1. first point" not in diplomatic


# --- plain text of the articles -----------------------------------------------------


def test_seed_reading_text(converted, renderer):
    text = renderer.text(converted[SEED_NAME])
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == "Đảng ủy Khối các cơ quan Trung ương: Đề cao vai trò nêu gương của cán bộ, đảng viên"
    assert blocks[1] == "01/07/2022 08:56"
    assert blocks[2].startswith("Đảng ủy Khối cơ quan Trung ương vừa tổ chức Hội nghị")
    # Caption and credit as split from the source line "… Hội nghị - Ảnh: VGP/Nguyễn Hoàng".
    assert ("[Ảnh 1: Phó Trưởng Ban Tuyên giáo Trung ương Lê Hải Bình phát biểu chỉ đạo Hội nghị"
            " — Ảnh: VGP/Nguyễn Hoàng]") in blocks
    assert "[Ảnh 3: Toàn cảnh Hội nghị — Ảnh: VGP/Nguyễn Hoàng]" in blocks
    assert "Đề cao vai trò nêu gương của cán bộ, đảng viên" in blocks  # a heading
    assert blocks[-1] == "Nguyễn Hoàng"
    assert "Nổi bật" not in text and "POWERED BY" not in text
    assert text.endswith("\n") and "\n\n\n" not in text


def test_sample_reading_and_diplomatic_text(renderer):
    sample = needs(SAMPLE)
    reading, diplomatic = renderer.text(sample), renderer.text(sample, diplomatic=True)
    assert "triển khai thực hiện, gắn với việc," in reading
    assert "triển khaithực hiện, gắn với gắn với việc," in diplomatic
    assert "1. Thứ nhất, …\n\n2. Thứ hai, …" in reading
    assert "\n\nThứ nhất, …\n\nThứ hai, …" in diplomatic
    assert "… - Ảnh 1." in diplomatic.split("\n\n")  # the alt line, as in the source
    assert "… - Ảnh 1." not in reading


def test_line_breaks_and_separators(renderer):
    path = FIXTURES / "article-markup.xml"
    assert "Dòng một\ndòng hai, Chính phủ chỉ đạo." in renderer.text(path)
    diplomatic = renderer.text(path, diplomatic=True).split("\n\n")
    assert "Toàn cảnh hội nghị - Ảnh: Báo Thử" in diplomatic
    assert "Dòng một\ndòng hai, Chín phủ chỉ đạo." in diplomatic


def test_a_byline_and_date_line_on_one_line_of_the_page_stay_on_one_line(renderer):
    """rend="same-line": the second of the two goes on the first's line, in both
    editions; the diplomatic text is the source's line."""
    tei = minimal_tei('<head type="main">Tiêu đề</head><byline><persName ref="#p1">Lan</persName></byline>'
                      '<dateline rend="same-line"> | <date when="2025-03-12">12/03/2025</date></dateline>'
                      '<p>Đoạn mở đầu.</p>')
    assert renderer.text(tei, diplomatic=True).split("\n\n") == ["Tiêu đề", "Lan | 12/03/2025", "Đoạn mở đầu.\n"]
    assert "\n\nLan | 12/03/2025\n\n" in renderer.text(tei)
    [line] = page(renderer.html(tei)).xpath("//p[@class='byline']")
    assert line.xpath("string()") == "Lan | 12/03/2025"
    assert line.xpath("span[@class='dateline']/time/@datetime") == ["2025-03-12"]
    assert not page(renderer.html(tei)).xpath("//p[@class='dateline']")


# --- determinism, safety, errors -----------------------------------------------------


def test_output_is_deterministic_across_documents_and_renderers(converted, renderer):
    seed = converted[SEED_NAME]
    first = renderer.html(seed)
    renderer.html(needs(SAMPLE))
    assert renderer.html(seed) == first
    assert Renderer().html(seed) == first
    assert renderer.text(seed) == Renderer().text(seed)


def test_entity_declarations_never_reach_saxon(renderer):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&b;</p></body></text></TEI>')
    with pytest.raises(InputError, match="entit"):
        renderer.text(bomb)
    external = (b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&x;</p></body></text></TEI>')
    with pytest.raises(InputError):
        renderer.html(external)


def test_malformed_tei_is_reported_with_its_place(renderer, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>x</body></text></TEI>')
    with pytest.raises(InputError) as error:
        renderer.html(bad)
    assert str(error.value).startswith(f"{bad}:2:")


def test_cli_render(tmp_path, converted):
    tei = tmp_path / "seed.xml"
    tei.write_bytes(converted[SEED_NAME])
    runner = CliRunner()
    result = runner.invoke(main, ["render", str(tei), "--to", "text", "--diplomatic"])
    assert result.exit_code == 0 and "khaithực" in result.output
    out = tmp_path / "seed.html"
    result = runner.invoke(main, ["render", str(tei), "-o", str(out)])
    assert result.exit_code == 0 and 'href="seed.xml"' in out.read_text(encoding="utf-8")
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI>")
    result = runner.invoke(main, ["render", str(bad)])
    assert result.exit_code == 1 and f"{bad}:1:" in result.output and "Traceback" not in result.output


# --- the corpus index ------------------------------------------------------------------


def test_corpus_index_lists_articles_and_a_combined_register(converted, renderer, tmp_path):
    seed = tmp_path / "seed.xml"
    seed.write_bytes(converted[SEED_NAME])
    other = FIXTURES / "article-markup.xml"
    index = page(renderer.corpus_index([(seed, "seed.html"), (other, "bai-thu.html")]))
    assert index.get("lang") == "vi"
    articles = index.xpath("//ol[contains(@class,'articles')]/li")
    assert [a.xpath("string(.//a)") for a in articles] == [
        "Đảng ủy Khối các cơ quan Trung ương: Đề cao vai trò nêu gương của cán bộ, đảng viên",
        "Bài thử nghiệm"]  # by date: 2022 before 2023
    assert articles[0].xpath(".//time/@datetime") == ["2022-07-01T08:56:00+07:00"]
    register = index.xpath("//section[contains(@class,'register')]")[0]
    tran = register.xpath(".//li[@id='pers-tran-van-a']")[0]
    assert tran.xpath(".//a/@href") == ["bai-thu.html#pers-tran-van-a"]
    assert "(2)" in tran.text_content()  # two mentions in that article


def test_generic_fixtures_are_valid_tei(tei_all):
    for path in sorted(FIXTURES.glob("*.xml")):
        assert tei_all.validate(etree.parse(str(path))), (path.name, tei_all.error_log.last_error)


def test_corpus_index_caps_the_links_per_entity_and_counts_the_rest(converted, renderer, tmp_path):
    """An entity in every article of a large corpus gets MAX_LINKS_PER_ENTRY links and
    the number of articles, so the index grows with articles plus entities."""
    from edition.index import MAX_LINKS_PER_ENTRY
    seed = tmp_path / "seed.xml"
    seed.write_bytes(converted[SEED_NAME])
    total = MAX_LINKS_PER_ENTRY + 5
    index = page(renderer.corpus_index([(seed, f"a{i:03d}.html") for i in range(total)]))
    assert len(index.xpath("//ol[contains(@class,'articles')]/li")) == total
    binh = index.xpath("//section[contains(@class,'register')]//li[@id='pers-le-hai-binh']")[0]
    assert len(binh.xpath(".//a")) == MAX_LINKS_PER_ENTRY
    assert f"{total})" in binh.xpath("string(.//span[@class='more'])")


def synthetic_index(articles: int):
    """A CorpusIndex of ``articles`` made-up articles: titles that sort differently
    by code point and in Vietnamese, repeated dates, undated ones, and entities
    of several kinds, some in many articles."""
    from edition.index import CorpusIndex

    titles = ["Đà Nẵng", "Da Lat", "Ánh sáng", "an ninh", "Bắc Ninh", "", "Ăn Tết", "Ưu tiên"]
    index = CorpusIndex()
    for n in range(articles):
        article = {"title": f"{titles[n % len(titles)]} {n % 7}".strip()}
        if n % 5:
            day = f"2022-0{1 + n % 3}-0{1 + n % 4}"
            article.update(date=day, iso=day, **({"when": day} if n % 2 else {}))
        entries = [["pers-le-a", "person", "Lê A", "", ["Bí thư"], 1 + n % 3],
                   [f"org-{n % 11}", "org", f"Ban {titles[n % 11 % len(titles)]}", "", [], 1],
                   [f"place-{n % 4}", "place", ["Đồng Nai", "Đà Lạt", "Dĩ An", "Hà Nội"][n % 4],
                    "", [], 2]]
        index.add_facts({"article": article, "entries": entries}, f"a{n:03d}.html")
    return index


def test_the_corpus_index_in_many_slices_is_the_index_in_one(renderer, monkeypatch):
    """The page is rendered a slice at a time and its articles sorted in runs:
    how it is cut must not show in the page."""
    import edition.index

    with synthetic_index(60) as index:
        whole = "".join(renderer.corpus_index_parts(index))
        monkeypatch.setattr(edition.index, "SLICE", 4)
        monkeypatch.setattr(edition.index, "SORT_RUN", 9)
        sliced = "".join(renderer.corpus_index_parts(index))
    assert sliced == whole
    html = page(whole)
    items = html.xpath("//ol[@class='articles']/li")
    assert len(items) == 60 and html.xpath("string(//p[@class='meta'])").startswith("60 ")
    assert sorted(item.xpath("string(a/@href)") for item in items) == \
        [f"a{n:03d}.html" for n in range(60)]  # each article once
    groups = html.xpath("//section[@class='register-group']")
    assert [g.get("aria-labelledby") for g in groups] == \
        ["-chi-muc-person", "-chi-muc-org", "-chi-muc-place"]  # one group per kind
    assert len(html.xpath("//li[contains(@class,'entry')]")) == 1 + 11 + 4


def test_the_corpus_index_sorts_by_date_then_title_in_vietnamese_order(renderer, monkeypatch):
    """The list is sorted in runs (here of three) merged in Python, on Saxon's
    Vietnamese collation keys: by date, the undated last, then by title."""
    import edition.index
    from edition.index import CorpusIndex

    monkeypatch.setattr(edition.index, "SLICE", 2)
    monkeypatch.setattr(edition.index, "SORT_RUN", 3)
    titles = ["Ưu tiên", "Bắc Ninh", "Em", "an ninh", "Đà Nẵng", "Da Lat", "Zê", "Ánh"]
    with CorpusIndex() as index:
        for n, title in enumerate(titles):
            day = {} if title in ("Zê", "Ánh") else {"date": "1/7", "iso": "2022-07-01"}
            index.add_facts({"article": {"title": title, **day}, "entries": []}, f"{n}.html")
        html = page("".join(renderer.corpus_index_parts(index)))
    # The Vietnamese alphabet (a ă â b c d đ e ... u ư v), not code points: "Đ"
    # comes after "D" and before "E", "Ư" after "U".
    assert html.xpath("//ol[@class='articles']/li/a/text()") == [
        "an ninh", "Bắc Ninh", "Da Lat", "Đà Nẵng", "Em", "Ưu tiên",
        "Ánh", "Zê"]  # undated


def test_the_register_sorts_its_entries_in_vietnamese_order(renderer):
    with synthetic_index(12) as index:
        html = page("".join(renderer.corpus_index_parts(index)))
    places = html.xpath("//section[@aria-labelledby='-chi-muc-place']//span[@class='entry-name']")
    assert [p.text for p in places] == ["Dĩ An", "Đà Lạt", "Đồng Nai", "Hà Nội"]


def test_a_loaded_document_renders_as_its_bytes_do(converted, renderer):
    """Build loads each TEI once for both views: the result must not differ."""
    from edition.xmlio import parse_xml_bytes
    tei = converted[SEED_NAME]
    doc = renderer.load(parse_xml_bytes(tei))
    assert renderer.html(doc, tei_href="x.xml") == renderer.html(tei, tei_href="x.xml")
    assert renderer.text(doc) == renderer.text(tei)
    assert renderer.text(doc, diplomatic=True) == renderer.text(tei, diplomatic=True)


def test_a_loaded_tree_must_be_tei(renderer):
    from edition.errors import InputError
    from edition.xmlio import parse_xml_bytes
    with pytest.raises(InputError, match="not a TEI document"):
        renderer.load(parse_xml_bytes(b"<html/>"))


# --- bytes Saxon parses itself (no DOCTYPE, UTF-8) and those it must not -------------


def test_bytes_render_as_the_file_does(converted, renderer, tmp_path):
    """UTF-8 bytes without a DOCTYPE skip the hardened parse; the page is the same."""
    for name, tei in converted.items():
        path = tmp_path / name
        path.write_bytes(tei)
        assert renderer.html(tei) == renderer.html(path), name
        assert renderer.text(tei, diplomatic=True) == renderer.text(path, diplomatic=True), name


def test_malformed_bytes_are_reported_with_their_place(renderer):
    bad = b'<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>x</body></text></TEI>'
    with pytest.raises(InputError) as error:
        renderer.html(bad)
    assert str(error.value).startswith("<bytes>:2:")


def test_bytes_must_be_tei(renderer):
    with pytest.raises(InputError, match="not a TEI document"):
        renderer.html(b"<html><body><p>x</p></body></html>")
    with pytest.raises(InputError, match="namespace"):
        renderer.text(b"<TEI><text><body><p>x</p></body></text></TEI>")


@pytest.mark.parametrize("encoding", ["utf-16", "iso-8859-1"])
def test_bytes_in_other_encodings_keep_their_characters(renderer, encoding):
    """Only UTF-8 goes to Saxon directly; other encodings take the hardened parser."""
    text = "Hội nghị ở Hà Nội" if encoding == "utf-16" else "Größe, déjà vu"
    doc = (f'<?xml version="1.0" encoding="{encoding}"?>\n'
           f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>{text}</p></body></text></TEI>')
    assert text in renderer.text(doc.encode(encoding))


def test_converter_output_goes_to_saxon_without_a_second_parse(converted, renderer, monkeypatch):
    import edition.render as render

    def no_second_parse(tei):
        raise AssertionError("the hardened parser was asked")

    monkeypatch.setattr(render, "_safe_tree", no_second_parse)
    for tei in converted.values():
        renderer.load(tei)
    prefixed = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n'
                b'<t:TEI xmlns:t="http://www.tei-c.org/ns/1.0"><t:text/></t:TEI>')
    with pytest.raises(AssertionError):  # a form the quick check does not know: hardened path
        renderer.load(prefixed)


def test_role_codes_are_shown_in_vietnamese(seed_page):
    """A credit's "photographer" and a byline's "author" are codes in the TEI."""
    roles = " ".join(seed_page.xpath("//li[@id='pers-nguyen-hoang']//span[@class='entry-roles']//text()"))
    assert "phóng viên ảnh" in roles and "tác giả" in roles
    assert "photographer" not in roles and "author" not in roles


def test_a_stylesheet_that_does_not_compile_is_an_error_at_once(tmp_path):
    import shutil
    xslt = tmp_path / "xslt"
    shutil.copytree(REPO / "xslt", xslt)
    (xslt / "text.xsl").write_text("<xsl:stylesheet", encoding="utf-8")
    with pytest.raises(InputError, match="text.xsl"):
        Renderer(xslt)
    index_only = Renderer(xslt, views=())  # compiles nothing it is not asked for
    assert "<html" in index_only.corpus_index([])


def test_a_long_prolog_before_a_foreign_root_is_refused_at_once(renderer):
    """The quick check of a TEI root reads each PI and comment of the prolog in one
    way only; a run of them before another root once took time doubling with each."""
    prolog = b"<?pi a?>" * 60 + b"<!-- a - b -->" * 60
    with pytest.raises(InputError, match="not a TEI document"):
        renderer.html(prolog + b"<html><body/></html>")
    page = renderer.html(prolog + '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>'
                                  "<p>Một đoạn.</p></body></text></TEI>".encode("utf-8"))
    assert "Một đoạn." in page


def test_a_byline_at_the_start_is_shown_before_the_lead(renderer, tmp_path):
    from edition.convert import convert_file
    source = tmp_path / "a.txt"
    source.write_text("Tân Lập mở lớp dạy nghề\n\n08/05/2025 09:10\n\nLÝ TRÚC\n\n"
                      "Sáng 8/5, xã Tân Lập khai giảng lớp dạy nghề.\n\nLớp học kéo dài ba tháng.\n",
                      encoding="utf-8")
    doc = page(renderer.html(convert_file(source).tei))
    byline = doc.xpath("//article//p[@class='byline']")
    assert len(byline) == 1 and byline[0].text_content() == "LÝ TRÚC"
    following = byline[0].xpath("following::p[contains(@class, 'lead')]")
    assert following and following[0].text_content().startswith("Sáng 8/5")
