"""edition: a TEI-XML digital edition toolkit for news articles.

The pipeline stages are plain functions with typed inputs and outputs::

    read_source -> parse_article -> annotate -> encode -> validate -> render -> deposit

``edition.cli`` is a thin shell over them.
"""

__version__ = "0.1.0"
