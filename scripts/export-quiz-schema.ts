// Writes content/quiz.schema.json, brand.schema.json and local.schema.json from the zod schemas, so editors
// autocomplete and check content files:
//   npm run schema:quiz
import { writeFileSync } from 'node:fs';
import { contentJsonSchemas } from './content-json-schemas.ts';

for (const [name, schema] of Object.entries(contentJsonSchemas())) {
  writeFileSync(`content/${name}`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote content/${name}`);
}
