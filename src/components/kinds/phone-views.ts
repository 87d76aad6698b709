/**
 * A live room's phones' view of every question kind, in one table: a kind added to the engine without its phone
 * entry fails to compile here; every kind is answered from phones. The live feature looks a question's
 * view up instead of branching on its kind.
 */
import { isKnownKind, type Question, type QuestionKind } from '../../engine/index.ts';
import { phone as categorize } from './categorize/phone.tsx';
import { phone as conversation } from './conversation/phone.tsx';
import { phone as multiple } from './multiple/phone.tsx';
import { phone as order } from './order/phone.tsx';
import { phone as rewrite } from './rewrite/phone.tsx';
import { phone as single } from './single/phone.tsx';
import { phone as spot } from './spot/phone.tsx';
import type { PhoneView } from './view-types.ts';

export const PHONE_VIEWS = { single, multiple, order, categorize, conversation, rewrite, spot } satisfies { readonly [K in QuestionKind]: PhoneView<K> };

/**
 * A question's phone view, or null for a kind this build does not know. The table's one cast: TypeScript cannot tie a table indexed by `question.kind` to the kind of `question`,
 * so callers pass the same question (and a response of its kind) back in.
 */
export function phoneView(question: Question): PhoneView<QuestionKind> | null {
  if (!isKnownKind(question.kind)) return null;
  return PHONE_VIEWS[question.kind] as unknown as PhoneView<QuestionKind>;
}
