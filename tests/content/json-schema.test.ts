import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas, quizJsonSchema } from '../../scripts/content-json-schemas.ts';
import { QUESTION_KINDS } from '../../src/engine/index.ts';

describe('content/quiz.schema.json', () => {
  it('is current with the zod schema (run `npm run schema:quiz` after changing it)', () => {
    expect(JSON.parse(readFileSync('content/quiz.schema.json', 'utf8'))).toEqual(quizJsonSchema());
  });

  it('describes every question kind', () => {
    for (const kind of QUESTION_KINDS) expect(JSON.stringify(quizJsonSchema())).toContain(`"${kind}"`);
  });
});

describe('every content file’s JSON schema in content/', () => {
  it.each(Object.entries(contentJsonSchemas()))('%s is current with its zod schema (run `npm run schema:quiz`)', (name, schema) => {
    expect(JSON.parse(readFileSync(`content/${name}`, 'utf8'))).toEqual(schema);
  });

  it('brand.yaml and the local scenarios name theirs, for editors', () => {
    expect(readFileSync('content/brand.yaml', 'utf8')).toMatch(/^# yaml-language-server: \$schema=brand\.schema\.json$/m);
    expect(readFileSync('tests/fixtures/brand-acme/local/acme-branch.yaml', 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/local\.schema\.json$/m);
  });
});
