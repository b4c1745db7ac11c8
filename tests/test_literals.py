"""Literal values in the lowered form are what LibCST's `evaluated_value` gives, without its cost."""

from __future__ import annotations

import libcst as cst
import pytest

from wakecheck.analysis.lowering import _number, _string

STRINGS = [
    "''", '""', "''''''", '""""""', "'a'", '"it\'s"', "'say \"hi\"'", "'''a\n'b'\n\"c\"'''",
    '"""two\nlines"""', "u'unicode é'", "U'x'", "r'raw \\d+'", "R'\\\\'", "rb'\\x00'", "Br'x'",
    "b'bytes'", "b'\\x41'", "'tab\\tnew\\nline'", "'\\N{BULLET}'", "'line \\\ncontinued'",
    "'''carriage\r\nreturn'''", "'q\\''", "'\"'", '"\'"', "'a' 'b'", "'a' \"b\" '''c'''",
    "b'a' b'b'", "'a' f'{b}'", "f'{a}' 'b'", "'x' 'y' f'{z}'",
    "('a'\n 'b')",
]


@pytest.mark.parametrize("text", STRINGS)
def test_a_string_is_what_libcst_reads(text: str) -> None:
    node = cst.parse_expression(text)
    assert isinstance(node, cst.BaseString)
    expected = node.evaluated_value if not isinstance(node, cst.FormattedString) else None
    found = _string(node)
    assert found == expected and type(found) is type(expected)


@pytest.mark.parametrize("text", ["0", "1", "1_000", "0x_1F", "0o17", "0b101", "1.5", ".5e-3", "1_0.0_1",
                                  "2j", "1.5J", "00"])
def test_a_number_is_what_libcst_reads(text: str) -> None:
    node = cst.parse_expression(text)
    assert isinstance(node, (cst.Integer, cst.Float, cst.Imaginary))
    found = _number(node.value)
    assert found == node.evaluated_value and type(found) is type(node.evaluated_value)


def test_reading_an_escaped_literal_leaves_no_reference_cycle() -> None:
    # `ast.literal_eval` leaves its nested functions in a cycle on every call; a lowering
    # that makes none can run with the cyclic collector off (_speedups.collector.paused).
    import gc

    _string(cst.ensure_type(cst.parse_expression("'warm\\tup'"), cst.SimpleString))
    gc.collect()
    gc.disable()
    try:
        for text in ("'tab\\tnew\\nline'", "b'\\x41'", "'\\N{BULLET}'"):
            _string(cst.ensure_type(cst.parse_expression(text), cst.SimpleString))
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("text", ["x", "'a' + 'b'", "f'{a}'", "-1"])
def test_only_one_literal_token_is_read(text: str) -> None:
    from wakecheck.analysis.lowering import _literal

    with pytest.raises((ValueError, SyntaxError)):
        _literal(text)
