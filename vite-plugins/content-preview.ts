import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ConfigEnv, EnvironmentModuleNode, Plugin } from 'vite';
import { checkContent, resolveContentDir } from './content-plugin.ts';

/**
 * The live preview for whoever edits content/ (`npm start`, Vite's dev server). A content error does not stop the
 * server: every page shows it in Vite's error overlay (the file, the field, what was expected, the lines around it),
 * and the terminal prints it. Saving any file of the content folder checks the content again and, when it was broken
 * before the save or is after it, reloads the open pages, which then show the course or the error. Edits that keep
 * the content valid are left to Vite's hot reload, as before.
 *
 * How: the page's HTML (transformIndexHtml) fails with the content error, which Vite serves as its error page with
 * the overlay, connected to the server so that the reload reaches it. `vite build` is not affected: there
 * contentPlugin's buildStart still fails the build with the same message.
 */

/** Whether Vite runs the dev server for a person (`npm start`), not a build, `vite preview` or the unit tests. */
export function isLivePreview(env: ConfigEnv): boolean {
  return env.command === 'serve' && !env.isPreview && !process.env.VITEST;
}

/** What Vite's overlay shows of an error: `id` and `loc` name the file (a link opens it in the editor), `frame` its lines. */
export interface OverlayError extends Error {
  id?: string;
  loc?: { file: string; line: number; column: number };
  frame?: string;
}

const inside = (dir: string, file: string) => path.resolve(file).startsWith(dir + path.sep);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
/** The field a line of a loader's message names after the file: `colours.light.primary`, `questions[0].kind`. */
const FIELD = /^([A-Za-z_$][\w$-]*(?:\[\d+\]|\.[A-Za-z_$][\w$-]*)*):/;

/** `questions[3].options[1]` → ['questions', 3, 'options', 1]. */
export function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((match) => (match[1] === undefined ? match[0] : Number(match[1])));
}

/** The offset of a field in a YAML (or JSON) document: its key, or the nearest of its parents that the document has. */
function fieldOffset(doc: Document, field: (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of field) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as Node).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

/** A few lines of the file around `line`, a caret under `column`: a code frame as Vite's overlay shows one. */
export function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 2);
  const last = Math.min(lines.length, line + 2);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    // Numbers aligned left: the overlay trims the frame's first line.
    out.push(`${String(n).padEnd(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * A content error as the overlay shows it: the loaders' message unchanged (each line `file: field: what was
 * expected`), no stack (the loaders' code is nothing the author can act on), and the file with the line of the first
 * field it names, found in the YAML (for a lesson, in its frontmatter).
 */
export function overlayError(error: unknown, cwd = process.cwd()): OverlayError {
  const message = error instanceof Error ? error.message : String(error);
  const out: OverlayError = Object.assign(new Error(message), { name: error instanceof Error ? error.name : 'Error', stack: '' });
  const name = /^(.+?): /.exec(message)?.[1];
  const file = name === undefined ? undefined : path.resolve(cwd, name);
  if (!name || !file || !existsSync(file)) return out;
  out.id = file;
  const source = readFileSync(file, 'utf8');
  // A lesson's fields are in its frontmatter, which starts on the file's second line.
  const frontmatter = file.endsWith('.mdx') ? FRONTMATTER.exec(source)?.[1] : undefined;
  const yaml = frontmatter ?? source;
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const fieldPosition = () => {
    for (const line of message.split('\n')) {
      if (!line.startsWith(`${name}: `)) continue;
      const field = FIELD.exec(line.slice(name.length + 2))?.[1];
      if (!field) continue;
      const keys = fieldPath(field);
      const offset = fieldOffset(doc, frontmatter === undefined ? keys : keys[0] === 'frontmatter' ? keys.slice(1) : []);
      if (offset !== undefined) return counter.linePos(offset);
    }
    return undefined;
  };
  const syntax = /not valid YAML: .*? at line (\d+), column (\d+)/.exec(message);
  const position = syntax ? { line: Number(syntax[1]), col: Number(syntax[2]) } : fieldPosition();
  if (!position) return out;
  const line = position.line + (frontmatter === undefined ? 0 : 1);
  out.loc = { file, line, column: position.col };
  out.frame = codeFrame(source, line, position.col);
  return out;
}

/** How long after a save that broke the content it is checked again (a half-written file has settled by then). */
const SETTLE_MS = 250;

export function contentPreview(): Plugin {
  let dir = '';
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** The content's state as last checked: undefined until the first check, then the error or null. */
  let checked: { error: OverlayError | null } | undefined;
  const check = () => {
    try {
      checkContent(dir);
      checked = { error: null };
    } catch (error) {
      checked = { error: overlayError(error) };
    }
    return checked.error;
  };
  return {
    name: 'frontline-content-preview',
    // Before contentPlugin (also `pre`), whose transformIndexHtml would fail on a broken brand.yaml without the file.
    enforce: 'pre',
    apply: (_config, env) => isLivePreview(env),
    configResolved(config) {
      dir = resolveContentDir(config.root);
    },
    configureServer(server) {
      // Every file of the folder, including those no module has read yet (a failed load registers nothing).
      server.watcher.add(dir);
      const error = check();
      if (error) server.config.logger.error(`Content error: the pages show it until it is fixed.\n${error.message}`, { timestamp: true });
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        const error = checked ? checked.error : check();
        // Vite serves its error page, with the overlay and the connection that reloads it once the file is fixed.
        if (error) throw error;
      },
    },
    hotUpdate({ file, timestamp, server }) {
      if (this.environment.name !== 'client' || !inside(dir, file)) return undefined;
      const before = checked?.error ?? null;
      const error = check();
      if (!before && !error) return undefined; // valid before and after: Vite's own hot reload
      const environment = this.environment;
      /** What was read from the content while it was broken, or before, is read again, and the pages reload. */
      const reload = (now: number, shown: OverlayError | null) => {
        // (Invalidating a content file's module invalidates the modules that read it, e.g. `virtual:course`.)
        const graph = environment.moduleGraph;
        const seen = new Set<EnvironmentModuleNode>();
        for (const [moduleFile, mods] of graph.fileToModulesMap) {
          if (inside(dir, moduleFile)) for (const mod of mods) graph.invalidateModule(mod, seen, now, true);
        }
        const logger = server.config.logger;
        if (shown) logger.error(`Content error: the pages show it until it is fixed.\n${shown.message}`, { timestamp: true });
        else logger.info('Content fixed: reloading the pages.', { timestamp: true });
        environment.hot.send({ type: 'full-reload', path: '*' });
      };
      reload(timestamp, error);
      // A file saved by truncating then writing can be read half-written (an empty course.yaml is "null"), and the
      // watcher may report the two as one change: once the file has settled, look again.
      if (error) {
        clearTimeout(settle);
        settle = setTimeout(() => {
          const again = check();
          if (again?.message !== error.message) reload(Date.now(), again);
        }, SETTLE_MS);
      }
      return [];
    },
  };
}
