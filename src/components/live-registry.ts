import type { LiveSlots } from './live-slot.tsx';

/**
 * Where the app tells the trainer pages how to load the live workshop (features/live) without them importing
 * it: features never import each other. Kept apart from live-slot.tsx so the app's first download gains only
 * these few lines.
 */
let loader: (() => Promise<LiveSlots>) | undefined;

export function provideLiveSlots(load: () => Promise<LiveSlots>): void {
  loader = load;
}

export function liveSlotsLoader(): (() => Promise<LiveSlots>) | undefined {
  return loader;
}
