import { useEffect, useRef, useState } from 'react';
import { pickData, useProgressStore } from '../../progress/store.ts';
import type { AttemptRecord } from '../../progress/types.ts';
import { downloadProgress } from '../../components/download-progress.ts';

const openAttempt = (attempt: AttemptRecord | undefined) => (attempt && !attempt.finishedAt ? attempt : undefined);

/**
 * This page's copy of its open attempt, kept in memory as it changes. A Replace or a Reset in another tab takes
 * the attempt out of saved progress (and so out of this tab's store, which follows the other tabs): the page still
 * has it to offer back.
 */
export function useHeldAttempt(attemptId: string | null): AttemptRecord | undefined {
  const [held, setHeld] = useState(() => openAttempt(attemptId ? useProgressStore.getState().attempts[attemptId] : undefined));
  useEffect(() => {
    if (!attemptId) return undefined;
    return useProgressStore.subscribe((state) => {
      const attempt = openAttempt(state.attempts[attemptId]);
      if (attempt) setHeld(attempt);
    });
  }, [attemptId]);
  return held?.id === attemptId ? held : undefined;
}

/**
 * Where the attempt on screen went missing because another tab replaced or reset the saved progress: says so, and
 * offers it back ("Restore this attempt": saved again, the quiz carries on where this page was) or as a file.
 */
export function ReplacedAttempt({ attempt }: { attempt: AttemptRecord }) {
  const saveAttempt = useProgressStore((s) => s.saveAttempt);
  const [message, setMessage] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  // The question the learner was on has just gone from under them: focus comes here, not to the page body.
  useEffect(() => ref.current?.focus(), []);
  const answered = Object.keys(attempt.responses).length;

  const onExport = () => {
    const state = useProgressStore.getState();
    const filename = downloadProgress({ ...pickData(state), attempts: { ...state.attempts, [attempt.id]: attempt } });
    setMessage(`Exported ${filename}, with this attempt in it. To bring it back later, choose Import progress, then Merge.`);
  };

  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>Your progress was replaced or reset in another tab, and this attempt went with it.</strong> This page still has
        it: you were on question {attempt.current + 1} of {attempt.questionIds.length}, with {answered}{' '}
        {answered === 1 ? 'answer' : 'answers'}.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => saveAttempt({ ...attempt, updatedAt: new Date().toISOString() })}>
          Restore this attempt
        </button>
        <button type="button" className="button button--secondary" onClick={onExport}>
          Export this attempt
        </button>
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
