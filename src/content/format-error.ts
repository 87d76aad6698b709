import type { z } from 'zod';

/** Turns a zod path like ['questions', 3, 'options', 1, 'feedback'] into `questions[3].options[1].feedback`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/**
 * Formats every zod issue as guidance for a content author: the file, the field path, and what was expected.
 * Example: `content/star-method/quiz.yaml: questions[2].options[0].credit: Too big: expected number to be <=1`
 */
export function formatZodError(file: string, error: z.ZodError): string {
  return error.issues
    .flatMap((issue) =>
      // A misspelt field reads best as that field's own error.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => `${file}: ${formatPath([...issue.path, key])}: unknown field: check its spelling`)
        : [`${file}: ${formatPath(issue.path) || '(top level)'}: ${issue.message}`],
    )
    .join('\n');
}

/** Thrown by the content loaders; the message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}
