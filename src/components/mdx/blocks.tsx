import type { ReactNode } from 'react';
import { useLessonView, usePart } from './lesson-view.tsx';

/** Small presentational blocks a lesson may use. */

/**
 * A story box. A long one is cut into several boxes for the projector (vite-plugins/remark-lesson-parts.ts); on a page
 * the later ones (`continued`) join the first without a seam, and on a slide they say they continue.
 */
export function Scenario({ title, continued, children }: { title: string; continued?: string; children?: ReactNode }) {
  if (continued) {
    return (
      <aside className="scenario scenario--continued" aria-label={`Scenario: ${title} (continued)`}>
        <p className="scenario__label scenario__label--continued">Scenario, continued: {title}</p>
        {children}
      </aside>
    );
  }
  return (
    <aside className="scenario" aria-label={`Scenario: ${title}`}>
      <p className="scenario__label">Scenario</p>
      <h2 className="scenario__title">{title}</h2>
      {children}
    </aside>
  );
}

const TONE_LABEL = { info: 'Note', tip: 'Tip', warning: 'Watch out' } as const;

export function Callout({ tone = 'info', title, children }: { tone?: keyof typeof TONE_LABEL; title?: string; children?: ReactNode }) {
  return (
    <aside className={`callout callout--${tone}`} aria-label={title ?? TONE_LABEL[tone]}>
      <p className="callout__title">{title ?? TONE_LABEL[tone]}</p>
      {children}
    </aside>
  );
}

export function Quote({ by, role, children }: { by: string; role?: string; children?: ReactNode }) {
  return (
    <figure className="quote">
      <blockquote>{children}</blockquote>
      <figcaption>
        — {by}
        {role ? <span className="quote__role">, {role}</span> : null}
      </figcaption>
    </figure>
  );
}

export function KeyTakeaways({ children }: { children?: ReactNode }) {
  return (
    <section className="takeaways" aria-labelledby="key-takeaways-heading">
      <h2 id="key-takeaways-heading">Key takeaways</h2>
      {children}
    </section>
  );
}

export function BeforeAfter({ items }: { items: { before: string; after: string }[] }) {
  return (
    <table className="before-after">
      <caption className="visually-hidden">Phrasing to avoid and better phrasing</caption>
      <thead>
        <tr>
          <th scope="col">Instead of</th>
          <th scope="col">Try</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.before}>
            <td>{item.before}</td>
            <td>{item.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Notes for the trainer: hidden from learners unless they ask, never on a projected slide. */
export function TrainerNotes({ minutes, children }: { minutes?: number; children?: ReactNode }) {
  const view = useLessonView();
  const part = usePart();
  // Each notes box is a landmark of its own, so each needs a name of its own: the section it belongs to.
  const section = part?.title;
  if (view.mode === 'slide' || !view.showNotes) return null;
  // The speaker view's notes panel is itself the labelled "Trainer notes" region: no second landmark inside.
  if (view.notesOnly) {
    return (
      <div className="trainer-notes trainer-notes--panel">
        {minutes ? <p className="trainer-notes__time">About {minutes} min</p> : null}
        {children}
      </div>
    );
  }
  return (
    <aside className="trainer-notes" aria-label={section ? `Trainer notes: ${section}` : 'Trainer notes'}>
      <p className="trainer-notes__title">
        Trainer notes{minutes ? <span className="trainer-notes__time"> · {minutes} min</span> : null}
      </p>
      {children}
    </aside>
  );
}
