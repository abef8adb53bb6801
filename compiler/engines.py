"""Where the map step runs: in this process, in local worker processes, or on a Dask cluster.

Compiling a source is a pure function of its path and bytes (``pipeline.compile_source``),
so every engine returns the same results in the same order; only speed differs.
"""
from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from collections import deque
from contextlib import contextmanager, nullcontext
from itertools import islice
from typing import Callable, Iterable, Iterator

from .errors import EnvironmentFailure
from .compiled import CompiledSource

Job = tuple[str, bytes]  # corpus-relative path, raw bytes
ENGINES = ("local", "dask")


class EngineError(EnvironmentFailure):
    """The engine could not start (a missing package, an unreachable scheduler): exit status 3."""


def compile_jobs(jobs: Iterable[Job], count: int, workers: int, engine: str = "local", scheduler: str | None = None,
                 done: Callable[[CompiledSource], None] | None = None,
                 pool: ProcessPoolExecutor | None = None) -> Iterator[CompiledSource]:
    """Compile the ``count`` jobs, yielding the results in order as they come.  The local engine
    takes jobs from the iterable only as workers get free (a few batches ahead), so neither the
    sources' bytes nor the results are all held at once; it uses ``pool`` when given (see
    ``build_pool``), else a pool of its own.  ``done`` is called after each job finishes."""
    for compiled in _run(jobs, count, workers, engine, scheduler, pool):
        if done:
            done(compiled)
        yield compiled


def _run(jobs: Iterable[Job], count: int, workers: int, engine: str, scheduler: str | None,
         pool: ProcessPoolExecutor | None) -> Iterator[CompiledSource]:
    if engine == "dask":
        yield from _run_dask(list(jobs), workers, scheduler)
    elif workers <= 1 or count < 2:
        for path, raw in jobs:
            from .pipeline import compile_source  # here: a build with nothing to compile never loads the stages

            yield compile_source(path, raw)
    else:
        chunk = max(1, min(16, count // (workers * 8)))
        with nullcontext(pool) if pool is not None else worker_pool(workers) as running:
            yield from _bounded_map(running, iter(jobs), chunk, ahead=workers * 2)


def _bounded_map(pool: ProcessPoolExecutor, jobs: Iterator[Job], chunk: int, ahead: int) -> Iterator[CompiledSource]:
    """``compile_source`` over ``jobs`` in batches of ``chunk``, results in order, with at most
    ``ahead`` batches submitted and not yet taken."""
    pending: deque = deque()

    def submit() -> None:
        batch = list(islice(jobs, chunk))
        if batch:
            pending.append(pool.submit(_compile_batch, batch))

    for _ in range(ahead):
        submit()
    while pending:
        results = pending.popleft().result()
        submit()
        yield from results


def _compile_batch(batch: list[Job]) -> list[CompiledSource]:
    from .pipeline import compile_source

    return [compile_source(path, raw) for path, raw in batch]


@contextmanager
def build_pool(workers: int, engine: str = "local") -> Iterator[ProcessPoolExecutor | None]:
    """The worker processes of a whole local build (compile, then the site), or None (one worker,
    another engine, or no ``fork`` on this system).

    Every worker is forked here, at the start, while this process is small: a process forked
    later, when this one holds every document, starts as large as it is, and the build's peak
    memory is that of its largest process.  Work travels to the workers as arguments.  Forked,
    not spawned: a spawned worker imports the caller's ``__main__`` again, which in a script
    without a ``__main__`` guard would run the caller's build a second time."""
    if engine != "local" or workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    from . import pipeline  # noqa: F401 — loaded before the fork: every worker starts with the stages

    with worker_pool(workers, multiprocessing.get_context("fork")) as pool:
        pool.submit(int).result()  # a fork context starts all its workers at the first task
        yield pool


@contextmanager
def worker_pool(workers: int, mp_context=None) -> Iterator[ProcessPoolExecutor]:
    """A process pool that Ctrl-C stops cleanly: workers ignore SIGINT, so only this process
    sees it, and on any exception pending work is cancelled instead of waited for (waiting on a
    pool whose workers were interrupted mid-task can hang)."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp_context, initializer=_ignore_interrupts)
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_dask(jobs: list[Job], workers: int, scheduler: str | None) -> Iterator[CompiledSource]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError("--engine dask needs Dask: pip install 'polc[dask]'") from exc
    try:
        client = (Client(scheduler, timeout="20s") if scheduler else
                  Client(LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1",
                                      dashboard_address=None, processes=True)))
    except OSError as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        if not jobs:
            return
        from .pipeline import compile_source

        paths, raws = zip(*jobs)
        futures = client.map(compile_source, paths, raws, pure=False)
        for future in futures:
            yield future.result()
        if not scheduler:
            client.cluster.close()
