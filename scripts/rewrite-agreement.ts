// How often the rewrite grader agrees with trainers' labels: a "strong" reply must score at least 0.75, a "weak" one
// below 0.5. Three measures, none of which a grader tuned to its own data can flatter on its own:
//   - our set: tests/fixtures/rewrite-replies.json (392, written with the detectors) and
//     tests/fixtures/rewrite-replies-blind.json (876, by writers who never saw the grader), with the part never used
//     for tuning (held-out) shown apart;
//   - the development set ../shared/rewrite-dev-set.json (100, by a trainer who never saw the grader), when present;
//   - leave one question out: each question graded with the shared detectors, its `about` and its criteria's shared
//     moves only (its own anyOf / noneOf phrases, the part written with its replies in view, taken away), on every
//     labelled reply to it — how a question a trainer writes afresh would be graded;
//   - questions written afresh: tests/fixtures/fresh-rewrite-questions.yaml (written by docs/authoring.md's steps
//     before any reply to them existed, never edited after) on replies a writer who saw neither the criteria nor the
//     grader wrote (tests/fixtures/fresh-rewrite-replies.json); each batch is measured once before its misses are
//     read (the figures are recorded there and in the README), and later figures include what was learned from it.
//   npx tsx scripts/rewrite-agreement.ts            prints the figures (npm run bench calls this)
//   npx tsx scripts/rewrite-agreement.ts --misses   also lists the replies the grader gets wrong (held-out ones only counted)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { creditFraction, ofKind, questionSchema, scoreRewrite, type Question, type RewriteQuestion } from '../src/engine/index.ts';

export const AGREEMENT_BUDGET = 0.9;
export const STRONG_AT_LEAST = 0.75;
export const WEAK_BELOW = 0.5;

export interface LabelledReply {
  question: string;
  label: 'strong' | 'weak';
  reason: string;
  text: string;
  /**
   * `dev`: written first and read while writing the detectors; `holdout`: written afterwards, scored once (the 392);
   * `tuning` / `held-out`: the blind writers' replies read while improving the detectors / only ever scored.
   */
  set?: 'dev' | 'holdout' | 'tuning' | 'held-out';
  writer?: string;
}

export interface Agreement {
  total: number;
  agreed: number;
  share: number;
  misses: { reply: LabelledReply; score: number }[];
  perQuestion: Record<string, { total: number; agreed: number }>;
}

/** Every rewrite question in content/, wherever it sits in a quiz file (lesson quizzes, assessment pools). */
export function loadRewriteQuestions(contentDir = 'content'): Map<string, RewriteQuestion> {
  const questions: Question[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.kind === 'string' && typeof record.id === 'string') questions.push(questionSchema.parse(record));
      else Object.values(record).forEach(visit);
    }
  };
  for (const dir of readdirSync(contentDir)) {
    const file = path.join(contentDir, dir, 'quiz.yaml');
    if (existsSync(file)) visit(parse(readFileSync(file, 'utf8')));
  }
  return new Map(ofKind(questions, 'rewrite').map((question) => [question.id, question]));
}

export function loadLabelledReplies(file = 'tests/fixtures/rewrite-replies.json'): LabelledReply[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { replies: LabelledReply[] }).replies;
}

export const BLIND_REPLIES = 'tests/fixtures/rewrite-replies-blind.json';
export const FRESH_QUESTIONS = 'tests/fixtures/fresh-rewrite-questions.yaml';
export const FRESH_REPLIES = 'tests/fixtures/fresh-rewrite-replies.json';

/** The questions written afresh for measuring (not part of the course). */
export function loadFreshQuestions(file = FRESH_QUESTIONS): Map<string, RewriteQuestion> {
  const { questions } = parse(readFileSync(file, 'utf8')) as { questions: RewriteQuestion[] };
  return new Map(questions.map((question) => [question.id, question]));
}
export const DEV_SET = path.join('..', 'shared', 'rewrite-dev-set.json');

/** The development set's replies (`{ questions: { id: { good: [[why, text]], weak: [[why, text]] } } }`), if present. */
export function loadDevSet(file = DEV_SET): LabelledReply[] | undefined {
  if (!existsSync(file)) return undefined;
  const { questions } = JSON.parse(readFileSync(file, 'utf8')) as { questions: Record<string, { good: string[][]; weak: string[][] }> };
  return Object.entries(questions).flatMap(([question, sets]) => [
    ...sets.good.map(([reason = '', text = '']) => ({ question, label: 'strong' as const, reason, text })),
    ...sets.weak.map(([reason = '', text = '']) => ({ question, label: 'weak' as const, reason, text })),
  ]);
}

/** A question as a trainer writing it afresh would grade it: its own phrase lists (anyOf, noneOf) taken away. */
export function withoutOwnPhrases(question: RewriteQuestion): RewriteQuestion {
  const criteria = question.criteria
    .map(({ anyOf: _anyOf, noneOf: _noneOf, ...rest }) => rest)
    .filter((criterion) => criterion.move !== undefined || criterion.avoid !== undefined);
  return { ...question, criteria };
}

/** The share of labelled replies the grader puts on the right side of the line. */
export function measureAgreement(replies: readonly LabelledReply[], questions: ReadonlyMap<string, RewriteQuestion>): Agreement {
  const misses: Agreement['misses'] = [];
  const perQuestion: Agreement['perQuestion'] = {};
  for (const reply of replies) {
    const question = questions.get(reply.question);
    if (!question) throw new Error(`no rewrite question "${reply.question}" in content/`);
    const score = creditFraction(scoreRewrite({ kind: 'rewrite', text: reply.text }, question));
    const agrees = reply.label === 'strong' ? score >= STRONG_AT_LEAST : score < WEAK_BELOW;
    const tally = (perQuestion[reply.question] ??= { total: 0, agreed: 0 });
    tally.total++;
    if (agrees) tally.agreed++;
    else misses.push({ reply, score });
  }
  const agreed = replies.length - misses.length;
  return { total: replies.length, agreed, share: replies.length ? agreed / replies.length : 0, misses, perQuestion };
}

export function agreementLine(agreement: Agreement): string {
  const percent = (agreement.share * 100).toFixed(1);
  return `rewrite grading agreement: ${percent} % of ${agreement.total} labelled replies (budget ≥ ${AGREEMENT_BUDGET * 100} %)`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const questions = loadRewriteQuestions();
  const known = (reply: LabelledReply) => questions.has(reply.question);
  const ours = [...loadLabelledReplies(), ...loadLabelledReplies(BLIND_REPLIES)].filter(known);
  const heldOut = ours.filter((reply) => reply.set === 'held-out');
  const dev = loadDevSet()?.filter(known);
  const fresh = new Map([...questions].map(([id, q]) => [id, withoutOwnPhrases(q)]));
  const pct = (a: Agreement) => `${(a.share * 100).toFixed(1)} % of ${a.total}`;
  const all = measureAgreement(ours, questions);
  const held = measureAgreement(heldOut, questions);
  const devAgreement = dev ? measureAgreement(dev, questions) : undefined;
  const loqo = measureAgreement([...ours, ...(dev ?? [])], fresh);
  const freshQuestions = loadFreshQuestions();
  const afresh = measureAgreement(loadLabelledReplies(FRESH_REPLIES), freshQuestions);
  const perQuestion = (a: Agreement) =>
    Object.entries(a.perQuestion)
      .map(([id, t]) => `${id} ${((t.agreed / t.total) * 100).toFixed(0)} %`)
      .join(', ');
  console.log(agreementLine(all));
  console.log(`    per question: ${perQuestion(all)}`);
  console.log(`  of which held out (blind writers, never used for tuning): ${pct(held)}; per question: ${perQuestion(held)}`);
  console.log(devAgreement ? `  development set (${DEV_SET}): ${pct(devAgreement)}; per question: ${perQuestion(devAgreement)}` : `  development set: ${DEV_SET} not found`);
  console.log(`  leave one question out (shared detectors, about and moves only): ${pct(loqo)}; per question: ${perQuestion(loqo)}`);
  console.log(`  questions written afresh (${FRESH_QUESTIONS}): ${pct(afresh)}; per question: ${perQuestion(afresh)}`);
  if (process.argv.includes('--misses')) {
    // Held-out misses are counted, never listed: reading them would make them tuning data.
    const listed = [...all.misses.filter(({ reply }) => reply.set !== 'held-out'), ...(devAgreement?.misses ?? []), ...afresh.misses];
    console.log(`  (${held.misses.length} held-out misses not listed)`);
    for (const { reply, score } of listed) {
      console.log(`  ${reply.label.padEnd(6)} ${score.toFixed(2)}  [${reply.question}] ${reply.text}  (${reply.reason})`);
    }
  }
  const measures = [all, held, loqo, afresh, ...(devAgreement ? [devAgreement] : [])];
  process.exitCode = measures.every((a) => a.share >= AGREEMENT_BUDGET) ? 0 : 1;
}
