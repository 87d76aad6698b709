import { useNavigate } from 'react-router';
import type { LoadedQuiz } from '../../content/load-quiz.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import type { AttemptRecord } from '../../progress/types.ts';
import { createAttempt } from './attempt-factory.ts';

export { attemptQuestions } from '../../progress/attempt-grade.ts';
/**
 * Grades an attempt from its stored responses as it finishes: the result goes to the store's `finish`, which keeps
 * the grade and each question's score on the record (progress/attempt-grade.ts).
 */
export { gradeFinishingAttempt as gradeStoredAttempt } from '../../progress/attempt-grade.ts';

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
