import './app/styles.css';
import { applyDeferredStylesheet, isPrerendered } from './app/prerendered.ts';

/**
 * The page's entry, kept tiny. A prerendered page (vite-plugins/prerender-plugin.ts) is readable as soon as its HTML and
 * stylesheet are in: the app's script is requested only after that first paint, so on a slow connection it does
 * not compete with them. Any other page (the shell, an LMS package) starts the app at once.
 */

const prerendered = isPrerendered(document.getElementById('root'), window.location);

/**
 * A press made before the page is live (it is on screen before its script) is not lost. A click on a button,
 * checkbox or radio is held and made again once the app has hydrated the page (hydration keeps the page's elements,
 * so it is the same control); a key pressed outside a field (a slide's B, an arrow) is sent again to where it was.
 * Text typed into a field is handed to the app as if just typed.
 */
const PRESSABLE = 'button, input[type="checkbox"], input[type="radio"]';
const FIELD = 'input, textarea, select, [contenteditable], button, a[href]';

function holdEarlyPresses() {
  const held: HTMLElement[] = [];
  const holdClick = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>(PRESSABLE) : null;
    if (!control) return;
    // Not seen by the page (nor by React while it hydrates): made once, when the page is live.
    event.preventDefault();
    event.stopPropagation();
    if (!held.includes(control)) held.push(control);
  };
  const keys: { target: EventTarget; init: KeyboardEventInit }[] = [];
  const holdKey = (event: KeyboardEvent) => {
    if (event.target instanceof Element && event.target.closest(FIELD)) return;
    event.stopPropagation();
    const { key, code, shiftKey, altKey, ctrlKey, metaKey } = event;
    keys.push({ target: event.target ?? document, init: { key, code, shiftKey, altKey, ctrlKey, metaKey, bubbles: true, cancelable: true } });
  };
  document.addEventListener('click', holdClick, true);
  document.addEventListener('keydown', holdKey, true);
  /** The page is live: stop holding, and make the held presses. */
  return () => {
    document.removeEventListener('click', holdClick, true);
    document.removeEventListener('keydown', holdKey, true);
    // Text typed into a field before then is in the field but not in the app (its first render saw the empty box):
    // tell it, as if just typed. React notices a change only against the value it last saw, so the field is cleared
    // through React's own view of it, then the text put back with the element's setter before the input event.
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      const { value } = field;
      if (value === field.defaultValue) continue;
      field.value = '';
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    for (const control of held.splice(0)) if (control.isConnected) control.click();
    for (const { target, init } of keys.splice(0)) {
      const to = target instanceof Node && !target.isConnected ? document.body : target;
      to.dispatchEvent(new KeyboardEvent('keydown', init));
    }
  };
}

const release = prerendered ? holdEarlyPresses() : undefined;
let live = false;
const onReady = () => {
  if (live) return;
  live = true;
  document.documentElement.setAttribute('data-app-ready', '');
  release?.();
};

/** A task of its own for what follows (a message, unlike a timer, is not slowed in a background tab). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * The app wakes in steps, each in a task of its own, so a phone can answer a tap between them: React (and the whole
 * stylesheet, on a page that came with part of it), then the app's modules (the router among them), then the app
 * itself. A module runs at its first import; later imports find it ready. (Every step's chunks download together at
 * the first step: see vite.config.ts.)
 */
const start = () =>
  Promise.all([import('./app/wake.ts'), applyDeferredStylesheet()])
    .then(nextTask)
    .then(() => import('./start.tsx'))
    .then(async (app) => {
      await nextTask();
      await app.render(onReady);
    });

function afterFirstPaint(run: () => void) {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    run();
  };
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    // No paint timing in this browser: start after the first frame.
    requestAnimationFrame(() => setTimeout(go, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    go();
  });
  observer.observe({ type: 'paint', buffered: true });
  // A page that never reports its paint (it always has text to paint): start anyway.
  setTimeout(go, 3000);
}

// (A tab opened in the background paints nothing: it starts at once.)
if (!prerendered || document.visibilityState === 'hidden') void start();
else afterFirstPaint(() => void start());
