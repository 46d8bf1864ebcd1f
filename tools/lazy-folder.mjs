// A lazy folder, for the engine bundles: the code of a folder's files is created when one of its
// entry's functions is first called, not when the bundle loads. On Espruino each function a bundle
// defines as it loads is about 5 JsVars of RAM for as long as the board runs (ENGINES.md), and the
// ~80 functions of src/machine need not exist for a program that never imports machine.
//
// Code outside the folder that imports the entry gets a proxy module instead: for each export of
// the entry a function of the same name that, at the first call of any of them, runs build() and
// then calls the entry's. Rollup bundles everything as usual; when the chunk is rendered, the code
// of the folder's modules (rollup has hoisted it to the bundle's top level) is moved into build(),
// before its return of the entry's functions.
//
// What the folder must keep to: its entry exports functions only; code outside imports nothing
// else from the folder (types excepted: TypeScript erases those imports); the top-level
// statements of its files only define things, since they run at that first call and not at load.
// The bundle is rendered without indentation, so that each module's code is found in the chunk
// exactly as rollup rendered it.
//
// options.files: the folder is these files (and the entry) rather than the entry's folder.
// options.fresh: the code is made anew for every call of an entry's function and dropped when it
// returns, so that its functions hold no RAM between calls (the compiler's, while the program it
// compiled runs); such files keep no state between calls, and a class they define is a new one
// at every call (instanceof across calls needs a class from outside).
// options.atLoad: not lazy: the code is made as the bundle loads, inside a function called at once
// and dropped, so that its top-level names are that function's (short once mangled) rather than
// the bundle's, and the entry's exports are plain variables (no proxy functions). For engines
// that compile all code when the bundle loads (JerryScript), where making a function later saves
// only its small closure object.

import { dirname, resolve, sep } from "node:path";
import MagicString from "magic-string";

// entry: the folder's entry file (its folder is the lazy one)
export function lazyFolder(entry, options = {}) {
  const entryId = resolve(entry);
  const members = options.files && options.files.map((f) => resolve(f));
  const folder = members ? members.join(", ") + " and " + entryId : dirname(entryId) + sep;
  // not a \0 id, which rollup would leave out of the bundle's source map: the proxy's functions
  // are named there as this file's (the other plugins leave the id alone: it does not end in .ts)
  const proxyId = entryId + "?lazy-folder";
  const inside = members ? (id) => id === entryId || members.includes(id) : (id) => id.startsWith(folder);

  return {
    name: "lazy-folder",

    outputOptions(options) {
      return { ...options, indent: false };
    },

    async resolveId(source, importer, options) {
      if (!importer || importer === proxyId || inside(importer)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!r || r.external || !inside(r.id)) return r;
      if (r.id === entryId) return proxyId;
      this.error(`${importer} imports ${r.id}: from outside the lazy folder ${folder}, import its entry ${entryId} only`);
    },

    async load(id) {
      if (id !== proxyId) return null;
      const names = (await this.load({ id: entryId })).exports || [];
      const pairs = names.map((n, k) => `${n}: e${k}`).join(", ");
      const lines = [`import { ${names.map((n, k) => `${n} as e${k}`).join(", ")} } from ${JSON.stringify(entryId)};`];
      // the function that makes the folder's code comes first: renderChunk finds it as the first
      // function of this module
      const build = `function lazyFolderBuild() {\nreturn { ${pairs} };\n}`;
      if (options.atLoad) {
        lines.push(`var made = (${build})();`);
        for (const n of names) lines.push(`export var ${n} = made.${n};`);
      } else {
        lines.push(build);
        if (!options.fresh) lines.push(`var made = null;`);
        const made = options.fresh ? "lazyFolderBuild()" : "(made || (made = lazyFolderBuild()))";
        for (const n of names) lines.push(`export function ${n}() {`, `return ${made}.${n}.apply(null, arguments);`, `}`);
      }
      const code = lines.join("\n");
      return { code, map: new MagicString(code).generateMap({ source: proxyId, hires: true, includeContent: true }) };
    },

    renderChunk(code, chunk) {
      const proxy = chunk.modules[proxyId];
      if (!proxy || !proxy.code) return null;
      const find = (text, what) => {
        const k = code.indexOf(text);
        if (k < 0 || code.indexOf(text, k + 1) >= 0) this.error(`lazy-folder: the code of ${what} is ${k < 0 ? "not" : "more than once"} in the chunk`);
        return k;
      };
      const proxyAt = find(proxy.code, proxyId);
      const body = code.indexOf("{", code.indexOf("function ", proxyAt)) + 1;
      const s = new MagicString(code);
      // in the chunk's order, which is the order the modules ran in at load
      for (const id of chunk.moduleIds) {
        const text = inside(id) && id !== proxyId ? chunk.modules[id].code : null;
        if (!text) continue;
        const k = find(text, id);
        s.move(k, k + text.length, body);
        s.appendLeft(k + text.length, "\n");
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
