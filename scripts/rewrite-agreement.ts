// How often the rewrite grader agrees with a trainer's labels (tests/fixtures/rewrite-replies.json):
// a "strong" reply must score at least 0.75, a "weak" one below 0.5.
//   npx tsx scripts/rewrite-agreement.ts            prints the figure (npm run bench calls this)
//   npx tsx scripts/rewrite-agreement.ts --misses   also lists the replies the grader gets wrong
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { creditFraction, scoreRewrite, type RewriteQuestion } from '../src/engine/index.ts';

export const AGREEMENT_BUDGET = 0.9;
export const STRONG_AT_LEAST = 0.75;
export const WEAK_BELOW = 0.5;

export interface LabelledReply {
  question: string;
  label: 'strong' | 'weak';
  reason: string;
  text: string;
  /** `dev`: written first and read while writing the detectors; `holdout`: written afterwards, scored once. */
  set?: 'dev' | 'holdout';
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
  const found = new Map<string, RewriteQuestion>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.kind === 'rewrite' && typeof record.id === 'string') found.set(record.id, record as unknown as RewriteQuestion);
      else Object.values(record).forEach(visit);
    }
  };
  for (const dir of readdirSync(contentDir)) {
    const file = path.join(contentDir, dir, 'quiz.yaml');
    if (existsSync(file)) visit(parse(readFileSync(file, 'utf8')));
  }
  return found;
}

export function loadLabelledReplies(file = 'tests/fixtures/rewrite-replies.json'): LabelledReply[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { replies: LabelledReply[] }).replies;
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
  const agreement = measureAgreement(loadLabelledReplies(), loadRewriteQuestions());
  console.log(agreementLine(agreement));
  const holdout = measureAgreement(
    loadLabelledReplies().filter((reply) => reply.set === 'holdout'),
    loadRewriteQuestions(),
  );
  console.log(`  of which held out (written after the detectors were): ${(holdout.share * 100).toFixed(1)} % of ${holdout.total}`);
  if (process.argv.includes('--misses')) {
    for (const [id, tally] of Object.entries(agreement.perQuestion)) console.log(`  ${id}: ${tally.agreed}/${tally.total}`);
    for (const { reply, score } of agreement.misses) {
      console.log(`  ${reply.label.padEnd(6)} ${score.toFixed(2)}  [${reply.question}] ${reply.text}  (${reply.reason})`);
    }
  }
  process.exitCode = agreement.share >= AGREEMENT_BUDGET ? 0 : 1;
}
