import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizJsonSchema } from '../../content-checks/quiz-json-schema.ts';
import { QUESTION_KINDS } from '../../src/engine/index.ts';

describe('content/quiz.schema.json', () => {
  it('is current with the zod schema (run `npm run schema:quiz` after changing it)', () => {
    expect(JSON.parse(readFileSync('content/quiz.schema.json', 'utf8'))).toEqual(quizJsonSchema());
  });

  it('describes every question kind', () => {
    for (const kind of QUESTION_KINDS) expect(JSON.stringify(quizJsonSchema())).toContain(`"${kind}"`);
  });
});
