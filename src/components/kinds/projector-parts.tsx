/**
 * Pieces the kinds' projector views share: lettered options and items as the room reads them, the row of verdicts a
 * revealed answer shrinks to, and a long list of items shown a page at a time.
 */
import { roomLetter as letter } from './shared.tsx';

/** Most items one projected slide holds at full size; a longer list is shown a page at a time. */
export const ITEMS_PER_PAGE = 6;

/** How many pages a list of `total` items takes on the projector (at least one). */
export const pagesFor = (total: number) => Math.max(1, Math.ceil(total / ITEMS_PER_PAGE));

/** Where page `page` (0-based) of `pages` starts and ends in a list of `total` items, as even as the count allows. */
export function pageSpan(total: number, page: number, pages: number): { start: number; end: number } {
  const size = Math.ceil(total / pages);
  return { start: page * size, end: Math.min(total, page * size + size) };
}

/** Page `page` of a long list of items, lettered as in the whole list. */
export function PageOfItems({ items, page, pages }: { items: readonly { id: string; text: string }[]; page: number; pages: number }) {
  const { start, end } = pageSpan(items.length, page, pages);
  return <LetteredList items={items.slice(start, end)} from={start} />;
}

const listClass = (count: number) => `workshop__options${count > 5 ? ' workshop__options--many' : ''}`;

/**
 * Lettered options for the room. Once revealed they shrink to a row of verdicts (letter and tag), each a button
 * that puts the option and its explanation in the panel below (the one on show is pressed): the room has just
 * read the options, and one explained at a time stays as large as the question.
 */
export function OptionList<T extends { id: string; text: string }>({
  options,
  revealed,
  verdict,
  shown,
  onShow,
  noun = 'Option',
}: {
  options: T[];
  revealed: boolean;
  verdict: (option: T) => { tone: string; label: string };
  shown: string | undefined;
  onShow: (id: string) => void;
  /** What a screen reader calls each one: "Option B", "Phrase B". */
  noun?: string;
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
                <span className="visually-hidden">{`${noun} ${letter(i)}: ${label}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    );
  }
  return <LetteredList items={options} noun={noun} />;
}

/** Options or items as the room reads them before the reveal: lettered, so the room can call out "B!". */
export function LetteredList({ items, from = 0, noun = 'Item' }: { items: readonly { id: string; text: string }[]; from?: number; noun?: string }) {
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
