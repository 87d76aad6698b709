import { useState } from 'react';
import { Link, Navigate, useLoaderData, useParams } from 'react-router';
import { gradeAttempt, isAnswered, isFullCredit, readResponse, percentOf } from '../../engine/index.ts';
import { getLesson, skillLabel } from '../../content/course.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
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

export function Component() {
  const { quiz } = useLoaderData<typeof quizLoader>();
  const { attemptId = '' } = useParams();
  const attempt = useProgressStore((s) => s.attempts[attemptId]);
  const [reviewing, setReviewing] = useState(false);
  const { start, practice } = useQuizActions(quiz);

  if (!attempt || attempt.quizId !== quiz.id) return <NotFound what="attempt" />;
  if (!attempt.finishedAt || !attempt.score) return <Navigate to={`${paths.quiz(quiz.id)}?attempt=${attempt.id}`} replace />;

  const questions = attemptQuestions(quiz, attempt);
  const { perQuestion } = gradeAttempt(questions, attempt.responses, quiz.passMark);
  const missed = questions.filter((q) => !perQuestion[q.id] || !isFullCredit(perQuestion[q.id]!)).map((q) => q.id);
  const unanswered = questions.flatMap((q, index) => (isAnswered(q, readResponse(q, attempt.responses[q.id])) ? [] : [index + 1]));
  const lesson = getLesson(quiz.lessonId);
  const { score } = attempt;
  const isPractice = attempt.kind === 'practice';

  return (
    <div className="page page--narrow quiz">
      <title>{`Results: ${quiz.title} · Frontline`}</title>
      <p className="eyebrow">{isPractice ? 'Practice round results' : 'Results'}</p>
      <h1>{quiz.title}</h1>
      <section className={`result-card ${score.passed ? 'result-card--pass' : 'result-card--fail'}`} aria-labelledby="score-heading">
        <h2 id="score-heading" className="result-card__score">
          {score.percent}%
        </h2>
        <p className="result-card__verdict">
          {isPractice
            ? 'Practice rounds don’t change your scored attempts.'
            : score.passed
              ? `Passed: the pass mark is ${Math.round(quiz.passMark * 100)}%.`
              : `Not passed yet: the pass mark is ${Math.round(quiz.passMark * 100)}%. Review your answers and try again.`}
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
              />
            </li>
          ))}
        </ol>
      </section>
      {isPractice ? null : <AttemptHistory quizId={quiz.id} />}
    </div>
  );
}
