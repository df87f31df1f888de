"""Stand-ins for the sqllineage and pytest names the sqllineage test files import (see sqllineage.py).

They only carry what a test states: table names, storage paths, known columns, parametrize arguments.
"""

from collections import namedtuple

ColumnQualifierTuple = namedtuple("ColumnQualifierTuple", ["column", "qualifier"])


class Table:
    """Stands in for sqllineage.core.models.Table: `schema.table` string, `<default>` schema meaning none."""

    def __init__(self, name, schema=None, **_):
        self.name = name if schema is None else f"{schema}.{name}"

    def __str__(self):
        return self.name


class Schema:
    def __init__(self, name=None):
        self.name = name

    def __str__(self):
        return self.name or "<default>"


class Path_:
    """sqllineage's Path: a storage location (s3://..., hdfs://...) kept as written."""

    def __init__(self, uri):
        self.uri = uri

    def __str__(self):
        return self.uri


class MetaDataProvider:
    """A schema-carrying provider: generate_metadata_providers() returns one of these."""

    def __init__(self, schemas=None):
        self.schemas = schemas or {}


class NotConvertible(Exception):
    """Raised by stubs for test code that exercises sqllineage itself rather than stating lineage."""

    @classmethod
    def raiser(cls, reason):
        def fail(*_a, **_k):
            raise cls(reason)

        return fail


class Mark:
    """pytest.mark: parametrize records its arguments on the function; other marks are no-ops."""

    def parametrize(self, names, values, **_):
        def wrap(fn):
            fn.__dict__.setdefault("params", []).insert(0, (names, values))
            return fn

        return wrap

    def __getattr__(self, _name):
        return lambda *a, **k: (lambda fn: fn)


def fixture(*args, **kwargs):
    return args[0] if args and callable(args[0]) else (lambda fn: fn)
