#!/usr/bin/env python3
"""Hand-transcribed cases from DataHub's metadata-ingestion/tests/unit/sql_parsing/test_multi_statement_lineage.py
(datahub-project/datahub, commit 04fc1879e1176b6a4f58a10f50ad33bcdb47c655, Apache-2.0).

Those tests call `create_lineage_from_sql_statements(queries=[...], platform="postgres", default_db="dev",
default_schema="public")` and assert on *bare* table names (`_table_short_names`) and on
`{downstream_table: {column: [upstream_table.column]}}` maps. Only tests that assert equality of whole sets are
transcribed; the statements are joined with ";\n" into one script and the cases give no defaults, so the
expected names are the bare names the tests compare. Column expectations are transcribed only where the test
asserts every downstream column (for persistent intermediates DataHub also reports the intermediate's own
columns, which those tests assert too).

Left out: tests asserting membership (`in`, `issubset`) rather than equality, the `is_temp_table` predicate
tests (an API option with no SQL counterpart), input-validation tests on empty strings, and column maps that
assert only some downstream columns (e.g. test_temp_with_window_function asserts `id` but not `rn`).

Usage: python3 bench/lineage-accuracy/convert/datahub_multistatement.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import write_cases  # noqa: E402

# (test, statements, in_tables, out_tables, {downstream_table: {column: [upstream "table.column", ...]}} | None)
TESTS = [
    ("TestInputValidation/test_single_insert_produces_correct_lineage",
     ["INSERT INTO target SELECT id, name FROM source"], ["source"], ["target"], None),
    ("TestInputValidation/test_multiple_independent_inserts_produce_separate_lineage",
     ["INSERT INTO target1 SELECT id FROM source1", "INSERT INTO target2 SELECT name FROM source2"],
     ["source1", "source2"], ["target1", "target2"], None),
    ("TestInputValidation/test_semicolons_within_list_elements_are_split",
     ["CREATE TEMP TABLE staging AS SELECT id FROM source; INSERT INTO target SELECT id FROM staging"],
     ["source"], ["target"], None),
    ("TestTempTableLineage/test_single_temp_resolved_to_source",
     ["CREATE TEMP TABLE staging AS SELECT id, name FROM source", "INSERT INTO target SELECT id, name FROM staging"],
     ["source"], ["target"], None),
    ("TestTempTableLineage/test_multi_hop_temp_chain_resolves_to_original",
     ["CREATE TEMP TABLE t1 AS SELECT id FROM source", "CREATE TEMP TABLE t2 AS SELECT id FROM t1",
      "INSERT INTO target SELECT id FROM t2"], ["source"], ["target"], None),
    ("TestTempTableLineage/test_fan_out_temp_to_multiple_targets",
     ["CREATE TEMP TABLE staging AS SELECT id FROM source", "INSERT INTO target1 SELECT id FROM staging",
      "INSERT INTO target2 SELECT id FROM staging"], ["source"], ["target1", "target2"], None),
    ("TestTempTableLineage/test_temp_from_join_resolves_both_sources",
     ["CREATE TEMP TABLE staging AS SELECT s1.id, s2.val FROM source1 s1 JOIN source2 s2 ON s1.id = s2.id",
      "INSERT INTO target SELECT id, val FROM staging"], ["source1", "source2"], ["target"], None),
    ("TestTempTableColumnLineage/test_direct_column_copy_resolves_through_temp",
     ["CREATE TEMP TABLE staging AS SELECT id, name FROM source", "INSERT INTO target SELECT id, name FROM staging"],
     None, None, {"target": {"id": ["source.id"], "name": ["source.name"]}}),
    ("TestTempTableColumnLineage/test_expression_transform_resolves_to_source_column",
     ["CREATE TEMP TABLE staging AS SELECT id, 2 * val AS doubled FROM source",
      "INSERT INTO target SELECT id, doubled FROM staging"],
     None, None, {"target": {"doubled": ["source.val"], "id": ["source.id"]}}),
    ("TestTempTableColumnLineage/test_aggregation_count_resolves_to_source_column",
     ["CREATE TEMP TABLE agg AS SELECT category, COUNT(id) AS cnt FROM source GROUP BY category",
      "INSERT INTO target SELECT category, cnt FROM agg"],
     None, None, {"target": {"category": ["source.category"], "cnt": ["source.id"]}}),
    ("TestTempTableColumnLineage/test_join_of_two_temps_resolves_each_to_its_source",
     ["CREATE TEMP TABLE t_left AS SELECT id FROM source1", "CREATE TEMP TABLE t_right AS SELECT id, val FROM source2",
      "INSERT INTO target SELECT t_left.id, t_right.val FROM t_left JOIN t_right ON t_left.id = t_right.id"],
     None, None, {"target": {"id": ["source1.id"], "val": ["source2.val"]}}),
    ("TestTempTableColumnLineage/test_temp_from_join_resolves_columns_to_both_sources",
     ["CREATE TEMP TABLE staging AS SELECT s1.id, s2.val FROM source1 s1 JOIN source2 s2 ON s1.id = s2.id",
      "INSERT INTO target SELECT id, val FROM staging"],
     None, None, {"target": {"id": ["source1.id"], "val": ["source2.val"]}}),
    ("TestTempTableColumnLineage/test_cte_inside_temp_resolves_correctly",
     ["CREATE TEMP TABLE staging AS WITH cte AS (SELECT id, name FROM source) SELECT id, name FROM cte",
      "INSERT INTO target SELECT id, name FROM staging"],
     None, None, {"target": {"id": ["source.id"], "name": ["source.name"]}}),
    ("TestTempTableColumnLineage/test_multi_hop_temp_chain_column_resolves_to_original",
     ["CREATE TEMP TABLE t1 AS SELECT id FROM source", "CREATE TEMP TABLE t2 AS SELECT id FROM t1",
      "INSERT INTO target SELECT id FROM t2"], None, None, {"target": {"id": ["source.id"]}}),
    ("TestTempTableColumnLineage/test_column_rename_in_temp_tracks_original_source",
     ["CREATE TEMP TABLE staging AS SELECT id AS user_id FROM source", "INSERT INTO target SELECT user_id FROM staging"],
     None, None, {"target": {"user_id": ["source.id"]}}),
    ("TestTempTableColumnLineage/test_temp_joined_with_real_table_column_lineage",
     ["CREATE TEMP TABLE staging AS SELECT id, amount FROM source",
      "INSERT INTO target SELECT staging.id, staging.amount, dimensions.label FROM staging JOIN dimensions "
      "ON staging.id = dimensions.id"],
     None, None, {"target": {"id": ["source.id"], "amount": ["source.amount"], "label": ["dimensions.label"]}}),
    ("TestTempTableColumnLineage/test_fan_out_temp_column_lineage_resolves_for_each_target",
     ["CREATE TEMP TABLE staging AS SELECT id FROM source", "INSERT INTO target1 SELECT id FROM staging",
      "INSERT INTO target2 SELECT id FROM staging"],
     None, None, {"target1": {"id": ["source.id"]}, "target2": {"id": ["source.id"]}}),
    ("TestPersistentTableLineage/test_multi_hop_chain_preserves_all_intermediate_nodes",
     ["CREATE TABLE t1 AS SELECT id FROM source", "CREATE TABLE t2 AS SELECT id FROM t1",
      "INSERT INTO target SELECT id FROM t2"], ["source", "t1", "t2"], ["t1", "t2", "target"], None),
    ("TestPersistentTableLineage/test_fan_out_preserves_intermediate_as_shared_source",
     ["CREATE TABLE staging AS SELECT id FROM source", "INSERT INTO target1 SELECT id FROM staging",
      "INSERT INTO target2 SELECT id FROM staging"],
     ["source", "staging"], ["staging", "target1", "target2"], None),
    ("TestPersistentTableColumnLineage/test_column_lineage_preserves_each_hop_separately",
     ["CREATE TABLE staging AS SELECT id, name FROM source", "INSERT INTO target SELECT id, name FROM staging"],
     None, None, {"staging": {"id": ["source.id"], "name": ["source.name"]},
                  "target": {"id": ["staging.id"], "name": ["staging.name"]}}),
    ("TestPersistentTableColumnLineage/test_join_sourced_intermediate_preserves_column_origins",
     ["CREATE TABLE staging AS SELECT s1.id, s2.val FROM source1 s1 JOIN source2 s2 ON s1.id = s2.id",
      "INSERT INTO target SELECT id, val FROM staging"],
     None, None, {"staging": {"id": ["source1.id"], "val": ["source2.val"]},
                  "target": {"id": ["staging.id"], "val": ["staging.val"]}}),
    ("TestPersistentTableColumnLineage/test_aggregation_in_intermediate_preserves_per_hop",
     ["CREATE TABLE agg AS SELECT category, COUNT(id) AS cnt FROM source GROUP BY category",
      "INSERT INTO target SELECT category, cnt FROM agg"],
     None, None, {"agg": {"cnt": ["source.id"], "category": ["source.category"]},
                  "target": {"cnt": ["agg.cnt"], "category": ["agg.category"]}}),
    ("TestSelectOnlyQueries/test_single_select_returns_input_tables",
     ["SELECT id, name FROM source"], ["source"], [], None),
    ("TestSelectOnlyQueries/test_select_with_join_captures_all_inputs",
     ["SELECT s1.id, s2.name FROM source1 s1 JOIN source2 s2 ON s1.id = s2.id"], ["source1", "source2"], [], None),
    ("TestSelectOnlyQueries/test_multiple_selects_aggregate_inputs",
     ["SELECT id FROM source1", "SELECT name FROM source2", "SELECT amount FROM source3"],
     ["source1", "source2", "source3"], [], None),
    ("TestSelectOnlyQueries/test_select_with_temp_table_resolves_to_source",
     ["CREATE TEMP TABLE staging AS SELECT id FROM source", "SELECT id FROM staging"], ["source"], [], None),
    ("TestSelectOnlyQueries/test_mixed_select_and_insert_captures_both",
     ["SELECT id FROM source1", "INSERT INTO target SELECT name FROM source2"],
     ["source1", "source2"], ["target"], None),
    ("TestNoPhantomTempTableLineage/test_unused_temp_table_produces_no_lineage",
     ["CREATE TEMP TABLE unused AS SELECT id FROM source"], [], [], None),
    ("TestEdgeCasePatterns/test_union_in_temp_resolves_all_sources",
     ["CREATE TEMP TABLE staging AS SELECT id FROM source1 UNION ALL SELECT id FROM source2",
      "INSERT INTO target SELECT id FROM staging"], ["source1", "source2"], ["target"], None),
    ("TestEdgeCasePatterns/test_diamond_pattern_two_temps_from_same_source",
     ["CREATE TEMP TABLE t1 AS SELECT id FROM source", "CREATE TEMP TABLE t2 AS SELECT id, name FROM source",
      "INSERT INTO target SELECT t1.id, t2.name FROM t1 JOIN t2 ON t1.id = t2.id"],
     ["source"], ["target"], {"target": {"id": ["source.id"], "name": ["source.name"]}}),
    ("TestEdgeCasePatterns/test_multiple_inserts_to_same_target_capture_all_sources",
     ["INSERT INTO target SELECT id FROM source1", "INSERT INTO target SELECT name FROM source2"],
     ["source1", "source2"], ["target"], None),
    ("TestEdgeCasePatterns/test_subquery_in_insert",
     ["INSERT INTO target SELECT id FROM (SELECT id FROM source) sub"], ["source"], ["target"], None),
    ("TestEdgeCasePatterns/test_temp_with_where_clause_preserves_source",
     ["CREATE TEMP TABLE staging AS SELECT id, status FROM source WHERE status = 'active'",
      "INSERT INTO target SELECT id FROM staging"], ["source"], ["target"], {"target": {"id": ["source.id"]}}),
    ("TestEdgeCasePatterns/test_temp_with_window_function",
     ["CREATE TEMP TABLE staging AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM source",
      "INSERT INTO target SELECT id, rn FROM staging"], ["source"], ["target"], None),
    ("TestEdgeCasePatterns/test_three_independent_temp_to_target_chains",
     ["CREATE TEMP TABLE t1 AS SELECT id FROM source1", "CREATE TEMP TABLE t2 AS SELECT name FROM source2",
      "CREATE TEMP TABLE t3 AS SELECT amount FROM source3",
      "INSERT INTO target SELECT t1.id, t2.name, t3.amount FROM t1, t2, t3"],
     ["source1", "source2", "source3"], ["target"], None),
]

# DataHub keeps a persistent (non-TEMP) intermediate table in both in_tables and out_tables and does not compose
# column lineage through it; sqllineage treats it as an intermediate and composes through it.
PERSISTENT = "TestPersistent"
# Contradicts DataHub's own single-statement parser (see common.CONTESTED).
UNUSED_TEMP = "TestNoPhantomTempTableLineage/test_unused_temp_table_produces_no_lineage"


def to_case(test, statements, sources, targets, cll):
    expected = {}
    if sources is not None:
        expected["sources"] = sorted(sources)
        expected["targets"] = sorted(targets)
    if cll is not None:
        expected["columns"] = sorted(
            (
                {"from": {"table": up.split(".")[0], "column": up.split(".")[1]}, "to": {"table": t, "column": c}}
                for t, cols in cll.items()
                for c, ups in cols.items()
                for up in ups
            ),
            key=lambda p: (p["to"]["table"], p["to"]["column"], p["from"]["table"], p["from"]["column"]),
        )
    case = {
        "id": f"datahub/test_multi_statement_lineage/{test}",
        "source": "datahub",
        "dialect": "postgres",
        "sql": ";\n".join(statements),
        "expected": expected,
    }
    if test.startswith(PERSISTENT):
        case["contested"] = "persistent-intermediate"
    if test == UNUSED_TEMP:
        case["contested"] = "unused-temp-table"
    return case


def main():
    cases = [to_case(*t) for t in TESTS]
    write_cases("datahub_multistatement", cases, [])


if __name__ == "__main__":
    main()
