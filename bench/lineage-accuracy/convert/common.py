"""Shared by the converters: normalising names and writing a corpus file the same way for every source."""

import json
import re
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parent.parent / "cases"

# A quoted identifier part in any of the usual styles: "x", `x`, [x].
_QUOTED = re.compile(r'^(?:"(.*)"|`(.*)`|\[(.*)\])$', re.S)
_PART = re.compile(r'"[^"]*"|`[^`]*`|\[[^\]]*\]|[^.]+')


def normalise_table(name, fold_case=True):
    """`"A"."b"` -> `A.b`: quotes dropped; unquoted parts lower-cased when the dialect folds case.

    A whole name quoted as one identifier (BigQuery's `project.dataset.table`) is split on its dots, as
    BigQuery itself reads it. Storage paths (`s3://...`) are returned unchanged.
    """
    if "://" in name:
        return name
    parts = []
    for raw in _PART.findall(name.strip()):
        m = _QUOTED.match(raw)
        if m:
            inner = next(g for g in m.groups() if g is not None)
            parts.extend(inner.split("."))
        else:
            parts.append(raw.lower() if fold_case else raw)
    return ".".join(parts)


# Where the source suites contradict each other, the cases on both sides carry `contested`: at most one side
# can pass, so the harness also reports the score without them.
CONTESTED = {
    "modified-table-as-target": "DELETE, TRUNCATE, DROP and ALTER change a table without data flowing into it: "
    "sqllineage expects no lineage, OpenLineage reports the table as a target (and a renamed table as the "
    "source of its new name)",
    "unused-cte": "a table read only inside a CTE that the statement never references: sqllineage and DataHub "
    "count it as a source, OpenLineage does not",
    "persistent-intermediate": "a non-temporary table created and then read by the same script: sqllineage "
    "follows lineage through it (it is neither source nor target, column lineage is composed), DataHub keeps it "
    "as both source and target and does not compose column lineage through it",
    "unused-temp-table": "a temporary table that a one-statement script creates and nothing reads: DataHub's "
    "single-statement parser reports it as the target (a Redshift `#t` qualified with the defaults), DataHub's "
    "multi-statement aggregator follows temporary tables through and reports no lineage at all",
}


def with_levels(case):
    """Adds `levels`: which of table/column the case asserts (a case with no column part is table-only)."""
    e = case["expected"]
    levels = [lvl for lvl, key in (("table", "sources"), ("column", "columns")) if key in e]
    if case.get("contested") and case["contested"] not in CONTESTED:
        raise ValueError(f"{case['id']}: unknown contested tag {case['contested']!r}")
    return {**case, "levels": levels}


def write_cases(source, cases, excluded):
    """Writes cases/<source>.jsonl (duplicates of one SQL+dialect+expectation dropped) and the exclusions."""
    seen = set()
    lines = []
    for case in cases:
        key = (case["dialect"], case["sql"], json.dumps(case["expected"], sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        lines.append(json.dumps(with_levels(case), ensure_ascii=False))
    (CASES_DIR / f"{source}.jsonl").write_text("\n".join(lines) + "\n")
    (CASES_DIR / f"{source}.excluded.json").write_text(json.dumps(excluded, indent=2, ensure_ascii=False) + "\n")
    print(f"{source}: {len(lines)} cases written to cases/{source}.jsonl, {len(excluded)} excluded")
