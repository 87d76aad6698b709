import { useNavigate } from 'react-router';
import { gradeAttempt, type Question } from '../../engine/index.ts';
import type { LoadedQuiz } from '../../content/quizzes.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import type { AttemptRecord, AttemptScore } from '../../progress/types.ts';
import { createAttempt, displayOrder } from './attempt-factory.ts';
import { effectiveResponse } from './response.ts';

export function attemptQuestions(quiz: LoadedQuiz, attempt: AttemptRecord): Question[] {
  return attempt.questionIds.map((id) => quiz.questions[id]).filter((q): q is Question => q !== undefined);
}

/** Grades an attempt from its stored responses (order questions left as shown count as answered). */
export function gradeStoredAttempt(quiz: LoadedQuiz, attempt: AttemptRecord): AttemptScore {
  const questions = attemptQuestions(quiz, attempt);
  const responses = Object.fromEntries(
    questions.map((q) => [q.id, effectiveResponse(q, attempt.responses[q.id], displayOrder(q, attempt))]),
  );
  const result = gradeAttempt(questions, responses, quiz.passMark);
  return {
    earned: result.earned,
    total: result.total,
    percent: result.percent,
    passed: result.passed,
    perSkill: Object.fromEntries(Object.entries(result.perSkill).map(([skill, s]) => [skill, { earned: s.earned, total: s.total }])),
  };
}

/** Starting, retaking and practising: each makes a new attempt and opens it. */
export function useQuizActions(quiz: LoadedQuiz) {
  const navigate = useNavigate();
  const saveAttempt = useProgressStore((s) => s.saveAttempt);
  const open = (attempt: AttemptRecord) => {
    saveAttempt(attempt);
    navigate(`${paths.quiz(quiz.id)}?attempt=${attempt.id}`);
  };
  return {
    start: () => open(createAttempt(quiz)),
    practice: (questionIds: readonly string[]) => open(createAttempt(quiz, { practiceOf: questionIds })),
  };
}
