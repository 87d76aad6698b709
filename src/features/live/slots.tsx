import type { LiveSlots } from '../../components/live-slot.tsx';
import PresenterLive from './presenter-live.tsx';
import ScreenLive from './screen-live.tsx';

/** What the trainer pages mount through components/live-slot.tsx; the app provides it (src/app/router.tsx). */
export const Presenter: LiveSlots['Presenter'] = PresenterLive;
export const Screen: LiveSlots['Screen'] = ScreenLive;
