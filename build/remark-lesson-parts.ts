import type { Root, RootContent, Heading } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { slugify } from './slug.ts';

/**
 * Groups a lesson's top-level blocks into parts so one MDX file can be read as a page or shown as slides:
 * the blocks before the first `##` become the intro, each `##` section a part of its own, and the
 * <KeyTakeaways>/<Reflection> blocks at the end the closing part. Each part is wrapped in a <LessonPart>,
 * which decides at render time whether it is shown (see src/components/mdx/lesson-part.tsx).
 */
const CLOSING = new Set(['KeyTakeaways', 'Reflection']);
const KEEP_OUTSIDE = new Set(['yaml', 'toml', 'mdxjsEsm']);

export type LessonPartNode = { kind: 'intro' | 'section' | 'closing'; title: string; id: string; children: RootContent[] };

function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
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

export default function remarkLessonParts() {
  return (tree: Root) => {
    const { outside, parts } = groupLessonParts(tree.children);
    tree.children = [
      ...outside,
      ...parts.map(
        (part, index) =>
          ({
            type: 'mdxJsxFlowElement',
            name: 'LessonPart',
            attributes: [
              { type: 'mdxJsxAttribute', name: 'index', value: String(index) },
              { type: 'mdxJsxAttribute', name: 'kind', value: part.kind },
              { type: 'mdxJsxAttribute', name: 'partId', value: part.id },
            ],
            children: part.children,
          }) as unknown as RootContent,
      ),
    ];
  };
}
