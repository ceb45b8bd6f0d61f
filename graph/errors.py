"""One error family, caught once in the CLI and shown as one line."""
from __future__ import annotations


class VnkgError(Exception):
    """Base of every error vnkg reports to a user; the message is the whole report."""

    exit_code = 1


class InputError(VnkgError):
    """An input file vnkg cannot read as an article (names the file and the problem)."""

    exit_code = 2


class OntologyError(VnkgError):
    """The graph or ontology breaks the vocabulary's rules."""

    exit_code = 3


class QueryError(VnkgError):
    """A SPARQL query that cannot run (syntax, timeout, unknown format)."""

    exit_code = 4


class OutputError(VnkgError):
    """An output that cannot be written (read-only or full directory)."""

    exit_code = 5
