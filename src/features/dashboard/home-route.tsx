import { Link } from 'react-router';
import { course, lessons } from '../../content/course.ts';
import { hasQuiz } from '../../content/quizzes.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { quizSummary } from '../../progress/attempt-records.ts';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { courseStatus, courseSteps, FINAL_ASSESSMENT_ID, LESSON_STATUS_LABEL, lessonStatus } from '../../progress/course-rules.ts';
import { useLmsPassMark } from '../../progress/lms-pass-mark.ts';
import { continueTarget, reviewSuggestion } from './course-progress.ts';
import './dashboard.css';


export function Component() {
  const lessonRecords = useProgressStore((s) => s.lessons);
  const attempts = useProgressStore((s) => s.attempts);
  const lastRoute = useProgressStore((s) => s.lastRoute);
  const data = { lessons: lessonRecords, attempts };
  const lessonIds = lessons.map((lesson) => lesson.id);
  // The final assessment counts as passed by the mark that applies (the LMS's, where it launched the course with one).
  const progress = courseSteps(data, lessonIds, useLmsPassMark());
  const target = continueTarget(lessons, lessonRecords, lastRoute, attempts);
  const finalBest = courseStatus(data, lessonIds).score;
  const review = reviewSuggestion(lessons, lessonRecords, attempts, new Date());

  return (
    <div className="page">
      <title>{`${course.title} · ${course.tagline}`}</title>
      <section className="hero" aria-labelledby="course-title">
        <h1 id="course-title">{course.title}</h1>
        <p className="hero__tagline">{course.tagline}</p>
        <div className="hero__progress">
          <p id="course-progress-label" className="hero__progress-label">
            {progress.done} of {progress.total} steps done
          </p>
          <ProgressBar label="Course progress" value={progress.done} max={progress.total} valueText={`${progress.done} of ${progress.total} steps done`} />
        </div>
        <p className="button-row hero__cta">
          <Link className="button" to={target.to}>
            {target.started ? 'Continue' : 'Start the course'}
          </Link>
          {target.started ? <span className="hero__continue-hint">{target.label}</span> : null}
        </p>
      </section>
      {review && hasQuiz(review.lesson.id) ? (
        <section aria-labelledby="review-heading" className="review-card">
          <h2 id="review-heading">Time for a quick review</h2>
          <p>
            You finished “{review.lesson.title}” {review.days} days ago. A few questions now will help it stick.
          </p>
          <p className="button-row">
            <Link className="button button--secondary" to={paths.quiz(review.lesson.id)}>
              Review {review.lesson.title}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <ol className="lesson-list">
          {lessons.map((lesson) => {
            const status = lessonStatus(data, lesson.id);
            const summary = quizSummary(attempts, lesson.id);
            return (
              <li key={lesson.id} className="lesson-card">
                <p className="lesson-card__top">
                  <span className="lesson-card__number">Lesson {lesson.order}</span>
                  <span className={`status-pill status-pill--${status}`}>{LESSON_STATUS_LABEL[status]}</span>
                </p>
                <h3 className="lesson-card__title">
                  <Link to={paths.lesson(lesson.id)}>{lesson.title}</Link>
                </h3>
                <p className="lesson-card__summary">{lesson.summary}</p>
                <p className="lesson-card__meta">
                  {lesson.minutes} min
                  {hasQuiz(lesson.id) ? (
                    <>
                      {' · '}
                      <Link to={paths.quiz(lesson.id)} aria-label={`Quiz: ${lesson.title}`}>
                        Quiz
                      </Link>
                      {summary.best !== undefined ? ` · Best score ${summary.best}%` : ''}
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
      {hasQuiz(FINAL_ASSESSMENT_ID) ? (
        <section aria-labelledby="final-heading" className="final-card">
          <h2 id="final-heading">Final assessment</h2>
          <p>
            Questions drawn from every lesson, with feedback at the end. Pass it and finish {lessons.length === 1 ? 'the lesson' : `all ${lessons.length} lessons`} to earn your{' '}
            <Link to={paths.certificate()}>certificate</Link>.
          </p>
          <p className="button-row">
            <Link className="button button--secondary" to={paths.quiz(FINAL_ASSESSMENT_ID)}>
              Go to the final assessment
            </Link>
            {finalBest !== undefined ? <span>Best score {finalBest}%</span> : null}
          </p>
        </section>
      ) : null}
    </div>
  );
}
