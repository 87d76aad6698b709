import { useState } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { loadLessonWorkshop } from '../../content/workshop.ts';
import { LessonViewProvider } from '../../components/mdx/lesson-view.tsx';
import { mdxComponents } from '../../components/mdx/registry.tsx';
import { LivePresenterSlot } from '../../components/live-slot.tsx';
import { paths } from '../../config/paths.ts';
import { slideAt, slideName } from './deck.ts';
import { DeckBar } from './deck-bar.tsx';
import { TextSizeButtons, useSlideTextSize } from './slide-text-size.tsx';
import { KeysHelp } from './keys-help.tsx';
import { deckLoader } from './loaders.ts';
import { MissingSlide } from './missing-slide.tsx';
import { PresenterTimer } from './presenter-timer.tsx';
import { SlideView } from './slide-view.tsx';
import { useSyncedDeck, deckMoves } from './use-deck.ts';
import { toggleFullscreen, useDeckKeys } from './use-deck-keys.ts';
import './present.css';

/**
 * `/presenter/:lessonId/:slide`: the speaker view on the trainer's laptop. The slide as the room sees it, the
 * next one, the notes, a timer. Moving here moves every projection of the lesson, and the other way round.
 */
const deckOf = deckLoader(paths.presenter);

/** The deck, and the minutes the workshop plan gives its slides (the lesson's study time when it has none). */
export async function loader(args: LoaderFunctionArgs) {
  const [loaded, plan] = await Promise.all([deckOf(args), loadLessonWorkshop(args.params.lessonId)]);
  return { ...loaded, plannedMinutes: plan?.presentationMinutes ?? loaded.lesson.minutes };
}

export function Component() {
  const { lesson, count, missing } = useLoaderData<typeof loader>();
  if (missing !== null) return <MissingSlide asked={missing} count={count} title={lesson.title} pathFor={(n) => paths.presenter(lesson.id, n)} />;
  return <Deck />;
}

function Deck() {
  const { lesson, Body, slide, count, hasQuiz, plannedMinutes } = useLoaderData<typeof loader>();
  const textSize = useSlideTextSize();
  const [helpOpen, setHelpOpen] = useState(false);
  const { deck, blank, toggleBlank } = useSyncedDeck({ position: slide, count, pathFor: (n) => paths.presenter(lesson.id, n), lessonId: lesson.id });

  useDeckKeys(
    {
      ...deckMoves(deck),
      fullscreen: toggleFullscreen,
      blank: toggleBlank,
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const at = slideAt(lesson, slide);
  const hasNext = slide < count;
  const notesPart = at.kind === 'part' && lesson.parts[at.part]?.hasNotes ? at.part : null;

  return (
    <div className="presenter">
      <title>{`Speaker view · Slide ${slide} of ${count} · ${lesson.title}`}</title>
      <header className="presenter__header">
        <h1 className="presenter__title">
          <span className="presenter__eyebrow">Speaker view</span> {lesson.title}
        </h1>
        <PresenterTimer lessonId={lesson.id} plannedMinutes={plannedMinutes} />
        {/* A new tab: leaving the speaker view would drop the room's place in the deck. */}
        <a className="presenter__materials" href={paths.workshopMaterials(lesson.id)} target="_blank" rel="noreferrer">
          Workshop materials<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </header>
      <main className="presenter__main">
        <section className="presenter__current" aria-labelledby="presenter-current-label">
          <h2 id="presenter-current-label" className="presenter__label">
            Slide {slide} of {count}: {slideName(lesson, slide)}
            {blank ? <span className="presenter__blanked"> · screen blanked</span> : null}
          </h2>
          <div className="presenter__screen">
            <SlideView lesson={lesson} Body={Body} slide={slide} textSize={textSize} hasQuiz={hasQuiz} titleLevel={2} className="slide--framed" />
          </div>
        </section>
        <div className="presenter__side">
          <section className="presenter__next" aria-labelledby="presenter-next-label">
            <h2 id="presenter-next-label" className="presenter__label">
              {hasNext ? `Next: ${slideName(lesson, slide + 1)}` : 'Last slide'}
            </h2>
            {hasNext ? (
              <div className="presenter__preview" aria-hidden="true" inert>
                <SlideView lesson={lesson} Body={Body} slide={slide + 1} textSize={textSize} hasQuiz={hasQuiz} titleLevel={2} className="slide--framed" />
              </div>
            ) : null}
          </section>
          {hasQuiz ? <LivePresenterSlot lessonId={lesson.id} /> : null}
          {/* Long notes scroll, and a scrolling region has to be reachable from the keyboard. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <div className="presenter__notes" role="region" aria-label="Trainer notes" tabIndex={0}>
            <h2 className="presenter__label">
              Trainer notes
            </h2>
            {notesPart === null ? (
              <p className="presenter__no-notes">No trainer notes for this slide.</p>
            ) : (
              <LessonViewProvider value={{ mode: 'presenter', part: notesPart, lessonId: lesson.id, showNotes: true, notesOnly: true }}>
                <Body components={mdxComponents} />
              </LessonViewProvider>
            )}
          </div>
        </div>
      </main>
      <DeckBar label="Slide controls" position={slide} count={count} onPrevious={deck.previous} onNext={deck.next} onHelp={() => setHelpOpen(true)}>
        <TextSizeButtons />
        <button type="button" className="deck-bar__button" aria-pressed={blank} onClick={toggleBlank}>
          Blank the screen
        </button>
      </DeckBar>
      <KeysHelp open={helpOpen} onClose={() => setHelpOpen(false)} show="presenter" />
    </div>
  );
}
