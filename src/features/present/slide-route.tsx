import { useState } from 'react';
import { useLoaderData, useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import { slideAt, slideName } from './deck.ts';
import { DeckBar } from './deck-bar.tsx';
import { TextSizeButtons, useSlideTextSize } from './slide-text-size.tsx';
import { KeysHelp } from './keys-help.tsx';
import { deckLoader } from './loaders.ts';
import { MissingSlide } from './missing-slide.tsx';
import { useIdle } from './use-idle.ts';
import { SlideView } from './slide-view.tsx';
import { useSyncedDeck, deckMoves } from './use-deck.ts';
import { leaveUnlessFullscreen, toggleFullscreen, useDeckKeys } from './use-deck-keys.ts';
import './present.css';

/** `/present/:lessonId/:slide`: the projection. Nothing of the site chrome or of anyone's progress is on it. */
export const loader = deckLoader(paths.present);

export function Component() {
  const { lesson, count, missing } = useLoaderData<typeof loader>();
  if (missing !== null) return <MissingSlide asked={missing} count={count} title={lesson.title} pathFor={(n) => paths.present(lesson.id, n)} />;
  return <Deck />;
}

function Deck() {
  const { lesson, Body, slide, count, hasQuiz } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const textSize = useSlideTextSize();
  const [helpOpen, setHelpOpen] = useState(false);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const { deck, blank, toggleBlank } = useSyncedDeck({ position: slide, count, pathFor: (n) => paths.present(lesson.id, n), lessonId: lesson.id });

  const openPresenter = () => {
    // Named, so a second click brings back the same window instead of opening another.
    const opened = window.open(paths.presenter(lesson.id, slide), `frontline-presenter-${lesson.id}`, 'popup,width=1280,height=800');
    setPopupBlocked(!opened);
  };

  useDeckKeys(
    {
      ...deckMoves(deck),
      fullscreen: toggleFullscreen,
      blank: toggleBlank,
      exit: () => leaveUnlessFullscreen(() => void navigate(paths.lesson(lesson.id))),
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const idle = useIdle();
  const name = slideName(lesson, slide);
  return (
    <div className={idle ? 'present present--idle' : 'present'} data-idle={idle}>
      <title>{`Slide ${slide} of ${count} · ${lesson.title}`}</title>
      <main className="present__stage">
        {slideAt(lesson, slide).kind === 'title' ? null : <h1 className="visually-hidden">{lesson.title}</h1>}
        <SlideView lesson={lesson} Body={Body} slide={slide} textSize={textSize} hasQuiz={hasQuiz} />
      </main>
      <DeckBar label="Slide controls" position={slide} count={count} onPrevious={deck.previous} onNext={deck.next} onHelp={() => setHelpOpen(true)}>
        <TextSizeButtons />
        <button type="button" className="deck-bar__button" onClick={openPresenter}>
          Open presenter view
        </button>
      </DeckBar>
      {popupBlocked ? (
        <p className="present__popup" role="alert">
          A pop-up blocker stopped the presenter view.{' '}
          <a href={paths.presenter(lesson.id, slide)} target="_blank" rel="noreferrer">
            Open the speaker view in a new tab
          </a>{' '}
          <button type="button" className="deck-bar__button" onClick={() => setPopupBlocked(false)}>
            Dismiss
          </button>
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {blank ? 'Screen blanked. Press B to show the slide.' : `Slide ${slide} of ${count}: ${name}`}
      </p>
      {blank ? <div className="present__blank" data-testid="blank-screen" /> : null}
      <KeysHelp open={helpOpen} onClose={() => setHelpOpen(false)} show="slides" />
    </div>
  );
}
