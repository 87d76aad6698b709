import { useId, useRef, useState } from 'react';
import type { RewriteCriterion, RewriteEvaluation, RewriteQuestion } from '../../../engine/index.ts';
import type * as RewriteGrader from '../../../engine/rewrite/index.ts';
import { useLessonView } from '../lesson-view.tsx';
import './widgets.css';

/** Words a lesson wants pointed out in this exercise, on top of the harmful moves the grader always checks. */
export interface PhraseFlag {
  label: string;
  words: string[];
  tip: string;
}

/** What a good rewrite does when the lesson names nothing else: say sorry and say what you will do. */
const DEFAULT_CRITERIA: readonly RewriteCriterion[] = [
  { id: 'apology', label: 'Says sorry and means it', weight: 1, move: 'apology', feedback: 'Open with a real apology: “I’m so sorry…”.' },
  { id: 'next-step', label: 'Says what you will do', weight: 1, move: 'next-step', feedback: 'Offer an action: “Let me…”, “I’ll…”.' },
];

/** The lesson's exercise as a rewrite question, so it is graded exactly like a quiz rewrite. */
function asQuestion(original: string, model: string, criteria: readonly RewriteCriterion[], flags: readonly PhraseFlag[]): RewriteQuestion {
  const guards = flags.map((flag, index): RewriteCriterion => ({ id: `flag-${index}`, label: flag.label, noneOf: flag.words, feedback: flag.tip }));
  return { id: 'phrase-rewriter', kind: 'rewrite', skills: [], prompt: '', original, modelAnswer: model, criteria: [...criteria, ...guards] };
}

// The grader (about 9 KB gzip) loads when the learner first uses the exercise, not with every lesson page.
type Grader = typeof RewriteGrader;
let grader: Promise<Grader> | undefined;
const loadGrader = (): Promise<Grader> => (grader ??= import('../../../engine/rewrite/index.ts'));

type Feedback = { kind: 'empty' } | { kind: 'checked'; evaluation: RewriteEvaluation; changes: Change[] } | null;

interface Change {
  key: string;
  label: string;
  words: readonly string[];
  tip: string;
}

/** Everything to change: broken "rules out" criteria (the lesson's flags) and the shared harmful moves. */
function changesOf(question: RewriteQuestion, evaluation: RewriteEvaluation, info: Grader['HARMFUL_MOVE_INFO']): Change[] {
  const flagged = question.criteria.flatMap((criterion, index) => {
    const result = evaluation.criteria[index];
    return result?.role === 'guard' && !result.met
      ? [{ key: criterion.id, label: criterion.label, words: result.matchedBanned, tip: criterion.feedback }]
      : [];
  });
  const harmful = evaluation.harmful.map((found) => ({
    key: found.move,
    label: info[found.move].label,
    words: found.words,
    tip: info[found.move].tip,
  }));
  return [...flagged, ...harmful];
}

/**
 * The learner rewrites a sentence; "Check my wording" grades it with the quiz's rewrite grader, lists what
 * the rewrite does and doesn't do yet, and quotes the words to change; a model rewrite can be shown.
 */
export function PhraseRewriter({
  original,
  model,
  flags = [],
  criteria = DEFAULT_CRITERIA,
}: {
  original: string;
  model: string;
  flags?: PhraseFlag[];
  criteria?: readonly RewriteCriterion[];
}) {
  const { mode } = useLessonView();
  const baseId = useId();
  const titleId = `${baseId}-title`;
  const fieldId = `${baseId}-field`;
  const modelId = `${baseId}-model`;
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [showModel, setShowModel] = useState(false);
  const question = asQuestion(original, model, criteria, flags);

  // Counts edits, so a grade that arrives after the learner has typed again is dropped.
  const edits = useRef(0);

  const check = () => {
    if (!/[\p{L}\p{N}]/u.test(text)) {
      setFeedback({ kind: 'empty' });
      return;
    }
    const edit = edits.current;
    void loadGrader().then(({ evaluateRewrite, HARMFUL_MOVE_INFO }) => {
      if (edit !== edits.current) return;
      const evaluation = evaluateRewrite(text, question);
      setFeedback({ kind: 'checked', evaluation, changes: changesOf(question, evaluation, HARMFUL_MOVE_INFO) });
    });
  };

  const evaluation = feedback?.kind === 'checked' ? feedback.evaluation : null;
  const changes = feedback?.kind === 'checked' ? feedback.changes : [];
  const goals = evaluation ? question.criteria.map((criterion, index) => ({ criterion, result: evaluation.criteria[index] })).filter(({ result }) => result?.role === 'goal') : [];
  const allDone = evaluation !== null && changes.length === 0 && !evaluation.tooShort && goals.every(({ result }) => result?.met);

  return (
    <section className={`widget rewriter${mode === 'slide' ? ' widget--slide' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="widget__title">
        Try it: rewrite the reply
      </h3>
      <figure className="rewriter__original">
        <figcaption>The original</figcaption>
        <blockquote>
          <p>{original}</p>
        </blockquote>
      </figure>
      <div className="widget__field">
        <label className="widget__label" htmlFor={fieldId}>
          Your rewrite
        </label>
        <textarea
          id={fieldId}
          rows={mode === 'slide' ? 2 : 4}
          value={text}
          aria-invalid={feedback?.kind === 'empty' ? true : undefined}
          onFocus={() => void loadGrader()}
          onChange={(event) => {
            edits.current += 1;
            setText(event.currentTarget.value);
            setFeedback(null);
          }}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={check}>
          Check my wording
        </button>
        <button type="button" className="button button--secondary" aria-controls={modelId} onClick={() => setShowModel((shown) => !shown)}>
          {showModel ? 'Hide the model rewrite' : 'Show a model rewrite'}
        </button>
      </div>
      <div className="widget__status" role="status" aria-live="polite">
        {feedback?.kind === 'empty' ? <p>Write your rewrite in the box first, then check it.</p> : null}
        {evaluation && changes.length > 0 ? (
          <>
            <p>{changes.length === 1 ? '1 thing to change:' : `${changes.length} things to change:`}</p>
            <ul className="rewriter__flags" aria-label="Words to change">
              {changes.map((change) => (
                <li key={change.key}>
                  <strong>{change.label}</strong> (you wrote: {change.words.map((word) => `“${word}”`).join(', ')}). {change.tip}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {evaluation ? (
          <>
            <p>What your rewrite does:</p>
            <ul className="rewriter__flags" aria-label="What a good rewrite does">
              {goals.map(({ criterion, result }) => (
                <li key={criterion.id}>
                  <strong>{result?.met ? 'Done' : 'Not yet'}:</strong> {criterion.label}
                  {result?.met ? ` (“${result.matched[0] ?? ''}”)` : `. ${criterion.feedback}`}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {evaluation?.tooShort ? <p>That’s very short: write the whole reply, as you would say it to the customer.</p> : null}
        {allDone ? <p>Nice work: nothing to change. Compare your wording with the model rewrite.</p> : null}
      </div>
      <div className="rewriter__model" id={modelId} aria-live="polite">
        {showModel ? (
          <>
            <p>A model rewrite</p>
            <blockquote>
              <p>{model}</p>
            </blockquote>
          </>
        ) : null}
      </div>
    </section>
  );
}
