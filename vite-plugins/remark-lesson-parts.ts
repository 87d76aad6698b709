import type { Root, RootContent, Heading, List } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { slugify } from './slug.ts';

/**
 * Groups a lesson's top-level blocks into parts so one MDX file can be read as a page or shown as slides:
 * the blocks before the first `##` become the intro, each `##` section a part of its own, and the
 * <KeyTakeaways>/<Reflection> blocks at the end the closing part. Each part is wrapped in a <LessonPart>,
 * which decides at render time whether it is shown (see src/components/mdx/lesson-part.tsx).
 *
 * On a projector a part is then cut into slides (<SlidePage>), so that no slide has to shrink its type to fit:
 * each widget, diagram or scenario gets a slide of its own, a `###` heading starts a new slide, and prose is
 * cut between blocks (a long list between items) once a slide holds about SLIDE_WORDS words. On a page the
 * cuts are invisible.
 */
const CLOSING = new Set(['KeyTakeaways', 'Reflection']);
const KEEP_OUTSIDE = new Set(['yaml', 'toml', 'mdxjsEsm']);
/** Blocks that are a slide of their own: interactive widgets, diagrams, boxed scenarios. */
const OWN_SLIDE = new Set([
  'Scenario',
  'CueSorter',
  'CustomerTypeExplorer',
  'StarStepper',
  'PhraseRewriter',
  'LostCustomerCalculator',
  'Reflection',
  'KeyTakeaways',
  'StepDiagram',
  'LostCustomerCost',
  'BeforeAfter',
]);
/** About what a 1280 × 720 projector shows at full size (24 px and up) beside the slide's heading. */
export const SLIDE_WORDS = 55;
/** One short sentence before a widget stays on the widget's slide (with the heading above it). */
const INTRO_WORDS = 12;
/** A list item or a block costs a line of its own beyond its words. */
const LINE_WORDS = 6;

export type LessonPartNode = { kind: 'intro' | 'section' | 'closing'; title: string; id: string; children: RootContent[] };

function textOf(node: RootContent, separator = ''): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map((child) => textOf(child, separator)).join(separator);
  return '';
}

const words = (node: RootContent) => textOf(node, ' ').split(/\s+/).filter(Boolean).length;
const jsxName = (node: RootContent) => (node.type === 'mdxJsxFlowElement' ? (node.name ?? '') : '');
const isNotes = (node: RootContent) => jsxName(node) === 'TrainerNotes';

/** What a block costs on a slide, in words. */
function weight(node: RootContent): number {
  if (node.type === 'list') return (node as List).children.reduce((sum, item) => sum + words(item) + LINE_WORDS, 0);
  if (node.type === 'heading') return words(node) + 2 * LINE_WORDS;
  return words(node) + LINE_WORDS;
}

/** A list too long for one slide, cut between items into lists that each fit. */
function splitList(list: List): List[] {
  const lists: List[] = [];
  let items: List['children'] = [];
  let load = 0;
  for (const item of list.children) {
    const cost = words(item) + LINE_WORDS;
    if (items.length > 0 && load + cost > SLIDE_WORDS) {
      lists.push({ ...list, children: items });
      items = [];
      load = 0;
    }
    items.push(item);
    load += cost;
  }
  if (items.length > 0) lists.push({ ...list, children: items });
  // An ordered list keeps counting on the next slide.
  let start = list.start ?? 1;
  for (const part of lists) {
    if (list.ordered) part.start = start;
    start += part.children.length;
  }
  return lists;
}

/** A scenario is told over as many slides as it needs, cut between paragraphs; later ones say "continued". */
const SCENARIO_WORDS = 85;
function splitScenario(node: RootContent): RootContent[] {
  if (jsxName(node) !== 'Scenario' || words(node) <= SCENARIO_WORDS || !('children' in node)) return [node];
  const element = node as Extract<RootContent, { type: 'mdxJsxFlowElement' }>;
  const chunks: RootContent[][] = [[]];
  let load = 0;
  for (const child of element.children as RootContent[]) {
    const cost = weight(child);
    if (chunks.at(-1)!.length > 0 && load + cost > SCENARIO_WORDS) {
      chunks.push([]);
      load = 0;
    }
    chunks.at(-1)!.push(child);
    load += cost;
  }
  return chunks.map((children, i) => ({
    ...element,
    attributes: i === 0 ? element.attributes : [...element.attributes, { type: 'mdxJsxAttribute', name: 'continued', value: 'true' }],
    children,
  })) as RootContent[];
}

/** Cuts one part's blocks into slides (see above). Trainer notes stay with the slide they follow. */
export function splitIntoSlides(children: RootContent[]): RootContent[][] {
  const slides: RootContent[][] = [];
  let current: RootContent[] = [];
  let load = 0;
  const hasContent = () => current.some((node) => !isNotes(node));
  const close = () => {
    if (hasContent()) slides.push(current);
    else if (current.length > 0) (slides.at(-1) ?? slides[slides.push([]) - 1]!).push(...current);
    current = [];
    load = 0;
  };
  const blocks = children.flatMap((node) => (node.type === 'list' && weight(node) > SLIDE_WORDS ? splitList(node as List) : splitScenario(node)));
  for (const node of blocks) {
    if (isNotes(node)) {
      current.push(node);
      continue;
    }
    const own = OWN_SLIDE.has(jsxName(node));
    const subheading = node.type === 'heading' && (node as Heading).depth >= 3;
    const cost = weight(node);
    const onlyHeading = current.length > 0 && current.every((n) => n.type === 'heading' || isNotes(n));
    // A widget keeps the one short sentence that introduces it (and the heading above it).
    const said = current.filter((n) => n.type !== 'heading' && !isNotes(n));
    const introduces = own && jsxName(node) !== 'Scenario' && said.length === 1 && said[0]!.type === 'paragraph' && words(said[0]!) <= INTRO_WORDS;
    if (hasContent() && !onlyHeading && !introduces && (own || subheading || load + cost > SLIDE_WORDS)) close();
    current.push(node);
    load += cost;
    if (own) close();
  }
  close();
  return slides.length > 0 ? slides : [[]];
}

/** Splits top-level blocks into the parts described above; blocks that belong to no part (frontmatter, imports) go to `outside`. */
export function groupLessonParts(children: RootContent[]): { outside: RootContent[]; parts: LessonPartNode[] } {
  const outside: RootContent[] = [];
  const parts: LessonPartNode[] = [];
  let current: LessonPartNode | undefined;
  for (const node of children) {
    if (KEEP_OUTSIDE.has(node.type)) {
      outside.push(node);
      continue;
    }
    const isClosing = node.type === 'mdxJsxFlowElement' && CLOSING.has(node.name ?? '');
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      const title = textOf(node);
      const id = slugify(title);
      (node.data ??= {}).hProperties = { id };
      current = { kind: 'section', title, id, children: [node] };
      parts.push(current);
    } else if (isClosing && current?.kind !== 'closing') {
      current = { kind: 'closing', title: 'Key takeaways', id: 'key-takeaways', children: [node] };
      parts.push(current);
    } else {
      if (!current) {
        current = { kind: 'intro', title: 'Introduction', id: 'introduction', children: [] };
        parts.push(current);
      }
      current.children.push(node);
    }
  }
  return { outside, parts };
}

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

export default function remarkLessonParts() {
  return (tree: Root) => {
    const { outside, parts } = groupLessonParts(tree.children);
    tree.children = [
      ...outside,
      ...parts.map((part, index) => {
        const slides = splitIntoSlides(part.children);
        return {
          type: 'mdxJsxFlowElement',
          name: 'LessonPart',
          attributes: [
            attribute('index', String(index)),
            attribute('kind', part.kind),
            attribute('partId', part.id),
            attribute('title', part.title),
            attribute('slides', String(slides.length)),
          ],
          children: slides.map((children, page) => ({
            type: 'mdxJsxFlowElement',
            name: 'SlidePage',
            attributes: [attribute('page', String(page))],
            children,
          })),
        } as unknown as RootContent;
      }),
    ];
  };
}
