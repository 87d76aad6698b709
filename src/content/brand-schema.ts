/**
 * The brand file, content/brand.yaml: whose course this is (the organisation and the course's name), its logo, its
 * colours for the light and dark schemes and the projector, the certificate's issuer and signatory, and who to
 * contact when something goes wrong. docs/authoring.md ("Make it yours") describes every field.
 *
 * Messages are written for trainers: each says what the field is for and what to write. What needs more than the
 * file itself (that the logo exists, that the colours keep WCAG AA contrast) is checked by vite-plugins/brand.ts.
 */
import { z } from 'zod';
import { strict, text } from './schema-parts.ts';


/** A colour as six hex digits, the one form the contrast check and every browser read alike. */
function colour(field: string) {
  return z
    .string({ error: `${field} is required: a colour as "#rrggbb" (in quotes)` })
    .regex(/^#[0-9a-fA-F]{6}$/, `${field} must be a colour written "#rrggbb", e.g. "#0b5cad" (in quotes: YAML reads # as a comment)`)
    .transform((value) => value.toLowerCase());
}

/** A file in the content folder, by a relative path that stays inside it. */
function contentFile(field: string, extensions: readonly string[], hint: string) {
  const list = extensions.map((ext) => `.${ext}`).join(' or ');
  return text(field, hint)
    .refine((value) => !value.startsWith('/') && !value.split(/[\\/]/).includes('..'), `${field} must be a path inside the content folder, e.g. "logo.svg"`)
    .refine((value) => extensions.some((ext) => value.toLowerCase().endsWith(`.${ext}`)), `${field} must be a ${list} file`);
}

const IMAGE_TYPES = ['svg', 'png'] as const;

/** One scheme's brand colours; the app's backgrounds and text around them are its own (src/app/styles.css). */
const schemeColours = (scheme: string) =>
  strict(
    {
      primary: colour(`colours.${scheme}.primary`),
      primaryHover: colour(`colours.${scheme}.primaryHover`).optional(),
      onPrimary: colour(`colours.${scheme}.onPrimary`).optional(),
      accent: colour(`colours.${scheme}.accent`),
    },
    `the ${scheme} scheme's colours: primary, accent and optionally primaryHover and onPrimary`,
  );

export const brandSchema = strict(
  {
    organisation: text('organisation', 'the name of the company or team that gives this course'),
    course: text('course', 'the course’s name, shown in the header, the page titles, the installed app and the LMS'),
    appName: text('appName', 'the installed app’s full name').optional(),
    logo: strict(
      {
        src: contentFile('logo.src', IMAGE_TYPES, 'the logo file in the content folder, e.g. "logo.svg"'),
        alt: z.string({ error: 'logo.alt is required: what the logo says, for screen readers (e.g. the company’s name)' }),
      },
      'a logo: src (an SVG or PNG in the content folder) and alt (its text for screen readers)',
    ).optional(),
    colours: strict(
      {
        light: schemeColours('light'),
        dark: schemeColours('dark'),
        projector: schemeColours('projector').optional(),
      },
      'colours for the light and dark schemes (and optionally the projector)',
    ),
    certificate: strict(
      {
        issuer: text('certificate.issuer', 'the line naming who awards the certificate').optional(),
        signatory: strict(
          {
            name: text('certificate.signatory.name', 'the name of the person who signs the certificate'),
            role: text('certificate.signatory.role', 'their role, e.g. "Head of Customer Service"'),
            signature: contentFile('certificate.signatory.signature', IMAGE_TYPES, 'an image of the signature in the content folder').optional(),
          },
          'a signatory: name, role and optionally a signature image',
        ).optional(),
      },
      'the certificate’s issuer line and signatory',
    ).optional(),
    support: text('support', 'who learners contact when something goes wrong, e.g. "the training team, training@example.com"').optional(),
  },
  'the brand: organisation, course, colours and optionally appName, logo, certificate and support',
);

export type BrandFile = z.infer<typeof brandSchema>;
export type SchemeColours = BrandFile['colours']['light'];
