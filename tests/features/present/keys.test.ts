import { describe, expect, it } from 'vitest';
import { keyToAction, type DeckAction, type KeyLike } from '../../../src/features/present/keys.ts';

const press = (key: string, extra: Partial<KeyLike> = {}): DeckAction | null =>
  keyToAction({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, target: document.body, ...extra });

const element = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('keyToAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['Escape', 'exit'],
    ['?', 'help'],
    ['r', 'reveal'],
    ['R', 'reveal'],
  ] as const)('%j → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('Shift+Space goes back, as in most slide software', () => {
    expect(press(' ', { shiftKey: true })).toBe('previous');
  });

  it('"?" arrives with Shift held on most keyboards and still opens the help', () => {
    expect(press('?', { shiftKey: true })).toBe('help');
  });

  it.each(['a', 'ArrowUp', 'ArrowDown', 'Tab', 'Shift', 'F5', 'x', '1'])('leaves %j to the browser', (key) => {
    expect(press(key)).toBeNull();
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])('leaves browser shortcuts alone (%o)', (modifier) => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'r', 'f', 'Home', 'Backspace']) expect(press(key, modifier)).toBeNull();
  });

  it.each([
    '<input type="number">',
    '<input type="radio">',
    '<textarea></textarea>',
    '<select><option>One</option></select>',
  ])('ignores every key while focus is in a form control: %s', (html) => {
    const target = element(html);
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Enter', 'Backspace', 'PageDown', 'Home', 'End', 'f', 'b', 'r', '?', 'Escape']) {
      expect(press(key, { target })).toBeNull();
    }
  });

  it('ignores keys typed into an editable element', () => {
    const target = element('<div contenteditable="true"></div>') as HTMLElement;
    // jsdom does not compute isContentEditable; a browser does.
    Object.defineProperty(target, 'isContentEditable', { value: true });
    expect(press('ArrowRight', { target })).toBeNull();
  });

  it.each(['<button type="button">Next step</button>', '<a href="/x">Link</a>', '<summary>Show an example</summary>', '<div role="button">X</div>'])(
    'leaves Enter and Space to a focused control that acts on them (%s) but still moves on arrows and Page keys',
    (html) => {
      const target = element(html);
      expect(press('Enter', { target })).toBeNull();
      expect(press(' ', { target })).toBeNull();
      expect(press('ArrowRight', { target })).toBe('next');
      expect(press('PageUp', { target })).toBe('previous');
    },
  );

  it('works without a target (synthetic events)', () => {
    expect(press('PageDown', { target: null })).toBe('next');
  });
});
