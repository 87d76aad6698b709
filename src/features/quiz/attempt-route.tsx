import { useState } from 'react';
import { Link, Navigate, useLoaderData, useParams } from 'react-router';
import { isAnswered, isFullCredit, readResponse, percentOf, type Score } from '../../engine/index.ts';
import { course, getLesson, skillLabel } from '../../content/course.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { questionScoresOf } from '../../progress/attempt-grade.ts';
import { attemptPassed, passMarkFor } from '../../progress/course-rules.ts';
import { useLmsPassMark } from '../../progress/lms-pass-mark.ts';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { NotFound } from '../../components/not-found.tsx';
import { orderIn } from './attempt-factory.ts';
import { QuestionFeedback } from './question-feedback.tsx';
import { attemptQuestions, useQuizActions } from './use-quiz-actions.ts';
import { AttemptHistory } from '../../components/attempt-history/attempt-history.tsx';
import type { loader as quizLoader } from './quiz-route.tsx';
import './quiz.css';
import { lazily } from '../../components/ui/format.ts';

export { loader } from './quiz-route.tsx';

const listFormat = lazily(() => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }));
/** A question the attempt's grade has no score for (it was not in the quiz when the attempt finished). */
const NOT_GRADED: Score = { kind: 'invalid', reason: 'not part of this attempt’s grade' };

export function Component() {
  const { quiz } = useLoaderData<typeof quizLoader>();
  const { attemptId = '' } = useParams();
  const attempt = useProgressStore((s) => s.attempts[attemptId]);
  const [reviewing, setReviewing] = useState(false);
  const { start, practice } = useQuizActions(quiz);
  // The mark that applies (the LMS's for the final assessment where it set one) and the verdict by it.
  const lmsMark = useLmsPassMark();

  if (!attempt || attempt.quizId !== quiz.id) return <NotFound what="attempt" />;
  if (!attempt.finishedAt || !attempt.score) return <Navigate to={`${paths.quiz(quiz.id)}?attempt=${attempt.id}`} replace />;

  const questions = attemptQuestions(quiz, attempt);
  // Each question's score as kept when the attempt finished: the results never grade it again.
  const perQuestion = questionScoresOf(attempt, quiz);
  const missed = questions.filter((q) => !perQuestion[q.id] || !isFullCredit(perQuestion[q.id]!)).map((q) => q.id);
  const unanswered = questions.flatMap((q, index) => (isAnswered(q, readResponse(q, attempt.responses[q.id])) ? [] : [index + 1]));
  const lesson = getLesson(quiz.lessonId);
  const { score } = attempt;
  const isPractice = attempt.kind === 'practice';
  const passed = attemptPassed(attempt, lmsMark);
  const mark = passMarkFor(quiz.id, lmsMark);
  const markText = mark ? `${mark.percent}%${mark.setBy === 'lms' ? ', set by your LMS' : ''}` : `${Math.round(quiz.passMark * 100)}%`;

  return (
    <div className="page page--narrow quiz">
      <title>{`Results: ${quiz.title} · ${course.title}`}</title>
      <p className="eyebrow">{isPractice ? 'Practice round results' : 'Results'}</p>
      <h1>{quiz.title}</h1>
      <section className={`result-card ${passed ? 'result-card--pass' : 'result-card--fail'}`} aria-labelledby="score-heading">
        <h2 id="score-heading" className="result-card__score">
          {score.percent}%
        </h2>
        <p className="result-card__verdict">
          {isPractice
            ? 'Practice rounds don’t change your scored attempts.'
            : passed
              ? `Passed: the pass mark is ${markText}.`
              : `Not passed yet: the pass mark is ${markText}. Review your answers and try again.`}
        </p>
        <p>
          {questions.length - missed.length} of {questions.length} questions earned full credit.
        </p>
        {unanswered.length > 0 ? (
          <p>
            {unanswered.length === 1 ? `Question ${unanswered[0]} was` : `Questions ${listFormat().format(unanswered.map(String))} were`} left
            unanswered and scored 0.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">By skill</h2>
        <ul className="skills">
          {Object.entries(score.perSkill).map(([skill, s]) => {
            const percent = percentOf(s.earned, s.total);
            return (
              <li key={skill} className="skills__item">
                <span className="skills__label">{skillLabel(skill)}</span>
                <ProgressBar label={skillLabel(skill)} value={percent} />
                <span className="skills__value">{percent}%</span>
              </li>
            );
          })}
        </ul>
      </section>
      <div className="button-row">
        <button type="button" className="button" aria-expanded={reviewing} aria-controls="review" onClick={() => setReviewing(!reviewing)}>
          Review answers
        </button>
        <button type="button" className="button button--secondary" onClick={start}>
          Retake quiz
        </button>
        {missed.length > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => practice(missed)}>
            Practice missed questions
          </button>
        ) : null}
        {lesson ? <Link to={paths.lesson(lesson.id)}>Back to the lesson</Link> : <Link to={paths.home()}>Back to the course</Link>}
      </div>
      <section id="review" hidden={!reviewing} aria-labelledby="review-heading" className="review">
        <h2 id="review-heading">Review</h2>
        <ol className="review__list">
          {questions.map((question, index) => (
            <li key={question.id} className="review__item">
              <h3>
                Question {index + 1}: {question.prompt}
              </h3>
              <QuestionFeedback
                question={question}
                response={readResponse(question, attempt.responses[question.id])}
                order={orderIn(question, attempt)}
                seed={attempt.seed}
                score={perQuestion[question.id] ?? NOT_GRADED}
              />
            </li>
          ))}
        </ol>
      </section>
      {isPractice ? null : <AttemptHistory quizId={quiz.id} />}
    </div>
  );
}
