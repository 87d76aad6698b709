import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { course } from '../../content/course.ts';
import { paths } from '../../config/paths.ts';
import { SavedIndicator, StorageNotices } from './storage-notices.tsx';
import { TextSizeControl } from './text-size.tsx';

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
            <span className="brand__mark" aria-hidden="true">
              F
            </span>
            <span className="brand__name">{course.title}</span>
          </NavLink>
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
          <SavedIndicator />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main" aria-busy={navigation.state === 'loading'}>
        <StorageNotices />
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
