/**
 * A brand's colours where the app uses them: which CSS custom property each one sets, the colours it meets there
 * (the app's own backgrounds, or another brand colour) and the WCAG AA ratio each pair needs. The build refuses a
 * brand with a failing pair, naming it, its ratio against the one it needs and the nearest colour that passes.
 * Pure: vite-plugins/brand.ts reads the file and applies the result.
 */
import type { BrandFile, SchemeColours } from './brand-schema.ts';
import { AA_NON_TEXT, AA_TEXT, contrastRatio, formatRatio, fromHsl, nearestPassing, toHsl } from './contrast.ts';

export type Scheme = 'light' | 'dark' | 'projector';
export const SCHEMES: readonly Scheme[] = ['light', 'dark', 'projector'];
export type Role = keyof Required<SchemeColours>;

/**
 * The app's own colours behind and around the brand's, per scheme. They must match src/app/styles.css (light, and
 * dark under prefers-color-scheme) and src/features/present/present.css (the projector): a test checks they do.
 */
export const APP_PALETTE: Record<Scheme, { bg: string; surface: string; 'surface-2': string; text: string }> = {
  light: { bg: '#f7f8fa', surface: '#ffffff', 'surface-2': '#eef2f7', text: '#16202c' },
  dark: { bg: '#0f1620', surface: '#17212d', 'surface-2': '#1f2b39', text: '#e8edf3' },
  projector: { bg: '#0a0e13', surface: '#121a24', 'surface-2': '#1b2633', text: '#f4f7fb' },
};

/** The custom property each brand colour sets (src/app/styles.css marks each with a `brand:` comment). */
export const CSS_PROPERTY: Record<Role, string> = {
  primary: '--accent',
  primaryHover: '--accent-strong',
  onPrimary: '--accent-contrast',
  accent: '--focus',
};

const BACKGROUNDS = ['bg', 'surface', 'surface-2'] as const;
const BACKGROUND_NAMES: Record<(typeof BACKGROUNDS)[number], string> = {
  bg: 'the page background',
  surface: 'cards and the header',
  'surface-2': 'panels and table headers',
};

/** Where a role is used, and what it must reach there. */
interface Use {
  role: Role;
  /** What the colour is there, for the message. */
  as: string;
  min: number;
  against: { name: string; colour: (scheme: Scheme, colours: Required<SchemeColours>) => string }[];
}

const onBackgrounds = BACKGROUNDS.map((key) => ({ name: `${BACKGROUND_NAMES[key]} (${key})`, colour: (scheme: Scheme) => APP_PALETTE[scheme][key] }));

export const USES: readonly Use[] = [
  { role: 'primary', as: 'text (links, buttons’ labels and borders)', min: AA_TEXT, against: onBackgrounds },
  { role: 'primaryHover', as: 'text (hovered links, headings of the primary colour)', min: AA_TEXT, against: onBackgrounds },
  {
    role: 'onPrimary',
    as: 'text on a primary button',
    min: AA_TEXT,
    against: [
      { name: 'primary', colour: (_scheme, colours) => colours.primary },
      { name: 'primaryHover', colour: (_scheme, colours) => colours.primaryHover },
    ],
  },
  { role: 'accent', as: 'the focus ring around whatever has the keyboard focus (non-text)', min: AA_NON_TEXT, against: onBackgrounds },
];

/**
 * A scheme's four colours, the optional ones filled in: primaryHover a step of lightness away from primary (darker
 * on light, lighter on dark), moved just enough to pass; onPrimary white or the scheme's dark text, whichever
 * contrasts more with both.
 */
export function resolveScheme(scheme: Scheme, colours: SchemeColours): Required<SchemeColours> {
  const hsl = toHsl(colours.primary);
  const step = scheme === 'light' ? -0.08 : 0.08;
  const backgrounds = BACKGROUNDS.map((key) => APP_PALETTE[scheme][key]);
  const shifted = fromHsl({ ...hsl, l: Math.min(1, Math.max(0, hsl.l + step)) });
  const primaryHover = colours.primaryHover ?? nearestPassing(shifted, backgrounds, AA_TEXT) ?? shifted;
  const worst = (ink: string) => Math.min(contrastRatio(ink, colours.primary), contrastRatio(ink, primaryHover));
  const inks = ['#ffffff', APP_PALETTE.light.text];
  const onPrimary = colours.onPrimary ?? inks.reduce((best, ink) => (worst(ink) > worst(best) ? ink : best));
  return { primary: colours.primary, primaryHover, onPrimary, accent: colours.accent };
}

/** Every scheme's colours, filled in; the projector's are the dark scheme's unless the brand gives its own. */
export function resolveColours(colours: BrandFile['colours']): Record<Scheme, Required<SchemeColours>> {
  return {
    light: resolveScheme('light', colours.light),
    dark: resolveScheme('dark', colours.dark),
    projector: resolveScheme('projector', colours.projector ?? colours.dark),
  };
}

export interface ContrastFailure {
  /** The brand field, e.g. `colours.light.primary`. */
  field: string;
  colour: string;
  partner: { name: string; colour: string };
  as: string;
  ratio: number;
  min: number;
  /** The nearest colour in lightness that passes against everything this role meets, if any does. */
  suggestion: string | undefined;
}

/** Every pair of the brand's colours with what it meets that falls short of WCAG AA, with a suggestion each. */
export function checkContrast(colours: BrandFile['colours']): ContrastFailure[] {
  const resolved = resolveColours(colours);
  const failures: ContrastFailure[] = [];
  for (const scheme of SCHEMES) {
    const own = resolved[scheme];
    // The projector without colours of its own uses the dark scheme's: its failures are the dark fields'.
    const fieldScheme = scheme === 'projector' && !colours.projector ? 'dark' : scheme;
    for (const use of USES) {
      const colour = own[use.role];
      const partners = use.against.map((partner) => ({ name: partner.name, colour: partner.colour(scheme, own) }));
      const failing = partners.filter((partner) => contrastRatio(colour, partner.colour) < use.min);
      if (failing.length === 0) continue;
      const suggestion = nearestPassing(
        colour,
        partners.map((partner) => partner.colour),
        use.min,
      );
      for (const partner of failing) {
        failures.push({
          field: `colours.${fieldScheme}.${use.role}`,
          colour,
          partner: scheme === 'projector' && fieldScheme === 'dark' ? { ...partner, name: `${partner.name} on the projector` } : partner,
          as: use.as,
          ratio: contrastRatio(colour, partner.colour),
          min: use.min,
          suggestion,
        });
      }
    }
  }
  return failures;
}

/** A failure as a trainer reads it, after the file's name. */
export function describeFailure(failure: ContrastFailure): string {
  const given = failure.field.split('.').pop() as Role;
  const how = `"${failure.colour}" against ${failure.partner.name} "${failure.partner.colour}" is ${formatRatio(failure.ratio)}`;
  const need = `WCAG AA needs ${failure.min}:1 for ${failure.as}`;
  const fix = failure.suggestion
    ? `the nearest colour that passes is "${failure.suggestion}"`
    : `no lightness of this colour passes: choose a ${given === 'onPrimary' ? 'darker or lighter primary' : 'different colour'}`;
  return `${failure.field}: ${how}; ${need}: ${fix}`;
}

/** The custom properties a scheme's colours set, e.g. `{ '--accent': '#0b5cad', … }`. */
export function cssProperties(colours: Required<SchemeColours>): Record<string, string> {
  return Object.fromEntries((Object.keys(CSS_PROPERTY) as Role[]).map((role) => [CSS_PROPERTY[role], colours[role]]));
}
