import { bestConversationPath, planAttempt, type Question, type Response } from '../../src/engine/index.ts';
import { lessons } from '../../src/content/course.ts';
import { quizIds } from '../../src/content/quizzes.ts';
import { loadQuiz, type LoadedQuiz } from '../../src/content/load-quiz.ts';
import type { CourseIndex } from '../../src/reporting/codec.ts';
import { emptyProgress, type AttemptRecord, type ProgressData } from '../../src/progress/types.ts';

export async function courseIndex(): Promise<CourseIndex> {
  const quizzes = (await Promise.all(quizIds.map((id) => loadQuiz(id)))).filter((q): q is LoadedQuiz => q !== undefined);
  return { lessons: lessons.map((l) => l.id), quizzes };
}

/** A long, realistic rewrite (the learner's own sentence). */
const REWRITE =
  'I am so sorry about the wait and the mix-up with your order, that is on us. I will call the warehouse right now, ' +
  'find out exactly where it is and ring you back before 3 pm today with a delivery time, and if it cannot reach you ' +
  'by Friday I will refund the shipping.';

/** A full answer to any question, as a learner would give it. */
export function answerFor(question: Question): Response {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: question.options.at(-1)!.id };
    case 'multiple':
      return { kind: 'multiple', choices: question.options.slice(0, 2).map((o) => o.id) };
    case 'order':
      return { kind: 'order', order: [...question.items].reverse().map((i) => i.id) };
    case 'categorize':
      return { kind: 'categorize', placements: Object.fromEntries(question.items.map((i) => [i.id, i.category])) };
    case 'conversation':
      return { kind: 'conversation', path: [...bestConversationPath(question).path] };
    case 'rewrite':
      return { kind: 'rewrite', text: REWRITE };
    case 'spot':
      return { kind: 'spot', marked: question.phrases.filter((p) => p.harmful).map((p) => p.id) };
  }
}

const iso = (minutes: number) => new Date(Date.UTC(2026, 0, 5, 8, 0) + minutes * 60_000).toISOString();

export function attemptOf(quiz: LoadedQuiz, n: number, options: { finished: boolean; unanswered?: number; kind?: 'scored' | 'practice' }): AttemptRecord {
  const seed = 1_000_003 * (n + 1) + quiz.id.length;
  const plan = planAttempt(options.kind === 'practice' ? [{ questions: Object.values(quiz.questions).slice(0, 5) }] : quiz.pools, seed);
  const ids = [...plan.questionIds];
  const answered = ids.slice(0, ids.length - (options.unanswered ?? 0));
  const responses = Object.fromEntries(answered.map((id) => [id, answerFor(quiz.questions[id]!)]));
  const start = n * 90;
  const percent = 40 + ((n * 7) % 60);
  const record: AttemptRecord = {
    id: `${(1_760_000_000_000 + n * 1000 + quiz.id.length).toString(36)}-${(n * 7919).toString(36).padStart(5, '0').slice(0, 5)}`,
    quizId: quiz.id,
    kind: options.kind ?? 'scored',
    seed,
    questionIds: ids,
    hashes: Object.fromEntries(ids.map((id) => [id, quiz.hashes[id] ?? ''])),
    responses,
    answeredAt: Object.fromEntries(answered.map((id) => [id, iso(start + 5)])),
    checked: quiz.mode === 'practice' ? answered : [],
    current: Math.max(0, answered.length - 1),
    startedAt: iso(start),
    updatedAt: iso(start + 5),
  };
  if (!options.finished) return record;
  return {
    ...record,
    finishedAt: iso(start + 5),
    score: {
      earned: (percent / 100) * ids.length,
      total: ids.length,
      percent,
      passed: percent >= quiz.passMark * 100,
      perSkill: { listening: { earned: 1.5, total: 2 }, 'service-recovery': { earned: 2 / 3, total: 1 } },
    },
  };
}

/**
 * The largest realistic state: every lesson complete (with its place kept) and reflected on at length, every
 * quiz retaken `retakes` times, an unfinished scored attempt in every quiz with all but its last answer given,
 * and unfinished "Practice missed questions" rounds in `practiceRounds` quizzes.
 */
export function largestRealisticState(index: CourseIndex, retakes = 30, practiceRounds = 2): ProgressData {
  const data = emptyProgress();
  data.learnerName = 'Alexandra Konstantinou-Fitzgerald';
  data.lastRoute = '/quizzes/final-assessment?attempt=x';
  data.updatedAt = iso(100_000);
  for (const id of index.lessons) {
    data.lessons[id] = { visitedAt: iso(1), completedAt: iso(2), lastPart: 'part-key-takeaways' };
    data.reflections[id] = { text: `${REWRITE} ${REWRITE}`, updatedAt: iso(3) };
  }
  for (const quiz of index.quizzes) {
    for (let n = 0; n < retakes; n += 1) {
      const attempt = attemptOf(quiz, n, { finished: true });
      data.attempts[attempt.id] = attempt;
    }
    const open = attemptOf(quiz, retakes, { finished: false, unanswered: 1 });
    data.attempts[open.id] = open;
    if (index.quizzes.indexOf(quiz) >= practiceRounds) continue;
    const practice = attemptOf(quiz, retakes + 1, { finished: false, unanswered: 1, kind: 'practice' });
    data.attempts[practice.id] = practice;
  }
  return data;
}
