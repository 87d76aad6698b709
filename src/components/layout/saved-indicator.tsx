import { useEffect, useState } from 'react';
import { useStorageStatus } from '../../progress/status.ts';

/** A quiet "Saved" note that appears briefly after each successful save. */
export function SavedIndicator() {
  const lastSavedAt = useStorageStatus((s) => s.lastSavedAt);
  const [hiddenFor, setHiddenFor] = useState<number | null>(null);
  useEffect(() => {
    if (!lastSavedAt) return;
    const timer = window.setTimeout(() => setHiddenFor(lastSavedAt), 2000);
    return () => window.clearTimeout(timer);
  }, [lastSavedAt]);
  const visible = lastSavedAt !== null && hiddenFor !== lastSavedAt;
  return (
    <p className="saved-indicator" role="status" aria-live="polite">
      {visible ? 'Saved' : ''}
    </p>
  );
}
