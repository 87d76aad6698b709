/**
 * What the pages show of the brand beyond its name and colours (content/brand.yaml, checked at build time by
 * vite-plugins/brand.ts): named exports, so a page's chunk keeps only what it uses.
 */
export { issuer, logo, organisation, signatory, support } from 'virtual:brand';
