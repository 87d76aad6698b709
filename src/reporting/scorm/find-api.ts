/**
 * Finding the LMS's SCORM API object, as both standards describe it (SCORM 1.2 RTE 3.3.6.1, SCORM 2004 RTE
 * 3.1.5): walk up the parent frames, then the window that opened this one and its parents, and take the first
 * `API` (1.2) or `API_1484_11` (2004). It is written here rather than taken from a wrapper library because it
 * is this one loop, the libraries that offer it (pipwerks and its forks) are unmaintained globals, and
 * scorm-again is the LMS side of the conversation, not the course's. Cross-origin frames throw when touched:
 * that ends the walk up that chain instead of failing the launch.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
}

/** How many frames up the walk goes before giving up (the standards' examples use 7; LMS frame sets go deeper). */
const MAX_DEPTH = 10;

function lookUp<T>(start: Window | null, name: 'API' | 'API_1484_11'): T | undefined {
  let win: Window | null = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api && typeof api === 'object') return api as T;
      if (win.parent === win) return undefined;
      win = win.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function findScormApi(standard: 'scorm12', self?: Window): Scorm12Api | undefined;
export function findScormApi(standard: 'scorm2004', self?: Window): Scorm2004Api | undefined;
export function findScormApi(standard: 'scorm12' | 'scorm2004', self: Window = window): Scorm12Api | Scorm2004Api | undefined {
  const name = standard === 'scorm12' ? 'API' : 'API_1484_11';
  let opener: Window | null = null;
  try {
    opener = self.opener as Window | null;
  } catch {
    opener = null;
  }
  return lookUp(self, name) ?? lookUp(opener, name);
}
