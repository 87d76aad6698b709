import { lazy, Suspense, type ComponentType } from 'react';
import type { Question } from '../engine/index.ts';
import { liveSlotsLoader } from './live-registry.ts';

/**
 * A place on a trainer page for the live workshop. It renders nothing — and loads nothing — unless the page
 * was served by the workshop server (`npm run workshop` marks index.html with `<meta name="frontline-live">`),
 * so the static site behaves exactly as without it.
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
export interface LiveSlots {
  Presenter: ComponentType<PresenterSlotProps>;
  Screen: ComponentType<ScreenSlotProps>;
}

const served = () => typeof document !== 'undefined' && document.querySelector('meta[name="frontline-live"]') !== null;

const Presenter = lazy(async (): Promise<{ default: ComponentType<PresenterSlotProps> }> => {
  const loader = liveSlotsLoader();
  return { default: loader ? (await loader()).Presenter : () => null };
});
const Screen = lazy(async (): Promise<{ default: ComponentType<ScreenSlotProps> }> => {
  const loader = liveSlotsLoader();
  return { default: loader ? (await loader()).Screen : () => null };
});

export function LivePresenterSlot(props: PresenterSlotProps) {
  if (!served()) return null;
  return (
    <Suspense fallback={null}>
      <Presenter {...props} />
    </Suspense>
  );
}

export function LiveScreenSlot(props: ScreenSlotProps) {
  if (!served()) return null;
  return (
    <Suspense fallback={null}>
      <Screen {...props} />
    </Suspense>
  );
}
