"""The recognizers, in the order they run over each text run.

Each module exports ``recognize(run, where, ctx)`` returning spans over
``run.text`` (see :mod:`edition.annotate`); they only add spans, and
conflicts are resolved in one place (``annotate.resolve_spans``).  Adding an
entity kind or a date pattern touches one module here and this list.
"""

from __future__ import annotations

from . import corrections, dates, directives, measures, orgs, persons, places, quotes

RECOGNIZERS = [
    corrections.recognize,
    directives.recognize,
    dates.recognize,
    measures.recognize,
    quotes.recognize,
    orgs.recognize,
    places.recognize,
    persons.recognize,
]
