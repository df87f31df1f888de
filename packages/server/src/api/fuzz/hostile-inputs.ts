/**
 * Inputs an attacker or a careless client sends. Each family has a name so that a family whose fix lives on
 * another branch can be held back ({@link FAMILIES_AWAITING_FIX}) without dropping the rest.
 */
export type HostileFamily = 'sql' | 'filter' | 'unicode' | 'size' | 'nesting' | 'nul' | 'invalid_utf8';

/**
 * Families the fuzzer holds back while their fix is on another branch (none now: NUL and invalid UTF-8, issue #16
 * defects 2 and 3, came with the merge of `hardening`). `SEXTANT_FUZZ_ALL=1` sends every family regardless.
 */
export const FAMILIES_AWAITING_FIX: readonly HostileFamily[] = [];

export function enabledFamilies(env: NodeJS.ProcessEnv = process.env): Set<HostileFamily> {
  const all: HostileFamily[] = ['sql', 'filter', 'unicode', 'size', 'nesting', 'nul', 'invalid_utf8'];
  const held = env.SEXTANT_FUZZ_ALL === '1' ? [] : FAMILIES_AWAITING_FIX;
  return new Set(all.filter((f) => !held.includes(f)));
}

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE resources; --",
  '" OR ""="',
  "%' --",
  '%_%',
  '\\',
  '\\\\%',
  '$1',
  '?',
  ':name',
  '1); select pg_sleep(20); --',
  "'||(select sqlite_version())||'",
  '*/ /*',
  // full-text query syntax (FTS5 and tsquery)
  '"unterminated',
  'NEAR(a b',
  'a AND OR NOT',
  '!&|:*',
  '(((',
  '-',
  '^',
  'title:x',
  '*',
];

const UNICODE = [
  '',
  ' ',
  '\u202eevil\u202c',
  '\ufeffbom',
  '\u200b\u200c\u200d',
  '👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301',
  '\ud800',
  '\udfff',
  '\u2028\u2029\u0085',
  'Ａｄｍｉｎ',
  'İı',
  '\t\r\n',
  '𝕏'.repeat(50),
  '\u0001\u001f\u007f',
];

/**
 * `encodeURIComponent` that does not throw on a lone surrogate (it becomes U+FFFD, as any UTF-8 encoder would
 * make it): query strings and ids carry hostile text too.
 */
export function encodeText(value: string): string {
  return encodeURIComponent(
    value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
}

/** Strings mixed into any string slot (kept where the schema's length and pattern allow them). */
export function hostileStrings(families: Set<HostileFamily>): string[] {
  const out: string[] = [];
  if (families.has('sql')) out.push(...SQL);
  if (families.has('unicode')) out.push(...UNICODE);
  if (families.has('nul')) out.push('a\u0000b', '\u0000');
  return out;
}

/** Values for the catalog's JSON `filter` and `sort` query parameters. */
export function hostileFilters(families: Set<HostileFamily>): string[] {
  if (!families.has('filter')) return [];
  const leaf = (field: string, value: unknown, operator = 'exact') => ({ operator, field, value });
  const deep = (depth: number) => {
    let node: unknown = leaf('title', 'x');
    for (let i = 0; i < depth; i++) node = { operator: 'and', operands: [node] };
    return node;
  };
  return [
    leaf("title') or 1=1 --", 'x'),
    leaf('title', "x' or '1'='1"),
    leaf('title', { $ne: 1 }),
    leaf('title', ['a', 'b'], 'in'),
    leaf('__proto__', 'x'),
    leaf('constructor', 'x'),
    leaf('title', 'x', 'regex'),
    leaf('title', null, 'is_set'),
    { operator: 'not', operands: [] },
    { operator: 'or', operands: Array.from({ length: 500 }, (_, i) => leaf('title', `t${i}`)) },
    deep(50),
    deep(2000),
    { field: 'external_usage', order: 'desc', tie_breaker: { field: 'id; drop', order: 'asc' } },
    { field: 'title', order: 'sideways' },
  ]
    .map((f) => JSON.stringify(f))
    .concat([
      '{',
      'null',
      '[]',
      '"x"',
      '1e999',
      '{"operator":"and","operands":{}}',
      '{"operator":"exact","field":"id","value":123456789012345678901234567890}',
      '{"__proto__":{"polluted":true},"operator":"exact","field":"title","value":"x"}',
    ]);
}

/** Whole JSON bodies that no schema describes: deep nesting, huge strings, odd numbers, broken JSON. */
export function hostileBodies(families: Set<HostileFamily>): Array<{ name: string; body: Buffer }> {
  const out: Array<{ name: string; body: Buffer }> = [];
  const text = (name: string, body: string) => out.push({ name, body: Buffer.from(body) });
  if (families.has('nesting')) {
    text('deep arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    text('deep objects', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`);
  }
  if (families.has('size')) {
    // Just under the default 1 MiB body limit, so it reaches validation; and just over it.
    text('1 MB string', JSON.stringify({ name: 'x'.repeat(1_000_000), title: 'y' }));
    text('over the body limit', JSON.stringify({ name: 'x'.repeat(1_100_000) }));
    text(
      'many keys',
      JSON.stringify(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
    );
  }
  text('numbers out of range', '{"page":1e999,"name":-0,"depth":9007199254740993}');
  text('duplicate keys', '{"name":"a","name":"b"}');
  text('proto pollution', '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}');
  text('truncated', '{"name":"a');
  if (families.has('nul')) text('NUL in a string', '{"name":"a\\u0000b","title":"\\u0000"}');
  if (families.has('invalid_utf8')) {
    out.push({
      name: 'invalid UTF-8 in a string',
      body: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
    });
    out.push({
      name: 'overlong UTF-8',
      body: Buffer.concat([
        Buffer.from('{"name":"'),
        Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]),
        Buffer.from('"}'),
      ]),
    });
  }
  return out;
}

/** Path segments for `{id}`-like parameters, already URL-encoded (some deliberately malformed). */
export function hostileIds(families: Set<HostileFamily>): string[] {
  const ids = [
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e',
    encodeText("1' or '1'='1"),
    'x'.repeat(600),
    '-1',
    '0',
    '1e999',
    '%25',
    encodeText('\u202e👩‍👩‍👧‍👦'),
    '%',
    '%zz',
  ];
  if (families.has('nul')) ids.push('%00', 'a%00b');
  if (families.has('invalid_utf8')) ids.push('%FF%FE', '%C0%AF');
  return ids;
}

/** Contents for uploaded files (CSV, JSONL, dbt artifacts, integration code, icons). */
export function hostileFiles(families: Set<HostileFamily>): Array<{ name: string; content: Buffer }> {
  const csvHeader =
    'col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time\n';
  const out: Array<{ name: string; content: Buffer }> = [
    { name: 'empty', content: Buffer.alloc(0) },
    { name: 'header only', content: Buffer.from(csvHeader) },
    {
      name: 'csv with SQL in names',
      content: Buffer.from(`${csvHeader}"a'; drop table x;--",d,int,1,db,sch,"t""x",,false,None\n`),
    },
    { name: 'csv unterminated quote', content: Buffer.from(`${csvHeader}"a,b,c\n`) },
    {
      name: 'csv huge epoch',
      content: Buffer.from(`${csvHeader}a,,int,1e999,db,s,t,,maybe,99999999999999999999\n`),
    },
    {
      name: 'jsonl odd lines',
      content: Buffer.from(
        '{"entity_type":"table","databuilder_id":"x","__proto__":{"a":1}}\nnull\n[]\n{"entity_type":"column","databuilder_id":"x","parent_databuilder_id":"x"}\n',
      ),
    },
    {
      name: 'jsonl lineage cycle',
      content: Buffer.from(
        '{"from_identifier":{"type":"internal_resource","databuilder_id":"x"},"to_identifier":{"type":"tables_from_query","sql":"select * from ((("}}\n',
      ),
    },
    {
      name: 'json but not an artifact',
      content: Buffer.from(
        '{"metadata":{"dbt_schema_version":"https://schemas.getdbt.com/dbt/manifest/v999.json"},"nodes":[]}',
      ),
    },
    {
      name: 'gzip header garbage',
      content: Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef]),
    },
    {
      name: 'code that loops',
      content: Buffer.from('export default class X { async extract() { for(;;){} } }'),
    },
    { name: 'code with syntax error', content: Buffer.from('export default class {') },
  ];
  if (families.has('unicode')) {
    out.push({
      name: 'csv unicode',
      content: Buffer.from(`${csvHeader}\ufeff\u202ecol,👩‍👩‍👧‍👦,int,1,db,s,\ud800,,false,\n`),
    });
  }
  if (families.has('size')) {
    out.push({
      name: '1 MB line',
      content: Buffer.from(`${csvHeader}${'a'.repeat(1_000_000)},d,int,1,db,s,t,,false,\n`),
    });
  }
  if (families.has('nesting')) {
    out.push({
      name: 'deep json line',
      content: Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    });
  }
  if (families.has('nul')) {
    out.push({
      name: 'NUL in a field',
      content: Buffer.from(`${csvHeader}a\u0000b,d,int,1,db,s,t,,false,\n`),
    });
  }
  if (families.has('invalid_utf8')) {
    out.push({
      name: 'invalid UTF-8',
      content: Buffer.concat([
        Buffer.from(csvHeader),
        Buffer.from([0x61, 0xff, 0xfe]),
        Buffer.from(',d,int,1,db,s,t,,false,\n'),
      ]),
    });
  }
  return out;
}
