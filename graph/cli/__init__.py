"""The `vnkg` command line: each command parses options, calls one core function, renders.

Commands live one per module in this package; the registry below is the only place
that lists them. Errors of the `VnkgError` family become one line on stderr and the
error's exit status.
"""
from __future__ import annotations

import importlib
import sys

import click

from graph.errors import VnkgError

# command name -> "module:attribute"; modules are imported only when needed.
COMMANDS = {
    "build": "graph.cli.build:build",
    "eval": "graph.cli.evaluate:eval_command",
    "validate": "graph.cli.validate:validate",
    "view": "graph.cli.view:view",
    "stats": "graph.cli.stats:stats",
    "query": "graph.cli.query:query",
    "serve": "graph.cli.serve:serve",
    "push": "graph.cli.push:push",
    "export": "graph.cli.export:export",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx):
        return sorted(name for name in COMMANDS if self._load(name) is not None)

    def get_command(self, ctx, name):
        return self._load(name)

    @staticmethod
    def _load(name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:  # command not built yet
                return None
            raise
        return getattr(module, attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnkg")
def cli():
    """vnkg: a knowledge graph of Vietnam's political bodies, officials, areas and
    documents, built from Vietnamese news articles.

    \b
    Examples:
      vnkg build                      # seeds/ -> exports/
      vnkg eval --gold ../shared/gold
      vnkg query 'SELECT ?n WHERE { ?p foaf:name ?n }'
    """


def main(argv=None):
    """Entry point: run the CLI and turn vnkg errors into one line and an exit status."""
    try:
        cli.main(args=argv, prog_name="vnkg", standalone_mode=False)
    except VnkgError as error:
        click.echo(f"Error: {error}", err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted: previous outputs are left as they were.", err=True)
        sys.exit(130)
    sys.exit(0)
