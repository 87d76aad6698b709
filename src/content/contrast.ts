/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance, contrast ratio), and the nearest colour that reaches
 * a ratio by changing only lightness (hue and saturation kept, so a brand's colour stays recognisably its own).
 * Pure functions on "#rrggbb" strings; the build uses them to refuse a brand that would make the course
 * inaccessible (src/content/brand-colours.ts).
 */

/** WCAG AA: 4.5:1 for text, 3:1 for large text and for the parts of a control or a focus ring (non-text). */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a "#rrggbb" colour: ${hex}`);
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

export function toHex({ r, g, b }: Rgb): string {
  const part = (value: number) => Math.round(Math.min(255, Math.max(0, value))).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** Relative luminance (WCAG 2.2, with the sRGB threshold 0.04045). */
export function luminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as people read it: rounded down to two decimals, so 4.499 never shows as the 4.5 it fails. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

export interface Hsl {
  h: number;
  s: number;
  l: number;
}

export function toHsl(hex: string): Hsl {
  const { r, g, b } = parseHex(hex);
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return { h: h * 60, s, l };
}

export function fromHsl({ h, s, l }: Hsl): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return toHex({ r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 });
}

/** Whether `colour` reaches `min` against every one of `others`. */
export function passesAll(colour: string, others: readonly string[], min: number): boolean {
  return others.every((other) => contrastRatio(colour, other) >= min);
}

/**
 * The colour nearest `colour` in lightness (same hue and saturation) that reaches `min` against every colour of
 * `others`: `colour` itself when it passes, undefined when no lightness does (others both very light and very dark).
 * In HSL every channel grows with lightness, so luminance does too, and a scan outwards from the colour's own
 * lightness finds the nearest passing one on either side.
 */
export function nearestPassing(colour: string, others: readonly string[], min: number): string | undefined {
  if (passesAll(colour, others, min)) return colour;
  const hsl = toHsl(colour);
  const STEPS = 1000;
  for (let step = 1; step <= STEPS; step++) {
    // Clamped, so the scan ends at black and white themselves.
    for (const l of [Math.max(0, hsl.l - step / STEPS), Math.min(1, hsl.l + step / STEPS)]) {
      const candidate = fromHsl({ ...hsl, l });
      if (passesAll(candidate, others, min)) return candidate;
    }
  }
  return undefined;
}
