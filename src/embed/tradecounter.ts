/**
 * The embed's entry, dist/embed/tradecounter.js: the one `<script type="module">` a page adds.
 * It only re-exports the runtime, which lives in a hashed chunk: every element chunk imports the
 * runtime by that chunk's URL, so a page that loads this file with a query string
 * (`tradecounter.js?v=2`) or under two URLs still runs one runtime per copy of the folder, and
 * the hashed files can be cached for good while this small one stays fresh.
 *
 * @packageDocumentation
 */
export * from './runtime.js';
