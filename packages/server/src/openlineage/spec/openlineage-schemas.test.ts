import { expect, test } from 'vitest';
import { fixtureFiles, openLineageFixturesPresent, readFixture } from '../testing/openlineage-fixtures.js';
import { OPENLINEAGE_SCHEMAS } from './openlineage-schemas.js';

const present = openLineageFixturesPresent();

test.skipIf(!present)('the committed spec schemas are the fixtures’ copies, every one of them', () => {
  const files = fixtureFiles('spec').filter((f) => !f.startsWith('spec/tests/'));
  expect(Object.keys(OPENLINEAGE_SCHEMAS).sort()).toEqual(files.map((f) => f.slice('spec/'.length)).sort());
  for (const file of files)
    expect(OPENLINEAGE_SCHEMAS[file.slice('spec/'.length)], file).toEqual(readFixture(file));
});
