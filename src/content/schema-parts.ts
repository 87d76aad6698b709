import { z } from 'zod';

/**
 * The pieces every content schema is built from, so every file's messages read alike: written for trainers, each
 * says what the field is for and what to write.
 */

/** A required, non-blank string; `hint` tells the trainer what to write there. */
export function text(field: string, hint: string) {
  const message = `${field} is required: ${hint}`;
  return z.string({ error: message }).regex(/\S/, message);
}

/** A strict object: a misspelt field is reported by name instead of being silently ignored. */
export function strict<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field ${iss.keys.map((key) => `"${key}"`).join(', ')}: check the spelling against docs/authoring.md`
        : `expected ${what}`,
  });
}
