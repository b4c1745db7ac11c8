"""wakecheck inside the linters people already run: a flake8 plugin and a Fixit rule.

Both run `wakecheck check FILE` on the file the linter hands them (see `diagnostics`),
so a team on flake8 or Fixit gets WC001 in its existing setup:

- flake8 loads `wakecheck.plugins.flake8:WakecheckChecker` through the `flake8.extension`
  entry point (code prefix `WC`); `flake8 --select WC` shows only wakecheck's findings.
- Fixit loads rules by module: `enable = ["wakecheck.plugins.fixit"]` in `[tool.fixit]`.
"""
