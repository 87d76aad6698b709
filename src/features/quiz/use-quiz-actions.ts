import { useNavigate } from 'react-router';
import { gradeAttempt, gradeToKeep, type AttemptGrade, type Question } from '../../engine/index.ts';
import type { LoadedQuiz } from '../../content/load-quiz.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import type { AttemptRecord } from '../../progress/types.ts';
import { createAttempt } from './attempt-factory.ts';

export function attemptQuestions(quiz: LoadedQuiz, attempt: AttemptRecord): Question[] {
  return attempt.questionIds.map((id) => quiz.questions[id]).filter((q): q is Question => q !== undefined);
}

/** Grades an attempt from its stored responses, with the quiz's pass mark. */
export function gradeStoredAttempt(quiz: LoadedQuiz, attempt: AttemptRecord): AttemptGrade {
  return gradeToKeep(gradeAttempt(attemptQuestions(quiz, attempt), attempt.responses, quiz.passMark));
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
