import { useEffect, useRef, useState } from 'react';
import { data, Link, useLoaderData, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadQuiz } from '../../content/load-quiz.ts';
import { getLesson } from '../../content/course.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { inProgressAttempt, quizSummary, refreshChangedQuestions } from '../../progress/attempt-records.ts';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { nudgeFor, QuestionInput } from './question-input.tsx';
import { QuestionFeedback } from './question-feedback.tsx';
import { isAnswered, readResponse } from '../../engine/index.ts';
import { orderIn } from './attempt-factory.ts';
import { attemptQuestions, gradeStoredAttempt, useQuizActions } from './use-quiz-actions.ts';
import { AttemptHistory } from '../../components/attempt-history/attempt-history.tsx';
import './quiz.css';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const quiz = params.quizId ? await loadQuiz(params.quizId) : undefined;
  if (!quiz) throw data('Quiz not found', { status: 404 });
  // Content may have changed since an attempt began: ask changed questions again, keep every other answer.
  const attemptId = new URL(request.url).searchParams.get('attempt');
  const store = useProgressStore.getState();
  const attempt = attemptId ? store.attempts[attemptId] : undefined;
  let changed = 0;
  if (attempt && attempt.quizId === quiz.id) {
    const refreshed = refreshChangedQuestions(attempt, quiz.hashes, new Date().toISOString());
    if (refreshed.changed.length > 0) store.saveAttempt(refreshed.attempt);
    changed = refreshed.changed.length;
  }
  return { quiz, changed };
}

export function Component() {
  const { quiz } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const attemptId = params.get('attempt');
  const attempt = useProgressStore((s) => (attemptId ? s.attempts[attemptId] : undefined));
  const setLastRoute = useProgressStore((s) => s.setLastRoute);

  useEffect(() => {
    setLastRoute(attemptId ? `${paths.quiz(quiz.id)}?attempt=${attemptId}` : paths.quiz(quiz.id));
  }, [quiz.id, attemptId, setLastRoute]);

  if (attempt && attempt.quizId === quiz.id && !attempt.finishedAt) return <TakeQuiz key={attempt.id} attemptId={attempt.id} />;
  return <QuizIntro missingAttempt={attemptId !== null && !attempt} />;
}

function QuizIntro({ missingAttempt }: { missingAttempt: boolean }) {
  const { quiz } = useLoaderData<typeof loader>();
  const attempts = useProgressStore((s) => s.attempts);
  const resumable = inProgressAttempt(attempts, quiz.id);
  const summary = quizSummary(attempts, quiz.id);
  const { start } = useQuizActions(quiz);
  const navigate = useNavigate();
  const lesson = getLesson(quiz.lessonId);
  return (
    <div className="page page--narrow quiz">
      <title>{`${quiz.title} · Frontline`}</title>
      <p className="eyebrow">{quiz.mode === 'exam' ? 'Final assessment' : 'Scenario quiz'}</p>
      <h1>{quiz.title}</h1>
      {missingAttempt ? (
        <p className="notice" role="status">
          That attempt isn’t saved in this browser. You can start a new one below.
        </p>
      ) : null}
      <ul className="quiz-facts">
        <li>
          <strong>{quiz.length}</strong> questions
        </li>
        <li>
          Pass mark <strong>{Math.round(quiz.passMark * 100)}%</strong>
        </li>
        <li>{quiz.mode === 'exam' ? 'Exam mode: feedback at the end' : 'Practice mode: feedback after each question'}</li>
      </ul>
      <p>
        {quiz.mode === 'exam'
          ? 'Questions are drawn from every lesson and shuffled for each attempt. Take your time: you can go back before you see your results.'
          : 'Each question is a situation from the front line. Choose what you would do, check your answer, and read why. Options are reshuffled on every retake.'}
      </p>
      <div className="button-row">
        {resumable ? (
          <>
            <button type="button" className="button" onClick={() => navigate(`${paths.quiz(quiz.id)}?attempt=${resumable.id}`)}>
              Resume quiz
            </button>
            <span className="quiz-resume-hint">
              Question {resumable.current + 1} of {resumable.questionIds.length}
            </span>
            <button type="button" className="button button--secondary" onClick={start}>
              Start over
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={start}>
            {summary.count > 0 ? 'Retake quiz' : 'Start quiz'}
          </button>
        )}
        {lesson ? <Link to={paths.lesson(lesson.id)}>Back to the lesson</Link> : <Link to={paths.home()}>Back to the course</Link>}
      </div>
      <AttemptHistory quizId={quiz.id} />
    </div>
  );
}

function TakeQuiz({ attemptId }: { attemptId: string }) {
  const { quiz, changed } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const attempt = useProgressStore((s) => s.attempts[attemptId]!);
  const { answer, check, goTo, finish } = useProgressStore.getState();
  const [nudge, setNudge] = useState('');
  const notice =
    changed === 0
      ? ''
      : changed === 1
        ? 'One question changed since you started, so it will be asked again. Your other answers are kept.'
        : `${changed} questions changed since you started, so they will be asked again. Your other answers are kept.`;

  // The position is this tab's own: another tab moving through the same attempt must not move this one.
  // The store keeps the latest position too, for "Resume quiz".
  const [position, setPosition] = useState(attempt.current);
  const moveTo = (next: number) => {
    setPosition(next);
    goTo(attemptId, next);
  };
  const questions = attemptQuestions(quiz, attempt);
  const index = Math.max(0, Math.min(position, questions.length - 1));
  const question = questions[index];
  const legendId = `question-${question?.id ?? 'none'}`;

  // Each question takes focus as it appears (after "Start quiz", "Resume quiz" or "Next question"), so
  // keyboard and screen-reader users start at its prompt rather than on the page body.
  useEffect(() => {
    const legend = document.getElementById(legendId);
    legend?.focus({ preventScroll: true });
    legend?.scrollIntoView?.({ block: 'nearest' });
  }, [legendId]);

  // After "Check answer" the button is gone: focus moves to the verdict, with "Next question" kept in view
  // just above it.
  const feedbackRef = useRef<HTMLDivElement>(null);
  const checkedNow = useRef(false);
  useEffect(() => {
    if (!checkedNow.current) return;
    checkedNow.current = false;
    feedbackRef.current?.focus({ preventScroll: true });
    feedbackRef.current?.previousElementSibling?.scrollIntoView?.({ block: 'nearest' });
  });

  if (!question) {
    return (
      <div className="page page--narrow quiz">
        <h1>{quiz.title}</h1>
        <p>This attempt has no questions left after a content update.</p>
        <Link to={paths.quiz(quiz.id)}>Back to the quiz</Link>
      </div>
    );
  }

  const practice = quiz.mode === 'practice' || attempt.kind === 'practice';
  const order = orderIn(question, attempt);
  const response = readResponse(question, attempt.responses[question.id]);
  const answered = isAnswered(question, response);
  const checked = attempt.checked.includes(question.id);
  const last = index === questions.length - 1;

  const onCheck = () => {
    if (!answered) {
      setNudge(nudgeFor(question));
      return;
    }
    setNudge('');
    checkedNow.current = true;
    check(attemptId, question.id);
  };

  const onNext = () => {
    if (!last) {
      setNudge('');
      moveTo(index + 1);
      return;
    }
    const latest = useProgressStore.getState().attempts[attemptId]!;
    const unanswered = attemptQuestions(quiz, latest).filter((q) => !isAnswered(q, readResponse(q, latest.responses[q.id]))).length;
    const warning = `${unanswered} ${unanswered === 1 ? 'question has' : 'questions have'} no answer yet. Go back to answer, or choose See results again to finish.`;
    if (!practice && unanswered > 0 && nudge !== warning) {
      setNudge(warning);
      return;
    }
    finish(attemptId, gradeStoredAttempt(quiz, latest));
    navigate(paths.attempt(quiz.id, attemptId));
  };

  return (
    <div className="page page--narrow quiz">
      <title>{`Question ${index + 1} of ${questions.length} · ${quiz.title} · Frontline`}</title>
      <p className="eyebrow">
        {attempt.kind === 'practice' ? `Practice round · ${quiz.title}` : quiz.title}
      </p>
      <h1 className="quiz__progress-label">
        Question {index + 1} of {questions.length}
      </h1>
      <ProgressBar label="Quiz progress" value={index + 1} max={questions.length} valueText={`Question ${index + 1} of ${questions.length}`} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className="question" data-kind={question.kind} data-question-id={question.id}>
        <QuestionInput
          question={question}
          order={order}
          seed={attempt.seed}
          response={response}
          locked={practice && checked}
          legendId={legendId}
          onChange={(next) => answer(attemptId, question.id, next)}
        />
      </div>
      <div className="button-row quiz__nav">
        {!practice && index > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => moveTo(index - 1)}>
            Previous question
          </button>
        ) : null}
        {practice && !checked ? (
          <button type="button" className="button" onClick={onCheck}>
            Check answer
          </button>
        ) : (
          <button type="button" className="button" onClick={onNext}>
            {last ? 'See results' : 'Next question'}
          </button>
        )}
        <Link to={paths.quiz(quiz.id)} className="quiz__leave">
          Save and leave
        </Link>
      </div>
      {/* Below the buttons, so a long explanation never pushes "Next question" off the screen. */}
      <div className="feedback-region" role="status" aria-live="polite" tabIndex={-1} ref={feedbackRef}>
        {nudge ? <p className="notice">{nudge}</p> : null}
        {practice && checked ? <QuestionFeedback question={question} response={response} order={order} seed={attempt.seed} /> : null}
      </div>
    </div>
  );
}
