import type { MDXComponents } from 'mdx/types';
import { BeforeAfter, Callout, KeyTakeaways, Quote, Scenario, TrainerNotes } from './blocks.tsx';
import { LessonPart, SlidePage } from './lesson-part.tsx';
import { CueSorter } from './widgets/cue-sorter.tsx';
import { CustomerTypeExplorer } from './widgets/customer-type-explorer.tsx';
import { LostCustomerCalculator } from './widgets/lost-customer-calculator.tsx';
import { PhraseRewriter } from './widgets/phrase-rewriter.tsx';
import { Reflection } from './widgets/reflection.tsx';
import { StarStepper } from './widgets/star-stepper.tsx';
import { LostCustomerCost, StepDiagram } from './diagrams.tsx';

/**
 * Every component a lesson may use, in one map passed to each lesson through `components`.
 * docs/authoring.md lists them for authors; a lesson using anything else fails its content test.
 */

export const mdxComponents = {
  LessonPart,
  SlidePage,
  Scenario,
  Callout,
  Quote,
  KeyTakeaways,
  TrainerNotes,
  BeforeAfter,
  Reflection,
  LostCustomerCalculator,
  CustomerTypeExplorer,
  StarStepper,
  CueSorter,
  PhraseRewriter,
  StepDiagram,
  LostCustomerCost,
} satisfies MDXComponents;
