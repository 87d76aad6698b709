import { useEffect, useId, useRef, useState } from 'react';
import { downloadText } from '../../components/download.ts';
import { lessons } from '../../content/course.ts';
import { phoneView } from '../../components/kinds/phone-views.ts';
import type { PresenterSlotProps } from '../../components/live-slot.tsx';
import { paths } from '../../config/paths.ts';
import { loadQuiz } from '../../content/load-quiz.ts';
import type { Question } from '../../engine/index.ts';
import { fetchJoinUrl } from './live-socket.ts';
import { JoinCard } from './screen-live.tsx';
import { resultsCsv, resultsSummaryHtml } from './results.ts';
import { answerable } from './tally.ts';
import { TallyChart } from './tally-chart.tsx';
import { usePresenterRoom } from './use-presenter-room.ts';
import './live.css';

const PHASE_TEXT = { open: 'answering is open', closed: 'answering is closed', revealed: 'answer revealed' } as const;

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/**
 * The speaker view's live controls: start the session, open a question of the lesson's workshop quiz, close
 * answering, reveal, and pick a free-text answer to show. Phones follow; the projector follows too.
 */
export default function PresenterLive({ lessonId }: PresenterSlotProps) {
  const [questions, setQuestions] = useState<readonly Question[] | null>(null);
  const [joinUrl, setJoinUrl] = useState('');
  // The trainer's pick, for the room's state it was made in: when the room moves on, the list follows it.
  const [choice, setChoice] = useState<{ when: string; position: number } | null>(null);
  const room = usePresenterRoom(lessonId, true);
  const selectId = useId();
  // "Download results" asks the server for the session's results; the file is made when they arrive.
  const wanted = useRef<'csv' | 'summary' | null>(null);
  const results = room.results;
  useEffect(() => {
    const format = wanted.current;
    if (!results || !format || !questions) return;
    wanted.current = null;
    const session = { room: results.room, lessonTitle: lessons.find((l) => l.id === lessonId)?.title ?? lessonId, startedAt: results.startedAt, questions: results.questions };
    const name = `frontline-${lessonId}-${results.room}`;
    if (format === 'csv') downloadText(resultsCsv(session, questions), `${name}.csv`, 'text/csv;charset=utf-8');
    else downloadText(resultsSummaryHtml(session, questions), `${name}-summary.html`, 'text/html;charset=utf-8');
  }, [results, questions, lessonId]);
  const download = (format: 'csv' | 'summary') => {
    wanted.current = format;
    room.send({ type: 'results' });
  };

  useEffect(() => {
    let live = true;
    void loadQuiz(lessonId).then((quiz) => live && setQuestions(quiz?.pools[0]?.questions ?? []));
    void fetchJoinUrl().then((url) => live && setJoinUrl(url));
    return () => {
      live = false;
    };
  }, [lessonId]);

  const current = room.state?.current ?? null;
  if (!questions || questions.length === 0) return null;
  const when = `${current?.position}|${current?.phase}`;
  // After a reveal the next question is ready to open.
  const following = current ? (current.phase === 'revealed' ? Math.min(questions.length, current.position + 1) : current.position) : 1;
  const selected = choice?.when === when ? choice.position : following;
  const setSelected = (position: number) => setChoice({ when, position });
  const inPlay = current ? questions[current.position - 1] : undefined;

  const open = () => {
    const question = questions[selected - 1];
    if (question) room.send({ type: 'open', question, position: selected, count: questions.length });
  };

  return (
    <section className="live-panel" aria-labelledby="live-panel-heading">
      <h2 id="live-panel-heading" className="presenter__label">
        Live session
      </h2>
      {room.error ? (
        <p className="live-panel__error" role="alert">
          {room.error}
        </p>
      ) : null}
      {!room.state ? (
        <>
          <p className="live-panel__hint">Let the room answer the workshop quiz from their phones: no sign-up, no internet needed.</p>
          <button type="button" className="deck-bar__button" onClick={room.start} disabled={room.starting || room.credentials !== null}>
            {room.credentials ? 'Reconnecting…' : 'Start live session'}
          </button>
        </>
      ) : (
        <>
          {joinUrl ? <JoinCard joinUrl={joinUrl} room={room.state.room} large={false} /> : null}
          <p role="status" className="live-panel__status">
            {room.state.joined} joined ({room.state.connected} connected)
            {current ? ` · Question ${current.position}: ${current.answered} answered, ${PHASE_TEXT[current.phase]}` : ' · no question open yet'}
            {room.status === 'reconnecting' ? ' · reconnecting to the server…' : ''}
          </p>
          <div className="live-panel__controls">
            <label htmlFor={selectId}>Question</label>
            <select id={selectId} value={selected} onChange={(event) => setSelected(Number(event.target.value))}>
              {questions.map((question, i) => (
                <option key={question.id} value={i + 1}>
                  {i + 1}. {short(question.prompt)}
                  {answerable(question) ? '' : ' (discussion only)'}
                </option>
              ))}
            </select>
            <button type="button" className="deck-bar__button" onClick={open}>
              Open question
            </button>
            <button type="button" className="deck-bar__button" onClick={() => room.send({ type: 'close' })} disabled={current?.phase !== 'open'}>
              Close answering
            </button>
            <button type="button" className="deck-bar__button" onClick={() => room.send({ type: 'reveal' })} disabled={!current || current.phase === 'revealed'}>
              Reveal answer
            </button>
            <a className="deck-bar__button" href={paths.workshopQuiz(lessonId, current?.position ?? 1)} target="frontline-live-screen">
              Open the projector screen
            </a>
          </div>
          {current && inPlay && phoneView(inPlay)?.tally ? (
            <TallyChart question={inPlay} tally={current.tally} answered={current.answered} revealed={current.phase === 'revealed'} />
          ) : null}
          {current && current.texts.length > 0 ? (
            <div className="live-panel__texts">
              <h3 className="presenter__label">Rewrites from the room (only the one you pick is shown)</h3>
              <ul>
                {current.texts.map((entry) => {
                  const shown = current.spotlight?.answerId === entry.answerId;
                  return (
                    <li key={entry.answerId}>
                      <q>{entry.text}</q> {entry.name ? <span className="live-panel__name">— {entry.name}</span> : null}{' '}
                      <button
                        type="button"
                        className="deck-bar__button"
                        aria-pressed={shown}
                        onClick={() => room.send({ type: 'spotlight', answerId: shown ? null : entry.answerId })}
                      >
                        Show on screen
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
          <p className="live-panel__controls">
            <button type="button" className="deck-bar__button" onClick={() => download('csv')}>
              Download results (CSV)
            </button>
            <button type="button" className="deck-bar__button" onClick={() => download('summary')}>
              Download summary to print
            </button>
          </p>
          <p>
            <button
              type="button"
              className="deck-bar__button"
              onClick={() => {
                room.send({ type: 'end' });
                room.forget();
              }}
            >
              End live session
            </button>
          </p>
        </>
      )}
    </section>
  );
}
