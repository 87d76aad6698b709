import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { RouteError } from '../../../src/components/route-error.tsx';
import * as agenda from '../../../src/features/workshop-plan/agenda-route.tsx';
import * as materials from '../../../src/features/workshop-plan/materials-route.tsx';

/** The workshop routes as src/app/router.tsx registers them, in a memory router, plus stand-ins for their links. */
const routes: RouteObject[] = [
  { path: '/workshop', loader: agenda.loader, Component: agenda.Component, ErrorBoundary: RouteError, HydrateFallback: () => null },
  { path: '/workshop/:lessonId', loader: materials.loader, Component: materials.Component, ErrorBoundary: RouteError, HydrateFallback: () => null },
  { path: '/lessons/:lessonId', Component: () => <h1>Lesson page</h1> },
  { path: '/present/:lessonId/quiz/:question', Component: () => <h1>Workshop quiz</h1> },
  { path: '/present/:lessonId/:slide', Component: () => <h1>Slides</h1> },
];

export function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(<RouterProvider router={router} />);
  return { ...result, router, path: () => router.state.location.pathname };
}
