#!/usr/bin/env python3
"""Convert a subset of DataHub's sqlglot_lineage tests (upstream/datahub) to corpus JSON lines.

Each test calls `assert_sql_result(sql, dialect=..., expected_file=..., schemas=..., default_db=...,
default_schema=...)` and compares DataHub's parser with a golden JSON file. The test functions are copied
unchanged into upstream/datahub/test_sqlglot_lineage.subset.py and executed here with `assert_sql_result`
bound to a recorder. The goldens are hand-trimmed to what lineage needs (in_tables, out_tables and the
downstream/upstreams of column_lineage, URNs reduced to the dataset name) in upstream/datahub/goldens-trimmed.

Tests not in the subset were left out because they exercise DataHub-specific behaviour (sharded-table
name normalisation, platform instances, struct sub-field columns, query-log dialects such as ClickHouse,
Dremio, Teradata), need the MSSQL procedure splitter of other test files, or simply were not transcribed
yet; see the README.

Usage: python3 bench/lineage-accuracy/convert/datahub.py
"""

import json
import re
import sys
import types
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import write_cases  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "upstream" / "datahub"
DIALECTS = {"mssql": "tsql"}
URN = re.compile(r"^urn:li:dataset:\(urn:li:dataPlatform:[^,]+,(.+),[A-Z]+\)$")

# Parts of goldens that record DataHub conventions or artefacts rather than lineage, by test name.
EXCLUDE_TABLE_LEVEL = {
    name: "DataHub counts the updated table as read; sqllineage (test_update) and OpenLineage "
    "(update_table_from, whose SET reads i.quantity) do not, so the suites contradict each other here"
    for name in (
        "test_snowflake_update_from_table",
        "test_snowflake_update_self",
        "test_snowflake_update_hardcoded",
        "test_postgres_update_subselect",
    )
}
EXCLUDE_TABLE_LEVEL["test_redshift_union_view"] = (
    "the golden qualifies the view with the default database but no schema (my_db.sales_vw), a DataHub artefact"
)
# Cases on one side of a contradiction between suites (see common.CONTESTED).
CONTESTED = {
    "test_snowflake_unused_cte": "unused-cte",
    "test_snowflake_cte_name_collision": "unused-cte",
    "test_redshift_temp_table_shortcut": "unused-temp-table",
}

EXCLUDE_COLUMN_LEVEL = {
    "test_select_count": "the output column is named by DataHub's rendering of the expression "
    "(COUNT(`fact_complaint_snapshot`.`etl_data_dt_id`))",
    "test_cross_join": "the golden maps both `id` outputs of SELECT * to my_table1.id and never names "
    "my_table2.id, an artefact of DataHub keying outputs by name",
    "test_lateral_join": "the golden counts the correlated filter column t1.id as a value source of `value`",
    "test_select_ambiguous_column_no_schema": "the golden gives the unresolvable unqualified columns no upstream at "
    "all, a choice other suites do not share (sqllineage reports such a column with no table)",
}


def dataset_name(urn):
    m = URN.match(urn)
    if not m:
        raise ValueError(f"not a dataset URN: {urn}")
    return m.group(1)


class Recorder:
    def __init__(self):
        self.cases = []
        self.excluded = []


REC = Recorder()


def assert_sql_result(sql, *, dialect, expected_file, schemas=None, default_db=None, default_schema=None, **_):
    name = Path(expected_file).stem
    golden = json.loads((ROOT / "goldens-trimmed" / f"{name}.json").read_text())
    case = {"id": f"datahub/test_sqlglot_lineage/{name}", "source": "datahub", "dialect": DIALECTS.get(dialect, dialect)}
    case["sql"] = sql
    if default_db:
        case["default_database"] = default_db
    if default_schema:
        case["default_schema"] = default_schema
    if schemas:
        case["schema"] = {dataset_name(urn): list(cols) for urn, cols in schemas.items()}
    expected = {}
    if name in EXCLUDE_TABLE_LEVEL:
        REC.excluded.append({"id": case["id"], "level": "table", "reason": EXCLUDE_TABLE_LEVEL[name]})
    else:
        expected["sources"] = sorted(golden["in"])
        expected["targets"] = sorted(golden["out"])
    if name in EXCLUDE_COLUMN_LEVEL:
        REC.excluded.append({"id": case["id"], "level": "column", "reason": EXCLUDE_COLUMN_LEVEL[name]})
    elif golden["cll"] is not None:
        pairs = [
            {"from": {"table": up_table, "column": up_col}, "to": {"table": down_table, "column": down_col}}
            for down_table, down_col, upstreams in golden["cll"]
            for up_table, up_col in upstreams
        ]
        expected["columns"] = sorted(pairs, key=lambda p: json.dumps(p, sort_keys=True))
    if not expected:
        REC.excluded.append({"id": case["id"], "level": "case", "reason": "nothing left to assert"})
        return
    case["expected"] = expected
    if name in CONTESTED:
        case["contested"] = CONTESTED[name]
    REC.cases.append(case)


def install_stubs():
    def module(name, **attrs):
        m = types.ModuleType(name)
        m.__path__ = []
        m.__dict__.update(attrs)
        sys.modules[name] = m

    noop_mark = types.SimpleNamespace(skip=lambda *a, **k: (lambda fn: fn), xfail=lambda *a, **k: (lambda fn: fn))
    module("pytest", mark=noop_mark, fixture=lambda *a, **k: (lambda fn: fn))
    for pkg in ("datahub", "datahub.testing"):
        module(pkg)
    module("datahub.testing.check_sql_parser_result", assert_sql_result=assert_sql_result)


def main():
    install_stubs()
    path = ROOT / "test_sqlglot_lineage.subset.py"
    namespace = {"__file__": str(path), "__name__": "datahub_subset"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)
    for name, fn in namespace.items():
        if name.startswith("test_") and callable(fn):
            fn()
    write_cases("datahub", REC.cases, REC.excluded)


if __name__ == "__main__":
    main()
