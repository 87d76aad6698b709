import { useRef, useState } from 'react';
import { useProgressStore, pickData } from '../../progress/store.ts';
import { exportProgress, MAX_IMPORT_BYTES, parseImport, type ImportSummary } from '../../progress/transfer.ts';
import type { ProgressData } from '../../progress/types.ts';
import { downloadText } from '../../components/download.ts';
import { lazily } from '../../components/ui/format.ts';

type Pending = { progress: ProgressData; summary: ImportSummary; filename: string };

const dateFormat = lazily(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }));

/** Export, import (checked, then Replace or Merge) and reset behind a confirmation. */
export function TransferPanel() {
  const statusRef = useRef<HTMLParagraphElement>(null);
  // After an action that removes the buttons it came from, focus goes to the message saying what happened.
  const focusStatus = () => window.setTimeout(() => statusRef.current?.focus(), 0);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  const { replaceAll, mergeIn, reset } = useProgressStore.getState();

  const onExport = () => {
    const { filename, json } = exportProgress(pickData(useProgressStore.getState()));
    downloadText(json, filename);
    setMessage(`Exported ${filename}.`);
  };

  const onFile = async (file: File | undefined) => {
    setError('');
    setMessage('');
    setPending(null);
    if (!file) return;
    // Check the size before reading: a 1 GB file must be refused at once, not read into memory first.
    const result = file.size > MAX_IMPORT_BYTES ? parseImport('', file.size) : parseImport(await file.text(), file.size);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setError(`${file.name} was not imported. ${result.reason} Your current progress is unchanged.`);
      return;
    }
    setPending({ progress: result.progress, summary: result.summary, filename: file.name });
  };

  const apply = (how: 'replace' | 'merge') => {
    if (!pending) return;
    if (how === 'replace') replaceAll(pending.progress);
    else mergeIn(pending.progress);
    setMessage(how === 'replace' ? `Progress replaced with ${pending.filename}.` : `${pending.filename} merged with your progress.`);
    setPending(null);
    focusStatus();
  };

  return (
    <section aria-labelledby="transfer-heading" className="transfer">
      <h2 id="transfer-heading">Keep, move or start over</h2>
      <div className="button-row">
        <button type="button" className="button" onClick={onExport}>
          Export progress
        </button>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          Import progress
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
        <button type="button" className="button button--danger" onClick={() => setConfirmingReset(true)}>
          Reset progress
        </button>
      </div>
      <div role="alert">{error ? <p className="notice notice--error">{error}</p> : null}</div>
      <p role="status" tabIndex={-1} ref={statusRef} className="transfer__status">
        {message}
      </p>
      {pending ? (
        <div className="transfer__confirm" role="group" aria-labelledby="import-heading">
          <h3 id="import-heading">Import {pending.filename}?</h3>
          <p>
            {pending.summary.exportedAt ? `It was exported on ${dateFormat().format(new Date(pending.summary.exportedAt))} and holds` : 'It holds'} {pending.summary.lessonsCompleted} completed{' '}
            {pending.summary.lessonsCompleted === 1 ? 'lesson' : 'lessons'}, {pending.summary.attempts} finished quiz{' '}
            {pending.summary.attempts === 1 ? 'attempt' : 'attempts'} and {pending.summary.reflections}{' '}
            {pending.summary.reflections === 1 ? 'reflection' : 'reflections'}
            {pending.summary.learnerName ? `, for ${pending.summary.learnerName}` : ''}.
          </p>
          <p>Merge keeps everything from both; Replace discards what this browser has now.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => apply('merge')}>
              Merge
            </button>
            <button type="button" className="button button--secondary" onClick={() => apply('replace')}>
              Replace
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {confirmingReset ? (
        <div className="transfer__confirm" role="alertdialog" aria-labelledby="reset-heading" aria-describedby="reset-text">
          <h3 id="reset-heading">Reset all progress?</h3>
          <p id="reset-text">This deletes your lessons, quiz attempts and reflections from this browser. Export first if you may want them back.</p>
          <div className="button-row">
            {/* The safe choice takes focus: a stray Enter must not erase a learner's work. */}
            <button
              type="button"
              className="button button--secondary"
              // eslint-disable-next-line jsx-a11y/no-autofocus -- a confirmation takes focus so it can be answered at once
              autoFocus
              onClick={() => setConfirmingReset(false)}
            >
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                reset();
                setConfirmingReset(false);
                setMessage('Your progress was reset.');
                focusStatus();
              }}
            >
              Yes, reset everything
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
