import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { data, Link, useLoaderData, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { loadQuiz } from '../../content/load-quiz.ts';
import { course, getLesson } from '../../content/course.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { inProgressAttempt, quizSummary, refreshChangedQuestions } from '../../progress/attempt-records.ts';
import type { AttemptRecord } from '../../progress/types.ts';
import { passMarkFor } from '../../progress/course-rules.ts';
import { useLmsPassMark } from '../../progress/lms-pass-mark.ts';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { nudgeFor, QuestionInput } from './question-input.tsx';
import { QuestionFeedback } from './question-feedback.tsx';
import { isAnswered, readResponse } from '../../engine/index.ts';
import { orderIn } from './attempt-factory.ts';
import { attemptQuestions, gradeStoredAttempt, useQuizActions } from './use-quiz-actions.ts';
import { useSteadyPress } from './steady-press.ts';
import { ReplacedAttempt, useHeldAttempt } from './replaced-attempt.tsx';
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
  // This page's own copy of its open attempt, for when a Replace or Reset in another tab takes it away.
  const held = useHeldAttempt(attemptId);

  useEffect(() => {
    setLastRoute(attemptId ? `${paths.quiz(quiz.id)}?attempt=${attemptId}` : paths.quiz(quiz.id));
  }, [quiz.id, attemptId, setLastRoute]);

  if (attempt && attempt.quizId === quiz.id && !attempt.finishedAt) return <TakeQuiz key={attempt.id} attemptId={attempt.id} />;
  const replaced = !attempt && held?.quizId === quiz.id ? held : undefined;
  return <QuizIntro missingAttempt={attemptId !== null && !attempt && !replaced} replaced={replaced} />;
}

function QuizIntro({ missingAttempt, replaced }: { missingAttempt: boolean; replaced?: AttemptRecord | undefined }) {
  const { quiz } = useLoaderData<typeof loader>();
  const attempts = useProgressStore((s) => s.attempts);
  const resumable = inProgressAttempt(attempts, quiz.id);
  const summary = quizSummary(attempts, quiz.id);
  const mark = passMarkFor(quiz.id, useLmsPassMark());
  const { start } = useQuizActions(quiz);
  const navigate = useNavigate();
  const lesson = getLesson(quiz.lessonId);
  return (
    <div className="page page--narrow quiz">
      <title>{`${quiz.title} · ${course.title}`}</title>
      <p className="eyebrow">{quiz.mode === 'exam' ? 'Final assessment' : 'Scenario quiz'}</p>
      <h1>{quiz.title}</h1>
      {missingAttempt ? (
        <p className="notice" role="status">
          That attempt isn’t saved in this browser. You can start a new one below.
        </p>
      ) : null}
      {replaced ? <ReplacedAttempt attempt={replaced} /> : null}
      <ul className="quiz-facts">
        <li>
          <strong>{quiz.length}</strong> questions
        </li>
        <li>
          Pass mark <strong>{mark?.percent ?? Math.round(quiz.passMark * 100)}%</strong>
          {mark?.setBy === 'lms' ? ', set by your LMS' : null}
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
  // Exam mode, "See results" with questions unanswered: the warning and its own confirm, below (see `onNext`).
  const [confirming, setConfirming] = useState(false);
  const pageRef = useRef<HTMLDivElement>(null);
  const { settling, settle, steady } = useSteadyPress(pageRef);
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
    setNudge('');
    setConfirming(false);
    setPosition(next);
    goTo(attemptId, next);
    // The next question's controls sit where the pressed one was: a double tap moves one question, not two.
    settle();
  };
  const questions = attemptQuestions(quiz, attempt);
  const index = Math.max(0, Math.min(position, questions.length - 1));
  const question = questions[index];
  const legendId = `question-${question?.id ?? 'none'}`;

  // Where this page last put focus on purpose: an ignored press (the second of a double tap, whose pointer-down
  // focused the control under it) puts it back there.
  const focused = useRef<HTMLElement | null>(null);
  // Each question takes focus as it appears (after "Start quiz", "Resume quiz", "Next question" or "Previous
  // question"), so keyboard and screen-reader users start at its prompt rather than on the page body.
  useEffect(() => {
    const legend = document.getElementById(legendId);
    legend?.focus({ preventScroll: true });
    legend?.scrollIntoView?.({ block: 'nearest' });
    focused.current = legend;
  }, [legendId]);

  // After "Check answer" the button is gone: focus moves to the verdict, with "Next question" kept in view
  // just above it. After "See results" with questions unanswered, to the warning (never to its confirm).
  const feedbackRef = useRef<HTMLDivElement>(null);
  const focusFeedback = useRef(false);
  useEffect(() => {
    if (!focusFeedback.current) return;
    focusFeedback.current = false;
    feedbackRef.current?.focus({ preventScroll: true });
    focused.current = feedbackRef.current;
    feedbackRef.current?.previousElementSibling?.scrollIntoView?.({ block: 'nearest' });
    // The warning's own buttons, just below it.
    if (feedbackRef.current?.nextElementSibling?.classList.contains('quiz__finish')) feedbackRef.current.nextElementSibling.scrollIntoView?.({ block: 'nearest' });
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
  const unanswered = questions.flatMap((q, at) => (isAnswered(q, readResponse(q, attempt.responses[q.id])) ? [] : [at]));
  const warning = !practice && last && confirming && unanswered.length > 0;

  const onCheck = () => {
    if (!answered) {
      setNudge(nudgeFor(question));
      return;
    }
    setNudge('');
    focusFeedback.current = true;
    check(attemptId, question.id);
    // "Next question" (or "See results") now stands where "Check answer" was: a double tap stops at the feedback.
    settle();
  };

  const finishNow = () => {
    const latest = useProgressStore.getState().attempts[attemptId]!;
    finish(attemptId, gradeStoredAttempt(quiz, latest));
    navigate(paths.attempt(quiz.id, attemptId));
  };

  const onNext = () => {
    if (!last) {
      moveTo(index + 1);
      return;
    }
    // Finishing an exam with questions unanswered takes a separate, deliberate press: "See results" only warns
    // (again, if pressed again), and the confirm is another button, below the warning, away from this one.
    if (!practice && unanswered.length > 0) {
      if (confirming) {
        feedbackRef.current?.focus({ preventScroll: true });
        return;
      }
      settle();
      setConfirming(true);
      focusFeedback.current = true;
      return;
    }
    finishNow();
  };

  /** A press on one of the quiz's controls: through `steady` (a double tap presses once). */
  const press = (event: MouseEvent, action: () => void) => {
    if (!steady(event, action)) focused.current?.focus({ preventScroll: true });
  };

  const count = unanswered.length;
  const firstUnanswered = unanswered[0] ?? 0;

  return (
    <div className="page page--narrow quiz" ref={pageRef} data-settling={settling || undefined}>
      <title>{`Question ${index + 1} of ${questions.length} · ${quiz.title} · ${course.title}`}</title>
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
        {/* In practice too: back to a checked question, its feedback shown again and its answer locked. */}
        {index > 0 ? (
          <button type="button" className="button button--secondary" aria-disabled={settling || undefined} onClick={(event) => press(event, () => moveTo(index - 1))}>
            Previous question
          </button>
        ) : null}
        {practice && !checked ? (
          <button type="button" className="button" aria-disabled={settling || undefined} onClick={(event) => press(event, onCheck)}>
            Check answer
          </button>
        ) : (
          <button type="button" className="button" aria-disabled={settling || undefined} onClick={(event) => press(event, onNext)}>
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
        {warning ? (
          <p className="notice">
            {count} {count === 1 ? 'question has' : 'questions have'} no answer yet. An unanswered question scores 0. Go back to answer{' '}
            {count === 1 ? 'it' : 'them'}, or finish now.
          </p>
        ) : null}
        {practice && checked ? <QuestionFeedback question={question} response={response} order={order} seed={attempt.seed} /> : null}
      </div>
      {warning ? (
        <div className="button-row quiz__finish">
          {firstUnanswered !== index ? (
            <button type="button" className="button" aria-disabled={settling || undefined} onClick={(event) => press(event, () => moveTo(firstUnanswered))}>
              Go to question {firstUnanswered + 1}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" aria-disabled={settling || undefined} onClick={(event) => press(event, finishNow)}>
            Finish with {count} unanswered
          </button>
        </div>
      ) : null}
    </div>
  );
}
