import { Link } from 'react-router';
import { course, lessons, skillLabel } from '../../content/course.ts';
import { quizIds } from '../../content/quizzes.ts';
import { paths } from '../../config/paths.ts';
import { useProgressStore } from '../../progress/store.ts';
import { skillMastery } from '../../progress/attempt-records.ts';
import { FINAL_ASSESSMENT_ID, LESSON_STATUS_LABEL, lessonStatus } from '../../progress/course-rules.ts';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { AttemptHistory } from '../../components/attempt-history/attempt-history.tsx';
import { TransferPanel } from './transfer-panel.tsx';
import './progress.css';

const quizTitle = (id: string) => (id === FINAL_ASSESSMENT_ID ? 'Final assessment' : (lessons.find((l) => l.id === id)?.title ?? id));

export function Component() {
  const lessonRecords = useProgressStore((s) => s.lessons);
  const attempts = useProgressStore((s) => s.attempts);
  const reflections = useProgressStore((s) => s.reflections);
  const mastery = skillMastery(attempts);
  const taken = quizIds.filter((id) => Object.values(attempts).some((a) => a.quizId === id && a.finishedAt && a.kind === 'scored'));

  return (
    <div className="page progress-page">
      <title>{`Your progress · ${course.title}`}</title>
      <h1>Your progress</h1>
      <p>Everything here is saved in this browser only. Export it to keep a copy or to move to another device.</p>

      <section aria-labelledby="lessons-done-heading">
        <h2 id="lessons-done-heading">Lessons</h2>
        <ul className="progress-lessons">
          {lessons.map((lesson) => (
            <li key={lesson.id}>
              <Link to={paths.lesson(lesson.id)}>{lesson.title}</Link>
              {' — '}
              {LESSON_STATUS_LABEL[lessonStatus({ lessons: lessonRecords, attempts }, lesson.id)].toLowerCase()}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading">Skills</h2>
        {Object.keys(mastery).length === 0 ? (
          <p>Take a quiz to see how you are doing on each skill.</p>
        ) : (
          <p className="skills__basis">Each skill counts your latest scored attempt of every quiz you have taken, so a retake replaces the old score. Practice rounds don’t count.</p>
        )}
        {Object.keys(mastery).length === 0 ? null : (
          <ul className="skills">
            {Object.entries(mastery).map(([skill, m]) => (
              <li key={skill} className="skills__item">
                <span className="skills__label">{skillLabel(skill)}</span>
                <ProgressBar label={`${skillLabel(skill)} mastery`} value={m.percent} />
                <span className="skills__value">
                  {m.percent}%<span className="visually-hidden">,</span>{' '}
                  <span className="skills__count">
                    ({m.questions} {m.questions === 1 ? 'question' : 'questions'} in {m.quizzes} {m.quizzes === 1 ? 'quiz' : 'quizzes'})
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Quiz history</h2>
        {taken.length === 0 ? <p>No finished quizzes yet.</p> : null}
        {taken.map((id) => (
          <div key={id} className="progress-quiz">
            <h3>
              <Link to={paths.quiz(id)}>{quizTitle(id)}</Link>
            </h3>
            <AttemptHistory quizId={id} headingLevel={4} />
          </div>
        ))}
      </section>

      {Object.keys(reflections).length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Your reflections</h2>
          <ul className="progress-notes">
            {Object.entries(reflections).map(([id, note]) => (
              <li key={id}>
                <p>{note.text || <em>(empty)</em>}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <TransferPanel />
    </div>
  );
}
