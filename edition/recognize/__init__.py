"""The recognizers, in the order they run.

Each module exports ``recognize(run, where, ctx)`` returning spans (see
:mod:`edition.annotate`).  Adding an entity kind or a date pattern touches one
module here and this list.
"""

from __future__ import annotations

from ..annotate import Recognizer

RECOGNIZERS: list[Recognizer] = []
