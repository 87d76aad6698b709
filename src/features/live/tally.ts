import { displayOrder, replyOrder, ROOM_SEED, type Question } from '../../engine/index.ts';

export const letter = (i: number) => String.fromCharCode(65 + i);

export interface Choice {
  id: string;
  text: string;
  /** The keyed answer (credit 1, correct, the best first reply). */
  best: boolean;
}

/** The answerable choices of a question in the room's order: options, or the first replies of a conversation. */
export function roomChoices(question: Question): Choice[] {
  switch (question.kind) {
    case 'single': {
      const byId = new Map(question.options.map((o) => [o.id, o]));
      return displayOrder(question, ROOM_SEED).flatMap((id) => {
        const o = byId.get(id);
        return o ? [{ id: o.id, text: o.text, best: o.credit >= 1 }] : [];
      });
    }
    case 'multiple': {
      const byId = new Map(question.options.map((o) => [o.id, o]));
      return displayOrder(question, ROOM_SEED).flatMap((id) => {
        const o = byId.get(id);
        return o ? [{ id: o.id, text: o.text, best: o.correct }] : [];
      });
    }
    case 'order': {
      const byId = new Map(question.items.map((item) => [item.id, item]));
      return displayOrder(question, ROOM_SEED).flatMap((id) => {
        const item = byId.get(id);
        return item ? [{ id: item.id, text: item.text, best: false }] : [];
      });
    }
    case 'conversation': {
      const start = question.nodes.find((node) => node.id === question.start);
      if (!start) return [];
      const top = Math.max(...start.responses.map((reply) => reply.points));
      return replyOrder(question, start, ROOM_SEED).map((reply) => ({ id: reply.id, text: reply.text, best: reply.points === top }));
    }
    default:
      return [];
  }
}

export interface Bar {
  key: string;
  label: string;
  text: string;
  count: number;
  best: boolean;
}

/** Bars for the projector: one per choice; for ordering, the orders the room sent, most common first. */
export function bars(question: Question, tally: Record<string, number>): Bar[] {
  const choices = roomChoices(question);
  if (question.kind === 'order') {
    const letters = new Map(choices.map((choice, i) => [choice.id, letter(i)]));
    const right = question.items.map((item) => item.id).join(',');
    return Object.entries(tally)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([key, count]) => ({
        key,
        label: key.split(',').map((id) => letters.get(id) ?? '?').join(' → '),
        text: '',
        count,
        best: key === right,
      }));
  }
  return choices.map((choice, i) => ({ key: choice.id, label: letter(i), text: choice.text, count: tally[choice.id] ?? 0, best: choice.best }));
}

/** Whether a kind is answered from phones (categorizing and anything new is for discussion only). */
export const answerable = (question: Question) => ['single', 'multiple', 'order', 'conversation', 'rewrite'].includes(question.kind);

export type Verdict = 'right' | 'partly' | 'wrong';

/** How a phone's answer compares with the key, shown after "Reveal answer". */
export function verdictOf(question: Question, response: unknown): Verdict | null {
  const r = response as { kind?: string; choice?: string; choices?: string[]; order?: string[]; path?: string[] } | null;
  if (!r || r.kind !== question.kind) return null;
  switch (question.kind) {
    case 'single': {
      const credit = question.options.find((o) => o.id === r.choice)?.credit ?? 0;
      return credit >= 1 ? 'right' : credit > 0 ? 'partly' : 'wrong';
    }
    case 'multiple': {
      const picked = new Set(r.choices ?? []);
      const exact = question.options.every((o) => o.correct === picked.has(o.id));
      const some = question.options.some((o) => o.correct && picked.has(o.id));
      return exact ? 'right' : some ? 'partly' : 'wrong';
    }
    case 'order':
      return (r.order ?? []).join(',') === question.items.map((item) => item.id).join(',') ? 'right' : 'wrong';
    case 'conversation': {
      const best = roomChoices(question).find((choice) => choice.id === r.path?.[0])?.best;
      return best ? 'right' : 'wrong';
    }
    default:
      return null;
  }
}
