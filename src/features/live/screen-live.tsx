import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { phoneView } from '../../components/kinds/phone-views.ts';
import type { ScreenSlotProps } from '../../components/live-slot.tsx';
import { paths } from '../../config/paths.ts';
import { fetchJoinUrl } from './live-socket.ts';
import { QrCode } from './qr-code.tsx';
import { TallyChart } from './tally-chart.tsx';
import { usePresenterRoom } from './use-presenter-room.ts';
import './live.css';

/** The join address with the room code in it: scanning the QR code fills the code in. */
export const joinLink = (joinUrl: string, room: string) => `${joinUrl}?room=${room}`;

export function JoinCard({ joinUrl, room, large }: { joinUrl: string; room: string; large: boolean }) {
  const link = joinLink(joinUrl, room);
  return (
    <div className={`live-join${large ? ' live-join--large' : ''}`}>
      <QrCode className="live-join__qr" value={link} label={`QR code to join: ${link}`} />
      <p className="live-join__text">
        <span className="live-join__address">
          Join at <strong className="live-join__url">{joinUrl}</strong>
        </span>{' '}
        <br />
        Room code <strong className="live-join__code" data-testid="room-code">{room}</strong>
      </p>
    </div>
  );
}

/**
 * The projected workshop quiz, live: how to join, how many joined and answered, the bar chart, a free-text
 * answer the trainer picked. It follows the question the trainer opens and reveals with the session.
 * Shows nothing unless this browser started the lesson's live session (the projector on the trainer's laptop).
 */
export default function ScreenLive({ lessonId, position, question, revealed, reveal }: ScreenSlotProps) {
  const questionId = question.id;
  const room = usePresenterRoom(lessonId, true);
  const navigate = useNavigate();
  const [joinUrl, setJoinUrl] = useState('');
  const hasSession = room.credentials !== null;
  useEffect(() => {
    if (hasSession) void fetchJoinUrl().then(setJoinUrl);
  }, [hasSession]);

  const current = room.state?.current ?? null;
  const livePosition = current?.position;
  // Follow the trainer: when another question opens, the projector moves to it.
  useEffect(() => {
    if (livePosition !== undefined && livePosition !== position) void navigate(paths.workshopQuiz(lessonId, livePosition));
    // Only a change of the live question moves the projector; browsing by hand is left alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [livePosition, lessonId]);

  const isThis = current?.questionId === questionId;
  const livePhase = isThis ? current?.phase : undefined;
  useEffect(() => {
    if (livePhase === 'revealed' && !revealed) reveal();
    // "Reveal answer" (or R) on the projector reveals on the phones too.
    else if (revealed && (livePhase === 'open' || livePhase === 'closed')) room.send({ type: 'reveal' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [livePhase, revealed]);

  if (!hasSession || !room.state) return null;
  const { state } = room;
  return (
    <section className="live-screen" aria-label="Live answers">
      {joinUrl ? <JoinCard joinUrl={joinUrl} room={state.room} large={!current} /> : null}
      <p className="live-screen__counts" role="status">
        <span data-testid="joined-count">{state.joined}</span> joined
        {isThis && current ? (
          <>
            {' · '}
            <span data-testid="answered-count">{current.answered}</span> answered
            {current.phase === 'open' ? ' · answering is open' : ' · answering is closed'}
          </>
        ) : null}
      </p>
      {isThis && current && phoneView(question)?.tally ? (
        <TallyChart question={question} tally={current.tally} answered={current.answered} revealed={current.phase === 'revealed'} projected />
      ) : null}
      {isThis && current?.spotlight ? (
        <figure className="live-spotlight">
          <figcaption>From the room</figcaption>
          <blockquote>“{current.spotlight.text}”</blockquote>
        </figure>
      ) : null}
    </section>
  );
}
