import { useEffect, useState } from 'react';

interface TimerState {
  /** Milliseconds counted before the current run. */
  banked: number;
  /** When the current run started (epoch ms), or null while paused. */
  since: number | null;
}

const storageKey = (lessonId: string) => `frontline-presenter-timer-${lessonId}`;

/** The timer survives a reload of the speaker view (sessionStorage: this window only, never the progress). */
function readState(lessonId: string, now: number): TimerState {
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey(lessonId)) ?? 'null') as Partial<TimerState> | null;
    if (saved && typeof saved.banked === 'number' && (saved.since === null || typeof saved.since === 'number')) {
      return { banked: saved.banked, since: saved.since };
    }
  } catch {
    // Storage may be blocked; a fresh timer is fine.
  }
  return { banked: 0, since: now };
}

function saveState(lessonId: string, state: TimerState): void {
  try {
    sessionStorage.setItem(storageKey(lessonId), JSON.stringify(state));
  } catch {
    // Not saved: the timer still runs in this window.
  }
}

export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** Elapsed time since the session started, against the minutes the workshop plan gives the lesson's slides. */
export function PresenterTimer({ lessonId, plannedMinutes }: { lessonId: string; plannedMinutes: number }) {
  const [now, setNow] = useState(() => Date.now());
  const [state, setState] = useState<TimerState>(() => readState(lessonId, now));
  const running = state.since !== null;

  useEffect(() => saveState(lessonId, state), [lessonId, state]);
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);

  const elapsed = state.banked + (state.since === null ? 0 : Math.max(0, now - state.since));
  const over = elapsed > plannedMinutes * 60_000;

  const toggle = () => {
    const at = Date.now();
    setNow(at);
    setState((s) => (s.since === null ? { banked: s.banked, since: at } : { banked: s.banked + Math.max(0, at - s.since), since: null }));
  };
  const reset = () => {
    const at = Date.now();
    setNow(at);
    setState((s) => ({ banked: 0, since: s.since === null ? null : at }));
  };

  return (
    <div className="presenter-timer" role="group" aria-label="Timer">
      <p className="presenter-timer__time">
        <span className="visually-hidden">Elapsed: </span>
        <time role="timer" className={over ? 'presenter-timer__over' : undefined} dateTime={`PT${Math.floor(elapsed / 1000)}S`}>
          {formatElapsed(elapsed)}
        </time>
        <span className="presenter-timer__plan">
          {' '}
          · {plannedMinutes} min planned for the slides{running ? '' : ' · paused'}
        </span>
      </p>
      <button type="button" className="deck-bar__button" onClick={toggle}>
        {running ? 'Pause' : 'Resume'}
      </button>
      <button type="button" className="deck-bar__button" onClick={reset}>
        Reset
      </button>
    </div>
  );
}
