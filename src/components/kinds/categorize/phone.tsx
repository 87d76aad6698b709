import type { PhoneEntry } from '../view-types.ts';

/** Sorting is for discussion only: phones say so and send nothing. */
export const phone: PhoneEntry<'categorize'> = null;
