import { useRef, useState } from 'react';
import { useProgressStore } from '../../progress/store.ts';
import { attemptsInProgress, keepingAttempts, MAX_IMPORT_BYTES, parseImport, type ImportSummary } from '../../progress/transfer.ts';
import type { AttemptRecord, ProgressData } from '../../progress/types.ts';
import { FINAL_ASSESSMENT_ID } from '../../progress/course-rules.ts';
import { getLesson } from '../../content/course.ts';
import { downloadProgress } from '../../components/download-progress.ts';
import { lazily } from '../../components/ui/format.ts';

type Pending = { progress: ProgressData; summary: ImportSummary; filename: string };

const dateFormat = lazily(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }));
const timeFormat = lazily(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }));

/** An attempt in progress, named for the learner: which quiz, how far, when last touched. */
function describeAttempt(attempt: AttemptRecord): string {
  const quiz = attempt.quizId === FINAL_ASSESSMENT_ID ? 'The final assessment' : `The quiz on ${getLesson(attempt.quizId)?.title ?? attempt.quizId}`;
  const round = attempt.kind === 'practice' ? ' (a practice round)' : '';
  const answered = Object.keys(attempt.responses).length;
  return `${quiz}${round}: ${answered} of ${attempt.questionIds.length} questions answered, last changed ${timeFormat().format(new Date(attempt.updatedAt))}`;
}

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
  // Saved progress is shared by every tab: a quiz open in another tab is in it, and a Replace would discard it.
  const inProgress = attemptsInProgress(useProgressStore((s) => s.attempts));
  const [keepInProgress, setKeepInProgress] = useState(true);
  const { replaceAll, mergeIn, reset } = useProgressStore.getState();

  const onExport = () => {
    setMessage(`Exported ${downloadProgress()}.`);
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
    setKeepInProgress(true);
    setPending({ progress: result.progress, summary: result.summary, filename: file.name });
  };

  const apply = (how: 'replace' | 'merge') => {
    if (!pending) return;
    const kept = how === 'replace' && keepInProgress ? inProgress : [];
    if (how === 'replace') replaceAll(keepingAttempts(pending.progress, kept));
    else mergeIn(pending.progress);
    const keptNote = kept.length === 0 ? '' : kept.length === 1 ? ' Your quiz in progress was kept.' : ` Your ${kept.length} quizzes in progress were kept.`;
    setMessage(how === 'replace' ? `Progress replaced with ${pending.filename}.${keptNote}` : `${pending.filename} merged with your progress.`);
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
          {inProgress.length > 0 ? (
            <div className="transfer__in-progress">
              <p id="in-progress-heading">
                {inProgress.length === 1 ? 'This browser has a quiz in progress' : `This browser has ${inProgress.length} quizzes in progress`}, perhaps
                open in another tab. Replace would discard {inProgress.length === 1 ? 'it' : 'them'} unless you keep{' '}
                {inProgress.length === 1 ? 'it' : 'them'}:
              </p>
              <ul aria-labelledby="in-progress-heading">
                {inProgress.map((attempt) => (
                  <li key={attempt.id}>{describeAttempt(attempt)}</li>
                ))}
              </ul>
              <label className="transfer__keep">
                <input type="checkbox" checked={keepInProgress} onChange={(event) => setKeepInProgress(event.currentTarget.checked)} />{' '}
                {inProgress.length === 1 ? 'Keep the quiz in progress when replacing' : `Keep the ${inProgress.length} quizzes in progress when replacing`}
              </label>
            </div>
          ) : null}
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
