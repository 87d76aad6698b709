import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import YAML from 'yaml';
import { ContentError } from '../src/content/format-error.ts';

/** A content file's path as messages name it: relative to where the build runs. */
export const rel = (file: string) => path.relative(process.cwd(), file) || file;

export function parseYaml(file: string, text: string): unknown {
  try {
    return YAML.parse(text);
  } catch (error) {
    throw new ContentError(`${rel(file)}: not valid YAML: ${(error as Error).message}`);
  }
}

/** A YAML or JSON content file, parsed (not yet checked): a syntax error names the file. */
export function readContentSource(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ContentError(`${rel(file)}: not valid JSON: ${(error as Error).message}`);
    }
  }
  return parseYaml(file, text);
}

/** A short stable hash of a question's content: a resumed attempt asks again any question whose hash changed. */
export function contentHash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 10);
}
