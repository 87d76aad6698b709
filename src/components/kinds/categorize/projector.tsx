import { displayOrder, ROOM_SEED } from '../../../engine/index.ts';
import { PageOfItems, pagesFor } from '../projector-parts.tsx';
import { roomLetter as letter, roomOrder } from '../shared.tsx';
import type { RevealStep, ProjectorView } from '../view-types.ts';

/**
 * Sorting items into categories: the categories and the lettered items (a page at a time when there are many), then
 * each category with the letters of its items.
 */
export const projector: ProjectorView<'categorize'> = {
  Body: ({ question, revealed, heading, shown, onShow, page }) => {
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
          <PageOfItems items={items} page={page} pages={pagesFor(question.items.length)} />
        )}
      </>
    );
  },
  revealSteps: (question) => {
    const list: RevealStep[] = [];
    const labels = new Map(question.categories.map((category) => [category.id, category.label]));
    for (const category of question.categories) {
      for (const item of question.items.filter((it) => it.category === category.id)) {
        const i = displayOrder(question, ROOM_SEED).indexOf(item.id);
        list.push({ id: item.id, title: `${letter(i)}: ${labels.get(item.category) ?? ''}`, quote: item.text, body: item.feedback });
      }
    }
    return list;
  },
  pagedItems: (question) => question.items.length,
};
