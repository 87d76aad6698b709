import { useEffect, useRef } from 'react';
import { KEY_HELP, type DeckView } from './keys.ts';

/**
 * The keys, in a modal <dialog>: it takes focus when it opens, Esc closes it, and focus goes back to where
 * it was. The deck ignores its own keys while this is open.
 */
export function KeysHelp({ open, onClose, show }: { open: boolean; onClose: () => void; show: DeckView }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    closeRef.current?.focus();
    return () => {
      const focusInside = document.activeElement instanceof HTMLElement && dialog.contains(document.activeElement) ? document.activeElement : null;
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (returnTo && returnTo !== document.body) returnTo.focus();
      // Opened from the keyboard with nothing focused: leave nothing focused inside the closed dialog.
      else focusInside?.blur();
    };
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="keys-help"
      aria-labelledby="keys-help-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // Where <dialog> has no built-in Esc (older engines, jsdom), close it ourselves.
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="keys-help-title">Keys</h2>
      <table className="keys-help__table">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Press</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.filter((row) => !row.views || row.views.includes(show)).map((row) => (
            <tr key={row.keys}>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
              <td>{row.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="keys-help__note">A presentation clicker works too: it sends Page Up and Page Down.</p>
      <button ref={closeRef} type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
