import { useEffect, useRef } from 'react';
import { data, Link, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { course, getLesson, loadLesson, nextLesson } from '../../content/course.ts';
import { hasQuiz } from '../../content/quizzes.ts';
import { logo, organisation } from '../../content/brand.ts';
import { mdxComponents } from '../../components/mdx/registry.tsx';
import { LessonViewProvider } from '../../components/mdx/lesson-view.tsx';
import type { Lesson } from '../../content/lesson-schema.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { useReadingPosition } from './use-reading-position.ts';
import { LessonProgress } from './lesson-progress.tsx';
import './lesson.css';

export async function loader({ params }: LoaderFunctionArgs) {
  const meta = getLesson(params.lessonId);
  if (!meta) throw data('Lesson not found', { status: 404 });
  return loadLesson(meta);
}

export function Component() {
  const { lesson, Body } = useLoaderData<typeof loader>();
  const location = useLocation();
  const next = nextLesson(lesson.id);
  const articleRef = useRef<HTMLElement>(null);
  const showNotes = useProgressStore((s) => s.prefs.showTrainerNotes);
  const setPref = useProgressStore((s) => s.setPref);
  const completedAt = useProgressStore((s) => s.lessons[lesson.id]?.completedAt);
  const visitLesson = useProgressStore((s) => s.visitLesson);
  const completeLesson = useProgressStore((s) => s.completeLesson);
  const uncompleteLesson = useProgressStore((s) => s.uncompleteLesson);
  // After marking, focus moves to what replaced the button, so keyboard users are not dropped on the body.
  const markRef = useRef<HTMLElement | null>(null);
  const marked = useRef(false);
  useEffect(() => {
    if (!marked.current) return;
    marked.current = false;
    markRef.current?.focus();
  }, [completedAt]);
  const setLastRoute = useProgressStore((s) => s.setLastRoute);
  const setLastPart = useProgressStore((s) => s.setLastPart);
  const lastPart = useProgressStore((s) => s.lessons[lesson.id]?.lastPart);
  // One part at a time (the learner's choice): the part on screen is the one they reached last.
  const stepped = useProgressStore((s) => s.prefs.onePartAtATime);
  const partIndex = Math.max(0, lesson.parts.findIndex((part) => part.id === lastPart));
  const current = stepped ? partIndex : undefined;
  const isLastPart = partIndex === lesson.parts.length - 1;
  const stepTo = useRef(false);
  const goToPart = (index: number) => {
    const part = lesson.parts[index];
    if (!part) return;
    stepTo.current = true;
    setLastPart(lesson.id, part.id);
  };
  // After a step, the new part's heading takes focus, at the top of the screen.
  useEffect(() => {
    if (!stepTo.current) return;
    stepTo.current = false;
    const section = document.getElementById(`part-${lesson.parts[partIndex]?.id ?? ''}`);
    const heading = section?.querySelector<HTMLElement>('h2, h1') ?? section;
    if (!section || !heading) return;
    heading.tabIndex = -1;
    section.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [partIndex, lesson.parts]);

  useEffect(() => {
    visitLesson(lesson.id);
    setLastRoute(paths.lesson(lesson.id));
  }, [lesson.id, visitLesson, setLastRoute]);

  // "Continue" links to /lessons/:id#part-…: bring that part into view once the body has rendered.
  // One part at a time, the part named in the link is the one shown.
  useEffect(() => {
    if (!location.hash) return;
    const id = decodeURIComponent(location.hash.slice(1));
    const part = useProgressStore.getState().prefs.onePartAtATime ? lesson.parts.find((p) => `part-${p.id}` === id) : undefined;
    if (part) setLastPart(lesson.id, part.id);
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());
  }, [location.hash, lesson.id, lesson.parts, setLastPart]);

  useReadingPosition(lesson.id, articleRef);

  return (
    <article ref={articleRef} className="page lesson" aria-labelledby="lesson-title">
      <title>{`${lesson.title} · ${course.title}`}</title>
      <header className="lesson__header">
        {/* The printed handout's letterhead: the header with the logo and the course's name is not printed. */}
        <p className="print-only lesson__letterhead">
          {logo ? <img className="lesson__letterhead-logo" src={logo.src} alt="" /> : null}
          {course.title}
          {organisation !== course.title ? ` · ${organisation}` : ''}
        </p>
        <p className="eyebrow">
          Lesson {lesson.order} · {lesson.minutes} min{completedAt ? ' · Completed' : ''}
        </p>
        <h1 id="lesson-title">{lesson.title}</h1>
        <p className="lesson__summary">{lesson.summary}</p>
        <div className="lesson__actions no-print" role="group" aria-label="Lesson actions">
          <Link className="button button--secondary" to={paths.present(lesson.id, 1)}>
            Present
          </Link>
          <Link className="button button--secondary" to={paths.workshopMaterials(lesson.id)}>
            Workshop materials
          </Link>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print handout
          </button>
          <label className="toggle">
            <input type="checkbox" checked={showNotes} onChange={(event) => setPref('showTrainerNotes', event.target.checked)} />
            Show trainer notes
          </label>
          <label className="toggle">
            <input type="checkbox" checked={stepped} onChange={(event) => setPref('onePartAtATime', event.target.checked)} />
            One part at a time
          </label>
        </div>
        <section className="objectives" aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">In this lesson you will</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      </header>
      <LessonProgress lesson={lesson} onJump={stepped ? goToPart : undefined} />
      <LessonViewProvider value={{ mode: 'page', showNotes, lessonId: lesson.id, current }}>
        <div className="prose">
          <Body components={mdxComponents} />
        </div>
      </LessonViewProvider>
      {stepped ? <PartSteps lesson={lesson} index={partIndex} onStep={goToPart} /> : null}
      {/* One part at a time, the end of the lesson (which marks it complete when reached) comes with the last part. */}
      <footer className={`lesson__end no-print${stepped && !isLastPart ? ' lesson__end--away' : ''}`} data-lesson-end="">
        <div className="button-row">
          {completedAt ? (
            <>
              <p className="lesson__done" role="status" tabIndex={-1} ref={(el) => void (markRef.current = el)}>
                <span aria-hidden="true">✓ </span>Lesson complete
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  marked.current = true;
                  uncompleteLesson(lesson.id);
                }}
              >
                Mark as not complete
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button"
              ref={(el) => void (markRef.current = el)}
              onClick={() => {
                marked.current = true;
                completeLesson(lesson.id);
              }}
            >
              Mark lesson complete
            </button>
          )}
          {hasQuiz(lesson.id) ? (
            <Link className="button button--secondary" to={paths.quiz(lesson.id)}>
              Take the scenario quiz
            </Link>
          ) : null}
        </div>
        <nav className="lesson__next" aria-label="Next steps">
          {next ? (
            <Link to={paths.lesson(next.id)}>Next lesson: {next.title}</Link>
          ) : (
            <Link to={paths.home()}>Back to the course home</Link>
          )}
        </nav>
      </footer>
    </article>
  );
}

/** One part at a time: the way to the previous and next parts, named, below the part on screen. */
function PartSteps({ lesson, index, onStep }: { lesson: Lesson; index: number; onStep: (index: number) => void }) {
  const previous = lesson.parts[index - 1];
  const next = lesson.parts[index + 1];
  return (
    <nav className="part-steps no-print" aria-label="Previous and next part">
      {previous ? (
        <button type="button" className="button button--secondary part-steps__previous" onClick={() => onStep(index - 1)}>
          <span aria-hidden="true">← </span>Previous part: {previous.title}
        </button>
      ) : null}
      {next ? (
        <button type="button" className="button part-steps__next" onClick={() => onStep(index + 1)}>
          Next part: {next.title}
          <span aria-hidden="true"> →</span>
        </button>
      ) : null}
    </nav>
  );
}
