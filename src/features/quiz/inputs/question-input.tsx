import type { Question } from '../../../engine/index.ts';
import { CategorizeInput } from './categorize-input.tsx';
import { MultipleInput, SingleInput } from './choice-inputs.tsx';
import { ConversationInput } from './conversation-input.tsx';
import { OrderInput } from './order-input.tsx';
import { RewriteInput } from './rewrite-input.tsx';
import type { InputProps } from './types.ts';

/** The input for any question kind. */
export function QuestionInput(props: InputProps<Question>) {
  const { question } = props;
  switch (question.kind) {
    case 'single':
      return <SingleInput {...props} question={question} />;
    case 'multiple':
      return <MultipleInput {...props} question={question} />;
    case 'order':
      return <OrderInput {...props} question={question} />;
    case 'categorize':
      return <CategorizeInput {...props} question={question} />;
    case 'conversation':
      return <ConversationInput {...props} question={question} />;
    case 'rewrite':
      return <RewriteInput {...props} question={question} />;
  }
}
