import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { RouteError } from '../../../src/components/route-error.tsx';
import * as presenter from '../../../src/features/present/presenter-route.tsx';
import * as slides from '../../../src/features/present/slide-route.tsx';
import * as workshop from '../../../src/features/present/workshop-quiz-route.tsx';

/** The trainer routes as src/app/router.tsx registers them, in a memory router, plus a stand-in lesson page. */
const routes: RouteObject[] = [
  { path: '/present/:lessonId/quiz/:question', loader: workshop.loader, Component: workshop.Component, ErrorBoundary: RouteError, HydrateFallback: () => null },
  { path: '/present/:lessonId/:slide', loader: slides.loader, Component: slides.Component, ErrorBoundary: RouteError, HydrateFallback: () => null },
  { path: '/presenter/:lessonId/:slide', loader: presenter.loader, Component: presenter.Component, ErrorBoundary: RouteError, HydrateFallback: () => null },
  { path: '/lessons/:lessonId', Component: () => <h1>Lesson page</h1> },
];

export function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(<RouterProvider router={router} />);
  return { ...result, router, path: () => router.state.location.pathname };
}
