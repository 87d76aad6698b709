import type { ReactNode } from 'react';

/** Opens the browser's print dialog; the page's print stylesheet decides what goes on paper. */
export function PrintButton({ children }: { children: ReactNode }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {children}
    </button>
  );
}
