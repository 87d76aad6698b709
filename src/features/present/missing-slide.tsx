import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { resolvePosition } from './deck.ts';

/**
 * `/present/:lessonId/999`: a slide that is not in the deck. Said plainly on the screen, with the way to the
 * nearest slide and to the start, rather than silently showing another slide.
 */
export function MissingSlide({ asked, count, title, pathFor }: { asked: string; count: number; title: string; pathFor: (slide: number) => string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The loader's own nearest slide: "2.6" must not offer a link to slide 2.6, which is missing too.
  const nearest = resolvePosition(asked, count).position;
  return (
    <div className="present present--missing">
      <title>{`No slide ${asked} · ${title}`}</title>
      <main className="present__stage present__missing">
        <h1 ref={heading} tabIndex={-1}>
          There is no slide {asked || '(none)'}
        </h1>
        <p>
          {title} has {count} slides.
        </p>
        <p className="present__missing-links">
          <Link className="button" to={pathFor(nearest)}>
            Go to slide {nearest}
          </Link>
          {nearest !== 1 ? (
            <Link className="button button--secondary" to={pathFor(1)}>
              Start from slide 1
            </Link>
          ) : null}
        </p>
      </main>
    </div>
  );
}
