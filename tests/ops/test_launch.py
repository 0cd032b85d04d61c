"""ui/launch.py: a plain start skips the full command parser, and means the same."""

from __future__ import annotations

import pytest

from accesspoint.cli import build_parser
from ui.launch import EXTRA_COMMANDS, app_args


@pytest.mark.parametrize("argv", [
    [],
    ["--demo"],
    ["--data-dir", "/tmp/x", "--lang", "pt"],
    ["--data-dir=/tmp/x", "--insecure-no-encryption"],
])
def test_plain_start_parses_like_the_full_parser(argv):
    quick = app_args(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser(EXTRA_COMMANDS).parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["export", "enquiries", "--format", "json"],
    ["--data-dir", "/tmp/x", "sync"],
    ["--help"],
    ["--version"],
    ["--lang"],  # missing value: the full parser explains
    ["--no-such-option"],
])
def test_commands_help_and_mistakes_go_to_the_full_parser(argv):
    assert app_args(argv) is None
