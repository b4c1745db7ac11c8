"""Resources that sleep: their configuration, how findings name them, what they cost, and keep-alives."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wakecheck.config import load_config
from wakecheck.errors import ConfigError
from wakecheck.resources import DEFAULT_NAME

# A worker that polls its Postgres database every minute through a pool its start-up made,
# and pings a cache; the names are this module's own.
POLLER = '''\
import asyncio

import asyncpg
import redis

DSN = "postgresql://ledger-db/ledger"
counters = redis.Redis()
_ledger_pool = None


async def open_ledger_pool():
    global _ledger_pool
    _ledger_pool = await asyncpg.create_pool(DSN, min_size=1)


def ledger_pool():
    return _ledger_pool


async def settle_forever():
    while True:
        await ledger_pool().fetch("SELECT id FROM settlements WHERE settled = false")
        await ledger_pool().execute("SELECT 1")  # wakecheck: keepalive -- warm before the 9:00 batch
        counters.incr("settle-ticks")
        await asyncio.sleep(60)
'''

CONFIG = '''\
[tool.wakecheck]
entry = ["*.settle_forever"]
idle-interval = "60s"
fleet-size = 40

[tool.wakecheck.resources.ledger-db]
name = "the ledger database"
models = ["asyncpg"]
sleep-after = "5m"
price-per-hour = 0.25
'''


def run(where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wakecheck", *args, "--no-cache", "."], cwd=where,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture()
def ledger(tmp_path: Path) -> Path:
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "ledger" / "settle.py").write_text(POLLER, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


# -- configuration -------------------------------------------------------------------------


def test_top_level_keys_are_the_default_resource(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\ncontainer-factories = ["*.box"]\n'
                                             'sleep-after = "30m"\n', encoding="utf-8")
    resources = load_config(["."], cwd=tmp_path).resources()
    assert resources.default.name == DEFAULT_NAME == "the container"
    assert resources.default.factories.patterns == ("*.box",)
    assert resources.default.sleep_after_s == 1800


def test_a_table_claims_a_model_and_the_others_go_to_their_default_resources(ledger: Path) -> None:
    resources = load_config(["."], cwd=ledger).resources()
    assert resources.of_model("asyncpg") == "ledger-db"
    assert resources.of_model("psycopg") == "postgres"
    assert resources.get("postgres").name == "the Postgres database"
    assert resources.get("ledger-db").price_per_hour == 0.25


def test_models_list_leaves_the_others_out(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\nmodels = ["redis"]\n', encoding="utf-8")
    resources = load_config(["."], cwd=tmp_path).resources()
    assert resources.of_model("redis") == "redis"
    assert resources.of_model("asyncpg") is None


def test_a_configuration_without_the_new_keys_keeps_its_digest(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\nentry = ["alarm"]\n', encoding="utf-8")
    plain = load_config(["."], cwd=tmp_path).digest()
    (tmp_path / "pyproject.toml").write_text('[tool.wakecheck]\nentry = ["alarm"]\nfleet-size = 3\n',
                                             encoding="utf-8")
    assert load_config(["."], cwd=tmp_path).digest() != plain


@pytest.mark.parametrize(("body", "key", "words"), [
    ('[tool.wakecheck.resources.db]\nmodles = ["asyncpg"]', "modles", "did you mean 'models'"),
    ('[tool.wakecheck.resources.db]\nmodels = ["asyncpgg"]', "models", "unknown library model 'asyncpgg'"),
    ('[tool.wakecheck.resources.a]\nmodels = ["redis"]\n[tool.wakecheck.resources.b]\nmodels = ["redis"]',
     "models", "given to both resources 'a' and 'b'"),
    ('[tool.wakecheck.resources.web]\nmodels = ["http"]', "models", "needs 'urls'"),
    ('[tool.wakecheck.resources.web]\nurls = ["https://x.fly.dev/*"]', "urls", "needs \"http\""),
    ("[tool.wakecheck]\nfleet-size = 0", "fleet-size", "at least 1"),
    ('[tool.wakecheck]\nprice-per-hour = "cheap"', "price-per-hour", "must be a number"),
])
def test_bad_resource_configuration_names_the_key(tmp_path: Path, body: str, key: str, words: str) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.wakecheck]\n{body}\n".replace(
        "[tool.wakecheck]\n[tool.wakecheck]\n", "[tool.wakecheck]\n"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(["."], cwd=tmp_path)
    assert caught.value.key == key
    assert words in caught.value.message


def test_urls_match_whole_urls_or_hosts(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent('''\
        [tool.wakecheck.resources.render]
        models = ["http"]
        urls = ["https://render.fly.dev/*", "*.run.app"]
        '''), encoding="utf-8")
    resources = load_config(["."], cwd=tmp_path).resources()
    assert resources.for_url("https://render.fly.dev/jobs") is not None
    assert resources.for_url("https://render.fly.dev") is not None
    assert resources.for_url("https://api-x.a.run.app/ping") is not None
    assert resources.for_url("https://status.example.org/ping") is None


# -- findings ------------------------------------------------------------------------------


def test_findings_name_their_resource_and_a_keepalive_silences_one(ledger: Path) -> None:
    result = run(ledger, "check", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [(f["line"], f["resource"]) for f in findings] == [(22, "ledger-db"), (24, "redis")]
    assert "wakes the ledger database on an idle tenant" in findings[0]["message"]
    assert "wakes the Redis server on an idle tenant" in findings[1]["message"]


def test_an_unused_keepalive_is_reported(ledger: Path) -> None:
    source = (ledger / "ledger" / "settle.py").read_text(encoding="utf-8")
    (ledger / "ledger" / "settle.py").write_text(
        source + "\n\nQUIET = 1  # wakecheck: keepalive -- nothing here\n", encoding="utf-8")
    result = run(ledger, "check")
    assert "WC100 unused keep-alive" in result.stdout


# -- the audit -----------------------------------------------------------------------------


def test_audit_costs_each_resource_with_its_own_timeout_fleet_and_price(ledger: Path) -> None:
    document = json.loads(run(ledger, "audit", "--format", "json").stdout)
    rows = document["entries"][0]["rows"]
    fetch, keep, incr = rows
    # A 60 s period against a 5-minute suspend timeout: awake all the time.
    assert fetch["resource"] == "ledger-db" and fetch["duty_cycle"] == 1
    assert fetch["awake_hours_per_month"] == 730 * 40
    assert fetch["cost_per_month"] == 730 * 40 * 0.25
    assert keep["keepalive"] == "warm before the 9:00 batch" and keep["verdict"] == "YES"
    assert incr["resource"] == "redis" and incr["duty_cycle"] is None  # no timeout known for Redis
    assert incr["wakes"] == ["INCR settle-ticks"]
    assert fetch["wakes"] == ["SELECT id FROM settlements WHERE settled = false"]


def test_audit_markdown_shows_keepalives_and_money(ledger: Path) -> None:
    text = run(ledger, "audit").stdout
    assert "kept awake on purpose: warm before the 9:00 batch" in text
    assert "29,200 h/month over 40 · 7,300.00/month" in text
    assert "The ledger database sleeps after 5 min without a request" in text
    assert "(1 on purpose)" in text


def test_audit_speaks_of_the_resources_it_wakes_not_of_a_container(ledger: Path) -> None:
    text = run(ledger, "audit").stdout
    assert text.startswith("# Wake audit\n")
    assert ("A code path is a call in a periodic loop's body that reaches a call that wakes the ledger database"
            " or the Redis server.") in text
    assert "Over 40 tenants: 29,200 awake hours a month, 7,300.00 a month" in text
    assert "reaches 1 call that wakes the Redis server." in text
    assert "container" not in text.lower() and "alarm" not in text.lower()
