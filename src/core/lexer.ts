// The lexer: Python source text to tokens, one at a time, for the single-pass compiler.
// It keeps only the current token and the indentation stack: no token list, no syntax tree.

// float literals are parsed by mpjs itself: the host's parseFloat is not correctly rounded on
// every engine (Duktape reads 1e23 as 1.0000000000000001e+23)
import { parseFloat as parseFloatText } from "./floatfmt";

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
  // keywords
  KW_FALSE,
  KW_NONE,
  KW_TRUE,
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
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield";
let kwIndex: { [k: string]: number } | null = null;

function keyword(s: string): number {
  if (kwIndex === null) {
    kwIndex = {};
    const words = KEYWORDS.split(" ");
    for (let k = 0; k < words.length; k++) kwIndex[words[k]] = Tok.KW_FALSE + k;
  }
  const t = kwIndex[s];
  return t === undefined || !kwIndex.hasOwnProperty(s) ? Tok.NAME : t;
}

// Raised as a JS object and turned into SyntaxError / IndentationError by the compiler's caller.
export class PySyntaxError {
  msg: string;
  line: number;
  indent: boolean;
  constructor(msg: string, line: number, indent: boolean) {
    this.msg = msg;
    this.line = line;
    this.indent = indent;
  }
}

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdChar(c: number): boolean {
  return isIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class Lexer {
  src: string;
  pos = 0;
  line = 1;
  tok: number = Tok.NEWLINE;
  str = "";
  num = 0;
  fparts: string[] | null = null;
  tokLine = 1;
  private indents: number[] = [0];
  private pendingDedents = 0;
  private depth = 0; // bracket nesting
  private atLineStart = true;
  // position and line before the current token, so the compiler can re-read from a saved point
  constructor(src: string, firstLine?: number) {
    this.src = src;
    if (firstLine) this.line = firstLine;
    this.next();
  }

  error(msg: string): never {
    throw new PySyntaxError(msg, this.tokLine, false);
  }

  next(): void {
    this.fparts = null;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      this.tok = Tok.DEDENT;
      return;
    }
    const src = this.src;
    if (this.atLineStart && this.depth === 0) {
      // measure indentation; skip blank and comment-only lines
      for (;;) {
        let col = 0;
        let p = this.pos;
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
          p++;
          if (c2 === 13 && src.charCodeAt(p) === 10) p++;
          this.pos = p;
          this.line++;
          continue;
        }
        this.pos = p;
        this.atLineStart = false;
        if (p >= src.length) {
          col = 0;
        }
        const top = this.indents[this.indents.length - 1];
        this.tokLine = this.line;
        if (col > top) {
          if (p >= src.length) break;
          this.indents.push(col);
          this.tok = Tok.INDENT;
          return;
        }
        if (col < top) {
          let n = 0;
          while (col < this.indents[this.indents.length - 1]) {
            this.indents.pop();
            n++;
          }
          if (col !== this.indents[this.indents.length - 1])
            throw new PySyntaxError("unindent doesn't match any outer indent level", this.line, true);
          this.pendingDedents = n - 1;
          this.tok = Tok.DEDENT;
          return;
        }
        break;
      }
    }
    // skip spaces, comments, line continuations
    let p = this.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32 || c === 9 || c === 12) p++;
      else if (c === 35) {
        while (p < src.length && src.charCodeAt(p) !== 10 && src.charCodeAt(p) !== 13) p++;
      } else if (c === 92) {
        const d = src.charCodeAt(p + 1);
        if (d === 10 || d === 13) {
          p += 2;
          if (d === 13 && src.charCodeAt(p) === 10) p++;
          this.line++;
        } else {
          this.pos = p;
          this.tokLine = this.line;
          this.error("invalid syntax");
        }
      } else if ((c === 10 || c === 13) && this.depth > 0) {
        p++;
        if (c === 13 && src.charCodeAt(p) === 10) p++;
        this.line++;
      } else break;
    }
    this.pos = p;
    this.tokLine = this.line;
    if (p >= src.length) {
      const prev = this.tok;
      if (prev !== Tok.NEWLINE && prev !== Tok.DEDENT && prev !== Tok.INDENT) {
        this.atLineStart = true;
        this.tok = Tok.NEWLINE;
        return;
      }
      if (this.indents.length > 1) {
        this.indents.pop();
        this.tok = Tok.DEDENT;
        return;
      }
      this.tok = Tok.EOF;
      return;
    }
    const c = src.charCodeAt(p);
    if (c === 10 || c === 13) {
      p++;
      if (c === 13 && src.charCodeAt(p) === 10) p++;
      this.pos = p;
      this.line++;
      this.atLineStart = true;
      this.tok = Tok.NEWLINE;
      return;
    }
    if (isIdStart(c)) {
      let e = p + 1;
      while (e < src.length && isIdChar(src.charCodeAt(e))) e++;
      const q = src.charCodeAt(e);
      if ((q === 39 || q === 34) && e - p <= 2) {
        const prefix = src.substring(p, e).toLowerCase();
        if (/^(r|u|b|f|br|rb|fr|rf)$/.test(prefix)) {
          this.pos = e;
          this.readString(prefix);
          return;
        }
      }
      this.str = src.substring(p, e);
      this.pos = e;
      this.tok = keyword(this.str);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(p + 1)))) {
      this.readNumber();
      return;
    }
    if (c === 39 || c === 34) {
      this.readString("");
      return;
    }
    this.pos = p + 1;
    const d = src.charCodeAt(p + 1);
    const e2 = src.charCodeAt(p + 2);
    switch (c) {
      case 40:
        this.depth++;
        this.tok = Tok.LPAR;
        return;
      case 41:
        if (this.depth > 0) this.depth--;
        this.tok = Tok.RPAR;
        return;
      case 91:
        this.depth++;
        this.tok = Tok.LSQB;
        return;
      case 93:
        if (this.depth > 0) this.depth--;
        this.tok = Tok.RSQB;
        return;
      case 123:
        this.depth++;
        this.tok = Tok.LBRACE;
        return;
      case 125:
        if (this.depth > 0) this.depth--;
        this.tok = Tok.RBRACE;
        return;
      case 44:
        this.tok = Tok.COMMA;
        return;
      case 59:
        this.tok = Tok.SEMI;
        return;
      case 126:
        this.tok = Tok.TILDE;
        return;
      case 58:
        if (d === 61) {
          this.pos++;
          this.tok = Tok.WALRUS;
        } else this.tok = Tok.COLON;
        return;
      case 46:
        if (d === 46 && e2 === 46) {
          this.pos += 2;
          this.tok = Tok.ELLIPSIS;
        } else this.tok = Tok.DOT;
        return;
      case 61:
        if (d === 61) {
          this.pos++;
          this.tok = Tok.EQ;
        } else this.tok = Tok.ASSIGN;
        return;
      case 33:
        if (d === 61) {
          this.pos++;
          this.tok = Tok.NE;
          return;
        }
        break;
      case 60:
        if (d === 60) return this.op2(Tok.LSHIFT, 7);
        if (d === 61) {
          this.pos++;
          this.tok = Tok.LE;
        } else this.tok = Tok.LT;
        return;
      case 62:
        if (d === 62) return this.op2(Tok.RSHIFT, 8);
        if (d === 61) {
          this.pos++;
          this.tok = Tok.GE;
        } else this.tok = Tok.GT;
        return;
      case 45:
        if (d === 62) {
          this.pos++;
          this.tok = Tok.ARROW;
          return;
        }
        return this.op1(Tok.MINUS, 1);
      case 43:
        return this.op1(Tok.PLUS, 0);
      case 42:
        if (d === 42) return this.op2(Tok.DSTAR, 6);
        return this.op1(Tok.STAR, 2);
      case 47:
        if (d === 47) return this.op2(Tok.DSLASH, 4);
        return this.op1(Tok.SLASH, 3);
      case 37:
        return this.op1(Tok.PERCENT, 5);
      case 64:
        return this.op1(Tok.AT, 12);
      case 38:
        return this.op1(Tok.AMP, 9);
      case 124:
        return this.op1(Tok.VBAR, 10);
      case 94:
        return this.op1(Tok.CARET, 11);
    }
    this.pos = p;
    this.error("invalid syntax");
  }

  // one-character operator, or its augmented assignment form
  private op1(t: number, op: number): void {
    this.num = op;
    if (this.src.charCodeAt(this.pos) === 61) {
      this.pos++;
      this.tok = Tok.AUGASSIGN;
    } else this.tok = t;
  }
  private op2(t: number, op: number): void {
    this.pos++;
    this.op1(t, op);
  }

  private readNumber(): void {
    const src = this.src;
    let p = this.pos;
    const start = p;
    const c0 = src.charCodeAt(p);
    const c1 = src.charCodeAt(p + 1) | 32;
    if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      const base = c1 === 120 ? 16 : c1 === 111 ? 8 : 2;
      p += 2;
      let digits = "";
      for (;;) {
        const c = src.charCodeAt(p);
        if (c === 95) {
          p++;
          continue;
        }
        const v = isDigit(c) ? c - 48 : (c | 32) >= 97 && (c | 32) <= 122 ? (c | 32) - 87 : 99;
        if (v >= base) break;
        digits += src.charAt(p);
        p++;
      }
      if (digits === "" || isIdChar(src.charCodeAt(p))) {
        this.pos = p;
        this.error("invalid syntax for number");
      }
      this.pos = p;
      this.str = digits;
      this.num = base;
      this.tok = Tok.INT;
      return;
    }
    let isFloat = false;
    while (isDigit(src.charCodeAt(p)) || src.charCodeAt(p) === 95) p++;
    if (src.charCodeAt(p) === 46) {
      isFloat = true;
      p++;
      while (isDigit(src.charCodeAt(p)) || src.charCodeAt(p) === 95) p++;
    }
    if ((src.charCodeAt(p) | 32) === 101) {
      const s = src.charCodeAt(p + 1);
      let q = p + 1;
      if (s === 43 || s === 45) q++;
      if (isDigit(src.charCodeAt(q))) {
        isFloat = true;
        p = q;
        while (isDigit(src.charCodeAt(p)) || src.charCodeAt(p) === 95) p++;
      }
    }
    const text = src.substring(start, p).replace(/_/g, "");
    this.pos = p;
    if ((src.charCodeAt(p) | 32) === 106) {
      this.pos++;
      this.num = parseFloatText(text) as number;
      this.str = text;
      this.tok = Tok.IMAG;
      return;
    }
    if (isIdChar(src.charCodeAt(p))) this.error("invalid syntax for number");
    this.str = text;
    if (isFloat) {
      this.num = parseFloatText(text) as number;
      this.tok = Tok.FLOAT;
    } else {
      if (text.length > 1 && text.charCodeAt(0) === 48 && /[1-9]/.test(text)) this.error("invalid syntax for number");
      this.num = 10;
      this.tok = Tok.INT;
    }
  }

  private readString(prefix: string): void {
    const src = this.src;
    const raw = prefix.indexOf("r") >= 0;
    const isBytes = prefix.indexOf("b") >= 0;
    const isF = prefix.indexOf("f") >= 0;
    const q = src.charCodeAt(this.pos);
    let triple = false;
    let p = this.pos + 1;
    if (src.charCodeAt(p) === q && src.charCodeAt(p + 1) === q) {
      triple = true;
      p += 2;
    }
    let out = "";
    const parts: string[] = [];
    for (;;) {
      if (p >= src.length) {
        this.pos = p;
        this.error("unterminated string");
      }
      const c = src.charCodeAt(p);
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
        if (!triple) {
          this.pos = p;
          this.error("unterminated string");
        }
        this.line++;
        if (c === 13 && src.charCodeAt(p + 1) === 10) p++;
        out += "\n";
        p++;
        continue;
      }
      if (isF && (c === 123 || c === 125)) {
        if (src.charCodeAt(p + 1) === c) {
          out += src.charAt(p);
          p += 2;
          continue;
        }
        if (c === 125) {
          this.pos = p;
          this.error("f-string: single '}' is not allowed");
        }
        // an expression: find its end, skipping nested brackets and strings
        let depth = 0;
        let e = p + 1;
        for (;;) {
          const d = src.charCodeAt(e);
          if (e >= src.length || ((d === 10 || d === 13) && !triple)) {
            this.pos = e;
            this.error("f-string: expecting '}'");
          }
          if (d === 39 || d === 34) {
            if (d === q) {
              this.pos = e;
              this.error("f-string: expecting '}'");
            }
            e++;
            while (e < src.length && src.charCodeAt(e) !== d) e++;
          } else if (d === 40 || d === 91 || d === 123) depth++;
          else if (d === 41 || d === 93) depth--;
          else if (d === 125) {
            if (depth === 0) break;
            depth--;
          } else if (d === 10) this.line++;
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
        if (raw) {
          out += "\\";
          if (d === 10 || d === 13) {
            // a raw string goes on past a backslash-newline, keeping both
            out += "\n";
            p += d === 13 && src.charCodeAt(p + 2) === 10 ? 3 : 2;
            this.line++;
            continue;
          }
          if (d === q || d === 92) {
            out += src.charAt(p + 1);
            p += 2;
          } else p++;
          continue;
        }
        p += 2;
        switch (d) {
          case 10:
            this.line++;
            break;
          case 13:
            this.line++;
            if (src.charCodeAt(p) === 10) p++;
            break;
          case 110:
            out += "\n";
            break;
          case 116:
            out += "\t";
            break;
          case 114:
            out += "\r";
            break;
          case 92:
            out += "\\";
            break;
          case 39:
            out += "'";
            break;
          case 34:
            out += '"';
            break;
          case 97:
            out += "\x07";
            break;
          case 98:
            out += "\b";
            break;
          case 102:
            out += "\f";
            break;
          case 118:
            out += "\v";
            break;
          case 120:
          case 117:
          case 85: {
            const n = d === 120 ? 2 : d === 117 ? 4 : 8;
            if (isBytes && d !== 120) {
              out += "\\" + src.charAt(p - 1);
              break;
            }
            const hex = src.substring(p, p + n);
            if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) {
              this.pos = p;
              this.error("invalid \\x escape");
            }
            const v = parseInt(hex, 16);
            if (v > 0x10ffff) this.error("invalid escape");
            out += codePoint(v);
            p += n;
            break;
          }
          default:
            if (d >= 48 && d <= 55) {
              let v = d - 48;
              let k = 0;
              while (k < 2 && src.charCodeAt(p) >= 48 && src.charCodeAt(p) <= 55) {
                v = v * 8 + src.charCodeAt(p) - 48;
                p++;
                k++;
              }
              out += String.fromCharCode(v);
            } else {
              out += "\\" + src.charAt(p - 1);
            }
        }
        continue;
      }
      if (isBytes && c >= 128) {
        this.pos = p;
        this.error("bytes can only contain ASCII literal characters");
      }
      out += src.charAt(p);
      p++;
    }
    this.pos = p;
    if (isF) {
      parts.push(out);
      this.fparts = parts;
      this.tok = Tok.FSTR;
      return;
    }
    this.str = out;
    this.tok = isBytes ? Tok.BYTES : Tok.STR;
  }
}

export function codePoint(v: number): string {
  if (v < 0x10000) return String.fromCharCode(v);
  v -= 0x10000;
  return String.fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 1023));
}
