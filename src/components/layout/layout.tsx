import { lazy, Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { course } from '../../content/course.ts';
import { logo } from '../../content/brand.ts';
import { paths } from '../../config/paths.ts';
import { useStorageStatus } from '../../progress/status.ts';
import { useAppStatus } from './app-status.ts';
import { OfflineNotice } from './offline-notice.tsx';
import { SavedIndicator } from './saved-indicator.tsx';
import { TextSizeControl } from './text-size.tsx';

// The storage banners are for rare trouble (blocked, full, unreadable or newer data): their code loads only then.
const StorageNotices = lazy(() => import('./storage-notices.tsx').then((module) => ({ default: module.StorageNotices })));

function StorageNoticesSlot() {
  const trouble = useStorageStatus((s) => s.mode !== 'ok' || (s.corrupted && s.backup !== null) || s.newer !== null);
  return trouble ? (
    <Suspense fallback={null}>
      <StorageNotices />
    </Suspense>
  ) : null;
}

// "Exit course" and the LMS session's notices exist only in the LMS packages (built with VITE_REPORTING): the static
// site's build folds these to null and carries none of their code.
const ExitCourseButton = import.meta.env.VITE_REPORTING ? lazy(() => import('./lms-controls.tsx').then((module) => ({ default: module.ExitCourseButton }))) : null;
const LmsSessionNotice = import.meta.env.VITE_REPORTING ? lazy(() => import('./lms-controls.tsx').then((module) => ({ default: module.LmsSessionNotice }))) : null;

// So is "a new version is available" (shown only online, with a service worker).
const UpdateNotice = lazy(() => import('./update-notice.tsx'));

function UpdateNoticeSlot() {
  const show = useAppStatus((s) => s.update !== null);
  return show ? (
    <Suspense fallback={null}>
      <UpdateNotice />
    </Suspense>
  ) : null;
}

/** The page frame: skip link, header with the course name and navigation, one main landmark. */
export function Layout() {
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!location.hash) mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname, location.hash]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to={paths.home()} className="brand" end>
            {logo ? (
              <img className="brand__logo" src={logo.src} alt={logo.alt} />
            ) : (
              <span className="brand__mark" aria-hidden="true">
                {course.title.charAt(0)}
              </span>
            )}
            <span className="brand__name">{course.title}</span>
          </NavLink>
          {/* Beside the course name, whose row is taller than its text: "Saved" appearing never moves the page. */}
          <SavedIndicator />
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <NavLink to={paths.home()} end>
                  Course
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.progress()}>Progress</NavLink>
              </li>
              <li>
                <NavLink to={paths.certificate()}>Certificate</NavLink>
              </li>
            </ul>
          </nav>
          <TextSizeControl />
          {/* In an LMS launch only: back to the LMS, the session closed properly. */}
          {ExitCourseButton ? (
            <Suspense fallback={null}>
              <ExitCourseButton />
            </Suspense>
          ) : null}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main" aria-busy={navigation.state === 'loading'}>
        {LmsSessionNotice ? (
          <Suspense fallback={null}>
            <LmsSessionNotice />
          </Suspense>
        ) : null}
        <OfflineNotice />
        <UpdateNoticeSlot />
        <StorageNoticesSlot />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {course.title} · {course.tagline}
        </p>
      </footer>
    </div>
  );
}
