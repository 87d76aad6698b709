// Setup for the unit tests that run in jsdom (the `dom` project in vite.config.ts); tests in Node load none.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy lesson bodies and route modules load through dynamic imports; on a busy 2-core machine that can take
// longer than Testing Library's 1 s default for `findBy…`/`waitFor`. A wait still ends as soon as the
// condition holds, so a generous ceiling costs nothing when things are fast.
configure({ asyncUtilTimeout: 8000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
