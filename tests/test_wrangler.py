"""Cloudflare projects without patterns: reading the Wrangler file, and where it is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from wakecheck.config import load_config
from wakecheck.wrangler import DurableObjectBinding, parse


# -- reading the file ---------------------------------------------------------------------------


def test_jsonc_comments_and_trailing_commas_are_read() -> None:
    text = """{
  // a comment with "quotes", and a // inside
  "name": "w", /* a block
  comment */ "main": "src/entry.py // not a comment",
  "containers": [{"class_name": "Box", "image": "./Dockerfile",},],
  "durable_objects": {"bindings": [
    {"name": "BOX", "class_name": "Box"},
    {"name": "ROOM", "class_name": "Room", "script_name": "other-worker"}, // another Worker's
  ],},
}
"""
    facts = parse(text, "wrangler.jsonc", toml=False)
    assert facts.errors == ()
    assert facts.bindings == (DurableObjectBinding("BOX", "Box", 7, container=True),
                              DurableObjectBinding("ROOM", "Room", 8, external=True))
    assert facts.container_classes == (("Box", 5),)
    assert facts.namespaces() == frozenset({"BOX"})
    assert facts.entry_classes() == ("Box",)  # another Worker's class has no alarm here


def test_named_environments_add_their_bindings() -> None:
    text = """
[[durable_objects.bindings]]
name = "ROOM"
class_name = "Room"

[[env.staging.containers]]
class_name = "Box"

[[env.staging.durable_objects.bindings]]
name = "BOX"
class_name = "Box"
"""
    facts = parse(text, "wrangler.toml", toml=True)
    assert facts.errors == ()
    assert [(b.name, b.class_name, b.line, b.container) for b in facts.bindings] == [
        ("ROOM", "Room", 3, False), ("BOX", "Box", 10, True)]


@pytest.mark.parametrize(("text", "toml", "where", "message"), [
    ('name = "w"\n[durable_objects\n', True, (2, 17), "invalid TOML: "),
    ('{\n  "name": "w"\n  "main": "x"\n}\n', False, (3, 3), "invalid JSON: Expecting ',' delimiter"),
    ("[1, 2]", False, (1, 1), "the top level must be an object"),
    ('durable_objects = 3\n', True, (1, 1), "'durable_objects' must be a table with a 'bindings' list"),
    ('{"durable_objects": {"bindings": [\n  {"name": "BOX"},\n]}}', False, (2, 1),
     "'durable_objects.bindings[1]' (BOX) has no 'class_name'"),
    ('[[containers]]\nimage = "x"\n', True, (1, 1), "'containers[1]' has no 'class_name'"),
])
def test_a_bad_file_is_one_error_naming_the_file_and_line(text: str, toml: bool, where: tuple[int, int],
                                                           message: str) -> None:
    facts = parse(text, "wrangler.toml" if toml else "wrangler.json", toml=toml)
    [error] = facts.errors
    assert (error.path, error.line, error.column) == ("wrangler.toml" if toml else "wrangler.json", *where)
    assert error.message.startswith(message) and "\n" not in error.message


def test_the_file_is_found_at_the_project_root(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.wakecheck]\n", encoding="utf-8")
    (tmp_path / "wrangler.toml").write_text('[[durable_objects.bindings]]\nname = "A"\nclass_name = "A"\n',
                                            encoding="utf-8")
    (tmp_path / "src" / "app").mkdir(parents=True)
    for first in (".", "src", "src/app"):
        config = load_config([first], cwd=tmp_path)
        assert config.wrangler is not None and config.wrangler.path == "wrangler.toml"
    config = load_config(["."], cwd=tmp_path / "src")  # from a subdirectory, the project's file still
    assert config.wrangler is not None and config.wrangler.path == "../wrangler.toml"
    assert config.entries.patterns == ("alarm", "*.A.alarm")
