/**
 * The trainer's take-away from a live session: a CSV (one row per choice of every question opened, counted as the
 * projector counted them) and a printable summary (A4), built in the speaker view from the server's results and
 * the lesson's own questions. No names: only counts and the room's rewrites.
 */
import type { Question } from '../../engine/index.ts';
import type { QuestionResult } from '../../protocol/live.ts';
import { bars } from './tally.ts';

export interface SessionResults {
  room: string;
  lessonTitle: string;
  startedAt: number;
  questions: QuestionResult[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** A CSV field: quoted when needed, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Row {
  position: number;
  prompt: string;
  label: string;
  text: string;
  count: number;
  answered: number;
  right: number;
  best: boolean;
}

function rowsOf(results: SessionResults, questions: readonly Question[]): Row[] {
  return results.questions.flatMap((result) => {
    const question = questions.find((q) => q.id === result.questionId);
    if (!question) return [];
    const base = { position: result.position, prompt: question.prompt, answered: result.answered, right: result.right };
    const counted = bars(question, result.tally);
    if (counted.length === 0) return [{ ...base, label: '', text: `${result.texts.length} written answers`, count: result.answered, best: false }];
    return counted.map((bar) => ({ ...base, label: bar.label, text: bar.text, count: bar.count, best: bar.best }));
  });
}

export function resultsCsv(results: SessionResults, questions: readonly Question[]): string {
  const started = new Date(results.startedAt).toISOString();
  const header = ['Session', 'Started', 'Question', 'Prompt', 'Answer', 'Answer text', 'Keyed', 'Chosen by', 'Share of answers (%)', 'Answered', 'Got it right (%)'];
  const lines = rowsOf(results, questions).map((row) =>
    [results.room, started, row.position, row.prompt, row.label, row.text, row.best ? 'yes' : '', row.count, percent(row.count, row.answered), row.answered, percent(row.right, row.answered)]
      .map(field)
      .join(','),
  );
  return `${[header.map(field).join(','), ...lines].join('\r\n')}\r\n`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A standalone page that prints on A4: each question with its tally, the share who got it right, the rewrites. */
export function resultsSummaryHtml(results: SessionResults, questions: readonly Question[]): string {
  const rows = rowsOf(results, questions);
  const sections = results.questions
    .map((result) => {
      const question = questions.find((q) => q.id === result.questionId);
      if (!question) return '';
      const mine = rows.filter((row) => row.position === result.position && row.label !== '');
      const table = mine.length
        ? `<table><thead><tr><th scope="col">Answer</th><th scope="col">Chosen by</th></tr></thead><tbody>${mine
            .map((row) => `<tr${row.best ? ' class="keyed"' : ''}><td>${escapeHtml(`${row.label}${row.text ? ` ${row.text}` : ''}`)}${row.best ? ' (keyed)' : ''}</td><td>${row.count} (${percent(row.count, row.answered)} %)</td></tr>`)
            .join('')}</tbody></table>`
        : '';
      const texts = result.texts.length ? `<p>What the room wrote:</p><ul>${result.texts.map((text) => `<li>“${escapeHtml(text)}”</li>`).join('')}</ul>` : '';
      return `<section><h2>Question ${result.position}. ${escapeHtml(question.prompt)}</h2><p>${result.answered} answered; ${percent(result.right, result.answered)} % got it right.</p>${table}${texts}</section>`;
    })
    .join('\n');
  const started = new Date(results.startedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${results.lessonTitle}: live session ${results.room}`)}</title>
<style>
@page { size: A4; margin: 18mm; }
body { font: 11pt/1.4 system-ui, sans-serif; color: #111; max-width: 48rem; margin: 1rem auto; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 1.2rem; }
section { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; text-align: left; }
tr.keyed td { font-weight: 600; }
</style></head>
<body><h1>${escapeHtml(results.lessonTitle)}: live session ${escapeHtml(results.room)}</h1>
<p>Started ${escapeHtml(started)}. Counts only: no names.</p>
${sections}
</body></html>
`;
}
