import { Link } from 'react-router';
import { course, lessons } from '../../content/course.ts';
import { issuer, signatory } from '../../content/brand.ts';
import { hasQuiz } from '../../content/quizzes.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { certificateStatus, FINAL_ASSESSMENT_ID } from '../../progress/course-rules.ts';
import { useLmsPassMark } from '../../progress/lms-pass-mark.ts';
import './certificate.css';
import { lazily } from '../../components/ui/format.ts';

const dateFormat = lazily(() => new Intl.DateTimeFormat('en', { dateStyle: 'long' }));

export function Component() {
  const lessonRecords = useProgressStore((s) => s.lessons);
  const attempts = useProgressStore((s) => s.attempts);
  const learnerName = useProgressStore((s) => s.learnerName);
  const setLearnerName = useProgressStore((s) => s.setLearnerName);
  // Judged by the mark that applies: the LMS's where it launched the course with one, else the course's.
  const lmsMark = useLmsPassMark();
  const { remaining, bestPass: best, finalBest, passMark, unlocked } = certificateStatus({ lessons: lessonRecords, attempts }, lessons, lmsMark);
  const byLms = passMark?.setBy === 'lms' ? ', the pass mark set by your LMS' : '';

  if (!unlocked || !best) {
    return (
      <div className="page page--narrow">
        <title>{`Certificate · ${course.title}`}</title>
        <h1>Your certificate</h1>
        <p>Your certificate of completion unlocks when you have finished every lesson and passed the final assessment. Here is what remains:</p>
        <ul className="certificate-todo">
          {remaining.map((lesson) => (
            <li key={lesson.id}>
              Complete <Link to={paths.lesson(lesson.id)}>{lesson.title}</Link>
            </li>
          ))}
          {best ? null : (
            <li>
              Pass the{' '}
              {hasQuiz(FINAL_ASSESSMENT_ID) ? <Link to={paths.quiz(FINAL_ASSESSMENT_ID)}>final assessment</Link> : 'final assessment'}
              {passMark !== undefined ? ` (${passMark.percent}% or more${byLms})` : ''}
              {finalBest !== undefined ? ` — your best so far is ${finalBest}%` : ''}
            </li>
          )}
        </ul>
      </div>
    );
  }

  return (
    <div className="page certificate-page">
      <title>{`Certificate · ${course.title}`}</title>
      <h1 className="visually-hidden">Your certificate</h1>
      <div className="certificate-controls no-print">
        <label htmlFor="learner-name" className="field-label">
          Your name, as it should appear
        </label>
        <input id="learner-name" type="text" autoComplete="name" value={learnerName} onChange={(event) => setLearnerName(event.target.value)} />
        <button type="button" className="button" onClick={() => window.print()} disabled={!learnerName.trim()}>
          Print certificate
        </button>
        {learnerName.trim() ? null : <p className="certificate-hint">Enter your name to print the certificate.</p>}
      </div>
      <article className="certificate" aria-label="Certificate of completion">
        <p className="certificate__kicker">Certificate of completion</p>
        <p className="certificate__presented">This certifies that</p>
        <p className="certificate__name">{learnerName.trim() || 'Your name'}</p>
        <p className="certificate__text">
          has completed <strong>{course.title}</strong>: {course.tagline.toLowerCase()} — all {lessons.length} lessons and the final assessment.
        </p>
        <dl className="certificate__facts">
          <div>
            <dt>Final assessment</dt>
            <dd>{best.score.percent}%</dd>
          </div>
          {passMark !== undefined ? (
            <div>
              <dt>Pass mark</dt>
              <dd>
                {passMark.percent}%{passMark.setBy === 'lms' ? ', set by your LMS' : ''}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Date</dt>
            <dd>{dateFormat().format(new Date(best.finishedAt))}</dd>
          </div>
        </dl>
        {issuer ? <p className="certificate__issuer">{issuer}</p> : null}
        {signatory ? (
          <div className="certificate__signatory">
            {signatory.signature ? <img className="certificate__signature" src={signatory.signature} alt={`Signature of ${signatory.name}`} /> : null}
            <p>
              <strong>{signatory.name}</strong>
              <br />
              {signatory.role}
            </p>
          </div>
        ) : null}
      </article>
    </div>
  );
}
