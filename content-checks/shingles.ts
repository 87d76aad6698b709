import { createHash } from 'node:crypto';

/**
 * Eight-word "shingles" find copied sentences: lesson text may share facts with the source articles, but not
 * a run of eight identical words outside quotation marks. Hashes let the check run without the articles.
 */
export const SHINGLE = 8;

export function words(text: string): string[] {
  return (
    text
      .replace(/[\u2018\u2019]/g, "'")
      .toLowerCase()
      .match(/[a-z0-9']+/g) ?? []
  );
}

/**
 * Drops what may be quoted word for word: <Quote by="…"> blocks, which name who said it. Curly-quoted speech
 * is not exempt: dialogue in a scenario or an option is ours to write, and an unattributed line lifted from
 * an article is still copied.
 */
export function withoutQuotations(text: string): string {
  return text.replace(/<Quote[\s\S]*?<\/Quote>/g, ' | ');
}

export function shingleHash(run: readonly string[]): string {
  return createHash('sha1').update(run.join(' ')).digest('hex').slice(0, 12);
}

export function shingles(list: readonly string[]): { hash: string; run: string }[] {
  const out: { hash: string; run: string }[] = [];
  for (let i = 0; i + SHINGLE <= list.length; i++) {
    const run = list.slice(i, i + SHINGLE);
    out.push({ hash: shingleHash(run), run: run.join(' ') });
  }
  return out;
}
