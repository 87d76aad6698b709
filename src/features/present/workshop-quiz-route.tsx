import { useEffect, useRef, useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { LiveScreenSlot } from '../../components/live-slot.tsx';
import { paths } from '../../config/paths.ts';
import { DeckBar } from './deck-bar.tsx';
import { TextSizeButtons, useSlideTextSize } from './text-size.tsx';
import { KeysHelp } from './keys-help.tsx';
import { workshopQuizLoader } from './loaders.ts';
import { SlideFrame } from './slide-frame.tsx';
import { useDeck, deckMoves } from './use-deck.ts';
import { leaveUnlessFullscreen, toggleFullscreen, useDeckKeys } from './use-deck-keys.ts';
import { QuestionBody } from './workshop-answers.tsx';
import { BestPath, WorkshopConversation } from './workshop-conversation.tsx';
import './present.css';

/**
 * `/present/:lessonId/quiz/:question`: the lesson's quiz projected for the room, one question per slide, the
 * answer hidden until "Reveal answer" (or R). Nothing here touches the trainer's progress.
 */
export const loader = workshopQuizLoader;

export function Component() {
  const { lesson, questions, position, count } = useLoaderData<typeof loader>();
  const question = questions[position - 1]!;
  const navigate = useNavigate();
  const textSize = useSlideTextSize();
  const [helpOpen, setHelpOpen] = useState(false);
  // Revealed per question: moving on hides the next answer again.
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const revealed = revealedId === question.id;
  const [justRevealed, setJustRevealed] = useState(0);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const deck = useDeck({ position, count, pathFor: (n) => paths.workshopQuiz(lesson.id, n) });

  const reveal = () => {
    if (revealed) return;
    setRevealedId(question.id);
    setJustRevealed((n) => n + 1);
  };
  // The button is gone once pressed: focus moves to the answer it revealed.
  useEffect(() => {
    if (justRevealed > 0) answerRef.current?.focus();
  }, [justRevealed]);

  useDeckKeys(
    {
      ...deckMoves(deck),
      fullscreen: toggleFullscreen,
      reveal,
      exit: () => leaveUnlessFullscreen(() => void navigate(paths.lesson(lesson.id))),
      help: () => setHelpOpen(true),
    },
    !helpOpen,
  );

  const isLast = position === count;
  const answerHeading = revealed ? (
    <h2 className="workshop__answer-heading" ref={answerRef} tabIndex={-1}>
      Answer
    </h2>
  ) : null;
  return (
    <div className="present workshop">
      <title>{`Question ${position} of ${count} · ${lesson.title} workshop quiz`}</title>
      <main className="present__stage">
        <SlideFrame resetKey={`${question.id}|${revealed}`} textSize={textSize}>
          <div className="workshop__question">
            <h1 className="slide__eyebrow">
              {lesson.title} · Workshop quiz · Question {position} of {count}
            </h1>
            <p className="workshop__prompt">{question.prompt}</p>
            {question.kind === 'conversation' ? (
              <WorkshopConversation key={question.id} question={question} />
            ) : null}
            {question.kind === 'conversation' ? (
              revealed ? (
                <>
                  {answerHeading}
                  <BestPath question={question} />
                </>
              ) : null
            ) : (
              <QuestionBody question={question} revealed={revealed} heading={answerHeading} />
            )}
            {revealed && question.discussion ? (
              <p className="workshop__discussion">
                <strong>Talk it over:</strong> {question.discussion}
              </p>
            ) : null}
            <LiveScreenSlot lessonId={lesson.id} position={position} question={question} revealed={revealed} reveal={reveal} />
            {revealed ? null : (
              <p>
                <button type="button" className="button workshop__reveal" onClick={reveal}>
                  Reveal answer
                </button>
              </p>
            )}
            {isLast ? (
              <p className="workshop__done">
                That was the last question. <Link to={paths.lesson(lesson.id)}>Back to the lesson</Link>
              </p>
            ) : null}
          </div>
        </SlideFrame>
      </main>
      <DeckBar
        label="Question controls"
        position={position}
        count={count}
        previousLabel="Previous question"
        nextLabel="Next question"
        onPrevious={deck.previous}
        onNext={deck.next}
        onHelp={() => setHelpOpen(true)}
      >
        <TextSizeButtons />
      </DeckBar>
      <p className="visually-hidden" role="status">
        {revealed ? `Answer revealed for question ${position}.` : `Question ${position} of ${count}.`}
      </p>
      <KeysHelp open={helpOpen} onClose={() => setHelpOpen(false)} show="quiz" />
    </div>
  );
}
