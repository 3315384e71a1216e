"""Property tests: whatever article-like text comes in, ``convert`` either
refuses it with its own documented error or writes a valid TEI document whose
body says exactly what the source said.

The number of examples is small here (``EDITION_PROPERTY_EXAMPLES``, default
100) to keep the suite fast; ``scripts/fuzz.py`` runs the same properties over
thousands of inputs.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from article_strategies import article_bytes, body_blocks, body_lines_losing_nothing, lines_of
from edition.annotate import annotate
from edition.convert import default_corpus
from edition.encode import encode
from edition.errors import EditionError
from edition.parse import parse_article
from edition.read import source_from_bytes
from edition.registers import load_registers

EXAMPLES = int(os.environ.get("EDITION_PROPERTY_EXAMPLES", "100"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
REGISTERS = load_registers(default_corpus().registers)


def convert_bytes(data: bytes) -> bytes | None:
    """What ``edition convert`` does after reading the file; None when refused."""
    try:
        source = source_from_bytes(data, "generated.txt")
        return encode(annotate(parse_article(source), REGISTERS))
    except EditionError:
        return None  # the documented refusal; anything else propagates and fails


def project_validator():
    try:
        from edition.validate import Validator
    except ImportError:
        return None
    return Validator()


@PROPERTY
@given(data=article_bytes())
def test_convert_refuses_cleanly_or_writes_valid_tei(data: bytes, tei_all) -> None:
    tei = convert_bytes(data)
    if tei is None:
        return
    from lxml import etree
    document = etree.fromstring(tei)
    assert tei_all.validate(document), tei_all.error_log.last_error
    validator = project_validator()
    if validator is not None:
        report = validator.validate_bytes(tei, "generated.xml")
        assert report.valid, [str(p) for p in report.problems]


@PROPERTY
@given(data=article_bytes())
def test_nothing_is_lost(data: bytes) -> None:
    """The body text (original readings) and the declared furniture are the source,
    line by line: its lines in order, each either in the body or in the furniture
    (which the page may set above the title, between paragraphs or at the foot)."""
    tei = convert_bytes(data)
    if tei is None:
        return
    body_lines_losing_nothing(tei, data)


@PROPERTY
@given(data=article_bytes())
def test_same_input_same_bytes(data: bytes) -> None:
    assert convert_bytes(data) == convert_bytes(data)


@PROPERTY
@given(data=article_bytes())
def test_diplomatic_rendering_is_the_body(data: bytes) -> None:
    try:
        from edition.render import Renderer
    except ImportError:
        pytest.skip("edition.render has not landed yet")
    tei = convert_bytes(data)
    if tei is None:
        return
    rendered = Renderer().text(tei, diplomatic=True)
    assert lines_of([rendered]) == lines_of(body_blocks(tei))
