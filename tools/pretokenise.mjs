// The Espruino bundle as its board stores it: pretokenised, the form Espruino's own tools can upload
// code in. Espruino lexes the source text of a function each time the function runs; its lexer
// reads a byte of 128 or more, outside a string literal, as a token it has already lexed (jslex.h,
// LEX_TYPES): an operator of two or more characters or a reserved word is one byte, a string
// literal can be its characters after a byte and their count (no quotes or escapes to read), an
// integer below 32768 one to three bytes. The board holds about a sixth less flash and lexes less;
// the objects the code makes, so its RAM, are the same (Espruino copies a string literal into RAM
// either way). Raw strings need Espruino 2v20.48 or later and raw integers 2v25.396 or later,
// which is why the deploy's boot code first evaluates a raw integer to see that the firmware reads
// them (targets/node/deploy.ts).
//
//   pretokenise(code)  the ES5 text -> its pretokenised form (a string of bytes, char codes < 256)
//   untokenise(bytes)  the inverse (as text that tokenises the same, but for the constants below),
//                      what the tests run
//   pretokenised()     the rollup output plugin that writes NAME.tok beside an Espruino bundle

import { tokenizer } from "acorn";

// LEX_EQUAL, the first of the tokens below, is 138; a token's byte is 138 + its index
const FIRST = 138;
// prettier-ignore
const TOKENS = [
  "==", "===", "!=", "!==", "<=", "<<", "<<=", ">=", ">>", ">>>", ">>=", ">>>=", "+=", "-=", "++",
  "--", "*=", "/=", "%=", "&=", "&&", "|=", "||", "^=", "=>",
  "if", "else", "do", "while", "for", "break", "continue", "function", "return", "var", "let",
  "const", "this", "throw", "try", "catch", "finally", "true", "false", "null", "undefined", "new",
  "in", "instanceof", "switch", "case", "default", "delete", "typeof", "void", "debugger", "class",
  "extends", "super", "static", "of",
];
// the words among them, which Espruino's lexer reads as reserved even where a program has one as a
// name (`x.in`, a variable `of`): rollup.config.mjs has terser make no name that is one
export const ESPRUINO_WORDS = TOKENS.filter((t) => /^[a-z]/.test(t));
const RAW_STRING8 = 0xd1;
const RAW_STRING16 = 0xd2;
const RAW_INT0 = 0xd3;
const RAW_INT8 = 0xd4;
const RAW_INT16 = 0xd5;
// `catch` stays text, as Espruino's uploader leaves it (its issue 1868)
const BYTE = new Map(TOKENS.map((t, k) => [t, FIRST + k]).filter(([t]) => t !== "catch"));

const chr = String.fromCharCode;

// A string or number token's raw form, or null where there is none.
function raw(tok) {
  const v = tok.value;
  if (tok.type.label === "string") {
    // (a character beyond a byte must stay an escape)
    if (v.length === 0 || v.length > 0xffff || /[^\x00-\xff]/.test(v)) return null;
    return v.length < 256 ? chr(RAW_STRING8, v.length) + v : chr(RAW_STRING16, v.length & 255, v.length >> 8) + v;
  }
  if (v !== Math.floor(v) || v >= 32768) return null;
  if (v === 0) return chr(RAW_INT0);
  return v < 128 ? chr(RAW_INT8, v) : chr(RAW_INT16, v & 255, v >> 8);
}

// A token's bytes, or null to keep its text: a string or a number raw unless its text is shorter
// (the digits 1 to 9: 4,000 of them in the default bundle). A word is its byte only where it is
// the reserved word: not where it is a name (terser names a function `of`: Espruino's issue 2047,
// a pretokenised `function of` fails) but for the value `undefined`, nor a property's name after a
// dot or before an object's colon (`.in`, `{in: 1}`), where the firmware needs its text.
// before, after: the tokens' texts around it.
function encode(tok, text, before, after) {
  const label = tok.type.label;
  if (label === "string" || label === "num") {
    const r = raw(tok);
    return r !== null && r.length <= text.length ? r : null;
  }
  if (label === "regexp") return null;
  if (/^[a-z]/.test(text)) {
    if (before === "." || (after === ":" && (before === "{" || before === ","))) return null;
    if (label === "name" && text !== "undefined") return null;
  }
  const b = BYTE.get(text);
  return b === undefined ? null : chr(b);
}

// terser's short forms of the constants, `!0`, `!1` and `void 0`, are two tokens where the word is
// one: the word's byte stands for them, unless a member access or call follows (`!0.x` is `!(0.x)`)
const CONSTANTS = { "!0": "true", "!1": "false", "void0": "undefined" };

export function pretokenise(code) {
  const toks = [...tokenizer(code, { ecmaVersion: 5 })];
  const text = (k) => (k < toks.length ? code.slice(toks[k].start, toks[k].end) : "");
  let out = "";
  let prevEnd = 0; // the end of the previous token
  let prevText = false; // whether the previous token was written as text
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k];
    const word = toks[k + 1] && toks[k + 1].type.label === "num" && CONSTANTS[text(k) + text(k + 1)];
    if (word && !/^[.[(]$/.test(text(k + 2))) {
      out += chr(BYTE.get(word));
      prevText = false;
      prevEnd = toks[++k].end;
      continue;
    }
    const bytes = encode(tok, text(k), k > 0 ? text(k - 1) : "", text(k + 1));
    // white space between two tokens kept as text stays (it may separate two names); next to a
    // token's byte it is not needed
    if (bytes === null && prevText && tok.start > prevEnd) out += " ";
    out += bytes === null ? text(k) : bytes;
    prevText = bytes === null;
    prevEnd = tok.end;
  }
  return out;
}

// Text that tokenises as Espruino reads the bytes (spaces around what a byte stands for).
export function untokenise(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if (c < 128) out += bytes[i];
    else if (c === RAW_STRING8 || c === RAW_STRING16) {
      const n = c === RAW_STRING8 ? bytes.charCodeAt(++i) : bytes.charCodeAt(++i) | (bytes.charCodeAt(++i) << 8);
      out += JSON.stringify(bytes.substr(i + 1, n));
      i += n;
    } else if (c === RAW_INT0) out += " 0 ";
    else if (c === RAW_INT8) out += " " + bytes.charCodeAt(++i) + " ";
    else if (c === RAW_INT16) out += " " + (bytes.charCodeAt(++i) | (bytes.charCodeAt(++i) << 8)) + " ";
    else if (c - FIRST < TOKENS.length) out += " " + TOKENS[c - FIRST] + " ";
    else throw new Error("untokenise: byte " + c + " at " + i + " is no token");
  }
  return out;
}

// The pretokenised form's file for a bundle's: NAME.tok for NAME.js, FILE.tok for another name
// (`mpjs build -o FILE`). (targets/node/deploy.ts, in the Node bundle, names it the same way.)
export const tokFile = (file) => file.replace(/\.js$/, "") + ".tok";

// Writes the bytes (latin1) beside each Espruino bundle, as tokFile names them.
export function pretokenised() {
  return {
    name: "pretokenised",
    generateBundle(options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== "chunk") continue;
        this.emitFile({ type: "asset", fileName: tokFile(file), source: Buffer.from(pretokenise(chunk.code), "latin1") });
      }
    },
  };
}
