#!/usr/bin/env python3
"""Convert reata/sqllineage's test files (copied verbatim under upstream/sqllineage) to corpus JSON lines.

Why execute instead of parse: the tests are Python (parametrize, helper calls, string concatenation), so the
most faithful reading is to run them with the real helper names bound to recorders. Nothing of sqllineage is
needed: `tests.helpers`, `sqllineage.*` and `pytest` are replaced by the stubs below, which only record what
each assertion expects.

Usage: python3 bench/lineage-accuracy/convert/sqllineage.py  (writes cases/sqllineage.jsonl, prints a summary)
"""

import contextlib
import importlib.util
import itertools
import json
import re
import sys
import types
from pathlib import Path

sys.dont_write_bytecode = True  # keep upstream/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import write_cases  # noqa: E402
from sqllineage_stubs import (  # noqa: E402
    ColumnQualifierTuple,
    Mark,
    MetaDataProvider,
    NotConvertible,
    Path_,
    Schema,
    Table,
    fixture,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent / "upstream" / "sqllineage"

# sqlfluff dialect names the engine does not list map to the nearest dialect it does; the original is kept
# in `upstream_dialect`. Names not listed here are passed through unchanged.
DIALECTS = {
    "non-validating": "ansi",
    "greenplum": "postgres",
    "materialize": "postgres",
    "db2": "ansi",
    "exasol": "ansi",
    "teradata": "ansi",
    "vertica": "ansi",
}

# Tests on one side of a contradiction between suites (see common.CONTESTED), by test name.
CONTESTED = {
    **{
        name: "modified-table-as-target"
        for name in (
            "test_drop",
            "test_drop_with_comment",
            "test_truncate_table",
            "test_delete_from_table",
            "test_alter_table_rename",
            "test_rename_table",
            "test_rename_tables",
            "test_alter_table_swap_partition",
        )
    },
    "test_cte_and_union_but_not_selecting_from_cte": "unused-cte",
    **{
        name: "persistent-intermediate"
        for name in (
            "test_new_create_tab_as_tmp_table",
            "test_wildcard_reference_from_previous_statements",
            "test_select_column_from_tempview_view_subquery",
        )
    },
}

# Dialects with no counterpart among the engine's (issue 5 lists them); their cases are left out.
UNSUPPORTED_DIALECTS = {"clickhouse"}

# Tests whose expectation is an artefact of sqllineage rather than a fact about the SQL, by test name.
EXCLUDED_TESTS = {
    "test_ouput_consistency": (
        "expects database_a.table_a.col_b and col_c in database_b.table_c although the subquery `base` selects "
        "only table_b.col_b AS col_a, so `*` cannot reach them"
    ),
    "test_procedure_multiple_statements": (
        "sqllineage reports tab2 as both source and target because it does not follow lineage across "
        "statements inside a procedure body, while it does for the same statements in a script "
        "(tests/sql/table/multiple_statements); the contract here reports such a table as intermediate"
    ),
}

SIMPLE_COLUMN = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$|^\*$")


class Recorder:
    """Collects the cases one test function asserts; `context` names the test being run."""

    def __init__(self):
        self.cases = []
        self.excluded = []
        self.context = ""
        self.counter = 0

    def next_id(self):
        self.counter += 1
        return f"sqllineage/{self.context}#{self.counter}"


REC = Recorder()


def normalise_table(t):
    if isinstance(t, Path_):
        return t.uri  # storage locations are case-sensitive
    name = str(t)
    if name.startswith("<default>."):
        name = name[len("<default>.") :]
    # sqllineage lower-cases every table name.
    return name.lower()


def convert_dialect(dialect):
    return DIALECTS.get(dialect, dialect)


def base_case(case_id, sql, dialect):
    case = {"id": case_id, "source": "sqllineage", "dialect": convert_dialect(dialect), "sql": sql}
    if convert_dialect(dialect) != dialect and dialect != "non-validating":
        case["upstream_dialect"] = dialect
    if test_name(case_id) in CONTESTED:
        case["contested"] = CONTESTED[test_name(case_id)]
    return case


def test_name(case_id):
    return case_id.split("/")[2].split("[")[0].split("#")[0]


def excluded_by_name(case_id, dialect="ansi"):
    reason = EXCLUDED_TESTS.get(test_name(case_id))
    if reason is None and dialect in UNSUPPORTED_DIALECTS:
        reason = f"dialect {dialect} is not among the engine's dialects"
    if reason:
        REC.excluded.append({"id": case_id, "reason": reason})
    return reason is not None


def assert_table_lineage_equal(
    sql, source_tables=None, target_tables=None, dialect="ansi", default_schema=None, **_
):
    case = base_case(REC.next_id(), sql, dialect)
    if default_schema:
        case["default_schema"] = default_schema
    if excluded_by_name(case["id"], dialect):
        return
    case["expected"] = {
        "sources": sorted({normalise_table(t) for t in (source_tables or [])}),
        "targets": sorted({normalise_table(t) for t in (target_tables or [])}),
    }
    REC.cases.append(case)


def column_end(cqt, is_target):
    table = None if cqt.qualifier is None else normalise_table(cqt.qualifier)
    return {"table": table, "column": cqt.column.lower() if SIMPLE_COLUMN.match(cqt.column) else cqt.column}


def assert_column_lineage_equal(
    sql, column_lineages=None, dialect="ansi", metadata_provider=None, default_schema=None, **_
):
    case_id = REC.next_id()
    if excluded_by_name(case_id, dialect):
        return
    pairs = [(column_end(s, False), column_end(t, True)) for s, t in (column_lineages or [])]
    # sqllineage names the target column of an unaliased expression after the expression text
    # ("max(col1)"); that is its own convention, not a fact about the SQL, so the case is left out.
    odd = [t["column"] for _, t in pairs if not SIMPLE_COLUMN.match(t["column"])]
    if odd:
        REC.excluded.append({"id": case_id, "reason": f"target column named by expression text: {odd}"})
        return
    # count(*) is modelled by sqllineage as reading every column (`*`) of the table into the result;
    # that is a convention of its own, not a value flowing from a column.
    star_into_named = [t["column"] for s, t in pairs if s["column"] == "*" and t["column"] != "*"]
    if star_into_named:
        REC.excluded.append({"id": case_id, "reason": f"`*` (count(*)) as a source of {star_into_named}"})
        return
    case = base_case(case_id, sql, dialect)
    if default_schema:
        case["default_schema"] = default_schema
    case["expected"] = {"columns": [{"from": s, "to": t} for s, t in sorted(pairs, key=json.dumps)]}
    # Providers built by the tests carry their tables either as `schemas` (ours) or `metadata` (MetaCollect).
    known = getattr(metadata_provider, "schemas", None) or getattr(metadata_provider, "metadata", None)
    if known:
        case["schema"] = {k.lower(): [c.lower() for c in v] for k, v in known.items()}
    REC.cases.append(case)


def generate_metadata_providers(test_schemas):
    return [MetaDataProvider(test_schemas)]


def install_stubs():
    """Registers fake modules so `from ...helpers import x` and sqllineage imports resolve to the recorders."""

    def module(name, **attrs):
        m = types.ModuleType(name)
        m.__path__ = []
        m.__dict__.update(attrs)
        sys.modules[name] = m
        return m

    helpers = dict(
        assert_table_lineage_equal=assert_table_lineage_equal,
        assert_column_lineage_equal=assert_column_lineage_equal,
        generate_metadata_providers=generate_metadata_providers,
    )
    module("tests")
    module("tests.helpers", **helpers)
    conftest = ROOT / "tests" / "conftest.py"
    if conftest.exists():
        ns = {}
        exec(conftest.read_text(), ns)
        module("tests.conftest", data_warehouse_schemas=ns["data_warehouse_schemas"])
    for pkg in ["tests.sql", "tests.sql.table", "tests.sql.column"]:
        module(pkg)
    for sub in ["multiple_statements", "other_single_statement", "object_storage", "sqlfluff_only"]:
        module(f"tests.sql.table.{sub}")
        module(f"tests.sql.column.{sub}")
    module("sqllineage", SQLPARSE_DIALECT="non-validating")
    module("sqllineage.utils")
    module("sqllineage.utils.entities", ColumnQualifierTuple=ColumnQualifierTuple)
    module("sqllineage.core")
    module("sqllineage.core.models", Table=Table, Schema=Schema, Path=Path_, Column=object, SubQuery=object)
    module("sqllineage.core.metadata_provider", MetaDataProvider=MetaDataProvider)
    module("sqllineage.core.metadata")
    module("sqllineage.core.metadata.dummy", DummyMetaDataProvider=MetaDataProvider)
    module("sqllineage.exceptions", InvalidSyntaxException=Exception)
    module("sqllineage.runner", LineageRunner=NotConvertible.raiser("runs sqllineage itself (LineageRunner)"))
    module("pytest", mark=Mark(), fixture=fixture, raises=lambda *a, **k: contextlib.nullcontext())


def expand_params(fn):
    """Yields (label, kwargs) for every combination of the function's parametrize marks."""
    axes = []
    for names, values in fn.__dict__.get("params", []):
        keys = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
        axes.append([dict(zip(keys, v if len(keys) > 1 else (v,))) for v in values])
    for combo in itertools.product(*axes):
        kwargs = {k: v for part in combo for k, v in part.items()}
        label = ",".join(str(v) for v in kwargs.values() if isinstance(v, (str, int)))
        yield label, kwargs


def load_module(path):
    rel = path.relative_to(ROOT).with_suffix("")
    name = ".".join(rel.parts)
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = name.rsplit(".", 1)[0]
    spec.loader.exec_module(mod)
    return mod


def conftest_provider():
    conftest = ROOT / "tests" / "conftest.py"
    if not conftest.exists():
        return None
    ns = {}
    exec(conftest.read_text(), ns)
    return MetaDataProvider(ns.get("data_warehouse_schemas", {}))


def run_test_file(path, provider):
    mod = load_module(path)
    stem = path.stem
    for name, fn in vars(mod).items():
        if not (name.startswith("test_") and callable(fn)):
            continue
        for label, kwargs in expand_params(fn):
            if "provider" in fn.__code__.co_varnames[: fn.__code__.co_argcount] and "provider" not in kwargs:
                kwargs["provider"] = provider
            REC.context = f"{stem}/{name}" + (f"[{label}]" if label else "")
            REC.counter = 0
            try:
                fn(**kwargs)
            except NotConvertible as e:
                REC.excluded.append({"id": f"sqllineage/{REC.context}", "reason": f"not a lineage assertion: {e}"})


def main():
    install_stubs()
    provider = conftest_provider()
    for path in sorted((ROOT / "tests" / "sql").rglob("test_*.py")):
        run_test_file(path, provider)
    write_cases("sqllineage", REC.cases, REC.excluded)


if __name__ == "__main__":
    main()
