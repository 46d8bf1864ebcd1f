// The lexer: Python source text to tokens, one at a time, for the single-pass compiler.
// It keeps only the current token and the indentation stack: no token list, no syntax tree.

// float literals are parsed by mpjs itself: the host's parseFloat is not correctly rounded on
// every engine (Duktape reads 1e23 as 1.0000000000000001e+23)
import { parseFloat as parseFloatText } from "./floatfmt";
import { PySyntaxError } from "./obj";

export const enum Tok {
  EOF,
  NEWLINE,
  INDENT,
  DEDENT,
  NAME,
  INT, // text in str, base in num
  FLOAT, // value in num
  IMAG, // value in num
  STR, // text in str
  BYTES, // text in str, one char per byte
  FSTR, // parts in fparts: literal text and expression sources alternate
  // operators and delimiters
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  LBRACE,
  RBRACE,
  COLON,
  COMMA,
  SEMI,
  DOT,
  ELLIPSIS,
  ARROW,
  WALRUS,
  ASSIGN,
  AUGASSIGN, // the operator in num (BinOp)
  TILDE,
  // binary operators: num holds their BinOp code
  PLUS,
  MINUS,
  STAR,
  DSTAR,
  SLASH,
  DSLASH,
  PERCENT,
  AT,
  LSHIFT,
  RSHIFT,
  AMP,
  VBAR,
  CARET,
  // comparisons
  LT,
  GT,
  LE,
  GE,
  EQ,
  NE,
  // keywords (None, True, False in the order of Op.LOAD_NONE, LOAD_TRUE, LOAD_FALSE)
  KW_NONE,
  KW_TRUE,
  KW_FALSE,
  KW_AND,
  KW_AS,
  KW_ASSERT,
  KW_ASYNC,
  KW_AWAIT,
  KW_BREAK,
  KW_CLASS,
  KW_CONTINUE,
  KW_DEF,
  KW_DEL,
  KW_ELIF,
  KW_ELSE,
  KW_EXCEPT,
  KW_FINALLY,
  KW_FOR,
  KW_FROM,
  KW_GLOBAL,
  KW_IF,
  KW_IMPORT,
  KW_IN,
  KW_IS,
  KW_LAMBDA,
  KW_NONLOCAL,
  KW_NOT,
  KW_OR,
  KW_PASS,
  KW_RAISE,
  KW_RETURN,
  KW_TRY,
  KW_WHILE,
  KW_WITH,
  KW_YIELD,
}

const KEYWORDS =
  " None True False and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield ";

function keyword(s: string): number {
  const i = KEYWORDS.indexOf(" " + s + " ");
  return i < 0 ? Tok.NAME : Tok.KW_NONE + KEYWORDS.substring(0, i).split(" ").length - 1;
}

// The characters of the tokens from LPAR on, in the order of Tok (a space where a token is not
// one character); BINOPS: the BinOp of each operator token from PLUS to CARET, as a character
// code above "0".
const PUNCT = "()[]{}:,;.   = ~+-* / %@  &|^<>";
const BINOPS = "0126345<789:;";
// the one-character escapes of a string literal and what they stand for
const ESCAPES = "ntr\\'\"abfv";
const ESCAPED = "\n\t\r\\'\"\x07\b\f\v";

// 2: a character that starts a name, 1: a digit, 0: any other (or none: NaN)
function charKind(c: number): number {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128 ? 2 : c >= 48 && c <= 57 ? 1 : 0;
}

// The lexer's state: module-level, one source at a time (the compiler saves and restores it
// with mark/restore, also around the sub-source of an f-string field).
export let src = "";
export let pos = 0;
let line = 1;
export let tok: number = Tok.NEWLINE;
export let str = "";
export let num = 0;
export let fparts: string[] | null = null;
export let tokLine = 1;
let indents: number[] = [0];
let pendingDedents = 0;
export let depth = 0; // bracket nesting
let atLineStart = true;

// Past the line end at p (c: its character, \n or \r, which a \n may follow), counted.
function lineEnd(p: number, c: number): number {
  line++;
  return c === 13 && src.charCodeAt(p + 1) === 10 ? p + 2 : p + 1;
}

// Starts lexing s (its first line numbered firstLine) and reads the first token.
export function lexStart(s: string, firstLine?: number): void {
  src = s;
  pos = depth = pendingDedents = 0;
  line = firstLine || 1;
  tok = Tok.NEWLINE;
  indents = [0];
  atLineStart = true;
  next();
}

// The lexer's whole state, to come back to it with restore.
export function mark(): any[] {
  return [pos, line, tok, str, num, fparts, tokLine, depth, atLineStart, pendingDedents, indents.slice(), src];
}
export function restore(m: any[]): void {
  pos = m[0];
  line = m[1];
  tok = m[2];
  str = m[3];
  num = m[4];
  fparts = m[5];
  tokLine = m[6];
  depth = m[7];
  atLineStart = m[8];
  pendingDedents = m[9];
  indents = m[10].slice();
  src = m[11];
}

// A syntax error at the current token (indent: an IndentationError).
export function err(msg?: string, indent?: boolean): never {
  throw new PySyntaxError(msg || "invalid syntax", tokLine, !!indent);
}

export function next(): void {
  fparts = null;
  if (pendingDedents > 0) {
    pendingDedents--;
    tok = Tok.DEDENT;
    return;
  }
  if (atLineStart && depth === 0) {
    // measure indentation; skip blank and comment-only lines
    for (;;) {
      let col = 0;
      let p = pos;
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 32) col++;
        else if (c === 9) col = (col & ~7) + 8;
        else if (c === 12) col = 0;
        else break;
        p++;
      }
      const c = src.charCodeAt(p);
      if (c === 35) {
        while (p < src.length && src.charCodeAt(p) !== 10) p++;
      }
      const c2 = src.charCodeAt(p);
      if (c2 === 10 || c2 === 13) {
        pos = lineEnd(p, c2);
        continue;
      }
      pos = p;
      atLineStart = false;
      if (p >= src.length) {
        col = 0;
      }
      const top = indents[indents.length - 1];
      tokLine = line;
      if (col > top) {
        if (p >= src.length) break;
        indents.push(col);
        tok = Tok.INDENT;
        return;
      }
      if (col < top) {
        let n = 0;
        while (col < indents[indents.length - 1]) {
          indents.pop();
          n++;
        }
        if (col !== indents[indents.length - 1])
          throw new PySyntaxError("unindent doesn't match any outer indent level", line, true);
        pendingDedents = n - 1;
        tok = Tok.DEDENT;
        return;
      }
      break;
    }
  }
  // skip spaces, comments, line continuations
  let p = pos;
  for (;;) {
    const c = src.charCodeAt(p);
    if (c === 32 || c === 9 || c === 12) p++;
    else if (c === 35) {
      while (p < src.length && src.charCodeAt(p) !== 10 && src.charCodeAt(p) !== 13) p++;
    } else if (c === 92) {
      const d = src.charCodeAt(p + 1);
      if (d === 10 || d === 13) p = lineEnd(p + 1, d);
      else {
        tokLine = line;
        err();
      }
    } else if ((c === 10 || c === 13) && depth > 0) p = lineEnd(p, c);
    else break;
  }
  pos = p;
  tokLine = line;
  if (p >= src.length) {
    const prev = tok;
    if (prev !== Tok.NEWLINE && prev !== Tok.DEDENT && prev !== Tok.INDENT) {
      atLineStart = true;
      tok = Tok.NEWLINE;
      return;
    }
    if (indents.length > 1) {
      indents.pop();
      tok = Tok.DEDENT;
      return;
    }
    tok = Tok.EOF;
    return;
  }
  const c = src.charCodeAt(p);
  if (c === 10 || c === 13) {
    pos = lineEnd(p, c);
    atLineStart = true;
    tok = Tok.NEWLINE;
    return;
  }
  if (charKind(c) > 1) {
    let e = p + 1;
    while (e < src.length && charKind(src.charCodeAt(e)) > 0) e++;
    const q = src.charCodeAt(e);
    if ((q === 39 || q === 34) && e - p <= 2) {
      const prefix = src.substring(p, e).toLowerCase();
      if (/^(r|u|b|f|br|rb|fr|rf)$/.test(prefix)) {
        pos = e;
        readString(prefix);
        return;
      }
    }
    str = src.substring(p, e);
    pos = e;
    tok = keyword(str);
    return;
  }
  if (charKind(c) === 1 || (c === 46 && charKind(src.charCodeAt(p + 1)) === 1)) {
    readNumber();
    return;
  }
  if (c === 39 || c === 34) {
    readString("");
    return;
  }
  // punctuation: the token of the character alone, then the longer tokens it starts
  let t = PUNCT.indexOf(src.charAt(p)) + Tok.LPAR;
  let d = src.charCodeAt(++p);
  if (t < Tok.LPAR) {
    // '!' only starts '!='
    if (c !== 33 || d !== 61) err();
    p++;
    t = Tok.NE;
  } else if (t <= Tok.RBRACE) {
    // the closing brackets are the odd ones
    if ((t - Tok.LPAR) & 1) {
      if (depth > 0) depth--;
    } else depth++;
  } else {
    if (d === c && (t === Tok.STAR || t === Tok.SLASH || t === Tok.LT || t === Tok.GT)) {
      // ** // << >>
      t = t === Tok.LT ? Tok.LSHIFT : t === Tok.GT ? Tok.RSHIFT : t + 1;
      d = src.charCodeAt(++p);
    } else if (c === 46 && d === 46 && src.charCodeAt(p + 1) === 46) {
      p += 2;
      t = Tok.ELLIPSIS;
    } else if (c === 45 && d === 62) {
      p++;
      t = Tok.ARROW;
    }
    if (t >= Tok.PLUS && t <= Tok.CARET) {
      num = BINOPS.charCodeAt(t - Tok.PLUS) - 48;
      if (d === 61) {
        p++;
        t = Tok.AUGASSIGN;
      }
    } else if (d === 61 && (t === Tok.LT || t === Tok.GT || t === Tok.ASSIGN || t === Tok.COLON)) {
      // <= >= == :=
      p++;
      t = t === Tok.ASSIGN ? Tok.EQ : t === Tok.COLON ? Tok.WALRUS : t + 2;
    }
  }
  pos = p;
  tok = t;
}

// past the decimal digits and underscores from p
function digits(p: number): number {
  while (charKind(src.charCodeAt(p)) === 1 || src.charCodeAt(p) === 95) p++;
  return p;
}

function readNumber(): void {
  let p = pos;
  const c1 = src.charCodeAt(p + 1) | 32;
  // 0x, 0o, 0b: the digits (without "_") in str, the base in num
  const base = src.charCodeAt(p) !== 48 ? 10 : c1 === 120 ? 16 : c1 === 111 ? 8 : c1 === 98 ? 2 : 10;
  let t = Tok.INT;
  let text = "";
  let bad = false;
  if (base !== 10) {
    for (p += 2; ; p++) {
      const c = src.charCodeAt(p);
      const v = c === 95 ? 0 : charKind(c) === 1 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 122 ? (c | 32) - 87 : 99;
      if (v >= base) break;
      if (c !== 95) text += src.charAt(p);
    }
    bad = text === "";
  } else {
    const start = p;
    p = digits(p);
    if (src.charCodeAt(p) === 46) {
      t = Tok.FLOAT;
      p = digits(p + 1);
    }
    if ((src.charCodeAt(p) | 32) === 101) {
      const s = src.charCodeAt(p + 1);
      let q = p + 1;
      if (s === 43 || s === 45) q++;
      if (charKind(src.charCodeAt(q)) === 1) {
        t = Tok.FLOAT;
        p = digits(q);
      }
    }
    text = src.substring(start, p).replace(/_/g, "");
    if ((src.charCodeAt(p) | 32) === 106) {
      p++;
      t = Tok.IMAG;
    } else if (t === Tok.INT) bad = text.length > 1 && text.charCodeAt(0) === 48 && /[1-9]/.test(text);
  }
  pos = p;
  // a number runs into no name character (after an imaginary one's j, the next token does)
  if (bad || (t !== Tok.IMAG && charKind(src.charCodeAt(p)) > 0)) err("invalid syntax for number");
  str = text;
  num = t === Tok.INT ? base : (parseFloatText(text) as number);
  tok = t;
}

function readString(prefix: string): void {
  const raw = prefix.indexOf("r") >= 0;
  const isBytes = prefix.indexOf("b") >= 0;
  const isF = prefix.indexOf("f") >= 0;
  const q = src.charCodeAt(pos);
  let triple = false;
  let p = pos + 1;
  if (src.charCodeAt(p) === q && src.charCodeAt(p + 1) === q) {
    triple = true;
    p += 2;
  }
  let out = "";
  const parts: string[] = [];
  for (;;) {
    const c = src.charCodeAt(p);
    if (p >= src.length || ((c === 10 || c === 13) && !triple)) err("unterminated string");
    if (c === q) {
      if (!triple) {
        p++;
        break;
      }
      if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
        p += 3;
        break;
      }
    }
    if (c === 10 || c === 13) {
      p = lineEnd(p, c);
      out += "\n";
      continue;
    }
    if (isF && (c === 123 || c === 125)) {
      if (src.charCodeAt(p + 1) === c) {
        out += src.charAt(p);
        p += 2;
        continue;
      }
      if (c === 125) {
        err("f-string: single '}' is not allowed");
      }
      // an expression: find its end, skipping nested brackets and strings
      let level = 0;
      let e = p + 1;
      for (;;) {
        const d = src.charCodeAt(e);
        // the field ends at the source's end, a line end (unless triple-quoted) or the quote
        if (e >= src.length || ((d === 10 || d === 13) && !triple) || d === q) err("f-string: expecting '}'");
        if (d === 39 || d === 34) {
          e++;
          while (e < src.length && src.charCodeAt(e) !== d) e++;
        } else if (d === 40 || d === 91 || d === 123) level++;
        else if (d === 41 || d === 93) level--;
        else if (d === 125) {
          if (level === 0) break;
          level--;
        } else if (d === 10) line++;
        e++;
      }
      parts.push(out);
      parts.push(src.substring(p + 1, e));
      out = "";
      p = e + 1;
      continue;
    }
    if (c === 92) {
      const d = src.charCodeAt(p + 1);
      if (raw) out += "\\";
      if (d === 10 || d === 13) {
        // a backslash-newline: a raw string goes on past it keeping both, another drops both
        if (raw) out += "\n";
        p = lineEnd(p + 1, d);
        continue;
      }
      if (raw) {
        if (d === q || d === 92) {
          out += src.charAt(p + 1);
          p += 2;
        } else p++;
        continue;
      }
      p += 2;
      const e = ESCAPES.indexOf(src.charAt(p - 1));
      // \x, \u, \U: 2, 4 or 8 hex digits (bytes have only \x)
      const n = d === 120 ? 2 : isBytes ? 0 : d === 117 ? 4 : d === 85 ? 8 : 0;
      if (n) {
        const hex = src.substring(p, p + n);
        if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) {
          err("invalid \\x escape");
        }
        const v = parseInt(hex, 16);
        if (v > 0x10ffff) err("invalid escape");
        // above 0xFFFF: a surrogate pair
        out += v < 0x10000 ? String.fromCharCode(v) : String.fromCharCode(0xd7c0 + (v >> 10), 0xdc00 + (v & 1023));
        p += n;
      } else if (e >= 0) out += ESCAPED.charAt(e);
      else if (d >= 48 && d <= 55) {
        let v = d - 48;
        let k = 0;
        while (k < 2 && src.charCodeAt(p) >= 48 && src.charCodeAt(p) <= 55) {
          v = v * 8 + src.charCodeAt(p) - 48;
          p++;
          k++;
        }
        out += String.fromCharCode(v);
      } else out += "\\" + src.charAt(p - 1);
      continue;
    }
    if (isBytes && c >= 128) {
      err("bytes can only contain ASCII literal characters");
    }
    out += src.charAt(p);
    p++;
  }
  pos = p;
  if (isF) {
    parts.push(out);
    fparts = parts;
    tok = Tok.FSTR;
    return;
  }
  str = out;
  tok = isBytes ? Tok.BYTES : Tok.STR;
}
