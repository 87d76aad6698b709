import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import type { Lesson } from '../../content/lesson-schema.ts';
import { useProgressStore } from '../../progress/store.ts';

/**
 * Where the learner is within a long lesson: a sticky bar with "Part n of N" and a list of the parts to jump
 * to. The position is the last part reached (the same one "Continue" returns to).
 */
export function LessonProgress({ lesson, onJump }: { lesson: Lesson; onJump?: (index: number) => void }) {
  const lastPart = useProgressStore((s) => s.lessons[lesson.id]?.lastPart);
  const index = Math.max(0, lesson.parts.findIndex((part) => part.id === lastPart));
  const current = lesson.parts[index];
  const total = lesson.parts.length;
  if (!current) return null;
  return (
    <nav className="lesson-progress no-print" aria-label="Lesson parts">
      <ProgressBar label="Reading progress" value={index + 1} max={total} valueText={`Part ${index + 1} of ${total}: ${current.title}`} />
      <details className="lesson-progress__parts">
        <summary>
          Part {index + 1} of {total}: <span className="lesson-progress__title">{current.title}</span>
        </summary>
        <ol>
          {lesson.parts.map((part, i) => (
            <li key={part.id}>
              <a
                href={`#part-${part.id}`}
                aria-current={i === index ? 'location' : undefined}
                onClick={
                  onJump
                    ? (event) => {
                        event.preventDefault();
                        event.currentTarget.closest('details')?.removeAttribute('open');
                        onJump(i);
                      }
                    : undefined
                }
              >
                {part.title}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
