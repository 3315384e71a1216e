"""The ``edition`` command line: a thin shell over the library's stages.

Exit status: 0 success, 1 invalid input or failed validation, 2 usage error.
Errors are one line, ``file:line:column: message``; ``--debug`` shows the
traceback as well.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable

import click

from . import __version__
from .errors import EditionError

F = Callable[..., Any]


class OutputFile(click.Path):
    """A file to write.  ``-o out/`` names a folder: without this check the trailing
    slash would vanish in ``Path`` and a file called ``out`` would be written."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value.endswith(("/", os.sep)):
            self.fail(f"{value!r} ends with a slash, so it names a folder; give a file name", param, ctx)
        return super().convert(value, param, ctx)


def reports_errors(func: F) -> F:
    """Turn an :class:`EditionError` into a one-line message and its exit status."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except EditionError as error:
            if click.get_current_context().find_root().params.get("debug"):
                raise
            click.echo(f"edition: error: {error}", err=True)
            sys.exit(error.exit_code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edition")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def main(debug: bool) -> None:
    """Turn news articles into a validated, rendered and archived TEI edition.

    \b
    Stages:   convert -> validate -> render -> deposit
    Together: build (a whole corpus)
    """


# --- convert -------------------------------------------------------------------


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=OutputFile(),
              help="Write the TEI here (default: standard output). One source only.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write NAME.xml for each source into this folder.")
@click.option("--registers", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Registers folder (default: the corpus's registers/).")
@click.option("--corrections", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Corrections file (default: the corpus's corrections.tsv).")
@click.option("--encoding", help="Decode the sources with this codec (e.g. windows-1258).")
@click.option("--max-bytes", type=click.IntRange(min=1),
              help="Refuse sources larger than this (default 20 MB or $EDITION_MAX_BYTES).")
@reports_errors
def convert(sources: tuple[Path, ...], output: Path | None, out_dir: Path | None,
            registers: Path | None, corrections: Path | None, encoding: str | None,
            max_bytes: int | None) -> None:
    """Convert article text files to TEI (read -> parse -> annotate -> encode)."""
    from .convert import convert_file
    from .registers import load_registers
    from .xmlio import atomic_write

    if output and (out_dir or len(sources) > 1):
        raise click.UsageError("-o takes one source; use --out-dir for several")
    if len(sources) > 1 and not out_dir:
        raise click.UsageError("several sources need --out-dir")
    loaded = load_registers(registers) if registers else None
    for source in sources:
        target = output or (out_dir / f"{source.stem}.xml" if out_dir else None)
        result = convert_file(source, registers=loaded, corrections_file=corrections,
                              encoding=encoding, max_bytes=max_bytes, output=target)
        for message in result.annotated.messages:
            click.echo(f"{source}: note: {message}", err=True)
        for fix in result.annotated.corrections:
            origin = "corrections file" if fix.origin == "file" else "automatic rule"
            click.echo(f"{fix.where}: correction ({fix.kind}, {origin}): "
                       f"{fix.sic!r} -> {fix.corr!r}", err=True)
        for note in result.annotated.article.source.normalizations:
            click.echo(f"{source}: warning: {note}", err=True)
        if target is None:
            sys.stdout.buffer.write(result.tei)
        else:
            atomic_write(target, result.tei)
            click.echo(f"{source} -> {target}", err=True)


# --- validate ------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="How to print the problems.")
@reports_errors
def validate(paths: tuple[Path, ...], fmt: str) -> None:
    """Validate TEI files (or folders of them) against the project schema and rules."""
    from .validate import Validator, tei_files

    validator = Validator()
    reports = [validator.validate_file(path) for path in tei_files(paths)]
    problems = [p for r in reports for p in r.problems]
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=1))
    else:
        for problem in problems:
            click.echo(str(problem))
        invalid = sum(not r.valid for r in reports)
        click.echo(f"{len(reports)} file(s) checked: {len(reports) - invalid} valid, "
                   f"{invalid} invalid, {len(problems)} problem(s).", err=True)
    sys.exit(1 if problems else 0)


# --- render --------------------------------------------------------------------


@main.command()
@click.argument("tei_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--to", "fmt", type=click.Choice(["html", "text"]), default="html", show_default=True)
@click.option("--diplomatic", is_flag=True,
              help="Plain text with the source's original readings (sic, not corr); implies --to text.")
@click.option("-o", "--output", type=OutputFile(), help="Write here (default: standard output).")
@click.pass_context
@reports_errors
def render(ctx: click.Context, tei_file: Path, fmt: str, diplomatic: bool, output: Path | None) -> None:
    """Render a TEI file as an HTML edition or a plain-text edition."""
    from .render import Renderer
    from .xmlio import atomic_write

    if diplomatic:  # the HTML page holds both views already: the flag asks for text
        if fmt == "html" and ctx.get_parameter_source("fmt") is not click.core.ParameterSource.DEFAULT:
            raise click.UsageError("--diplomatic is a plain-text edition: use it with --to text "
                                   "(the HTML page switches between the two views itself).")
        fmt = "text"
    renderer = Renderer()
    if fmt == "html":
        result = renderer.html(tei_file, tei_href=tei_file.name)
    else:
        result = renderer.text(tei_file, diplomatic=diplomatic)
    if output:
        atomic_write(output, result.encode("utf-8"))
    else:
        click.echo(result, nl=False)


# --- deposit -------------------------------------------------------------------


class _CommandWithSubcommands(click.Group):
    """A command with arguments of its own (``deposit TEI... -o BAG``) that also has
    subcommands (``deposit verify BAG``): a subcommand's name in first place routes
    to it (the own ``nargs=-1`` argument would swallow it), and options may follow
    the arguments as in any other command."""

    allow_interspersed_args = True

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] in self.commands:
            click.Command.parse_args(self, ctx, [])  # own parameters at their defaults
            protected = "_protected_args" if hasattr(ctx, "_protected_args") else "protected_args"
            setattr(ctx, protected, args[:1])
            ctx.args = args[1:]
            return ctx.args
        return super().parse_args(ctx, args)


@main.group(cls=_CommandWithSubcommands, invoke_without_command=True)
@click.argument("tei_files", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "bag", type=click.Path(file_okay=False, path_type=Path),
              help="The bag folder to write.")
@click.option("--source", "sources", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Source text file(s) to include (default: found by name beside the corpus).")
@click.option("--contact-email", envvar="EDITION_CONTACT_EMAIL", help="bag-info Contact-Email.")
@click.option("--organization", envvar="EDITION_ORGANIZATION",
              help="bag-info Source-Organization.")
@click.option("--force", is_flag=True, help="Replace an existing bag.")
@click.pass_context
@reports_errors
def deposit(ctx: click.Context, tei_files: tuple[Path, ...], bag: Path | None,
            sources: tuple[Path, ...], contact_email: str | None, organization: str | None,
            force: bool) -> None:
    """Package TEI files as a BagIt archival package (or `deposit verify BAG`)."""
    if ctx.invoked_subcommand is not None:
        return
    if not tei_files or bag is None:
        raise click.UsageError("give TEI files (or folders) and -o BAG")
    from .deposit import deposit_files

    result = deposit_files(list(tei_files), bag, sources=list(sources), force=force,
                           contact_email=contact_email, organization=organization)
    click.echo(f"bag written: {result}")


@deposit.command("verify")
@click.argument("bag", type=click.Path(exists=True, file_okay=False, path_type=Path))
@reports_errors
def deposit_verify(bag: Path) -> None:
    """Check a bag's completeness, fixity and TEI validity."""
    from .deposit import verify_bag

    problems = verify_bag(bag)
    for problem in problems:
        click.echo(f"{bag}: {problem}")
    click.echo(f"{bag}: {'OK' if not problems else f'{len(problems)} problem(s)'}", err=True)
    sys.exit(1 if problems else 0)


# --- build ---------------------------------------------------------------------


@main.command()
@click.argument("corpus", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
              show_default=True, help="Output folder.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--force", is_flag=True, help="Rebuild every article, changed or not.")
@click.option("--executor", type=click.Choice(["process", "dask"]), default="process",
              show_default=True, help="Run the articles in a local process pool or on a dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="The dask scheduler (e.g. tcp://host:8786) for --executor dask.")
@reports_errors
def build(corpus: Path | None, out: Path, jobs: int | None, force: bool, executor: str,
          scheduler: str | None) -> None:
    """Build a corpus (default: the bundled corpus/): TEI, HTML, text, and a bag.

    Only articles whose source (or whose registers, corrections, schema,
    stylesheets or tool version) changed since the last build into --out are
    rebuilt. Exit status 1 when any article failed or is invalid.
    """
    from .build import build_corpus
    from .convert import CorpusLayout, default_corpus

    layout = CorpusLayout(corpus) if corpus else default_corpus()
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    summary = build_corpus(layout, out, jobs=jobs, force=force, executor=executor,
                           scheduler=scheduler)
    sys.exit(0 if summary.ok else 1)


# --- score ---------------------------------------------------------------------


@main.command()
@click.option("--seed", is_flag=True, help="Score the seed article.")
@click.option("--dev", is_flag=True, help="Score the dev articles (../shared/corpus-dev).")
@click.option("--json", "json_output", is_flag=True, help="Print JSON.")
@click.option("-v", "--verbose", is_flag=True,
              help="List each article's misses and false positives.")
@reports_errors
def score(seed: bool, dev: bool, json_output: bool, verbose: bool) -> None:
    """Convert the seed and/or dev articles afresh and score them against their gold
    lists: TP, FP, FN, precision and recall per kind of markup (default: both)."""
    from .score import run

    sys.exit(run(seed, dev, json_output, verbose))


# --- registers -----------------------------------------------------------------


@main.command("registers")
@click.argument("corpus", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--kind", "kinds", multiple=True,
              type=click.Choice(["person", "org", "place", "directive"]),
              help="Only these kinds of entity (repeatable; default: all).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@reports_errors
def registers_command(corpus: Path | None, kinds: tuple[str, ...], fmt: str) -> None:
    """List the entities a corpus mentions (articles, mentions) and the
    candidates not yet in a register."""
    from .entities import KINDS, collect_entities, corpus_layout, format_report

    report = collect_entities(corpus_layout(corpus))
    chosen = kinds or KINDS
    if fmt == "json":
        uses = [u.as_dict() for kind in chosen for u in report.of_kind(kind)]
        click.echo(json.dumps(uses, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, chosen), nl=False)
    for error in report.errors:
        click.echo(f"edition: error: {error}", err=True)
    sys.exit(1 if report.errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
