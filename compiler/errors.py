"""The exceptions polc raises to its callers, each with the exit status the command line gives it.

Problems in the *input* (a binary file, a numbering gap) are never exceptions: they are
diagnostics in the output.  Exceptions are for calls polc cannot honestly carry out.
"""
from __future__ import annotations

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 1, 2, 3


class PolcError(Exception):
    """A usage or configuration error: a bad argument, an output folder polc may not replace,
    a malformed ``polc.toml``.  The message says what to change.  Exit status 2."""

    exit_status = EXIT_USAGE


class EnvironmentFailure(PolcError):
    """The machine, not the call, is at fault: the output cannot be written (permissions, a full
    disk), the Dask scheduler cannot be reached or Dask is not installed.  Exit status 3."""

    exit_status = EXIT_ENVIRONMENT
