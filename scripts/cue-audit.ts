// The cue audit (content-checks/cue-audit.ts) as an author reads it: what a learner who knows nothing expects from cues
// alone, per question kind and on the final assessment, and which items carry each cue.
//   npx tsx scripts/cue-audit.ts                   the figures, the items carrying each cue, and any failure
//   npx tsx scripts/cue-audit.ts --summary         the figures and failures only (npm run bench prints this)
//   npx tsx scripts/cue-audit.ts --lesson <id>     one lesson's quiz and its final-assessment pools only
// Exits 1 when the audit fails, as the content test does.
import path from 'node:path';
import { loadAllQuizzes } from '../vite-plugins/content-plugin.ts';
import { auditCues, formatCueAudit, type Pool } from '../content-checks/cue-audit.ts';

const args = process.argv.slice(2);
const lesson = args.includes('--lesson') ? args[args.indexOf('--lesson') + 1] : undefined;
const { quizzes, finalAssessment } = loadAllQuizzes(path.resolve('content'));
const pools: readonly (Pool & { objective?: string })[] = finalAssessment?.pools ?? [];
const audit = auditCues(
  quizzes.filter((quiz) => !lesson || quiz.id === lesson).flatMap((quiz) => quiz.questions),
  pools.filter((pool) => !lesson || pool.objective?.startsWith(`${lesson}#`)),
);
console.log(formatCueAudit(audit, { carriers: !args.includes('--summary') }));
process.exitCode = audit.failures.length ? 1 : 0;
