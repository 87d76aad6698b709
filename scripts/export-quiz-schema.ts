// Writes content/quiz.schema.json from the zod schema, so editors autocomplete and check quiz files:
//   npm run schema:quiz
import { writeFileSync } from 'node:fs';
import { quizJsonSchema } from '../content-checks/quiz-json-schema.ts';

writeFileSync('content/quiz.schema.json', JSON.stringify(quizJsonSchema(), null, 2) + '\n');
console.log('wrote content/quiz.schema.json');
