import type { ReactNode } from 'react';
import { bestConversationPath, displayOrder, ROOM_SEED, walkConversation, type ConversationOutcome, type Question } from '../../engine/index.ts';
import { creditLabel } from '../../components/ui/credit-label.ts';

/**
 * Each kind of question as the room sees it, before and after "Reveal answer". Nothing is scored or saved:
 * the room discusses, the trainer reveals. A revealed answer is explained one point at a time (why each option is
 * right or wrong, each step of the best conversation, then the discussion prompt), so every point is as large as
 * the question itself on a projector: the trainer clicks the option the room chose, or presses R for the next point.
 */

const creditTone = (credit: number) => (credit >= 1 ? 'good' : credit > 0 ? 'warn' : 'bad');

/** The question's options or items in the room's order. */
export function roomOrder<T extends { id: string }>(question: Question, items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return displayOrder(question, ROOM_SEED).flatMap((id) => byId.get(id) ?? []);
}

const letter = (i: number) => String.fromCharCode(65 + i);

export const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

export const OUTCOME: Record<ConversationOutcome, string> = { recovered: 'Customer recovered', escalated: 'Escalated', lost: 'Customer lost' };

/** One point of a revealed answer: what the panel under the answer shows. */
export interface AnswerPoint {
  /** The option, item or criterion it explains (the one highlighted), or a step of the best path. */
  readonly id: string;
  readonly title: string;
  /** The option it explains, in full (the revealed options show only their letter and verdict). */
  readonly quote?: string;
  readonly body: ReactNode;
  readonly tone?: 'good' | 'warn' | 'bad';
}

/** The points of a question's revealed answer, in the order R steps through them: the keyed answer first. */
export function answerPoints(question: Question): AnswerPoint[] {
  const list: AnswerPoint[] = [];
  switch (question.kind) {
    case 'single': {
      const options = roomOrder(question, question.options).map((option, i) => ({ option, i }));
      const keyedFirst = [...options.filter(({ option }) => option.credit >= 1), ...options.filter(({ option }) => option.credit < 1)];
      for (const { option, i } of keyedFirst) {
        list.push({ id: option.id, title: `${letter(i)}: ${creditLabel(option.credit)}`, quote: option.text, body: option.feedback, tone: creditTone(option.credit) });
      }
      break;
    }
    case 'multiple': {
      const options = roomOrder(question, question.options).map((option, i) => ({ option, i }));
      const keyedFirst = [...options.filter(({ option }) => option.correct), ...options.filter(({ option }) => !option.correct)];
      for (const { option, i } of keyedFirst) {
        list.push({
          id: option.id,
          title: `${letter(i)}: ${option.correct ? 'Correct' : 'Incorrect'}`,
          quote: option.text,
          body: option.feedback,
          tone: option.correct ? 'good' : 'bad',
        });
      }
      break;
    }
    case 'order':
      list.push({ id: 'order', title: 'Why this order', body: question.feedback });
      break;
    case 'categorize': {
      const labels = new Map(question.categories.map((category) => [category.id, category.label]));
      for (const category of question.categories) {
        for (const item of question.items.filter((it) => it.category === category.id)) {
          const i = displayOrder(question, ROOM_SEED).indexOf(item.id);
          list.push({ id: item.id, title: `${letter(i)}: ${labels.get(item.category) ?? ''}`, quote: item.text, body: item.feedback });
        }
      }
      break;
    }
    case 'rewrite':
      for (const criterion of question.criteria) list.push({ id: criterion.id, title: `A good rewrite: ${criterion.label}`, body: criterion.feedback });
      break;
    case 'conversation': {
      const walk = walkConversation(question, bestConversationPath(question).path);
      walk.steps.forEach((step, i) => {
        list.push({
          id: step.node.id,
          title: `Step ${i + 1} of ${walk.steps.length}`,
          body: (
            <>
              <span className="workshop-talk__line">
                <span className="workshop-talk__who">Customer</span> “{step.node.customer}”
              </span>
              <span className="workshop-talk__line">
                <span className="workshop-talk__who">You</span> “{step.response.text}”{' '}
                <span className="workshop-tag workshop-tag--accent">{points(step.response.points)}</span>
              </span>
            </>
          ),
        });
      });
      if (walk.ending) list.push({ id: 'ending', title: OUTCOME[walk.ending.outcome], body: walk.ending.text, tone: 'good' });
      break;
    }
  }
  if (question.discussion) list.push({ id: 'discussion', title: 'Talk it over', body: question.discussion });
  return list;
}

/** The point on show. A live region, so a screen reader hears each point as the trainer moves on. */
export function AnswerPanel({ point }: { point: AnswerPoint | undefined }) {
  if (!point) return null;
  return (
    <div className={`workshop__explain${point.tone ? ` workshop__explain--${point.tone}` : ''}`} aria-live="polite">
      <p className="workshop__explain-title">{point.title}</p>
      {point.quote ? <p className="workshop__explain-quote">{point.quote}</p> : null}
      <p className="workshop__explain-body">{point.body}</p>
    </div>
  );
}

/** For the control bar: step through the answer's points (R does the same). */
export function PointButtons({ index, count, onSelect }: { index: number; count: number; onSelect: (index: number) => void }) {
  if (count < 2) return null;
  return (
    <div className="deck-bar__group" role="group" aria-label="Answer points">
      <button type="button" className="deck-bar__button" onClick={() => onSelect((index - 1 + count) % count)}>
        Previous point
      </button>
      <span className="deck-bar__step">
        Point {index + 1} of {count}
      </span>
      <button type="button" className="deck-bar__button" onClick={() => onSelect((index + 1) % count)}>
        Next point
      </button>
    </div>
  );
}

/** Most items one projected slide holds at full size; a longer list is shown a page at a time. */
const ITEMS_PER_PAGE = 6;

/** How many pages the room's list of items takes before the reveal (categorize questions can be long). */
export function itemPages(question: Question): number {
  return question.kind === 'categorize' ? Math.ceil(question.items.length / ITEMS_PER_PAGE) : 1;
}

/** Where page `page` (0-based) of `pages` starts and ends in a list of `total` items, as even as the count allows. */
function pageSpan(total: number, page: number, pages: number): { start: number; end: number } {
  const size = Math.ceil(total / pages);
  return { start: page * size, end: Math.min(total, page * size + size) };
}

/** Page `page` of a long list of items, lettered as in the whole list. */
function PageOfItems({ items, page, pages }: { items: readonly { id: string; text: string }[]; page: number; pages: number }) {
  const { start, end } = pageSpan(items.length, page, pages);
  return <LetteredList items={items.slice(start, end)} from={start} />;
}

/** For the control bar: the pages of a long list of items. */
export function PageButtons({ page, pages, total, onSelect }: { page: number; pages: number; total: number; onSelect: (page: number) => void }) {
  if (pages < 2) return null;
  const { start, end } = pageSpan(total, page, pages);
  return (
    <div className="deck-bar__group" role="group" aria-label="Items">
      <button type="button" className="deck-bar__button" onClick={() => onSelect(page - 1)} disabled={page === 0}>
        Previous items
      </button>
      <span className="deck-bar__step">
        {letter(start)}–{letter(end - 1)} of {total}
      </span>
      <button type="button" className="deck-bar__button" onClick={() => onSelect(page + 1)} disabled={page >= pages - 1}>
        Next items
      </button>
    </div>
  );
}

const listClass = (count: number) => `workshop__options${count > 5 ? ' workshop__options--many' : ''}`;

/**
 * Lettered options for the room. Once revealed they shrink to a row of verdicts (letter and tag), each a button
 * that puts the option and its explanation in the panel below (the one on show is pressed): the room has just
 * read the options, and one explained at a time stays as large as the question.
 */
function OptionList<T extends { id: string; text: string }>({
  options,
  revealed,
  verdict,
  shown,
  onShow,
}: {
  options: T[];
  revealed: boolean;
  verdict: (option: T) => { tone: string; label: string };
  shown: string | undefined;
  onShow: (id: string) => void;
}) {
  if (revealed) {
    return (
      <ul className="workshop__verdicts">
        {options.map((option, i) => {
          const { tone, label } = verdict(option);
          return (
            <li key={option.id}>
              <button type="button" className={`workshop__pick workshop__verdict workshop__verdict--${tone}`} aria-pressed={shown === option.id} onClick={() => onShow(option.id)}>
                <span aria-hidden="true">
                  <span className="workshop__letter">{letter(i)}</span>
                  {label}
                </span>
                <span className="visually-hidden">{`Option ${letter(i)}: ${label}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    );
  }
  return <LetteredList items={options} noun="Option" />;
}

/** Options or items as the room reads them before the reveal: lettered, so the room can call out "B!". */
function LetteredList({ items, from = 0, noun = 'Item' }: { items: readonly { id: string; text: string }[]; from?: number; noun?: string }) {
  return (
    <ol className={listClass(items.length)} start={from + 1}>
      {items.map((item, at) => {
        const i = from + at;
        return (
        <li key={item.id} className="workshop__option">
          <p className="workshop__option-text">
            <span className="workshop__letter" aria-hidden="true">
              {letter(i)}
            </span>
            <span className="visually-hidden">
              {noun} {letter(i)}:{' '}
            </span>
            {item.text}
          </p>
        </li>
        );
      })}
    </ol>
  );
}

/**
 * The question's choices, and once revealed its answer. `heading` (the "Answer" heading, focused on reveal) goes
 * where the answer starts; `shown` is the id of the point on show in the panel, `onShow` picks another.
 */
export function QuestionBody({
  question,
  revealed,
  heading,
  shown,
  onShow,
  page = 0,
}: {
  question: Exclude<Question, { kind: 'conversation' }>;
  revealed: boolean;
  heading: ReactNode;
  shown: string | undefined;
  onShow: (id: string) => void;
  /** Before the reveal, the page of a long list of items on show. */
  page?: number;
}) {
  switch (question.kind) {
    case 'single':
      return (
        <>
          {heading}
          <OptionList
            options={roomOrder(question, question.options)}
            revealed={revealed}
            verdict={(option) => ({ tone: creditTone(option.credit), label: creditLabel(option.credit) })}
            shown={shown}
            onShow={onShow}
          />
        </>
      );
    case 'multiple':
      return (
        <>
          {/all that apply/i.test(question.prompt) ? null : <p className="workshop__hint">Choose all that apply.</p>}
          {heading}
          <OptionList
            options={roomOrder(question, question.options)}
            revealed={revealed}
            verdict={(option) => (option.correct ? { tone: 'good', label: 'Correct' } : { tone: 'bad', label: 'Incorrect' })}
            shown={shown}
            onShow={onShow}
          />
        </>
      );
    case 'order':
      return revealed ? (
        <>
          {heading}
          <ol className="workshop__order">
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p className="workshop__hint">Put these in the best order.</p>
          <LetteredList items={roomOrder(question, question.items)} />
        </>
      );
    case 'categorize': {
      const items = roomOrder(question, question.items);
      return (
        <>
          <p className="workshop__hint workshop__categories" hidden={revealed}>
            Sort each one into:
            {question.categories.map((category, i) => (
              <span key={category.id} className="workshop__category-name">
                {category.label}
                {i < question.categories.length - 1 ? <span className="visually-hidden">,</span> : null}
              </span>
            ))}
          </p>
          {revealed ? (
            <>
              {heading}
              {/* Each category with the letters of its items; a letter puts the item and why in the panel. */}
              <dl className="workshop__sorted">
                {question.categories.map((category) => (
                  <div key={category.id}>
                    <dt className="workshop__category">{category.label}</dt>
                    <dd>
                      <ul className="workshop__verdicts">
                        {items.map((item, i) =>
                          item.category === category.id ? (
                            <li key={item.id}>
                              <button type="button" className="workshop__pick" aria-pressed={shown === item.id} onClick={() => onShow(item.id)}>
                                <span className="workshop__letter" aria-hidden="true">
                                  {letter(i)}
                                </span>
                                <span className="visually-hidden">{item.text}</span>
                              </button>
                            </li>
                          ) : null,
                        )}
                      </ul>
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <PageOfItems items={items} page={page} pages={itemPages(question)} />
          )}
        </>
      );
    }
    case 'rewrite':
      return (
        <>
          <figure className="workshop__original">
            <figcaption>Say this better:</figcaption>
            <blockquote>“{question.original}”</blockquote>
          </figure>
          {revealed ? (
            <>
              {heading}
              <figure className="workshop__original workshop__original--model">
                <figcaption>A model answer:</figcaption>
                <blockquote>“{question.modelAnswer}”</blockquote>
              </figure>
            </>
          ) : null}
        </>
      );
  }
}
