#!/usr/bin/env python3
"""Convert OpenLineage's SQL parser tests (Rust, copied under upstream/openlineage) to corpus JSON lines.

The tests are regular: each `#[test] fn` calls test_sql / test_sql_dialect / test_multiple_sql and compares
`table_lineage` (TableLineage { in_tables, out_tables }), `table_lineage.in_tables`, or `column_lineage`
(ColumnLineage { descendant, lineage } or the `edge(descendant, origin, source)` helper) with literals. A small
Rust tokenizer reads those literals; a test of any other shape (loops over generated SQL, parse errors,
partial assertions) is recorded as excluded with the reason.

Usage: python3 bench/lineage-accuracy/convert/openlineage.py
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import normalise_table, write_cases  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent / "upstream" / "openlineage" / "integration" / "sql" / "impl" / "tests"
DEFAULT_DIALECT = "postgres"  # test_utils: test_sql() parses with the postgres dialect
DIALECTS = {"mssql": "tsql", "generic": "ansi"}

# Expectations that are OpenLineage's choices or limits rather than facts about the SQL, by file/test.
EXCLUDED_TESTS = {
    "column_lineage/tests_cte/test_complex_cte": "the SQL contains a placeholder (`where <some-condition>`) and the expected descendant "
    "columns carry no table although the statement is CREATE TABLE final_tbl AS ...",
    "column_lineage/tests_wildcard/test_derived_table_inner_star_has_no_lineage": "`[]` encodes OpenLineage's choice to stay silent on an "
    "unexpandable `*`, not the lineage",
    "column_lineage/tests_wildcard/test_ilike_suppresses_expansion": "`[]` encodes OpenLineage's choice not to evaluate ILIKE; the pattern "
    "selects `id`, so the lineage is id <- t.id",
    "column_lineage/tests_wildcard/test_replace_omits_the_replaced_column": "OpenLineage drops `x` (REPLACE (x * 2 AS x)) by choice; the value of "
    "x still flows from t.x",
    "table_lineage/test_alias_resolving/test_cte_with_cycles": "two CTEs of one WITH share the name tab1, which PostgreSQL (the dialect used) "
    "rejects; the expectation describes OpenLineage's tolerance, not lineage",
    "table_lineage/tests_insert/test_triple_statements_insert_insert_insert": "OpenLineage reports the per-statement union (a.a both read and "
    "written); the contract here follows a.a through the script as an intermediate table",
}

# Cases on one side of a contradiction between suites (see common.CONTESTED), by test name.
CONTESTED = {
    **{
        name: "modified-table-as-target"
        for name in (
            "delete_from",
            "delete_from_using",
            "drop_table",
            "truncate_table",
            "alter_table_rename",
            "alter_contains_modified_table_as_output",
            "alter_snowflake_swap_with",
        )
    },
    **{
        name: "unused-cte"
        for name in (
            "table_reference_with_simple_ctes",
            "table_reference_with_passersby_ctes",
            "table_references_complex_main_query_does_not_use_ctes",
            "table_references_connected_ctes",
            "test_long_alias_not_used",
        )
    },
}

# sqlparser-rs dialect structs named in direct parse_sql() calls.
DIALECT_STRUCTS = {"SnowflakeDialect": "snowflake", "PostgreSqlDialect": "postgres", "GenericDialect": "ansi"}

# OpenLineage's descendant columns never name their table; where the statement writes one table, that is it.
DESCENDANT_TABLE = {
    "test_derived_table_wildcard": "t1",
    "test_derived_table_qualified_wildcard": "t1",
}

TOKEN = re.compile(
    r"""(?P<ws>\s+)|(?P<lc>//[^\n]*)|(?P<bc>/\*.*?\*/)
    |(?P<raw>r(?P<hashes>\#*)"(?P<rawbody>.*?)"(?P=hashes))
    |(?P<str>"(?:[^"\\]|\\.)*")
    |(?P<ident>[A-Za-z_][A-Za-z0-9_]*)|(?P<num>\d+)|(?P<punct>.)""",
    re.S | re.X,
)


def unescape(body):
    """Rust string escapes, including the line continuation (backslash-newline eats leading whitespace)."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == "\n":
            i += 2
            while i < len(body) and body[i] in " \t\n\r":
                i += 1
            continue
        out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}[n])
        i += 2
    return "".join(out)


def tokenize(text):
    tokens = []
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if m.group("raw") is not None:
            tokens.append(("str", m.group("rawbody")))
        elif m.group("str") is not None:
            tokens.append(("str", unescape(m.group("str")[1:-1])))
        elif m.group("ident") is not None:
            tokens.append(("ident", m.group("ident")))
        elif m.group("punct") is not None:
            tokens.append(("punct", m.group("punct")))
        elif kind == "num":
            tokens.append(("num", m.group("num")))
    return tokens


def split_tests(tokens):
    """Yields (name, is_ignored, body tokens) for each `#[test] fn name() { ... }`."""
    i = 0
    while i < len(tokens):
        if tokens[i] == ("ident", "fn") and tokens[i + 1][0] == "ident":
            attrs = [t[1] for t in tokens[max(0, i - 12) : i] if t[0] == "ident"]
            name = tokens[i + 1][1]
            j = i + 2
            while tokens[j] != ("punct", "{"):
                j += 1
            end = matching(tokens, j)
            if "test" in attrs:
                yield name, "ignore" in attrs[-6:], tokens[j + 1 : end]
            i = end
        i += 1


def matching(tokens, start):
    pairs = {"{": "}", "(": ")", "[": "]"}
    depth, opener = 0, tokens[start][1]
    for k in range(start, len(tokens)):
        if tokens[k] == ("punct", opener):
            depth += 1
        elif tokens[k] == ("punct", pairs[opener]):
            depth -= 1
            if depth == 0:
                return k
    raise ValueError("unbalanced brackets")


def expr_after(tokens, k):
    """Tokens of the expression starting at k, up to a `,` or closing bracket at depth 0."""
    depth, out = 0, []
    for t in tokens[k:]:
        if t[0] == "punct" and t[1] in "([{":
            depth += 1
        elif t[0] == "punct" and t[1] in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif t == ("punct", ",") and depth == 0:
            break
        out.append(t)
    return out


def strings(tokens):
    return [v for kind, v in tokens if kind == "str"]


def find(tokens, *pattern):
    for k in range(len(tokens) - len(pattern) + 1):
        if all(tokens[k + n] == p for n, p in enumerate(pattern)):
            return k
    return -1


def read_call(body):
    """The SQL and dialect of the test's call, or None when the test makes no supported call."""
    for fn in ("test_sql_dialect", "test_multiple_sql_dialect", "test_sql", "test_multiple_sql", "parse_sql"):
        k = find(body, ("ident", fn), ("punct", "("))
        if k < 0:
            continue
        args = body[k + 2 : matching(body, k + 1)]
        first = expr_after(args, 0)
        rest = args[len(first) + 1 :]
        if len(first) == 1 and first[0][0] == "ident":
            first = variable_value(body, first[0][1])  # test_sql(query_string)
        sql = "\n".join(strings(first)) if fn.startswith("test_multiple") else strings(first)[0]
        if fn == "parse_sql":
            dialect = next(DIALECT_STRUCTS[v] for kind, v in rest if kind == "ident" and v in DIALECT_STRUCTS)
        else:
            dialect = strings(rest)[0] if fn.endswith("_dialect") else DEFAULT_DIALECT
        return sql, DIALECTS.get(dialect, dialect)
    return None


def variable_value(body, name):
    """Tokens of `let <name> = <expr>;` in the test body."""
    k = find(body, ("ident", "let"), ("ident", name), ("punct", "="))
    if k < 0:
        raise ValueError(f"no `let {name} = ...` in the test")
    return expr_after(body, k + 3)


def in_tables_only(body):
    """Strings of the expected value in `assert_eq!(<... .in_tables ...>, <expected>)`, or None."""
    k = next((i for i, t in enumerate(body) if t == ("ident", "in_tables") and body[i + 1] != ("punct", ":")), -1)
    if k < 0:
        return None
    depth = 0
    for j in range(k + 1, len(body)):
        kind, v = body[j]
        if kind == "punct" and v in "([{":
            depth += 1
        elif kind == "punct" and v in ")]}":
            depth -= 1
        elif body[j] == ("punct", ",") and depth == 0:
            return strings(expr_after(body, j + 1))
    return None


def read_columns(tokens, descendant_table):
    """Pairs from `ColumnLineage { descendant, lineage }` structs or `edge(d, origin, source)` calls."""
    pairs, descendant, k = [], None, 0
    while k < len(tokens):
        t = tokens[k]
        if t == ("ident", "edge") and tokens[k + 1] == ("punct", "("):
            d, origin, source = strings(tokens[k + 2 : matching(tokens, k + 1)])
            pairs.append(pair(origin, source, descendant_table, d))
        elif t == ("ident", "ColumnMeta"):
            end = matching(tokens, k + 1)
            meta = tokens[k + 2 : end]
            origin_k = find(meta, ("ident", "origin"), ("punct", ":"))
            origin = strings(expr_after(meta, origin_k + 2)) if origin_k >= 0 else []
            name = strings(expr_after(meta, find(meta, ("ident", "name"), ("punct", ":")) + 2))[0]
            is_descendant = k >= 2 and tokens[k - 2] == ("ident", "descendant")
            if is_descendant:
                descendant = name
            else:
                pairs.append(pair(origin[0] if origin else None, name, descendant_table, descendant))
            k = end
        k += 1
    return pairs


def pair(origin, source, descendant_table, descendant):
    table = None if origin is None else normalise_table(origin)
    return {"from": {"table": table, "column": source}, "to": {"table": descendant_table, "column": descendant}}


def convert_test(name, ignored, body, source_file):
    case_id = f"openlineage/{source_file}/{name}"
    if f"{source_file}/{name}" in EXCLUDED_TESTS:
        return None, EXCLUDED_TESTS[f"{source_file}/{name}"]
    if find(body, ("ident", "unwrap_err")) >= 0:
        return None, "asserts a parse error message, not lineage"
    if find(body, ("ident", "for")) >= 0 or find(body, ("ident", "format"), ("punct", "!")) >= 0:
        return None, "SQL generated in a loop over dialects and identifier forms; not converted"
    call = read_call(body)
    if call is None:
        return None, "no test_sql call"
    sql, dialect = call
    expected = {}
    k = find(body, ("ident", "in_tables"), ("punct", ":"))
    if k >= 0:
        expected["sources"] = sorted({normalise_table(s) for s in strings(expr_after(body, k + 2))})
        k = find(body, ("ident", "out_tables"), ("punct", ":"))
        expected["targets"] = sorted({normalise_table(s) for s in strings(expr_after(body, k + 2))})
    elif (only_in := in_tables_only(body)) is not None:
        # Only in_tables is asserted; these statements are plain SELECTs, which write nothing.
        if not re.match(r"\s*(with|select)\b", sql, re.I) or re.search(r"\b(insert|into|create)\b", sql, re.I):
            return None, "asserts in_tables only for a statement that may write"
        expected["sources"] = sorted({normalise_table(s) for s in only_in})
        expected["targets"] = []
    k = find(body, ("ident", "column_lineage"), ("punct", ","))
    if k >= 0:
        pairs = read_columns(expr_after(body, k + 2), DESCENDANT_TABLE.get(name))
        expected["columns"] = sorted(pairs, key=lambda p: repr(sorted(p.items())))
    if not expected:
        return None, "asserts neither TableLineage nor column_lineage (partial assertion)"
    case = {"id": case_id, "source": "openlineage", "dialect": dialect, "sql": sql, "expected": expected}
    if name in CONTESTED:
        case["contested"] = CONTESTED[name]
    if ignored:
        case["upstream_ignored"] = True  # OpenLineage itself does not pass it yet; the expectation stands
    return case, None


def main():
    cases, excluded = [], []
    for path in sorted(ROOT.rglob("*.rs")):
        rel = path.relative_to(ROOT).with_suffix("").as_posix()
        for name, ignored, body in split_tests(tokenize(path.read_text())):
            case, reason = convert_test(name, ignored, body, rel)
            if case:
                cases.append(case)
            else:
                excluded.append({"id": f"openlineage/{rel}/{name}", "reason": reason})
    write_cases("openlineage", cases, excluded)


if __name__ == "__main__":
    main()
