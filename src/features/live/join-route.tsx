import { useState, type FormEvent } from 'react';
import { NotFound } from '../../components/not-found.tsx';
import type { Question } from '../../engine/index.ts';
import { phoneView } from '../../components/kinds/phone-views.ts';
import { roomLetter as letter } from '../../components/kinds/shared.tsx';
import { isLive, newAnswerId, saved, useLiveSocket, type ClientMessage, type ServerMessage } from './live-socket.ts';
import { ParticipantInput } from './participant-inputs.tsx';
import { answerable, roomChoices, verdictOf } from './tally.ts';
import { course } from '../../content/course.ts';
import './live.css';

/**
 * `/join`: a participant's phone in a live workshop. The room code (filled in from the QR code's address), an
 * optional first name, then whatever question the trainer opens, with "Send answer". The phone keeps its
 * participant id and token, so a reload or a dropped Wi-Fi rejoins as the same person, and an answer not yet
 * acknowledged is sent again with the same answer id: it never counts twice.
 * Served as a static site (no workshop server) the page does not exist, as before.
 */
export function Component() {
  if (!isLive()) return <NotFound />;
  return <JoinPage />;
}

interface Identity {
  room: string;
  participantId: string;
  token: string;
  name: string;
}
interface Pending {
  questionId: string;
  answerId: string;
  response: unknown;
}
type ParticipantState = Extract<ServerMessage, { type: 'participant-state' }>;

const IDENTITY = 'frontline-live-participant';
const PENDING = 'frontline-live-pending';
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const VERDICT = {
  right: 'You were right.',
  partly: 'Partly right: there was a better answer.',
  wrong: 'Not this time.',
} as const;

function JoinPage() {
  const fromLink = new URLSearchParams(location.search).get('room')?.toUpperCase() ?? '';
  const [identity, setIdentity] = useState<Identity | null>(() => {
    const stored = saved.get<Identity>(IDENTITY);
    return stored && (!fromLink || stored.room === fromLink) ? stored : null;
  });
  const [joining, setJoining] = useState<{ room: string; name: string } | null>(null);
  const [code, setCode] = useState(fromLink);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [state, setState] = useState<ParticipantState | null>(null);
  const [drafts, setDrafts] = useState<Record<string, unknown>>({});
  const [pending, setPending] = useState<Pending | null>(() => saved.get<Pending>(PENDING));

  const remember = (next: Pending | null) => {
    setPending(next);
    if (next) saved.set(PENDING, next);
    else saved.remove(PENDING);
  };

  const socket = useLiveSocket({
    enabled: identity !== null || joining !== null,
    hello: (): ClientMessage | null => {
      if (identity) return { type: 'join', room: identity.room, participantId: identity.participantId, token: identity.token };
      return joining ? { type: 'join', room: joining.room, ...(joining.name ? { name: joining.name } : {}) } : null;
    },
    onMessage: (message) => {
      switch (message.type) {
        case 'welcome':
          if (message.role === 'participant') {
            const next = { room: message.room, participantId: message.participantId, token: message.token, name: message.name };
            saved.set(IDENTITY, next);
            setIdentity(next);
            setJoining(null);
            setError('');
          }
          return;
        case 'participant-state': {
          setState(message);
          // An answer sent just before the connection dropped goes again, with the same id.
          const stored = saved.get<Pending>(PENDING);
          if (stored && message.question?.id === stored.questionId && message.phase === 'open' && message.yours?.answerId !== stored.answerId) {
            socket.send({ type: 'answer', ...stored });
          } else if (stored && (message.yours?.answerId === stored.answerId || message.question?.id !== stored.questionId)) {
            remember(null);
          }
          return;
        }
        case 'answer-received': {
          const stored = saved.get<Pending>(PENDING);
          if (stored?.answerId === message.answerId) {
            setState((s) => (s && s.question?.id === stored.questionId ? { ...s, yours: { answerId: stored.answerId, response: stored.response } } : s));
            remember(null);
          }
          return;
        }
        case 'refused':
          if (['unknown-room', 'too-many-attempts', 'room-full', 'device-limit'].includes(message.code)) {
            saved.remove(IDENTITY);
            setIdentity(null);
            setJoining(null);
            setState(null);
          }
          // A join that failed for any reason can be tried again: the Join button comes back.
          if (!identity) setJoining(null);
          // An answer the server refused (closed, not fitting, not saved) is not pending any more: it can be sent again.
          remember(null);
          setError(message.reason);
          return;
        default:
          return;
      }
    },
  });

  if (!identity || !state) {
    const join = (event: FormEvent) => {
      event.preventDefault();
      const room = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
      if (!room) {
        setError('Type the room code shown on the screen.');
        return;
      }
      setError('');
      setJoining({ room, name: name.trim() });
    };
    return (
      <div className="page page--narrow live-join-page">
        <title>{`Join the workshop · ${course.title}`}</title>
        <h1>Join the workshop</h1>
        {identity && !state ? (
          <p role="status">{socket.status === 'reconnecting' ? 'Reconnecting…' : 'Joining…'}</p>
        ) : (
          <form onSubmit={join} className="live-form" noValidate>
            <label htmlFor="live-room" className="live-label">
              Room code
            </label>
            <input
              id="live-room"
              type="text"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={12}
              aria-describedby="live-room-hint"
            />
            <p id="live-room-hint" className="live-hint">
              The code on the projected slide.
            </p>
            <label htmlFor="live-name" className="live-label">
              Your first name (optional)
            </label>
            <input id="live-name" type="text" value={name} onChange={(event) => setName(event.target.value)} autoComplete="given-name" maxLength={40} />
            <p className="live-hint">Only the trainer sees it. Answers on the screen are anonymous.</p>
            <button type="submit" className="button" disabled={joining !== null}>
              Join
            </button>
          </form>
        )}
        {error ? (
          <p role="alert" className="live-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  const question = state.question as Question | null;
  const received = state.yours;
  const draft = question ? (drafts[question.id] ?? received?.response) : undefined;
  const changed = !same(draft, received?.response);
  const locked = state.phase !== 'open';
  const sending = pending !== null && pending.questionId === question?.id;

  const send = () => {
    if (!question || draft === undefined) return;
    const next = { questionId: question.id, answerId: newAnswerId(), response: draft };
    remember(next);
    setError('');
    socket.send({ type: 'answer', ...next });
  };

  return (
    <div className="page page--narrow live-join-page">
      <title>{question ? `Question ${state.position} · Live workshop` : `Live workshop · ${course.title}`}</title>
      <p className="live-room">
        Room {state.room}
        {identity.name ? ` · ${identity.name}` : ''}
        {socket.status === 'reconnecting' ? ' · reconnecting…' : ''}
      </p>
      {state.phase === 'ended' ? (
        <p role="status">The live session has ended. Thank you for taking part!</p>
      ) : !question ? (
        <p role="status">You’re in. The question appears here when the trainer opens it.</p>
      ) : (
        <>
          <h1 className="live-question-heading">
            Question {state.position} of {state.count}
          </h1>
          <ParticipantInput
            key={question.id}
            question={question}
            response={draft}
            locked={locked}
            onChange={(response) => setDrafts((all) => ({ ...all, [question.id]: response }))}
          />
          {answerable(question) && !locked ? (
            <p>
              <button type="button" className="button" onClick={send} disabled={draft === undefined || sending || (received !== null && !changed)}>
                Send answer
              </button>
            </p>
          ) : null}
          <div role="status" className="live-status">
            {sending ? <p>Sending…</p> : received && !changed ? <p className="live-received">Answer received</p> : null}
            {received && changed && !locked ? <p>You can change your answer until answering closes.</p> : null}
            {state.phase === 'closed' ? <p>Answering is closed. Look at the screen.</p> : null}
            {state.phase === 'revealed' ? <Verdict question={question} response={received?.response} /> : null}
          </div>
        </>
      )}
      {error ? (
        <p role="alert" className="live-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Verdict({ question, response }: { question: Question; response: unknown }) {
  const verdict = response === undefined ? null : verdictOf(question, response);
  // A kind whose keyed answer a list of keyed choices does not say (ordering) shows it its own way.
  const KeyedAnswer = phoneView(question)?.KeyedAnswer;
  const keyed = roomChoices(question)
    .map((choice, i) => ({ ...choice, label: letter(i) }))
    .filter((choice) => choice.best);
  return (
    <div className="live-verdict">
      {verdict ? <p className={`live-verdict__line live-verdict__line--${verdict}`}>{VERDICT[verdict]}</p> : <p>The answer is on the screen.</p>}
      {KeyedAnswer ? (
        <KeyedAnswer question={question} />
      ) : keyed.length > 0 ? (
        <p>
          {keyed.length > 1 ? 'The keyed answers: ' : 'The keyed answer: '}
          {keyed.map((choice) => `${choice.label}. ${choice.text}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
