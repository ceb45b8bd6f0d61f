"""Docs cannot drift: every command has help with an example and appears in README."""
import pytest
from click.testing import CliRunner

from graph.cli import COMMANDS, cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_command_has_help_with_example_and_readme_entry(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"vnkg {name}" in README


def test_cli_readme_starts_with_the_two_commands():
    block = README.split("```bash", 1)[1].split("```", 1)[0].strip().splitlines()
    assert block[0] == "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/vnkg build"
    assert block[1] == ".venv/bin/python -m pytest"
    assert ".venv/bin/python -m pytest" in (ROOT / ".ci" / "run").read_text()
