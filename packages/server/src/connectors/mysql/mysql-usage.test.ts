import { describe, expect, test } from 'vitest';
import { countTableUsage, usageKey } from './mysql-usage.js';

describe('usage from statement digests', () => {
  test('each digest counts its executions once for every table it reads or writes', () => {
    const usage = countTableUsage([
      { SCHEMA_NAME: 'shop', DIGEST_TEXT: 'SELECT * FROM `orders` WHERE `id` = ?', COUNT_STAR: 40 },
      {
        SCHEMA_NAME: 'shop',
        DIGEST_TEXT:
          'SELECT `o` . `id` FROM `orders` `o` JOIN `crm` . `customers` `c` ON `c` . `id` = `o` . `customer_id` WHERE `o` . `id` IN (...)',
        COUNT_STAR: '2',
      },
      {
        SCHEMA_NAME: 'shop',
        DIGEST_TEXT: 'INSERT INTO `audit` ( `id` ) SELECT `id` FROM `orders`',
        COUNT_STAR: 5,
      },
      {
        SCHEMA_NAME: null,
        DIGEST_TEXT: 'UPDATE `crm` . `customers` SET `name` = ? WHERE `id` = ?',
        COUNT_STAR: 3,
      },
    ]);
    expect(Object.fromEntries(usage)).toEqual({
      [usageKey('shop', 'orders')]: 47,
      [usageKey('crm', 'customers')]: 5,
      [usageKey('shop', 'audit')]: 5,
    });
  });

  test('digests that do not parse (truncated, SHOW …) and unqualified ones without a database count nothing', () => {
    const usage = countTableUsage([
      { SCHEMA_NAME: 'shop', DIGEST_TEXT: 'SHOW VARIABLES LIKE ?', COUNT_STAR: 9 },
      {
        SCHEMA_NAME: 'shop',
        DIGEST_TEXT: 'SELECT `a` , `b` FROM `orders` WHERE `a` = ? AND ...',
        COUNT_STAR: 1,
      },
      { SCHEMA_NAME: null, DIGEST_TEXT: 'SELECT * FROM `orders`', COUNT_STAR: 4 },
      { SCHEMA_NAME: 'shop', DIGEST_TEXT: 'SELECT * FROM `orders`', COUNT_STAR: 0 },
    ]);
    expect(usage.get(usageKey('shop', 'orders')) ?? 0).toBeLessThanOrEqual(1);
    expect([...usage.keys()].every((key) => key.startsWith('shop'))).toBe(true);
  });
});
