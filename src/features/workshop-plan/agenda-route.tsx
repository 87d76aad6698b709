import { Link, useLoaderData } from 'react-router';
import { loadWorkshop } from '../../content/workshop.ts';
import { paths } from '../../config/paths.ts';
import { PrintButton } from './print-button.tsx';
import { formatClock, formatDuration, lessonParts, schedule } from './schedule.ts';
import './workshop-plan.css';
import { course } from '../../content/course.ts';

/** `/workshop`: the half-day agenda a trainer prints and runs, with a link to each lesson's materials. */
export async function loader() {
  return loadWorkshop();
}

export function Component() {
  const workshop = useLoaderData<typeof loader>();
  const { rows, start, end } = schedule(workshop);
  const title = workshop.agenda?.title ?? 'Workshop plan';
  const breaks = rows.filter((row) => row.kind === 'break').length;

  return (
    <article className="page workshop-plan workshop-agenda" aria-labelledby="agenda-title">
      <title>{`${title} · ${course.title}`}</title>
      <header className="workshop-plan__header">
        <p className="eyebrow">For trainers</p>
        <h1 id="agenda-title">{title}</h1>
        <p className="workshop-plan__lead">
          {formatDuration(end - start)}, from {formatClock(start)} to {formatClock(end)}
          {breaks > 0 ? `, with ${breaks === 1 ? 'one break' : `${breaks} breaks`}` : ''}. Each lesson runs its slides, a
          discussion, a role-play in threes and the workshop quiz.
        </p>
        <div className="button-row no-print">
          <PrintButton>Print agenda</PrintButton>
        </div>
      </header>

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <table className="agenda">
          <thead>
            <tr>
              <th scope="col">Start</th>
              <th scope="col">Session</th>
              <th scope="col" className="agenda__minutes">
                <span aria-hidden="true">Min</span>
                <span className="visually-hidden">Minutes</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind === 'lesson' ? row.lesson.id : `${row.kind}-${row.start}`} className={`agenda__row agenda__row--${row.kind}`}>
                <td className="agenda__time">{formatClock(row.start)}</td>
                {row.kind === 'lesson' ? (
                  <th scope="row" className="agenda__session">
                    <Link to={paths.workshopMaterials(row.lesson.id)}>
                      Lesson {row.lesson.order}: {row.lesson.title}
                    </Link>
                    <span className="agenda__parts">
                      {lessonParts(row.lesson)
                        .map((part) => `${part.label} ${part.minutes} min`)
                        .join(' · ')}
                    </span>
                  </th>
                ) : (
                  <th scope="row" className="agenda__session">
                    {row.title}
                    {row.kind === 'session' ? <span className="agenda__notes">{row.notes}</span> : null}
                  </th>
                )}
                <td className="agenda__minutes">{row.minutes}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td className="agenda__time">{formatClock(end)}</td>
              <th scope="row" className="agenda__session">
                End
              </th>
              <td className="agenda__minutes">{end - start}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      {workshop.agenda ? (
        <section aria-labelledby="prepare-heading" className="workshop-agenda__prepare">
          <h2 id="prepare-heading">Before the day</h2>
          <ul>
            {workshop.agenda.prepare.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav aria-labelledby="materials-heading" className="no-print">
        <h2 id="materials-heading">Materials for each lesson</h2>
        <p>The trainer sheet, role-play cards and rating slips, ready to print.</p>
        <ul className="workshop-agenda__links">
          {workshop.lessons.map((lesson) => (
            <li key={lesson.id}>
              <Link to={paths.workshopMaterials(lesson.id)}>{lesson.title}: workshop materials</Link>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
