/**
 * The projected workshop quiz's view of every question kind, in one table: a kind added to the engine without its
 * projector view fails to compile here. The workshop quiz route looks a question's view up instead of branching on
 * its kind.
 */
import type { Question, QuestionKind } from '../../engine/index.ts';
import { projector as categorize } from './categorize/projector.tsx';
import { projector as conversation } from './conversation/projector.tsx';
import { projector as multiple } from './multiple/projector.tsx';
import { projector as order } from './order/projector.tsx';
import { projector as rewrite } from './rewrite/projector.tsx';
import { projector as single } from './single/projector.tsx';
import { projector as spot } from './spot/projector.tsx';
import type { ProjectorView } from './view-types.ts';

export const PROJECTOR_VIEWS = { single, multiple, order, categorize, conversation, rewrite, spot } satisfies { readonly [K in QuestionKind]: ProjectorView<K> };

/**
 * A question's projector view. The table's one cast: TypeScript cannot tie a table indexed by `question.kind` to the
 * kind of `question`, so callers pass the same question back in.
 */
export function projectorView(question: Question): ProjectorView<QuestionKind> {
  return PROJECTOR_VIEWS[question.kind] as unknown as ProjectorView<QuestionKind>;
}
