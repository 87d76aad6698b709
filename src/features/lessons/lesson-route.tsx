import { data, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getLesson, loadLessonBody, nextLesson } from '../../content/course.ts';
import { mdxComponents } from '../../components/mdx/registry.tsx';
import { LessonViewProvider } from '../../components/mdx/lesson-view.tsx';
import { paths } from '../../config/paths.ts';

export async function loader({ params }: LoaderFunctionArgs) {
  const lesson = getLesson(params.lessonId);
  if (!lesson) throw data('Lesson not found', { status: 404 });
  return { lesson, Body: await loadLessonBody(lesson.id) };
}

export function Component() {
  const { lesson, Body } = useLoaderData<typeof loader>();
  const next = nextLesson(lesson.id);
  return (
    <article className="page lesson" aria-labelledby="lesson-title">
      <title>{`${lesson.title} · Frontline`}</title>
      <header className="lesson__header">
        <p className="eyebrow">
          Lesson {lesson.order} · {lesson.minutes} min
        </p>
        <h1 id="lesson-title">{lesson.title}</h1>
        <p className="lesson__summary">{lesson.summary}</p>
        <section className="objectives" aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">In this lesson you will</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      </header>
      <LessonViewProvider value={{ mode: 'page', showNotes: false, lessonId: lesson.id }}>
        <div className="prose">
          <Body components={mdxComponents} />
        </div>
      </LessonViewProvider>
      <nav className="lesson__next" aria-label="Next steps">
        {next ? (
          <Link to={paths.lesson(next.id)}>Next lesson: {next.title}</Link>
        ) : (
          <Link to={paths.home()}>Back to the course home</Link>
        )}
      </nav>
    </article>
  );
}
