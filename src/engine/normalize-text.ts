/**
 * Text normalisation for rewrite questions. Trainers write phrases like "i can" or "policy"; learners type
 * "I CAN'T…" with curly apostrophes on a phone. Both sides go through `normalizeText` so that case,
 * punctuation, curly quotes and contractions never decide a score — and so "can't" does not contain "can".
 */

// Whole-word forms whose expansion is not the regular suffix rule (or would be wrong with it).
const IRREGULAR: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/\blet's\b/g, 'let us'],
  [/\by'all\b/g, 'you all'],
  // 's after these pronouns/question words means "is"; elsewhere it is usually a possessive.
  [/\b(it|that|there|here|what|who|where|when|why|how|he|she|this)'s\b/g, '$1 is'],
];

// Regular suffixes, applied after the irregular forms.
const SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/n't\b/g, ' not'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
];

/**
 * Lower-cases, straightens curly quotes, expands contractions (can't → cannot, won't → will not,
 * n't → not, 'll → will, 're → are, 've → have, 'm → am, 'd → would, it's → it is …), strips punctuation
 * and collapses whitespace. Idempotent. Remaining apostrophes (possessives: "customer's") are dropped
 * without a space, so "customer's" and "customers" compare equal; other punctuation becomes a space, so
 * "follow-up" reads as "follow up".
 */
export function normalizeText(text: string): string {
  let out = text.toLowerCase().replace(/[\u2018\u2019\u201B\u2032\u02BC`]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
  for (const [pattern, replacement] of IRREGULAR) out = out.replace(pattern, replacement);
  for (const [pattern, replacement] of SUFFIXES) out = out.replace(pattern, replacement);
  return out
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when `phrase` occurs in `normalizedText` as whole words ("i can" matches "yes i can help" but not
 * "i cannot" or "i candidly"). The phrase is normalised here, so trainers' phrases may use any case or
 * punctuation; `normalizedText` must already be normalised, so one learner text is normalised once for
 * all phrases. A phrase with no words never matches.
 */
export function containsPhrase(normalizedText: string, phrase: string): boolean {
  const needle = normalizeText(phrase);
  if (needle === '') return false;
  return ` ${normalizedText} `.includes(` ${needle} `);
}
