import { lazy, Suspense, type ComponentType } from 'react';
import { liveSlotsLoader, type LiveSlots, type PresenterSlotProps, type ScreenSlotProps } from './live-registry.ts';

export type { LiveSlots, PresenterSlotProps, ScreenSlotProps };

/**
 * A place on a trainer page for the live workshop. It renders nothing — and loads nothing — unless the page
 * was served by the workshop server (`npm run workshop` marks index.html with `<meta name="frontline-live">`),
 * so the static site behaves exactly as without it.
 */
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
