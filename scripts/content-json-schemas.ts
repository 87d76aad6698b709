import path from 'node:path';
import { z } from 'zod';
import { brandSchema } from '../src/content/brand-schema.ts';
import { makeLocalQuestionsSchema, makeQuizSchema } from '../src/content/quiz-schema.ts';
import { loadAllLessons } from '../vite-plugins/content-plugin.ts';

const toJson = (schema: z.ZodType, title: string) => ({
  ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
  title,
});

/** The JSON Schema of a lesson quiz file, for editors (cross-field rules are checked by the build only). */
export function quizJsonSchema(): Record<string, unknown> {
  const { course } = loadAllLessons(path.resolve('content'));
  return toJson(makeQuizSchema(Object.keys(course.skills)), 'Frontline quiz file (content/<lesson-id>/quiz.yaml)');
}

/**
 * Every content file's JSON Schema, by the name it is written to in content/: quiz files, brand.yaml and the local
 * scenario files. Editors that read `# yaml-language-server: $schema=…` autocomplete and check them as you type.
 */
export function contentJsonSchemas(): Record<string, Record<string, unknown>> {
  const { course, all } = loadAllLessons(path.resolve('content'));
  const objectives = Object.fromEntries(all.map((lesson) => [lesson.id, lesson.objectives.length]));
  return {
    'quiz.schema.json': quizJsonSchema(),
    'brand.schema.json': toJson(brandSchema, 'Frontline brand file (content/brand.yaml)'),
    'local.schema.json': toJson(makeLocalQuestionsSchema(Object.keys(course.skills), objectives), 'Frontline local scenarios (content/local/<name>.yaml)'),
  };
}
