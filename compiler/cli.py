"""``polc`` command line: build, check, parse (dump any stage)."""
from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

import click

from . import stages
from .build import BuildOptions, BuildResult, compile_corpus, write_output
from .engines import EngineError
from .progress import Progress
from .pipeline import compile_source
from .config import ConfigError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polc")
def main() -> None:
    """Compile Chinese government policy text into JSON and HTML."""


def _corpus_argument(f):
    return click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))(f)


def _common_options(f):
    f = click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, for publishers' CI.")(f)
    f = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: all cores). Output is identical for any value.")(f)
    f = click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")(f)
    return f


@main.command()
@_corpus_argument
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Output folder (replaced atomically).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where compiled sources are cached (default: OUT/.cache).")
@click.option("--no-cache", is_flag=True, help="Compile everything again, ignoring the cache.")
@click.option("--no-site", is_flag=True, help="Write the JSON and tables only, not the reviewers' HTML.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run the compile step in local processes or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786); default: a LocalCluster on this machine.")
@_common_options
def build(corpus: Path, out: Path, cache_dir: Path | None, no_cache: bool, no_site: bool, engine: str,
          scheduler: str | None, strict: bool, jobs: int | None, quiet: bool) -> None:
    """Compile every *.txt and *.md file under CORPUS into OUT."""
    with Progress(enabled=not quiet) as progress:
        options = BuildOptions(jobs or os.cpu_count() or 1, engine, scheduler, cache_dir, not no_cache,
                               progress.step, site=not no_site)
        result = _guarded(lambda: compile_corpus(corpus, options, out))
    _guarded(lambda: write_output(result, out, cache_dir))
    sys.exit(_report(result, strict, quiet, " (up to date)" if result.up_to_date else f" → {out}"))


@main.command()
@_corpus_argument
@_common_options
def check(corpus: Path, strict: bool, jobs: int | None, quiet: bool) -> None:
    """Compile CORPUS and report diagnostics; write nothing."""
    options = BuildOptions(jobs or os.cpu_count() or 1, use_cache=False)
    result = _guarded(lambda: compile_corpus(corpus, options))
    sys.exit(_report(result, strict, quiet, ""))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--stage", type=click.Choice(stages.STAGES), default="json", show_default=True,
              help="Which intermediate result to print.")
def parse(file: Path, stage: str) -> None:
    """Print one stage of compiling FILE (normalized, documents, lines, tokens, tree, json)."""
    output = _guarded(lambda: stages.dump(file.name, file.read_bytes(), stage))
    click.echo(output if isinstance(output, str) else json.dumps(output, ensure_ascii=False, indent=1))


@main.command()
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the edit script as JSON (schemas/diff.schema.json).")
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a self-contained HTML page of the diff.")
def diff(old: Path, new: Path, as_json: bool, html: Path | None) -> None:
    """Compare two versions of a document: provisions matched first, text diffed second."""
    before, after = (_guarded(lambda p=p: _only_document(p)) for p in (old, new))
    from .diff import diff_documents, summarize  # jieba loads only for this command

    script = _guarded(lambda: diff_documents(before, after))
    click.echo(json.dumps(script, ensure_ascii=False, indent=1) if as_json else summarize(script))
    if html:
        from .site import diff_page

        html.write_text(diff_page(script, before, after, html.stem, standalone=True), encoding="utf-8")


def _only_document(path: Path) -> dict:
    compiled = compile_source(path.name, path.read_bytes())
    if not compiled.documents:
        raise click.ClickException(f"{path}: no document to compare ({compiled.encoding} file)")
    if len(compiled.documents) > 1:
        click.echo(f"{path}: holds {len(compiled.documents)} documents; comparing the first", err=True)
    return compiled.documents[0]


def _report(result: BuildResult, strict: bool, quiet: bool, suffix: str) -> int:
    counts = {"error": 0, "warning": 0, "info": 0}
    for path, diag in result.diagnostics():
        counts[diag["severity"]] += 1
        if diag["severity"] != "info" or not quiet:
            click.echo(f"{path}:{diag['line']}:{diag['column']}: {diag['severity']}[{diag['code']}]: "
                       f"{diag['message']}", err=True)
    documents = sum(len(c.documents) for c in result.compiled)
    if not quiet:
        click.echo(f"polc: {documents} documents from {len(result.compiled)} files, {counts['error']} errors, "
                   f"{counts['warning']} warnings{suffix}", err=True)
    failed = result.failed or (strict and counts["warning"] > 0)
    return EXIT_FAILED if failed else EXIT_OK


def _guarded(action):
    """Run ``action``; turn an unexpected exception into an actionable message, not a traceback."""
    try:
        return action()
    except (click.ClickException, click.exceptions.Exit, KeyboardInterrupt):
        raise
    except EngineError as exc:
        raise click.ClickException(str(exc)) from exc
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}") from exc
    except Exception as exc:  # noqa: BLE001 — last line of defence for users
        where = traceback.extract_tb(exc.__traceback__)[-1]
        click.echo(f"polc: internal error ({type(exc).__name__}: {exc}) at {Path(where.filename).name}:"
                   f"{where.lineno}. Please report this as a bug with the input attached.", err=True)
        sys.exit(EXIT_FAILED)
