import path from 'node:path';
import { z } from 'zod';
import { makeQuizSchema } from '../src/content/quiz-schema.ts';
import { loadCourse } from '../vite-plugins/content-plugin.ts';

/** The JSON Schema of a lesson quiz file, for editors (cross-field rules are checked by the build only). */
export function quizJsonSchema(): Record<string, unknown> {
  const skills = Object.keys(loadCourse(path.resolve('content')).skills);
  return {
    ...(z.toJSONSchema(makeQuizSchema(skills), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
    title: 'Frontline quiz file (content/<lesson-id>/quiz.yaml)',
  };
}
