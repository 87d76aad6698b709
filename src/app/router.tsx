import type { ComponentType } from 'react';
import { createBrowserRouter, createHashRouter, type LoaderFunction, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { Layout } from '../components/layout/layout.tsx';
import { RouteError } from '../components/route-error.tsx';
import { NotFound } from '../components/not-found.tsx';
import { progressReady } from '../progress/store.ts';
import { provideLiveSlots } from '../components/live-registry.ts';

// The live workshop (features/live) mounts into the trainer pages through a slot; it loads only when served by
// the workshop server (`npm run workshop`).
provideLiveSlots(() => import('../features/live/slots.tsx'));

/** Every page waits for saved progress to be read (immediate on a first visit), so none renders empty first. */
const loader = () => progressReady().then(() => null);

/**
 * Trainer pages bring their own loader (lesson, slide); a static `loader` beside `lazy` would win over it and
 * leave the page without data, so theirs runs here, after saved progress is read like every page's.
 */
const trainerPage =
  (load: () => Promise<{ loader: LoaderFunction; Component: ComponentType }>) =>
  async () => {
    const { loader: own, Component } = await load();
    return { Component, loader: (args: LoaderFunctionArgs) => progressReady().then(() => own(args)) };
  };

/** Route modules load lazily so a first visit downloads only the page it opens. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    loader,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('../features/dashboard/home-route.tsx') },
          { path: 'lessons/:lessonId', lazy: () => import('../features/lessons/lesson-route.tsx') },
          { path: 'quizzes/:quizId', lazy: () => import('../features/quiz/quiz-route.tsx') },
          { path: 'quizzes/:quizId/attempts/:attemptId', lazy: () => import('../features/quiz/attempt-route.tsx') },
          { path: 'progress', lazy: () => import('../features/progress/progress-route.tsx') },
          { path: 'certificate', lazy: () => import('../features/certificate/certificate-route.tsx') },
          { path: 'workshop', lazy: () => import('../features/workshop-plan/agenda-route.tsx') },
          { path: 'workshop/:lessonId', lazy: () => import('../features/workshop-plan/materials-route.tsx') },
          { path: 'join', lazy: () => import('../features/live/join-route.tsx') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
  // Trainer mode: full-screen pages without the site chrome (nothing of a learner's data on the wall).
  {
    path: '/present/:lessonId/quiz/:question',
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    lazy: trainerPage(() => import('../features/present/workshop-quiz-route.tsx')),
  },
  {
    path: '/present/:lessonId/:slide',
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    lazy: trainerPage(() => import('../features/present/slide-route.tsx')),
  },
  {
    path: '/presenter/:lessonId/:slide',
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    lazy: trainerPage(() => import('../features/present/presenter-route.tsx')),
  },
];

export function createRouter() {
  // An LMS serves a package from a deep path of its own that knows nothing of /lessons/…: packages route in the hash.
  return import.meta.env.VITE_REPORTING ? createHashRouter(routes) : createBrowserRouter(routes);
}

type AppRouter = ReturnType<typeof createRouter>;

/** Resolves once the router has loaded the first page's route modules and data (what hydration must match). */
export function routerReady(router: AppRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
