import { analyze } from '@sextant/sql-lineage';

const [sql, dialect] = [process.argv[2] ?? '', process.argv[3] ?? 'ansi'];
console.log(
  JSON.stringify(
    analyze(sql, {
      dialect,
      defaultSchema: process.env.DS,
      defaultDatabase: process.env.DD,
      schema: process.env.SCHEMA ? JSON.parse(process.env.SCHEMA) : undefined,
    }),
    (k, v) => (k === 'sourceTables' || k === 'targetTables' ? undefined : v),
  ),
);
