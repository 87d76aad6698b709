import type { List, Root, RootContent } from 'mdast';
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { SLIDE_WORDS, splitIntoSlides } from '../../vite-plugins/remark-lesson-parts.ts';

const blocks = (mdx: string) => (createProcessor().parse(mdx) as Root).children;
const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const kinds = (slides: RootContent[][]) => slides.map((slide) => slide.map((node) => (node.type === 'mdxJsxFlowElement' ? node.name : node.type)));

describe('a lesson part cut into projector slides', () => {
  it('keeps a short section on one slide', () => {
    // Heading 1 + 12, paragraphs 8 + 6 and 6 + 6: 39 of the 55 words a slide holds.
    expect(kinds(splitIntoSlides(blocks(`## Title\n\n${words(8)}\n\n${words(6)}\n`)))).toEqual([['heading', 'paragraph', 'paragraph']]);
  });

  it('cuts prose between blocks once a slide holds its share of words', () => {
    const slides = splitIntoSlides(blocks(`## Title\n\n${words(30)}\n\n${words(30)}\n\n${words(30)}\n`));
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides) expect(slide.filter((n) => n.type === 'paragraph').length).toBeGreaterThan(0);
  });

  it('cuts a long list between items, and an ordered list keeps counting', () => {
    const items = Array.from({ length: 8 }, (_, i) => `${i + 1}. ${words(12)}`).join('\n');
    const slides = splitIntoSlides(blocks(`## Title\n\n${items}\n`));
    const lists = slides.flat().filter((n): n is List => n.type === 'list');
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.reduce((sum, list) => sum + list.children.length, 0)).toBe(8);
    expect(lists[1]!.start).toBe(1 + lists[0]!.children.length);
    for (const list of lists) expect(list.children.length * (12 + 6)).toBeLessThanOrEqual(SLIDE_WORDS);
  });

  it('gives a widget a slide of its own, keeping one short sentence that introduces it', () => {
    const slides = splitIntoSlides(blocks(`## Sort the cues\n\n${words(10)}\n\n<CueSorter cues={[]} />\n\n${words(10)}\n`));
    expect(kinds(slides)).toEqual([['heading', 'paragraph', 'CueSorter'], ['paragraph']]);
    const longer = splitIntoSlides(blocks(`## Try\n\n${words(30)}\n\n<PhraseRewriter />\n`));
    expect(kinds(longer)).toEqual([['heading', 'paragraph'], ['PhraseRewriter']]);
  });

  it('tells a long scenario over several slides, the later ones marked as continued', () => {
    const scenario = `<Scenario title="At the desk">\n\n${words(40)}\n\n${words(40)}\n\n${words(40)}\n\n</Scenario>`;
    const slides = splitIntoSlides(blocks(scenario));
    expect(slides.length).toBeGreaterThan(1);
    const [first, ...rest] = slides.map((slide) => slide[0] as Extract<RootContent, { type: 'mdxJsxFlowElement' }>);
    expect(first!.attributes.map((a) => ('name' in a ? a.name : ''))).not.toContain('continued');
    for (const part of rest) expect(part.attributes.map((a) => ('name' in a ? a.name : ''))).toContain('continued');
  });

  it('keeps trainer notes with the slide they follow, never a slide of their own', () => {
    const slides = splitIntoSlides(blocks(`## Title\n\n${words(20)}\n\n<TrainerNotes>\n\n${words(200)}\n\n</TrainerNotes>\n`));
    expect(kinds(slides)).toEqual([['heading', 'paragraph', 'TrainerNotes']]);
  });
});
