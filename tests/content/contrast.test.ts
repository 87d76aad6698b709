import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AA_NON_TEXT, AA_TEXT, contrastRatio, formatRatio, fromHsl, luminance, nearestPassing, passesAll, toHsl } from '../../src/content/contrast.ts';

const hex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(
  ([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`,
);

describe('contrast ratio (WCAG 2.2)', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5cad', '#0b5cad')).toBe(1);
  });

  it('matches known pairs', () => {
    // WebAIM's contrast checker: #767676 on white is 4.54:1, #777777 is 4.47:1.
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1');
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
  });

  it('never rounds a failing ratio up to the one it needs', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });

  it('is symmetric and between 1 and 21', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBe(contrastRatio(b, a));
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0001);
      }),
    );
  });
});

describe('HSL', () => {
  it('round-trips every colour to within one step of a channel', () => {
    fc.assert(
      fc.property(hex, (colour) => {
        const back = fromHsl(toHsl(colour));
        for (let i = 1; i < 7; i += 2) expect(Math.abs(parseInt(back.slice(i, i + 2), 16) - parseInt(colour.slice(i, i + 2), 16))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('makes a colour no darker as its lightness grows', () => {
    fc.assert(
      fc.property(hex, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (colour, a, b) => {
        const hsl = toHsl(colour);
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(luminance(fromHsl({ ...hsl, l: high }))).toBeGreaterThanOrEqual(luminance(fromHsl({ ...hsl, l: low })) - 1e-9);
      }),
    );
  });
});

describe('the nearest passing colour', () => {
  it('is the colour itself when it passes', () => {
    expect(nearestPassing('#0b5cad', ['#ffffff', '#f7f8fa'], AA_TEXT)).toBe('#0b5cad');
  });

  it('keeps the hue: a light blue on white becomes a darker blue', () => {
    const suggestion = nearestPassing('#7cb8ff', ['#ffffff'], AA_TEXT)!;
    expect(contrastRatio(suggestion, '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT);
    expect(Math.abs(toHsl(suggestion).h - toHsl('#7cb8ff').h)).toBeLessThan(3);
    expect(toHsl(suggestion).l).toBeLessThan(toHsl('#7cb8ff').l);
  });

  it('always passes, against any backgrounds, whenever black or white would', () => {
    fc.assert(
      fc.property(hex, fc.array(hex, { minLength: 1, maxLength: 4 }), fc.constantFrom(AA_TEXT, AA_NON_TEXT), (colour, others, min) => {
        const suggestion = nearestPassing(colour, others, min);
        if (suggestion !== undefined) expect(passesAll(suggestion, others, min)).toBe(true);
        if (passesAll('#000000', others, min) || passesAll('#ffffff', others, min)) expect(suggestion).toBeDefined();
      }),
    );
  });

  it('is no further in lightness than black or white, whichever passes', () => {
    fc.assert(
      fc.property(hex, hex, (colour, background) => {
        const suggestion = nearestPassing(colour, [background], AA_TEXT);
        if (suggestion === undefined) return;
        const l = toHsl(colour).l;
        const distance = Math.abs(toHsl(suggestion).l - l);
        const extremes = [0, 1].filter((e) => passesAll(e === 0 ? '#000000' : '#ffffff', [background], AA_TEXT));
        expect(distance).toBeLessThanOrEqual(Math.min(...extremes.map((e) => Math.abs(e - l))) + 0.01);
      }),
    );
  });
});
