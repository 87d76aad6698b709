import type { ComponentType } from 'react';
import type { Question } from '../engine/index.ts';

/**
 * Where the app tells the trainer pages how to load the live workshop (features/live) without them importing
 * it: features never import each other. Kept apart from live-slot.tsx so the app's first download gains only
 * these few lines.
 */
export interface PresenterSlotProps {
  lessonId: string;
}
export interface ScreenSlotProps {
  lessonId: string;
  position: number;
  question: Question;
  revealed: boolean;
  reveal: () => void;
}
/** What features/live provides to the trainer pages' slots. */
export interface LiveSlots {
  Presenter: ComponentType<PresenterSlotProps>;
  Screen: ComponentType<ScreenSlotProps>;
}

let loader: (() => Promise<LiveSlots>) | undefined;

export function provideLiveSlots(load: () => Promise<LiveSlots>): void {
  loader = load;
}

export function liveSlotsLoader(): (() => Promise<LiveSlots>) | undefined {
  return loader;
}
