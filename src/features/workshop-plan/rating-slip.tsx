import type { RatingSlip } from '../../content/workshop.ts';

const DEFAULT_SCALE = ['Seen', 'Partly', 'Not yet'];

/**
 * A rating slip to print: a paper checklist (drawn boxes, never form controls), with lines to write on.
 * `copy` renders the second copy that fills the printed page; it is hidden from assistive tech and from the
 * screen, so the page shows and announces each slip once.
 */
export function RatingSlipView({ slip, lessonTitle, copy = false }: { slip: RatingSlip; lessonTitle: string; copy?: boolean }) {
  const scale = slip.scale ?? DEFAULT_SCALE;
  const Title = copy ? 'p' : 'h3';
  const headingId = copy ? undefined : `slip-${slip.id}`;
  return (
    <article
      className={`slip${copy ? ' slip--copy print-only' : ''}`}
      {...(copy ? { 'aria-hidden': true } : { 'aria-labelledby': headingId })}
    >
      <p className="slip__eyebrow">{lessonTitle} · rating slip</p>
      <Title id={headingId} className="slip__title">
        {slip.title}
      </Title>
      <p className="slip__fields">
        {slip.for === 'role-play' ? (
          <>
            <span className="slip__field">Role-play:</span> <span className="slip__field">Observer:</span>
          </>
        ) : (
          <span className="slip__field">Rating for:</span>
        )}
      </p>
      <p className="slip__instructions">{slip.instructions}</p>
      <ol className="slip__items">
        {slip.items.map((item) => (
          <li key={item.text} className="slip__item">
            <span className="slip__behaviour">{item.text}</span>
            <span className="slip__scale">
              <span className="visually-hidden">Tick one: </span>
              {scale.map((label, index) => (
                <span key={label} className="slip__choice">
                  <span className="slip__box" aria-hidden="true" />
                  {label}
                  {index < scale.length - 1 ? <span className="visually-hidden">, </span> : null}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
      {slip.writeIn ? (
        <div className="slip__write-ins">
          {slip.writeIn.map((question) => (
            <div key={question} className="slip__write">
              <p className="slip__question">{question}</p>
              <div className="slip__lines" aria-hidden="true" />
            </div>
          ))}
        </div>
      ) : null}
    </article>
  );
}
