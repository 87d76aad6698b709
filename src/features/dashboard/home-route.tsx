import { Link } from 'react-router';
import { course, lessons } from '../../content/course.ts';
import { paths } from '../../config/paths.ts';

export function Component() {
  return (
    <div className="page">
      <title>{`${course.title} · ${course.tagline}`}</title>
      <section className="hero" aria-labelledby="course-title">
        <h1 id="course-title">{course.title}</h1>
        <p className="hero__tagline">{course.tagline}</p>
      </section>
      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <ol className="lesson-list">
          {lessons.map((lesson) => (
            <li key={lesson.id} className="lesson-card">
              <h3 className="lesson-card__title">
                <Link to={paths.lesson(lesson.id)}>{lesson.title}</Link>
              </h3>
              <p className="lesson-card__summary">{lesson.summary}</p>
              <p className="lesson-card__meta">{lesson.minutes} min</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
