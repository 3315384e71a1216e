"""Recognizer placeholder: being written (see edition/recognize/__init__.py)."""

from __future__ import annotations


def recognize(run, where, ctx):
    return []
