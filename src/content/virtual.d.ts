declare module 'virtual:course' {
  import type { Course } from './lesson-schema.ts';
  const course: Course;
  export default course;
}

declare module 'virtual:workshop' {
  import type { WorkshopData } from './workshop-schema.ts';
  const workshop: WorkshopData;
  export default workshop;
}

declare module 'virtual:brand' {
  /** Who gives the course (content/brand.yaml `organisation`). */
  export const organisation: string;
  /** The header's logo, when the brand has one: its URL and its text for screen readers. */
  export const logo: { src: string; alt: string } | undefined;
  /** The certificate's issuer line. */
  export const issuer: string | undefined;
  /** Who signs the certificate, with the URL of their signature image if there is one. */
  export const signatory: { name: string; role: string; signature: string | undefined } | undefined;
  /** Who learners contact when something goes wrong. */
  export const support: string | undefined;
}
