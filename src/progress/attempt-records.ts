import { percentOf, type AttemptResult, type Response } from '../engine/index.ts';
import type { AttemptRecord } from './types.ts';

/** Pure updates of one attempt record; the store's actions call these so the rules are testable without React. */

/** Records (or, with `undefined`, clears) one answer, stamped with its own time so tabs can merge answer by answer. */
export function recordAnswer(attempt: AttemptRecord, questionId: string, response: Response | undefined, now: string): AttemptRecord {
  if (attempt.finishedAt) return attempt;
  const responses = { ...attempt.responses };
  if (response === undefined) delete responses[questionId];
  else responses[questionId] = response;
  return { ...attempt, responses, answeredAt: { ...attempt.answeredAt, [questionId]: now }, updatedAt: now };
}

export function recordCheck(attempt: AttemptRecord, questionId: string, now: string): AttemptRecord {
  if (attempt.checked.includes(questionId)) return attempt;
  return { ...attempt, checked: [...attempt.checked, questionId], updatedAt: now };
}

export function recordPosition(attempt: AttemptRecord, index: number, now: string): AttemptRecord {
  const current = Math.max(0, Math.min(index, attempt.questionIds.length - 1));
  return { ...attempt, current, updatedAt: now };
}

/**
 * Finishes an attempt with the grade it was given as it finished (attempt-grade.ts): the attempt's grade is kept as
 * `score` and each question's score as `questionScores`, so nothing grades a finished attempt again.
 */
export function recordFinish(attempt: AttemptRecord, result: AttemptResult, now: string): AttemptRecord {
  if (attempt.finishedAt) return attempt;
  const { perQuestion, ...score } = result;
  return { ...attempt, score, questionScores: { ...perQuestion }, finishedAt: now, updatedAt: now };
}

/** Forgets the answers to questions whose content changed since they were asked, so they are asked again. */
export function refreshChangedQuestions(
  attempt: AttemptRecord,
  currentHashes: Record<string, string>,
  now: string,
): { attempt: AttemptRecord; changed: string[] } {
  if (attempt.finishedAt) return { attempt, changed: [] };
  const changed = attempt.questionIds.filter((id) => currentHashes[id] !== undefined && attempt.hashes[id] !== currentHashes[id]);
  const removed = attempt.questionIds.filter((id) => currentHashes[id] === undefined);
  if (changed.length === 0 && removed.length === 0) return { attempt, changed: [] };
  const responses = { ...attempt.responses };
  for (const id of [...changed, ...removed]) delete responses[id];
  const questionIds = attempt.questionIds.filter((id) => currentHashes[id] !== undefined);
  // Resume where something is left to do: the first question without an answer (a changed one included).
  const firstOpen = questionIds.findIndex((id) => responses[id] === undefined);
  return {
    attempt: {
      ...attempt,
      questionIds,
      responses,
      checked: attempt.checked.filter((id) => !changed.includes(id) && !removed.includes(id)),
      hashes: { ...attempt.hashes, ...Object.fromEntries(changed.map((id) => [id, currentHashes[id]!])) },
      current: firstOpen >= 0 ? firstOpen : Math.min(attempt.current, Math.max(0, questionIds.length - 1)),
      updatedAt: now,
    },
    changed: [...changed, ...removed],
  };
}

/** Attempts of one quiz, oldest first. */
export function attemptsOf(attempts: Record<string, AttemptRecord>, quizId: string, kind: AttemptRecord['kind'] = 'scored') {
  return Object.values(attempts)
    .filter((attempt) => attempt.quizId === quizId && attempt.kind === kind)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** The unfinished attempt to resume, if any (the most recent). */
export function inProgressAttempt(attempts: Record<string, AttemptRecord>, quizId: string, kind: AttemptRecord['kind'] = 'scored') {
  return attemptsOf(attempts, quizId, kind)
    .filter((attempt) => !attempt.finishedAt)
    .at(-1);
}

export function quizSummary(attempts: Record<string, AttemptRecord>, quizId: string) {
  const finished = attemptsOf(attempts, quizId).filter((attempt) => attempt.finishedAt && attempt.score);
  const percents = finished.map((attempt) => attempt.score!.percent);
  return {
    count: finished.length,
    first: percents[0],
    latest: percents.at(-1),
    best: percents.length ? Math.max(...percents) : undefined,
    passed: finished.some((attempt) => attempt.score!.passed),
    finished,
  };
}

/**
 * Where the learner stands on each skill now: from the latest finished scored attempt of each quiz (an old
 * low score stops counting once the quiz is retaken), earned over total questions, as a whole percent.
 */
export function skillMastery(
  attempts: Record<string, AttemptRecord>,
): Record<string, { percent: number; questions: number; quizzes: number }> {
  const latest = new Map<string, AttemptRecord>();
  for (const attempt of Object.values(attempts)) {
    if (attempt.kind !== 'scored' || !attempt.score || !attempt.finishedAt) continue;
    const held = latest.get(attempt.quizId);
    if (!held || attempt.finishedAt > held.finishedAt!) latest.set(attempt.quizId, attempt);
  }
  const sums: Record<string, { earned: number; total: number; quizzes: number }> = {};
  for (const attempt of latest.values()) {
    for (const [skill, s] of Object.entries(attempt.score!.perSkill)) {
      const sum = (sums[skill] ??= { earned: 0, total: 0, quizzes: 0 });
      sum.earned += s.earned;
      sum.total += s.total;
      sum.quizzes += 1;
    }
  }
  return Object.fromEntries(
    Object.entries(sums).map(([skill, s]) => [skill, { percent: percentOf(s.earned, s.total), questions: s.total, quizzes: s.quizzes }]),
  );
}
