/**
 * The trainer's keyboard map, shared by the slides, the speaker view and the workshop quiz. Pure, so it is
 * unit-tested key by key. Presentation clickers send PageUp / PageDown (some send "." or "b" to blank).
 */

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'exit' | 'help' | 'reveal';

export type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'> & { target?: EventTarget | null };

const FORM_CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Elements that act on Enter or Space themselves: those keys stay theirs. */
const ACTIVATABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

function asElement(target: EventTarget | null | undefined): Element | null {
  return target && typeof (target as Element).tagName === 'string' ? (target as Element) : null;
}

/** True when typing goes into the focused element (widgets on slides have inputs, selects and text areas). */
export function isFormControl(target: EventTarget | null | undefined): boolean {
  const element = asElement(target);
  if (!element) return false;
  return FORM_CONTROLS.has(element.tagName) || (element as HTMLElement).isContentEditable === true;
}

function isActivatable(target: EventTarget | null | undefined): boolean {
  const element = asElement(target);
  if (!element) return false;
  const role = element.getAttribute('role');
  return ACTIVATABLE.has(element.tagName) || role === 'button' || role === 'link';
}

/** What a key press asks the deck to do, or null to leave it to the browser (or to a focused control). */
export function keyToAction(event: KeyLike): DeckAction | null {
  // Ctrl/Cmd/Alt combinations belong to the browser (Alt+← is "back", Ctrl+R reload…).
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isFormControl(event.target)) return null;
  const { key } = event;
  if ((key === 'Enter' || key === ' ') && isActivatable(event.target)) return null;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'Escape':
      return 'exit';
    case '?':
      return 'help';
    case 'r':
    case 'R':
      return 'reveal';
    default:
      return null;
  }
}

export type DeckView = 'slides' | 'presenter' | 'quiz';

/** The keys as the help dialog lists them, with the views each one works in (all when not said). */
export const KEY_HELP: readonly { keys: string; action: string; views?: readonly DeckView[] }[] = [
  { keys: '→, Space, Page Down, Enter', action: 'Next' },
  { keys: '←, Page Up, Backspace', action: 'Previous' },
  { keys: 'Home / End', action: 'First / last' },
  { keys: 'F', action: 'Full screen on or off' },
  { keys: 'B', action: 'Blank the room’s screen, or show it again', views: ['slides', 'presenter'] },
  { keys: 'R', action: 'Reveal the answer, then step through why', views: ['quiz'] },
  { keys: 'Esc', action: 'Back to the lesson (leave full screen first)', views: ['slides', 'quiz'] },
  { keys: '?', action: 'Show these keys' },
];
