import { useEffect, useRef, useState } from 'react';
import { Link, useLoaderData, useNavigate } from 'react-router';
import { LiveScreenSlot } from '../../components/live-slot.tsx';
import { paths } from '../../config/paths.ts';
import { DeckBar } from './deck-bar.tsx';
import { TextSizeButtons, useSlideTextSize } from './slide-text-size.tsx';
import { KeysHelp } from './keys-help.tsx';
import { workshopQuizLoader } from './loaders.ts';
import { SlideFrame } from './slide-frame.tsx';
import { useDeck, deckMoves } from './use-deck.ts';
import { leaveUnlessFullscreen, toggleFullscreen, useDeckKeys } from './use-deck-keys.ts';
import { AnswerPanel, revealSteps, itemPages, PageButtons, pagedItems, RevealStepButtons } from './workshop-answers.tsx';
import { projectorView } from '../../components/kinds/projector-views.ts';
import type { ProjectorBodyProps } from '../../components/kinds/view-types.ts';
import type { QuestionKind } from '../../engine/index.ts';
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
  // Revealed per question (moving on hides the next answer again), with the step of the answer on show.
  const [shown, setShown] = useState<{ questionId: string; step: number } | null>(null);
  const revealed = shown?.questionId === question.id;
  const steps = revealSteps(question);
  const step = revealed ? Math.min(shown.step, steps.length - 1) : 0;
  const [paged, setPaged] = useState<{ questionId: string; page: number } | null>(null);
  const pages = itemPages(question);
  const page = paged?.questionId === question.id ? Math.min(paged.page, pages - 1) : 0;
  const [justRevealed, setJustRevealed] = useState(0);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const deck = useDeck({ position, count, pathFor: (n) => paths.workshopQuiz(lesson.id, n) });

  const reveal = () => {
    if (revealed) return;
    setShown({ questionId: question.id, step: 0 });
    setJustRevealed((n) => n + 1);
  };
  const showStep = (index: number) => setShown({ questionId: question.id, step: index });
  // R reveals, then steps through the answer's steps.
  const revealOrNext = () => (revealed ? showStep((step + 1) % steps.length) : reveal());
  // The button is gone once pressed: focus moves to the answer it revealed.
  useEffect(() => {
    if (justRevealed > 0) answerRef.current?.focus();
  }, [justRevealed]);

  useDeckKeys(
    {
      ...deckMoves(deck),
      fullscreen: toggleFullscreen,
      reveal: revealOrNext,
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
        <SlideFrame resetKey={`${question.id}|${revealed}|${step}|${page}`} textSize={textSize}>
          <div className="workshop__question">
            <h1 className="slide__eyebrow">
              {lesson.title} · Workshop quiz · Question {position} of {count}
            </h1>
            <p className="workshop__prompt">{question.prompt}</p>
            <QuestionBody
              question={question}
              revealed={revealed}
              heading={answerHeading}
              shown={revealed ? steps[step]?.id : undefined}
              onShow={(id) => showStep(Math.max(0, steps.findIndex((p) => p.id === id)))}
              page={page}
            />
            {revealed ? <AnswerPanel step={steps[step]} /> : null}
            <LiveScreenSlot lessonId={lesson.id} position={position} question={question} revealed={revealed} reveal={reveal} />
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
        {revealed ? (
          <RevealStepButtons index={step} count={steps.length} onSelect={showStep} />
        ) : (
          <>
            <PageButtons page={page} pages={pages} total={pagedItems(question)} onSelect={(n) => setPaged({ questionId: question.id, page: n })} />
            <button type="button" className="deck-bar__button workshop__reveal" onClick={reveal}>
              Reveal answer
            </button>
          </>
        )}
        <TextSizeButtons />
        {/* The last question leads back to the lesson. */}
        {isLast ? (
          <Link className="deck-bar__button deck-bar__link" to={paths.lesson(lesson.id)}>
            Back to the lesson
          </Link>
        ) : null}
      </DeckBar>
      <p className="visually-hidden" role="status">
        {revealed ? `Answer revealed for question ${position}.` : `Question ${position} of ${count}.`}
      </p>
      <KeysHelp open={helpOpen} onClose={() => setHelpOpen(false)} show="quiz" />
    </div>
  );
}

/** The question's choices, and once revealed its answer, as its kind's projector view shows them. */
function QuestionBody(props: ProjectorBodyProps<QuestionKind>) {
  const { Body } = projectorView(props.question);
  return <Body {...props} />;
}
