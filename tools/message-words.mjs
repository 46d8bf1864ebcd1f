// Error messages, shorter: in an engine bundle each of the pieces of text its error messages share
// most (" argument", "can't convert ", " must be ", ...) is stored as one control character, and
// the messages are written out again where they become Python exceptions (src/core/obj.ts
// expandMessage: raise() and the compiler's syntax errors). About 7 KB of the default bundle is
// message text; this takes about a quarter of it off the file, and off QuickJS's copy of each
// function's source (a user's text in a message, a name given to getattr, comes out with any of
// these control characters it holds written out as the piece).
//
// A message is a string literal among the arguments of a call of MESSAGE_CALLS (also inside `+`
// and `?:`): each of those functions hands its text on to raise() or to the compiler's syntax
// error. The pieces are chosen here, at build time, from the messages themselves: greedily, the
// piece that saves most bytes first, one code for each (CODES: the control characters that are
// not white space; no message has one), and DICTIONARY's literal in obj.ts becomes the pieces,
// each after a "|" (piece k, from 1, is code k - 1's).

import { parse } from "acorn";
import MagicString from "magic-string";
import { children } from "./es5-ast.mjs";

export const MESSAGE_CALLS = ["raise", "typeError", "valueError", "overflow", "objError", "err"];
export const DICTIONARY = "@@message pieces@@";
// \x01-\x08 and \x0e-\x1f: code k (from 0) is the character CODES[k]
export const CODES = [1, 2, 3, 4, 5, 6, 7, 8].concat(Array.from({ length: 18 }, (_, k) => 14 + k)).map((c) => String.fromCharCode(c));

// The string literals of the messages in an ES5 program's syntax tree.
function messageLiterals(ast) {
  const out = [];
  const literals = (n) => {
    if (n.type === "Literal" && typeof n.value === "string") out.push(n);
    else if (n.type === "BinaryExpression" && n.operator === "+") {
      literals(n.left);
      literals(n.right);
    } else if (n.type === "ConditionalExpression") {
      literals(n.consequent);
      literals(n.alternate);
    }
  };
  const visit = (n) => {
    if (n.type === "CallExpression" && n.callee.type === "Identifier" && MESSAGE_CALLS.includes(n.callee.name)) n.arguments.forEach(literals);
    children(n, visit);
  };
  visit(ast);
  return out;
}

function count(texts, piece) {
  let n = 0;
  for (const t of texts) for (let k = t.indexOf(piece); k >= 0; k = t.indexOf(piece, k + piece.length)) n++;
  return n;
}

// Up to CODES.length pieces for the texts, each the one that then saves most: a byte less for
// each use, less the piece and its separator in the dictionary. Returns the pieces in code order.
// shortest: pieces of fewer characters are not taken. Short ones ("t ", "in") save most in the
// file, but break the matches gzip finds: on the default Espruino bundle, from 2 characters up the
// file is 1,895 bytes smaller and its gzip 491 larger, from 5 up 1,853 and 87.
export function choosePieces(texts, longest = 24, shortest = 5) {
  let current = texts.slice();
  const pieces = [];
  const gainOf = (p, uses) => uses * (p.length - 1) - (p.length + 1);
  for (let code = 0; code < CODES.length; code++) {
    // every piece, with its overlapping uses (at least its real ones): the likely best first
    const uses = new Map();
    for (const t of current)
      for (let i = 0; i < t.length; i++)
        for (let len = shortest; len <= longest && i + len <= t.length; len++) {
          const p = t.substr(i, len);
          if (/[\x00-\x1f|]/.test(p)) break;
          uses.set(p, (uses.get(p) || 0) + 1);
        }
    const likely = [...uses].map(([p, n]) => ({ p, gain: gainOf(p, n) })).filter((c) => c.gain > 0);
    likely.sort((a, b) => b.gain - a.gain || (a.p < b.p ? -1 : 1));
    let best = null;
    for (const c of likely.slice(0, 50)) {
      const gain = gainOf(c.p, count(current, c.p));
      if (gain > 0 && (!best || gain > best.gain || (gain === best.gain && c.p < best.p))) best = { p: c.p, gain };
    }
    if (!best) break;
    pieces.push(best.p);
    current = current.map((t) => t.split(best.p).join(CODES[code]));
  }
  return pieces;
}

export function encode(text, pieces) {
  for (let k = 0; k < pieces.length; k++) text = text.split(pieces[k]).join(CODES[k]);
  return text;
}

// The rollup output plugin (before terser: the callees still have their names).
export function messageWords() {
  return {
    name: "message-words",
    renderChunk(code) {
      const at = code.indexOf(JSON.stringify(DICTIONARY));
      if (at < 0 || code.indexOf(JSON.stringify(DICTIONARY), at + 1) >= 0) this.error("message-words: the bundle must hold " + DICTIONARY + " once");
      const nodes = messageLiterals(parse(code, { ecmaVersion: 5 }));
      for (const n of nodes) if (/[\x00-\x08\x0e-\x1f]/.test(n.value)) this.error("message-words: a message holds a control character: " + JSON.stringify(n.value));
      const pieces = choosePieces(nodes.map((n) => n.value));
      const s = new MagicString(code);
      for (const n of nodes) {
        const e = encode(n.value, pieces);
        if (e !== n.value) s.overwrite(n.start, n.end, JSON.stringify(e));
      }
      s.overwrite(at, at + JSON.stringify(DICTIONARY).length, JSON.stringify("|" + pieces.join("|")));
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
