"""``polc`` command line: build, check, parse (dump any stage), diff, match, search — a thin layer over
``polc.api``.

Exit status: 0 compiled (warnings allowed); 1 some input could not be compiled (or, with
``--strict``, warned about); 2 usage or configuration error; 3 environment failure.
"""
from __future__ import annotations

import json
import re
import sys
import traceback
from pathlib import Path

import click

from . import api, output, report, stages
from .cache import polc_version
from .errors import EXIT_ENVIRONMENT, EXIT_FAILED, EXIT_OK, EXIT_USAGE, PolcError
from .progress import Progress

__all__ = ["main", "EXIT_OK", "EXIT_FAILED", "EXIT_USAGE", "EXIT_ENVIRONMENT"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polc", prog_name="polc")
def main() -> None:
    """Compile Chinese government policy text into JSON and HTML."""


def _corpus_argument(f):
    return click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))(f)


def _common_options(f):
    f = click.option("--strict", is_flag=True, help="Fail (exit 1) on warnings too, for publishers' CI.")(f)
    f = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes (default: all cores). Output is identical for any value.")(f)
    f = click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings.")(f)
    f = click.option("--exclude", "exclude", metavar="GLOB", multiple=True,
                     help="Leave out files matching GLOB (repeatable; added to polc.toml's exclude).")(f)
    f = click.option("--format", "fmt", type=click.Choice(report.FORMATS), default="text", show_default=True,
                     help="Diagnostics as text (stderr), JSON lines, GitHub workflow commands or SARIF (stdout).")(f)
    f = click.option("--absolute-paths", is_flag=True,
                     help="Print absolute paths in diagnostics (default: relative to the current folder).")(f)
    return f


@main.command()
@_corpus_argument
@click.option("-o", "--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Output folder (replaced atomically; only a folder polc wrote, or an empty one).")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Where compiled sources are cached (default: OUT/.cache).")
@click.option("--no-cache", is_flag=True, help="Compile everything again, ignoring the cache.")
@click.option("--no-site", is_flag=True, help="Write the JSON and tables only, not the reviewers' HTML.")
@click.option("--no-db", is_flag=True, help="Do not write the database OUT/polc.sqlite.")
@click.option("--akn", is_flag=True, help="Also write Akoma Ntoso 3.0 XML, one OUT/akn/<id>.xml per document.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run the compile step in local processes or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://host:8786; needs --engine dask); default: a LocalCluster.")
@_common_options
def build(corpus: Path, out: Path, cache_dir: Path | None, no_cache: bool, no_site: bool, no_db: bool, akn: bool,
          engine: str, scheduler: str | None, **common) -> None:
    """Compile every *.txt and *.md file under CORPUS into OUT."""
    with Progress(enabled=not common["quiet"]) as progress:
        built = _guarded(lambda: api.build(corpus, out, jobs=common["jobs"], engine=engine, scheduler=scheduler,
                                           cache_dir=cache_dir, use_cache=not no_cache, site=not no_site,
                                           exclude=common["exclude"], progress=progress, database=not no_db,
                                           akn=akn))
    sys.exit(_report(built, " (up to date)" if built.up_to_date else f" → {out}", **common))


@main.command()
@_corpus_argument
@_common_options
def check(corpus: Path, **common) -> None:
    """Compile CORPUS and report diagnostics; write nothing."""
    with Progress(enabled=not common["quiet"]) as progress:
        built = _guarded(lambda: api.check(corpus, jobs=common["jobs"], exclude=common["exclude"],
                                           progress=progress))
    sys.exit(_report(built, "", **common))


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--stage", type=click.Choice(stages.STAGES), default="json", show_default=True,
              help="Which intermediate result to print.")
def parse(file: Path, stage: str) -> None:
    """Print one stage of compiling FILE (normalized, documents, lines, tokens, tree, json).

    Exits 1 when FILE has an error diagnostic (printed to stderr with its warnings).
    """
    raw = _guarded(file.read_bytes)
    output = _guarded(lambda: stages.dump(file.name, raw, stage))
    click.echo(output if isinstance(output, str) else json.dumps(output, ensure_ascii=False, indent=1))
    if stage == "json":  # the dump is the compiled file: its diagnostics are at hand
        diagnostics = [*output["diagnostics"], *(d for doc in output["documents"] for d in doc["diagnostics"])]
    else:
        diagnostics = _guarded(lambda: api.compile_file(file)).diagnostics
    problems = [(report.shown_path(None, str(file)), d) for d in diagnostics if d["severity"] != "info"]
    click.echo(report.render(problems, "text", polc_version()), nl=False, err=True)
    sys.exit(EXIT_FAILED if any(d["severity"] == "error" for _, d in problems) else EXIT_OK)


@main.command()
@click.argument("old")
@click.argument("new")
@click.option("--json", "as_json", is_flag=True, help="Print the edit script as JSON (schemas/diff.schema.json).")
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a self-contained HTML page of the diff.")
def diff(old: str, new: str, as_json: bool, html: Path | None) -> None:
    """Compare two versions of a document: provisions matched first, text diffed second.

    OLD and NEW are files; FILE#dN chooses the N-th document of a file that holds several."""
    (old_path, old_part), (new_path, new_part) = (_document_argument(a) for a in (old, new))
    if html and html.resolve() in (old_path.resolve(), new_path.resolve()):
        raise click.UsageError(f"--html {html} is one of the files compared; polc will not overwrite it")
    before, after = (_guarded(lambda p=p, k=k: _only_document(p, k)) for p, k in ((old_path, old_part),
                                                                                  (new_path, new_part)))
    from .diff import diff_documents, summarize  # jieba loads only for this command
    from .labels import names

    script = _guarded(lambda: diff_documents(before, after))
    printed = {(side, i): name for side, doc in (("old", before), ("new", after)) for i, name in names(doc).items()}
    click.echo(json.dumps(script, ensure_ascii=False, indent=1) if as_json else summarize(script, printed))
    if html:
        from .site import diff_page

        page = diff_page(script, before, after, html.stem, standalone=True)
        _guarded(lambda: html.write_text(page, encoding="utf-8"))


def _document_argument(text: str) -> tuple[Path, int | None]:
    """``FILE`` or ``FILE#dN``: the file (which must exist) and N, when given."""
    path, part = Path(text), None
    if not path.exists() and (found := re.fullmatch(r"(.+)#d(\d+)", text)):
        path, part = Path(found[1]), int(found[2])
    if not path.is_file():
        raise click.BadParameter(f"{path} is not a file" if path.exists() else f"{path} does not exist")
    return path, part


@main.command()
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.argument("query", nargs=-1, required=True)
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many hits.")
def search(out: Path, query: tuple[str, ...], limit: int) -> None:
    """Search the text of a built OUT (its polc.sqlite) for QUERY: every word must occur; Chinese words of
    two or more characters are found anywhere, also inside longer words (产权 in 知识产权)."""
    from .search import search as find

    hits = _guarded(lambda: find(out, " ".join(query), limit))
    for hit in hits:
        click.echo(f"{hit.document}  {hit.number_path or hit.node}  ({hit.node})\n    {hit.snippet}\n    {hit.link}")
    more = f" (the first {limit})" if len(hits) == limit else ""
    click.echo(f"polc search: {len(hits)} hit{'' if len(hits) == 1 else 's'}{more}", err=True)
    sys.exit(EXIT_OK if hits else EXIT_FAILED)


@main.command()
@click.argument("profile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=click.Path(file_okay=False, path_type=Path), default=Path("out"), show_default=True,
              help="The built output to read (polc build CORPUS -o OUT).")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (schemas/match.schema.json).")
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the answer as a page in the reviewers' site style.")
@click.option("--on", "on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="The day the profile is judged (ages, 毕业N年内, deadlines, whether a document is in force); "
                   "default today.")
def match(profile: Path, out: Path, as_json: bool, html: Path | None, on) -> None:
    """Which programmes of OUT a profile (TOML: name and facts) can apply for, for how much, by when, and why;
    for the others, the closest changes that would qualify it, and the facts to find out first."""
    from . import match as matching

    try:
        facts = matching.load_profile(profile)
    except matching.ProfileError as exc:
        raise click.UsageError(str(exc)) from exc
    if not (out / "index.json").is_file():
        raise click.UsageError(f"{out}: no polc build here (no index.json); run polc build CORPUS -o {out} first")
    answer = _guarded(lambda: _matched(out, facts, on.date() if on else None))
    click.echo(json.dumps(answer, ensure_ascii=False, indent=1) if as_json else matching.summary(answer))
    if html:
        _guarded(lambda: html.write_text(matching.page(answer, out), encoding="utf-8"))


def _matched(out: Path, facts, on=None) -> dict:
    """``match.match`` over OUT, whose files must be polc's: a damaged OUT is the user's, not a bug."""
    from . import match as matching

    output.read_index(out)
    try:
        return matching.match(out, facts, on)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, FileNotFoundError) as exc:
        what = f"{exc.filename} is missing" if isinstance(exc, FileNotFoundError) else \
            f"a document file under {out}/docs does not have polc's shape ({type(exc).__name__}: {exc})"
        raise output.damaged(out, what) from exc


def _only_document(path: Path, part: int | None = None) -> dict:
    compiled = api.compile_file(path)
    if not compiled.documents:
        raise click.ClickException(f"{path}: no document to compare ({compiled.encoding} file)")
    if part is not None:
        if not 1 <= part <= len(compiled.documents):
            raise click.UsageError(f"{path}#d{part}: the file holds {len(compiled.documents)} documents "
                                       f"(#d1 to #d{len(compiled.documents)})")
        return compiled.documents[part - 1]
    if len(compiled.documents) > 1:
        click.echo(f"{path}: holds {len(compiled.documents)} documents; comparing the first "
                   f"(choose one with {path}#dN)", err=True)
    return compiled.documents[0]


def _report(built: api.Built, suffix: str, *, strict: bool, quiet: bool, fmt: str, absolute_paths: bool,
            **_) -> int:
    """Print the diagnostics and the summary; the exit status."""
    for folder in built.leftovers:
        click.echo(f"polc: removed {folder}, the staging folder of an earlier build that was killed "
                   "before it could clean up", err=True)
    shown = [(report.shown_path(built.corpus, path, absolute_paths), diag) for path, diag in built.diagnostics
             if diag["severity"] != "info" or not quiet]
    click.echo(report.render(shown, fmt, polc_version()), nl=False, err=fmt == "text")
    if not quiet:
        files = len(built.index["sources"])
        left_out = [f"{len(built.excluded)} excluded"] if built.excluded else []
        if built.about:
            names = ", ".join(built.about[:3]) + (f" and {len(built.about) - 3} more" if len(built.about) > 3 else "")
            left_out.append(f"{names} not compiled: {'it describes' if len(built.about) == 1 else 'they describe'} "
                            "the corpus (about_files in polc.toml)")
        excluded = f" ({'; '.join(left_out)})" if left_out else ""
        click.echo(f"polc: {len(built.documents)} documents from {files} files{excluded}, "
                   f"{built.count('error')} errors, {built.count('warning')} warnings{suffix}", err=True)
    if strict and built.count("warning") and not built.failed:
        click.echo(report.strict_failure(built.diagnostics), err=True)
        return EXIT_FAILED
    return EXIT_FAILED if built.failed else EXIT_OK


def _guarded(action):
    """Run ``action``; turn an exception into a message and an exit status, never a traceback."""
    try:
        return action()
    except (click.ClickException, click.exceptions.Exit, KeyboardInterrupt):
        raise
    except PolcError as exc:
        click.echo(f"polc: error: {exc}", err=True)
        sys.exit(exc.exit_status)
    except OSError as exc:
        click.echo(f"polc: error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ENVIRONMENT)
    except Exception as exc:  # noqa: BLE001 — last line of defence for users
        where = traceback.extract_tb(exc.__traceback__)[-1]
        click.echo(f"polc: internal error ({type(exc).__name__}: {exc}) at {Path(where.filename).name}:"
                   f"{where.lineno}. Please report this as a bug with the input attached.", err=True)
        sys.exit(EXIT_FAILED)
