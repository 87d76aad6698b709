import { data, replace, type LoaderFunctionArgs } from 'react-router';
import { getLesson, loadLesson } from '../../content/course.ts';
import { hasQuiz } from '../../content/quizzes.ts';
import { loadQuiz } from '../../content/load-quiz.ts';
import { paths } from '../../config/paths.ts';
import { resolvePosition, slideCount } from './deck.ts';

/**
 * Loaders of the trainer routes. An unknown lesson is a 404 (the route's error boundary shows "Page not
 * found"); a slide or question number written in another form ("02") redirects to its own URL, and one
 * that is not in the deck says so.
 */

function lessonOr404(id: string | undefined) {
  const lesson = getLesson(id);
  if (!lesson) throw data('Not found', { status: 404 });
  return lesson;
}

export function deckLoader(pathFor: (lessonId: string, slide: number) => string) {
  return async ({ params }: LoaderFunctionArgs) => {
    const loaded = await loadLesson(lessonOr404(params.lessonId));
    const { lesson } = loaded;
    const count = slideCount(lesson);
    const { position, exact, outOfRange } = resolvePosition(params.slide, count);
    if (!exact && !outOfRange) throw replace(pathFor(lesson.id, position));
    // A slide that is not in the deck is said so (with the way to the nearest one), never silently swapped.
    return { ...loaded, slide: position, count, hasQuiz: hasQuiz(lesson.id), missing: outOfRange ? (params.slide ?? '') : null };
  };
}

export async function workshopQuizLoader({ params }: LoaderFunctionArgs) {
  const lesson = lessonOr404(params.lessonId);
  const quiz = await loadQuiz(lesson.id);
  // The lesson's own questions (its first pool; later pools review earlier lessons), in file order: an
  // attempt draws and shuffles, a workshop follows the trainer's plan.
  const questions = quiz?.pools[0]?.questions ?? [];
  if (questions.length === 0) throw data('Not found', { status: 404 });
  const { position, exact, outOfRange } = resolvePosition(params.question, questions.length);
  if (outOfRange) throw data(`There is no question ${params.question ?? ''} in this workshop quiz: it has ${questions.length}.`, { status: 404 });
  if (!exact) throw replace(paths.workshopQuiz(lesson.id, position));
  return { lesson, questions, position, count: questions.length };
}
