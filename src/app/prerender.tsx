import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes } from './router.tsx';
import { AppReady } from './app-ready.tsx';
import { lessons, loadLesson } from '../content/course.ts';
import { quizIds } from '../content/quizzes.ts';
import { slideCount } from '../features/present/deck.ts';
import { paths } from '../config/paths.ts';

/**
 * Build-time rendering of the pages that are the same for everyone (vite-plugins/prerender-plugin.ts writes them as
 * HTML files): the text is on screen before the script has loaded, and the script then hydrates it. Saved
 * progress is not read here, so pages that depend on it start from an empty store (zustand's server snapshot),
 * which the browser's first render reproduces before filling in what is saved.
 */

/** Every URL whose page does not depend on who is looking: the course, its lessons, quiz intros and slides. */
export async function prerenderUrls(): Promise<string[]> {
  const decks = await Promise.all(
    lessons.map(async (meta) => {
      const { lesson } = await loadLesson(meta);
      return Array.from({ length: slideCount(lesson) }, (_, index) => paths.present(lesson.id, index + 1));
    }),
  );
  return [
    paths.home(),
    ...lessons.map((lesson) => paths.lesson(lesson.id)),
    ...quizIds.map((id) => paths.quiz(id)),
    paths.progress(),
    paths.certificate(),
    paths.workshop(),
    ...lessons.map((lesson) => paths.workshopMaterials(lesson.id)),
    ...decks.flat(),
  ];
}

export interface Prerendered {
  url: string;
  status: number;
  /** The page's markup, to go inside #root. */
  html: string;
}

/** Renders one URL the way the browser's first render will (every lazy part of it resolved). */
export async function prerender(url: string): Promise<Prerendered> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, 'http://localhost')));
  if (context instanceof Response) return { url, status: context.status, html: '' };
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <AppReady>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppReady>
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return { url, status: context.statusCode, html };
}
