import { useId, useState, type ReactNode } from 'react';
import { useProgressStore } from '../../../progress/store.ts';
import { useStorageStatus } from '../../../progress/status.ts';
import './widgets.css';

/**
 * A textarea saved to the learner's progress as they type (`setReflection`) and read back from the store,
 * so the text survives a reload. Shared by <Reflection> and <StarStepper>. Never render it on a slide.
 */
export function ReflectionField({ reflectionId, label, hint }: { reflectionId: string; label: ReactNode; hint?: string }) {
  const baseId = useId();
  const fieldId = `${baseId}-field`;
  const hintId = `${baseId}-hint`;
  const text = useProgressStore((s) => s.reflections[reflectionId]?.text ?? '');
  const setReflection = useProgressStore((s) => s.setReflection);
  const storage = useStorageStatus((s) => (s.mode === 'full' && s.kept === 'spare' ? 'spare' : s.mode));
  const [edited, setEdited] = useState(false);
  const showNote = edited || text !== '';
  const note =
    storage === 'ok' ? 'Saved' : storage === 'spare' ? 'Saved in this browser’s spare storage (the usual one is full)' : 'Kept on this page for now (not saved on this device)';

  return (
    <div className="widget__field reflection-field">
      <label className="widget__label" htmlFor={fieldId}>
        {label}
      </label>
      {hint ? (
        <p className="widget__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={fieldId}
        rows={5}
        value={text}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          setEdited(true);
          setReflection(reflectionId, event.currentTarget.value);
        }}
      />
      {/* On paper: the learner's words if any, then lines to write on. */}
      <div className="print-only reflection-print" aria-hidden="true">
        {text ? <p>{text}</p> : null}
        <span className="write-line" />
        <span className="write-line" />
        <span className="write-line" />
      </div>
      <p className="saved-indicator widget__saved" role="status" aria-live="polite">
        {showNote ? note : ''}
      </p>
    </div>
  );
}
