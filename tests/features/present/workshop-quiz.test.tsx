import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadQuiz } from '../../../src/content/load-quiz.ts';
import {
  bestConversationPath,
  displayOrder,
  percentOf,
  replyOrder,
  scoreConversation,
  type ConversationQuestion,
  type Question,
  ROOM_SEED,
} from '../../../src/engine/index.ts';
import { useProgressStore } from '../../../src/progress/store.ts';
import { renderAt } from './render-routes.tsx';

// The workshop quiz shows the lesson's own questions (its first pool) in file order; everything below is read
// from content/star-method/quiz.yaml, so editing the quiz doesn't break these tests.
const quiz = (await loadQuiz('star-method'))!;
const questions: readonly Question[] = quiz.pools[0]!.questions;
const COUNT = questions.length;
const of = (n: number) => `${n} / ${COUNT}`;
/** 1-based position of the first question that passes the test. */
const positionOf = (test: (question: Question, index: number) => boolean) => {
  const index = questions.findIndex(test);
  if (index < 0) throw new Error('content/star-method/quiz.yaml has no question these tests need');
  return index + 1;
};
const at = <Q extends Question>(position: number) => questions[position - 1] as Q;

type Single = Extract<Question, { kind: 'single' }>;
/** A single-choice question with best, acceptable and harmful options and a discussion prompt. */
const SINGLE = positionOf(
  (q) => q.kind === 'single' && !!q.discussion && q.options.some((o) => o.credit === 0.5) && q.options.some((o) => o.credit === 0),
);
/** Two single-choice questions in a row. */
const PAIR = positionOf((q, i) => q.kind === 'single' && questions[i + 1]?.kind === 'single' && !!questions[i + 1]?.discussion);
const ORDER = positionOf((q) => q.kind === 'order');
const MULTIPLE = positionOf((q) => q.kind === 'multiple');
const TALK = positionOf((q) => q.kind === 'conversation');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const counter = (text: string) => screen.findByText(text, { selector: '.deck-bar__count' });
const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;
const OUTCOME = { recovered: 'Customer recovered', escalated: 'Escalated', lost: 'Customer lost' } as const;

afterEach(() => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
});

describe('the workshop quiz', () => {
  it('hides the answer until "Reveal answer", then shows each option’s credit, its feedback and the discussion prompt', async () => {
    const user = userEvent.setup();
    const question = at<Single>(SINGLE);
    const best = question.options.find((o) => o.credit === 1)!;
    const acceptable = question.options.find((o) => o.credit === 0.5)!;
    const discussion = new RegExp(escape(question.discussion!));
    renderAt(`/present/star-method/quiz/${SINGLE}`);
    await counter(of(SINGLE));
    expect(screen.getByText(question.prompt)).toBeInTheDocument();
    // The options in the room's order: the engine's display order for the room's fixed seed.
    const shown = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.querySelector('.workshop__option-text')?.textContent);
    const byId = new Map(question.options.map((o) => [o.id, o.text]));
    expect(shown).toEqual(displayOrder(question, ROOM_SEED).map((id, i) => `${String.fromCharCode(65 + i)}Option ${String.fromCharCode(65 + i)}: ${byId.get(id)}`));
    expect(screen.queryByText('Best answer')).not.toBeInTheDocument();
    expect(screen.queryByText('Harmful')).not.toBeInTheDocument();
    expect(screen.queryByText(best.feedback)).not.toBeInTheDocument();
    expect(screen.queryByText(discussion)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));

    // Each option shrinks to its letter and verdict; the best answer is explained first, in full.
    const order = displayOrder(question, ROOM_SEED);
    const letterOf = (id: string) => String.fromCharCode(65 + order.indexOf(id));
    const verdicts = within(screen.getByRole('list')).getAllByRole('button');
    expect(verdicts.map((b) => b.textContent)).toEqual(
      order.map((id, i) => {
        const credit = question.options.find((o) => o.id === id)!.credit;
        const letter = String.fromCharCode(65 + i);
        const verdict = credit === 1 ? 'Best answer' : credit > 0 ? 'Acceptable' : 'Harmful';
        return `${letter}${verdict}Option ${letter}: ${verdict}`;
      }),
    );
    expect(screen.getByRole('button', { name: `Option ${letterOf(best.id)}: Best answer` })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(`${letterOf(best.id)}: Best answer`)).toBeInTheDocument();
    expect(screen.getByText(best.text)).toBeInTheDocument();
    expect(screen.getByText(best.feedback)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal answer' })).not.toBeInTheDocument();
    // Focus moves to the answer the button revealed.
    expect(screen.getByRole('heading', { name: 'Answer' })).toHaveFocus();

    // The trainer picks the option the room chose: it is explained instead.
    await user.click(screen.getByRole('button', { name: `Option ${letterOf(acceptable.id)}: Acceptable` }));
    expect(screen.getByText(acceptable.feedback)).toBeInTheDocument();
    expect(screen.queryByText(best.feedback)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Option ${letterOf(acceptable.id)}: Acceptable` })).toHaveAttribute('aria-pressed', 'true');

    // The last point is the discussion prompt; Next point wraps round to the first.
    const pointOrder = [best.id, ...order.filter((id) => id !== best.id)];
    const pointCount = pointOrder.length + 1;
    await screen.findByText(`Point ${pointOrder.indexOf(acceptable.id) + 1} of ${pointCount}`);
    for (let n = pointOrder.indexOf(acceptable.id) + 1; n < pointCount; n++) await user.click(screen.getByRole('button', { name: 'Next point' }));
    expect(screen.getByText(discussion)).toBeInTheDocument();
    expect(screen.getByText('Talk it over')).toBeInTheDocument();
    expect(await screen.findByText(`Point ${pointCount} of ${pointCount}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next point' }));
    expect(screen.getByText(best.feedback)).toBeInTheDocument();
  });

  it('reveals with R, and hides the answer again on the next question', async () => {
    const user = userEvent.setup();
    const next = at<Single>(PAIR + 1);
    const { path } = renderAt(`/present/star-method/quiz/${PAIR}`);
    await counter(of(PAIR));
    await user.keyboard('{ArrowRight}');
    await counter(of(PAIR + 1));
    expect(path()).toBe(`/present/star-method/quiz/${PAIR + 1}`);
    expect(screen.queryByText('Best answer')).not.toBeInTheDocument();

    await user.keyboard('r');
    expect(await screen.findByText('Best answer')).toBeInTheDocument();
    // R again steps through the points, to the discussion prompt last.
    await screen.findByText(`Point 1 of ${next.options.length + 1}`);
    for (let n = 1; n <= next.options.length; n++) await user.keyboard('r');
    await screen.findByText(`Point ${next.options.length + 1} of ${next.options.length + 1}`);
    expect(screen.getByText(new RegExp(escape(next.discussion!)))).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    await counter(of(PAIR));
    expect(screen.queryByText('Best answer')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal answer' })).toBeInTheDocument();
  });

  it('shows the right order of an ordering question only after the reveal', async () => {
    const user = userEvent.setup();
    const question = at<Extract<Question, { kind: 'order' }>>(ORDER);
    const byId = new Map(question.items.map((item) => [item.id, item.text]));
    renderAt(`/present/star-method/quiz/${ORDER}`);
    await counter(of(ORDER));
    expect(screen.queryByRole('heading', { name: 'Answer' })).not.toBeInTheDocument();
    // Lettered, in the room's order, which is never already the answer's order.
    const shown = screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/^[A-Z]Item [A-Z]: /, ''));
    expect(shown).toEqual(displayOrder(question, ROOM_SEED).map((id) => byId.get(id)));
    await user.keyboard('R');
    expect(await screen.findByRole('heading', { name: 'Answer' })).toBeInTheDocument();
    const right = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(right).toEqual(question.items.map((item) => item.text));
    expect(shown).not.toEqual(right);
    expect(screen.getByText('Why this order')).toBeInTheDocument();
    expect(screen.getByText(question.feedback)).toBeInTheDocument();
  });

  it('walks a conversation one reply at a time, with feedback and points, to an ending, and starts again', async () => {
    const user = userEvent.setup();
    const question = at<ConversationQuestion>(TALK);
    const nodes = new Map(question.nodes.map((node) => [node.id, node]));
    const endings = new Map(question.endings.map((ending) => [ending.id, ending]));
    const start = nodes.get(question.start)!;
    // The room picks the best first reply, then the weakest reply that ends the call at the next step.
    const good = start.responses.find((reply) => reply.id === bestConversationPath(question).path[0])!;
    const second = nodes.get(good.next)!;
    const weak = [...second.responses].filter((reply) => endings.has(reply.next)).sort((a, b) => a.points - b.points)[0]!;
    const ending = endings.get(weak.next)!;
    const percent = (() => {
      const score = scoreConversation({ kind: 'conversation', path: [good.id, weak.id] }, question);
      return score.kind === 'points' ? percentOf(score.earned, score.total) : 0;
    })();
    const replies = () => within(screen.getByRole('group', { name: 'What do you say?' })).getAllByRole('button').map((b) => b.textContent);

    renderAt(`/present/star-method/quiz/${TALK}`);
    await counter(of(TALK));
    expect(screen.getByText(new RegExp(escape(start.customer)))).toBeInTheDocument();
    expect(replies()).toEqual(replyOrder(question, start, ROOM_SEED).map((reply) => reply.text));
    expect(screen.queryByText(good.feedback)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: good.text }));
    expect(screen.getByText(good.feedback)).toBeInTheDocument();
    expect(screen.getByText(points(good.points))).toBeInTheDocument();
    expect(screen.getByText(new RegExp(escape(second.customer)))).toBeInTheDocument();
    expect(replies()).toEqual(replyOrder(question, second, ROOM_SEED).map((reply) => reply.text));

    await user.click(screen.getByRole('button', { name: weak.text }));
    expect(screen.getByText(points(weak.points))).toBeInTheDocument();
    expect(screen.getByText(`${OUTCOME[ending.outcome]}.`)).toBeInTheDocument();
    expect(screen.getByText(`The room’s conversation scores ${percent}% (the best path scores 100%).`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText(new RegExp(escape(start.customer)))).toBeInTheDocument();
    expect(screen.queryByText(`${OUTCOME[ending.outcome]}.`)).not.toBeInTheDocument();

    if (TALK === COUNT) {
      // The last question leads back to the lesson.
      expect(screen.getByRole('link', { name: 'Back to the lesson' })).toHaveAttribute('href', '/lessons/star-method');
    }
    // The reveal shows the best path one exchange at a time, with the customer's lines, then where it ends and the
    // discussion prompt.
    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));
    const best = bestConversationPath(question);
    expect(screen.getByText(`The best path (${points(best.points)})`)).toBeInTheDocument();
    const total = best.path.length + 2;
    let node = start;
    for (const [i, replyId] of best.path.entries()) {
      const reply = node.responses.find((r) => r.id === replyId)!;
      await screen.findByText(`Point ${i + 1} of ${total}`);
      const step = screen.getByText(`Step ${i + 1} of ${best.path.length}`).parentElement!;
      expect(step).toHaveTextContent(node.customer);
      expect(step).toHaveTextContent(reply.text);
      node = nodes.get(reply.next) ?? node;
      await user.click(screen.getByRole('button', { name: 'Next point' }));
    }
    expect(screen.getByText('Customer recovered')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next point' }));
    expect(screen.getByText(new RegExp(escape(question.discussion!)))).toBeInTheDocument();
  });

  it('leads back to the lesson from the last question', async () => {
    renderAt(`/present/star-method/quiz/${COUNT}`);
    await counter(of(COUNT));
    expect(screen.getByRole('link', { name: 'Back to the lesson' })).toHaveAttribute('href', '/lessons/star-method');
  });

  it('records nothing in the trainer’s progress', async () => {
    const user = userEvent.setup();
    const before = JSON.stringify(useProgressStore.getState());
    const first = renderAt(`/present/star-method/quiz/${MULTIPLE}`);
    await counter(of(MULTIPLE));
    await user.click(screen.getByRole('button', { name: 'Reveal answer' }));
    expect(screen.getAllByText(/^(Correct|Incorrect)$/).length).toBeGreaterThan(1);
    first.unmount();
    renderAt(`/present/star-method/quiz/${TALK}`);
    await counter(of(TALK));
    await user.click(within(screen.getByRole('group', { name: 'What do you say?' })).getAllByRole('button')[0]!);
    expect(JSON.stringify(useProgressStore.getState())).toBe(before);
  });

  it.each(['0', String(COUNT + 1), 'two'])('shows "Page not found" for question %j, saying how many questions there are', async (question) => {
    const { path } = renderAt(`/present/star-method/quiz/${question}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(`There is no question ${question} in this workshop quiz: it has ${COUNT}.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the course home' })).toHaveAttribute('href', '/');
    // No other question is shown in its place, and the URL stays as typed.
    expect(screen.queryByRole('button', { name: 'Reveal answer' })).not.toBeInTheDocument();
    expect(path()).toBe(`/present/star-method/quiz/${question}`);
  });

  it('redirects a question number written another way ("02") to its own URL', async () => {
    const { path } = renderAt('/present/star-method/quiz/02');
    await waitFor(() => expect(path()).toBe('/present/star-method/quiz/2'));
    await counter(of(2));
  });

  it('shows "Page not found" for a lesson that does not exist', async () => {
    renderAt('/present/nope/quiz/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
