"""Every message the domain raises for a volunteer to read is translatable and
translated (issue 9): a template given to `msg(...)` or a fixed sentence, never an
f-string the UI could only show in English; and each is in the complete languages'
catalogues (the .json translators edit and the compiled .ts), the directory and
people ones in Yoruba and Twi too."""

from __future__ import annotations

import ast
import importlib.util
import json
import xml.etree.ElementTree as ET  # noqa: N817
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
COMPLETE = ("pt", "es", "fr", "so")
# Shown on the intake form, the people screens and the directory/slip screens, which
# Yoruba and Twi cover.
YO_TW_FILES = ("accesspoint/directory/", "accesspoint/people.py", "accesspoint/enquiries.py")


def _script():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


def _ts(code: str) -> dict[str, str]:
    out = {}
    for context in ET.parse(I18N / f"accesspoint_{code}.ts").iter("context"):
        if context.findtext("name") != "DomainMessages":
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") != "unfinished" and (tr.text or "")
            out[message.findtext("source") or ""] = done or ""
    return out


def test_no_user_facing_message_is_built_in_a_way_the_ui_cannot_translate():
    _, bad = SCRIPT.raised_messages()
    assert not bad, "use msg(template, **params) instead:\n" + "\n".join(bad)


def test_the_scan_sees_every_kind_of_message(tmp_path, monkeypatch):
    """The collector is not vacuous: it finds raised literals, problems dicts, names
    bound to a sentence, errors that word their own message, and flags f-strings."""
    pkg = tmp_path / "accesspoint"
    pkg.mkdir()
    (pkg / "mod.py").write_text(
        "from accesspoint.errors import AccessPointError\n"
        "class ValidationError(AccessPointError):\n"
        "    pass\n"
        "class MyError(AccessPointError):\n"
        "    def __init__(self):\n"
        "        super().__init__('Own words.')\n"
        "class SubError(MyError):\n"
        "    pass\n"
        "def f(x):\n"
        "    problems = {}\n"
        "    problems['a'] = 'Fixed in a dict.'\n"
        "    problems['b'] = f'Bad {x}.'\n"
        "    easy = 'Bound first.'\n"
        "    raise ValidationError({'c': easy, 'd': 'Inline.'})\n"
        "def g(x):\n"
        "    raise SubError(f'Also bad {x}.')\n"
        "def h(x):\n"
        "    raise ValueError(f'A programming error {x}')  # not for volunteers\n", "utf-8")
    (pkg / "cli").mkdir()
    (pkg / "cli" / "c.py").write_text(
        "from accesspoint.errors import AccessPointError\n"
        "def c(x):\n    raise AccessPointError(f'CLI stays English {x}')\n", "utf-8")
    monkeypatch.setattr(SCRIPT, "ROOT", tmp_path)
    literals, bad = SCRIPT.raised_messages()
    assert literals == {"Own words.", "Fixed in a dict.", "Bound first.", "Inline."}
    assert [b.split(":")[1] for b in bad] == ["12", "16"], bad


def test_real_messages_are_collected():
    collected = SCRIPT.domain_messages()
    for text in ("That PIN is too easy to guess.",  # bound to a name, then raised
                 "Not enough time credits: the balance is {have}, this needs {total}.",
                 "{text} is not a UK postcode.",
                 "expected a list, got {name}",  # a feed error's own message
                 "Too many wrong attempts. This account is locked for about {minutes} "
                 "minutes; try again then or ask a coordinator.",
                 "Only coordinators can do this ({action}). Ask a coordinator.",
                 "This is not a voucher code (check for a typo)."):
        assert text in collected, text
    assert len(collected) > 200


@pytest.mark.parametrize("code", COMPLETE)
def test_every_domain_message_is_translated(code):
    collected = SCRIPT.domain_messages()
    memory = json.loads((I18N / "translations" / f"{code}.json").read_text("utf-8"))
    missing = sorted(t for t in collected if not memory.get(t))
    assert not missing, f"{code}.json lacks {len(missing)}: {missing[:5]}"
    compiled = _ts(code)
    not_compiled = sorted(t for t in collected if not compiled.get(t))
    assert not not_compiled, (f"accesspoint_{code}.ts lacks {len(not_compiled)} (run "
                              f"scripts/update_translations.py): {not_compiled[:5]}")
    for text in collected:
        assert compiled[text] != text or len(text) < 12, f"{code}: left in English: {text}"


@pytest.mark.parametrize("code", ("yo", "tw"))
def test_directory_and_people_messages_in_yoruba_and_twi(code):
    wanted = set()
    for path in ROOT.joinpath("accesspoint").rglob("*.py"):
        rel = str(path.relative_to(ROOT))
        if not rel.startswith(YO_TW_FILES):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                wanted.add(node.value)
    wanted &= SCRIPT.domain_messages()
    assert len(wanted) > 60
    memory = json.loads((I18N / "translations" / f"{code}.json").read_text("utf-8"))
    missing = sorted(t for t in wanted if not memory.get(t))
    assert not missing, f"{code}: {missing[:5]}"
