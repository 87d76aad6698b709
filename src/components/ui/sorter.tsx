import { useId, useRef, useState, type ReactNode } from 'react';
import './sorter.css';

export interface SorterItem {
  id: string;
  text: string;
}

export interface SorterGroup {
  id: string;
  label: string;
}

interface SorterProps {
  /** Items in display order. */
  items: readonly SorterItem[];
  groups: readonly SorterGroup[];
  /** Item id → group id. */
  placements: Readonly<Record<string, string>>;
  /** Puts an item in a group, or back in the list with `undefined`. */
  onPlace: (itemId: string, groupId: string | undefined) => void;
  disabled?: boolean;
  /** Extra text under a placed item (a verdict once checked). */
  note?: (itemId: string) => ReactNode;
  /** Marks an item (e.g. "not sorted yet" after a check). */
  invalid?: (itemId: string) => boolean;
  /** Where to announce moves; without it the sorter has its own live region. */
  announce?: (message: string) => void;
}

/**
 * Select-then-place sorting, built for thumbs and keyboards alike: choose an item (a toggle button), then
 * choose "Put in …" on a group. Placed items can be chosen again to move them or send them back. No drag
 * and no wall of dropdowns; every move is announced, and focus moves on to the next item to sort.
 */
export function Sorter({ items, groups, placements, onPlace, disabled = false, note, invalid, announce }: SorterProps) {
  const baseId = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const groupLabel = (id: string | undefined) => groups.find((group) => group.id === id)?.label;
  const unplaced = items.filter((item) => !groupLabel(placements[item.id]));
  const chosen = items.find((item) => item.id === selected);

  const toggle = (id: string) => setSelected((current) => (current === id ? null : id));

  const place = (groupId: string | undefined) => {
    if (!chosen || disabled) return;
    onPlace(chosen.id, groupId);
    const message = groupId ? `“${chosen.text}” put in ${groupLabel(groupId)}.` : `“${chosen.text}” is back in the list.`;
    if (announce) announce(message);
    else setAnnouncement(message);
    setSelected(null);
    // Move on to the next item still to sort (after this one in the list, else the first).
    const index = unplaced.findIndex((item) => item.id === chosen.id);
    const next = [...unplaced.slice(index + 1), ...unplaced.slice(0, Math.max(index, 0))].find((item) => item.id !== chosen.id);
    if (next) window.requestAnimationFrame(() => buttons.current.get(next.id)?.focus());
  };

  const itemButton = (item: SorterItem) => (
    <li key={item.id} className={`sorter__entry${invalid?.(item.id) ? ' sorter__entry--invalid' : ''}`}>
      <button
        type="button"
        className="sorter__item"
        aria-pressed={selected === item.id}
        disabled={disabled}
        ref={(element) => {
          if (element) buttons.current.set(item.id, element);
          else buttons.current.delete(item.id);
        }}
        onClick={() => toggle(item.id)}
      >
        {item.text}
      </button>
      {note?.(item.id)}
    </li>
  );

  return (
    <div className="sorter">
      <p className="sorter__hint" id={`${baseId}-hint`}>
        Choose an item, then choose where it goes. Choose a placed item to move it.
      </p>
      <div className="sorter__pool" role="group" aria-labelledby={`${baseId}-pool`}>
        <p className="sorter__title" id={`${baseId}-pool`}>
          To sort ({unplaced.length} left)
        </p>
        {unplaced.length > 0 ? <ul className="sorter__list">{unplaced.map(itemButton)}</ul> : <p className="sorter__done">Everything is placed.</p>}
      </div>
      <div className="sorter__groups">
        {groups.map((group) => {
          const inGroup = items.filter((item) => placements[item.id] === group.id);
          return (
            <div key={group.id} className="sorter__group" role="group" aria-labelledby={`${baseId}-${group.id}`}>
              <p className="sorter__title" id={`${baseId}-${group.id}`}>
                {group.label} ({inGroup.length})
              </p>
              <button
                type="button"
                className="button button--secondary sorter__place"
                disabled={disabled || !chosen || placements[chosen.id] === group.id}
                aria-describedby={`${baseId}-hint`}
                onClick={() => place(group.id)}
              >
                Put in {group.label}
              </button>
              {inGroup.length > 0 ? <ul className="sorter__list">{inGroup.map(itemButton)}</ul> : null}
            </div>
          );
        })}
      </div>
      {chosen && groupLabel(placements[chosen.id]) ? (
        <button type="button" className="button button--secondary sorter__back" disabled={disabled} onClick={() => place(undefined)}>
          Back to the list
        </button>
      ) : null}
      {announce ? null : (
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      )}
    </div>
  );
}
