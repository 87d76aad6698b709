import { data, replace, type LoaderFunctionArgs } from 'react-router';
import { getLesson, loadLesson } from '../../content/course.ts';
import { hasQuiz, loadQuiz } from '../../content/quizzes.ts';
import { paths } from '../../config/paths.ts';
import { resolvePosition, slideCount } from './deck.ts';

/**
 * Loaders of the trainer routes. An unknown lesson is a 404 (the route's error boundary shows "Page not
 * found"); a slide or question number out of range, or not a number, redirects to the nearest one.
 */

function lessonOr404(id: string | undefined) {
  const lesson = getLesson(id);
  if (!lesson) throw data('Not found', { status: 404 });
  return lesson;
}

export function deckLoader(pathFor: (lessonId: string, slide: number) => string) {
  return async ({ params }: LoaderFunctionArgs) => {
    const lesson = lessonOr404(params.lessonId);
    const count = slideCount(lesson);
    const { position, exact } = resolvePosition(params.slide, count);
    if (!exact) throw replace(pathFor(lesson.id, position));
    return { ...(await loadLesson(lesson)), slide: position, count, hasQuiz: hasQuiz(lesson.id) };
  };
}

export async function workshopQuizLoader({ params }: LoaderFunctionArgs) {
  const lesson = lessonOr404(params.lessonId);
  const quiz = await loadQuiz(lesson.id);
  // The lesson's own questions (its first pool; later pools review earlier lessons), in file order: an
  // attempt draws and shuffles, a workshop follows the trainer's plan.
  const questions = quiz?.pools[0]?.questions ?? [];
  if (questions.length === 0) throw data('Not found', { status: 404 });
  const { position, exact } = resolvePosition(params.question, questions.length);
  if (!exact) throw replace(paths.workshopQuiz(lesson.id, position));
  return { lesson, questions, position, count: questions.length };
}
