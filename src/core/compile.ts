// The compiler: a single pass from tokens to bytecode, with no syntax tree.
//
// Where Python's source order differs from evaluation order (assignment targets, for-loop targets,
// comprehension elements), the compiler saves the lexer's state, reads over the tokens without
// emitting code ("skip" mode), and comes back later to compile them where they belong.
// A name's scope (local, cell, free, global) is only known when the outermost enclosing function
// ends, so name operations are emitted as VAR_* with the function's slot number and rewritten
// then: the opcode byte changes, the operand does not.
//
// Memory: one Scope per function being compiled (byte buffer, constants, names) and nothing per
// syntax node; heap code objects are made when a top-level function or class body is complete.

import { Lexer, Tok, PySyntaxError } from "./lexer";
import { Op, BinOp, CmpOp, UnOp, CF, Why } from "./bytecode";
import { T, tv } from "./types";

const F_ASSIGN = 1,
  F_GLOBAL = 2,
  F_NONLOCAL = 4,
  F_PARAM = 8,
  F_CELL = 16,
  F_FREE = 32,
  F_USED = 64,
  F_PASS = 128; // a cell this scope only passes on to a nested function

const S_MODULE = 0,
  S_FUNC = 1,
  S_CLASS = 2;

// A constant as the compiler holds it until the code object is made.
export type Const =
  | { t: "q"; s: string } // interned string
  | { t: "s"; s: string } // str
  | { t: "b"; s: string } // bytes, one char per byte
  | { t: "f"; n: number } // float
  | { t: "j"; n: number } // imaginary
  | { t: "i"; s: string; base: number } // big int literal
  | { t: "v"; v: number } // a value word that needs no heap object (builtin type)
  | { t: "code"; f: Scope }
  | { t: "qt"; items: string[] }; // tuple of interned strings

interface Loop {
  start: number;
  breaks: number[]; // jump positions to patch to the break label
  blocks: number; // block depth at the loop
  isFor: boolean;
}

export class Scope {
  kind: number;
  parent: Scope | null;
  name: string;
  code = new Uint8Array(64);
  len = 0;
  consts: Const[] = [];
  constKeys: { [k: string]: number } = {};
  names: string[] = [];
  nameIdx: { [k: string]: number } = {};
  flags: number[] = [];
  patches: number[] = [];
  children: Scope[] = [];
  lines: number[] = []; // code offset, line pairs
  lastLine = -1;
  depth = 0;
  maxDepth = 0;
  blocks = 0;
  maxBlocks = 0;
  loops: Loop[] = [];
  argcount = 0;
  kwonly = 0;
  coflags = 0;
  firstLine: number;
  freemap: number[] = [];
  cellSlots: number[] = [];
  isComp = false;
  constructor(kind: number, parent: Scope | null, name: string, line: number) {
    this.kind = kind;
    this.parent = parent;
    this.name = name;
    this.firstLine = line;
  }
  slot(name: string): number {
    let k = this.nameIdx["$" + name];
    if (k === undefined) {
      k = this.names.length;
      this.names.push(name);
      this.flags.push(0);
      this.nameIdx["$" + name] = k;
    }
    return k;
  }
  has(name: string): number {
    const k = this.nameIdx["$" + name];
    return k === undefined ? -1 : k;
  }
}

// The code object maker: turns a complete scope (and its children) into a heap code object.
// Set by code.ts, which knows the heap; the compiler itself only produces Scopes.
export interface CodeSink {
  make(s: Scope, file: string): number;
}

// Saved lexer state, to come back to a construct later.
interface Mark {
  pos: number;
  line: number;
  tok: number;
  str: string;
  num: number;
  fparts: string[] | null;
  tokLine: number;
  depth: number;
  atLineStart: boolean;
  pendingDedents: number;
  indents: number[];
}

// Nesting the compiler allows (see Compiler.nest): 500 brackets or blocks deep, above
// CPython's 200 and below what Duktape's call stack of 10,000 frames holds (about 800 brackets).
const MAX_NEST = 500;

const BINOP_PREC: number[] = [];
const BINOP_CODE: number[] = [];
function setPrec(t: number, p: number, op: number): void {
  BINOP_PREC[t] = p;
  BINOP_CODE[t] = op;
}
setPrec(Tok.VBAR, 1, BinOp.OR);
setPrec(Tok.CARET, 2, BinOp.XOR);
setPrec(Tok.AMP, 3, BinOp.AND);
setPrec(Tok.LSHIFT, 4, BinOp.LSHIFT);
setPrec(Tok.RSHIFT, 4, BinOp.RSHIFT);
setPrec(Tok.PLUS, 5, BinOp.ADD);
setPrec(Tok.MINUS, 5, BinOp.SUB);
setPrec(Tok.STAR, 6, BinOp.MUL);
setPrec(Tok.SLASH, 6, BinOp.TRUEDIV);
setPrec(Tok.DSLASH, 6, BinOp.FLOORDIV);
setPrec(Tok.PERCENT, 6, BinOp.MOD);
setPrec(Tok.AT, 6, BinOp.MATMUL);

// micropython.opt_level(): from level 1 on, assert statements are read and not compiled, as in
// MicroPython; every interpreter starts at 0 (builtins/init.ts)
export let optLevel = 0;
export function setOptLevel(n: number): void {
  optLevel = n;
}

export class Compiler {
  lx: Lexer;
  sc: Scope;
  file: string;
  skip = 0; // > 0: read tokens, emit nothing
  sink: CodeSink;
  single: boolean; // REPL: print expression statements
  private fnest = 0;
  // Characters lexed again after a reset (constructs compiled twice); nesting such constructs
  // doubles the work per level, so past this budget the source counts as too deeply nested.
  private relexBudget: number;
  // How deep the constructs being compiled nest (blocks, operands, brackets): the compiler
  // recurses on nesting, so past MAX_NEST it stops with RuntimeError rather than let the host's
  // stack overflow (which some engines cannot catch).
  private nest = 0;

  constructor(src: string, file: string, sink: CodeSink, single: boolean) {
    this.relexBudget = 1000 * src.length + 1000000;
    this.lx = new Lexer(src);
    this.file = file;
    this.sink = sink;
    this.single = single;
    this.sc = new Scope(S_MODULE, null, "<module>", 1);
    this.sc.coflags = CF.MODULE;
  }

  // Compiles the whole module; returns the heap code object. isEval: the source is one
  // expression list (eval, the full profile's), whose value the code returns.
  compileModule(isEval?: boolean): number {
    const lx = this.lx;
    if (MPJS_FULL && isEval) {
      // eval ignores the indentation before the expression and blank lines around it
      while ((lx.tok as number) === Tok.NEWLINE || (lx.tok as number) === Tok.INDENT) lx.next();
      this.exprList(true);
      while ((lx.tok as number) === Tok.NEWLINE || (lx.tok as number) === Tok.DEDENT) lx.next();
      if ((lx.tok as number) !== Tok.EOF) this.err();
      this.op(Op.RETURN_VALUE, -1);
    }
    while ((lx.tok as number) !== Tok.EOF) {
      if ((lx.tok as number) === Tok.NEWLINE) {
        lx.next();
        continue;
      }
      if ((lx.tok as number) === Tok.INDENT) this.errIndent("unexpected indent");
      this.statement();
    }
    this.op(Op.LOAD_NONE, 1);
    this.op(Op.RETURN_VALUE, -1);
    const m = this.sc;
    this.resolve(m, []);
    return this.sink.make(m, this.file);
  }

  // ---- errors ----
  err(msg?: string): never {
    throw new PySyntaxError(msg || "invalid syntax", this.lx.tokLine, false);
  }
  errIndent(msg: string): never {
    throw new PySyntaxError(msg, this.lx.tokLine, true);
  }
  expect(t: number, what?: string): void {
    if ((this.lx.tok as number) !== t) this.err(what);
    this.lx.next();
  }
  accept(t: number): boolean {
    if ((this.lx.tok as number) === t) {
      this.lx.next();
      return true;
    }
    return false;
  }

  // ---- lexer marks ----
  mark(): Mark {
    const l = this.lx as any;
    return {
      pos: l.pos,
      line: l.line,
      tok: l.tok,
      str: l.str,
      num: l.num,
      fparts: l.fparts,
      tokLine: l.tokLine,
      depth: l.depth,
      atLineStart: l.atLineStart,
      pendingDedents: l.pendingDedents,
      indents: l.indents.slice(),
    };
  }
  reset(m: Mark): void {
    const l = this.lx as any;
    // a RangeError ends as RuntimeError, as a host stack overflow does (compileSource)
    if (l.pos > m.pos && (this.relexBudget -= l.pos - m.pos) < 0) throw new RangeError();
    l.pos = m.pos;
    l.line = m.line;
    l.tok = m.tok;
    l.str = m.str;
    l.num = m.num;
    l.fparts = m.fparts;
    l.tokLine = m.tokLine;
    l.depth = m.depth;
    l.atLineStart = m.atLineStart;
    l.pendingDedents = m.pendingDedents;
    l.indents = m.indents.slice();
  }

  // ---- emitting ----
  private byte(b: number): void {
    const s = this.sc;
    if (s.len >= s.code.length) {
      const n = new Uint8Array(s.code.length * 2);
      n.set(s.code);
      s.code = n;
    }
    s.code[s.len++] = b;
  }
  private lineMark(): void {
    const s = this.sc;
    const line = this.lx.tokLine;
    if (line !== s.lastLine) {
      s.lines.push(s.len, line);
      s.lastLine = line;
    }
  }
  // one level deeper (undone by nest--); a RangeError ends as RuntimeError (compileSource)
  private deeper(): void {
    if (++this.nest > MAX_NEST) throw new RangeError();
  }

  adj(n: number): void {
    const s = this.sc;
    s.depth += n;
    if (s.depth > s.maxDepth) s.maxDepth = s.depth;
  }
  op(o: number, stack: number): void {
    if (this.skip) return;
    this.lineMark();
    this.byte(o);
    this.adj(stack);
  }
  private operand(k: number): void {
    if (k < 0x80) this.byte(k);
    else {
      if (k > 0x7fff) this.err("too many names or constants");
      this.byte(0x80 | (k >> 8));
      this.byte(k & 255);
    }
  }
  opArg(o: number, k: number, stack: number): void {
    if (this.skip) return;
    this.lineMark();
    this.byte(o);
    this.operand(k);
    this.adj(stack);
  }
  // a jump to a target not known yet; returns the position to patch
  opJump(o: number, stack: number): number {
    if (this.skip) return -1;
    this.lineMark();
    this.byte(o);
    this.byte(0);
    this.byte(0);
    this.adj(stack);
    return this.sc.len - 2;
  }
  opJumpTo(o: number, target: number, stack: number): void {
    if (this.skip) return;
    const p = this.opJump(o, stack);
    this.patchTo(p, target);
  }
  here(): number {
    return this.sc.len;
  }
  patchTo(p: number, target: number): void {
    if (p < 0 || this.skip) return;
    if (target > 0xffff) this.err("code too large");
    this.sc.code[p] = target & 255;
    this.sc.code[p + 1] = target >> 8;
  }
  patchHere(p: number): void {
    this.patchTo(p, this.sc.len);
  }
  blockPush(): void {
    const s = this.sc;
    s.blocks++;
    if (s.blocks > s.maxBlocks) s.maxBlocks = s.blocks;
  }

  constIdx(c: Const, key: string | null): number {
    const s = this.sc;
    if (key !== null) {
      const k = s.constKeys[key];
      if (k !== undefined) return k;
      s.constKeys[key] = s.consts.length;
    }
    s.consts.push(c);
    return s.consts.length - 1;
  }
  qconst(name: string): number {
    return this.constIdx({ t: "q", s: name }, "q" + name);
  }
  loadConst(c: Const, key: string | null): void {
    if (this.skip) return;
    this.opArg(Op.LOAD_CONST, this.constIdx(c, key), 1);
  }
  loadStr(s: string): void {
    if (this.skip) return;
    if (s.length <= 40) this.loadConst({ t: "q", s: s }, "q" + s);
    else this.loadConst({ t: "s", s: s }, "s" + s);
  }
  loadInt(n: number): void {
    if (this.skip) return;
    if (n > 16000 || n < -16000) this.loadConst({ t: "i", s: "" + n, base: 10 }, "i10" + n);
    else this.opArg(Op.LOAD_INT, n >= 0 ? n * 2 : -n * 2 - 1, 1);
  }

  // name operations, patched when the scope is resolved
  nameOp(o: number, name: string, stack: number): void {
    if (this.skip) return;
    const s = this.sc;
    const k = s.slot(name);
    s.flags[k] |= F_USED;
    if (o !== Op.VAR_LOAD) s.flags[k] |= F_ASSIGN;
    if (s.kind === S_MODULE) {
      this.opArg(o === Op.VAR_LOAD ? Op.LOAD_GLOBAL : o === Op.VAR_STORE ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, k, stack);
      return;
    }
    s.patches.push(s.len);
    this.opArg(o, k, stack);
  }
  load(name: string): void {
    this.nameOp(Op.VAR_LOAD, name, 1);
  }
  store(name: string): void {
    this.nameOp(Op.VAR_STORE, name, -1);
  }

  // ---- statements ----

  block(): void {
    // after ':' : either a simple statement list on the same line, or NEWLINE INDENT stmts DEDENT
    const lx = this.lx;
    if ((lx.tok as number) !== Tok.NEWLINE) {
      this.simpleStatements();
      return;
    }
    lx.next();
    while ((lx.tok as number) === Tok.NEWLINE) lx.next();
    if ((lx.tok as number) !== Tok.INDENT) this.errIndent("expected an indented block");
    lx.next();
    while ((lx.tok as number) !== Tok.DEDENT && (lx.tok as number) !== Tok.EOF) {
      if ((lx.tok as number) === Tok.NEWLINE) {
        lx.next();
        continue;
      }
      if ((lx.tok as number) === Tok.INDENT) this.errIndent("unexpected indent");
      this.deeper();
      this.statement();
      this.nest--;
    }
    lx.next();
  }

  statement(): void {
    const lx = this.lx;
    switch ((lx.tok as number)) {
      case Tok.KW_IF:
        return this.ifStmt();
      case Tok.KW_WHILE:
        return this.whileStmt();
      case Tok.KW_FOR:
        return this.forStmt(false);
      case Tok.KW_TRY:
        return this.tryStmt();
      case Tok.KW_WITH:
        return this.withStmt(false);
      case Tok.KW_DEF:
        return this.defStmt(0, false);
      case Tok.KW_CLASS:
        return this.classStmt(0);
      case Tok.AT:
        return this.decorated();
      case Tok.KW_ASYNC: {
        lx.next();
        const t = (lx.tok as number) as number;
        if (t === Tok.KW_DEF) return this.defStmt(0, true);
        if (t === Tok.KW_FOR) return this.forStmt(true);
        if (t === Tok.KW_WITH) return this.withStmt(true);
        this.err();
      }
    }
    this.simpleStatements();
  }

  simpleStatements(): void {
    const lx = this.lx;
    for (;;) {
      this.smallStatement();
      if ((lx.tok as number) === Tok.SEMI) {
        lx.next();
        if ((lx.tok as number) === Tok.NEWLINE || (lx.tok as number) === Tok.EOF) break;
        continue;
      }
      break;
    }
    if ((lx.tok as number) !== Tok.NEWLINE && (lx.tok as number) !== Tok.EOF) this.err();
    if ((lx.tok as number) === Tok.NEWLINE) lx.next();
  }

  smallStatement(): void {
    const lx = this.lx;
    switch ((lx.tok as number)) {
      case Tok.KW_PASS:
        lx.next();
        return;
      case Tok.KW_BREAK:
        lx.next();
        return this.breakStmt();
      case Tok.KW_CONTINUE:
        lx.next();
        return this.continueStmt();
      case Tok.KW_RETURN:
        return this.returnStmt();
      case Tok.KW_RAISE:
        return this.raiseStmt();
      case Tok.KW_GLOBAL:
      case Tok.KW_NONLOCAL:
        return this.globalStmt();
      case Tok.KW_DEL:
        lx.next();
        this.delTargets();
        return;
      case Tok.KW_ASSERT:
        return this.assertStmt();
      case Tok.KW_IMPORT:
        return this.importStmt();
      case Tok.KW_FROM:
        return this.fromStmt();
    }
    this.exprStatement();
  }

  // Scans the statement for a top-level '=' / augmented assignment / annotation.
  private scanAssign(): number {
    const lx = this.lx;
    const m = this.mark();
    let depth = 0;
    let found: number = Tok.EOF;
    const first = lx.tok as number;
    let n = 0;
    for (;;) {
      const t = lx.tok as number;
      if (t === Tok.NEWLINE || t === Tok.EOF || (t === Tok.SEMI && depth === 0)) break;
      if (t === Tok.LPAR || t === Tok.LSQB || t === Tok.LBRACE) depth++;
      else if (t === Tok.RPAR || t === Tok.RSQB || t === Tok.RBRACE) depth--;
      else if (depth === 0) {
        if (t === Tok.ASSIGN || t === Tok.AUGASSIGN) {
          found = t;
          break;
        }
        if (t === Tok.COLON && first !== Tok.KW_LAMBDA && n > 0) {
          found = Tok.COLON;
          break;
        }
        if (t === Tok.KW_LAMBDA) break;
      }
      lx.next();
      n++;
    }
    this.reset(m);
    return found;
  }

  exprStatement(): void {
    const lx = this.lx;
    const kind = this.scanAssign();
    if (kind === Tok.EOF) {
      // a plain expression
      if ((lx.tok as number) === Tok.KW_YIELD) this.yieldExpr();
      else this.exprList(true);
      this.op(this.single && this.sc.kind === S_MODULE ? Op.PRINT_EXPR : Op.POP_TOP, -1);
      return;
    }
    if (kind === Tok.AUGASSIGN) {
      const t = this.targetPrefix(true);
      if ((lx.tok as number) !== Tok.AUGASSIGN) this.err();
      const binop = lx.num;
      lx.next();
      if ((lx.tok as number) === Tok.KW_YIELD) this.yieldExpr();
      else this.exprList(false);
      this.opArg(Op.INPLACE_OP, binop, -1);
      this.targetStoreAug(t);
      return;
    }
    if (kind === Tok.COLON) {
      // annotated assignment: target: annotation [= value]; the annotation is not evaluated
      const tm = this.mark();
      this.skip++;
      this.targetPrefix(false);
      this.skip--;
      this.expect(Tok.COLON);
      this.skip++;
      this.test();
      this.skip--;
      if (this.accept(Tok.ASSIGN)) {
        if ((lx.tok as number) === Tok.KW_YIELD) this.yieldExpr();
        else this.exprList(false);
        const end = this.mark();
        this.reset(tm);
        this.assignTarget();
        this.reset(end);
      }
      return;
    }
    // target = [target = ...] value
    const targets: Mark[] = [];
    for (;;) {
      const m = this.mark();
      this.skip++;
      if ((lx.tok as number) === Tok.KW_YIELD) this.yieldExpr();
      else this.exprList(true);
      this.skip--;
      if ((lx.tok as number) === Tok.ASSIGN) {
        targets.push(m);
        lx.next();
        continue;
      }
      // m is the value
      this.reset(m);
      if ((lx.tok as number) === Tok.KW_YIELD) this.yieldExpr();
      else this.exprList(true);
      break;
    }
    const end = this.mark();
    for (let k = 0; k < targets.length; k++) {
      if (k < targets.length - 1) this.op(Op.DUP_TOP, 1);
      this.reset(targets[k]);
      this.assignTarget();
    }
    this.reset(end);
  }

  // Compiles a target list (possibly a tuple without parentheses) as stores of the value on
  // the stack; the lexer is at the target.
  assignTarget(): void {
    const r = this.targetItems(0);
    if (r !== null) this.targetStore(r);
  }

  // Compiles the items of a target list, the lexer at the first: `close` is the bracket that
  // ends the list, or 0 when the list ends the statement's target (`a, *b = x`). Returns the one
  // target left to store when there is no list, or null once the value is unpacked into the items.
  private targetItems(close: number): any[] | null {
    const lx = this.lx;
    const m = this.mark();
    const skipped = this.skip > 0;
    this.skip++;
    let n = 0,
      star = -1,
      comma = false;
    for (;;) {
      if ((lx.tok as number) === Tok.STAR) {
        if (star >= 0) this.err("multiple starred expressions in assignment");
        star = n;
        lx.next();
      }
      this.targetPrefix(false);
      n++;
      if ((lx.tok as number) !== Tok.COMMA) break;
      comma = true;
      lx.next();
      if (close ? (lx.tok as number) === close : this.atTargetEnd()) break;
    }
    this.skip--;
    if (close ? (lx.tok as number) !== close : !this.atTargetEnd()) this.err(close ? undefined : "can't assign to expression");
    const single = !comma && close !== Tok.RSQB;
    if (single && star >= 0) this.err("starred assignment target must be in a list or tuple");
    // inside a skipped target the pass above was the only one needed: a second pass at every
    // level of nesting would double the work with each level
    if (skipped) return single ? [3, 0] : null;
    this.reset(m);
    if (single) return this.targetPrefix(false);
    this.unpack(n, star);
    for (let k = 0; k < n; k++) {
      if ((lx.tok as number) === Tok.STAR) lx.next();
      this.targetStore(this.targetPrefix(false));
      if ((lx.tok as number) === Tok.COMMA) lx.next();
    }
    return null;
  }

  private atTargetEnd(): boolean {
    const t = (this.lx.tok as number);
    return t === Tok.ASSIGN || t === Tok.KW_IN || t === Tok.RPAR || t === Tok.RSQB || t === Tok.NEWLINE || t === Tok.SEMI || t === Tok.EOF || t === Tok.COLON || t === Tok.AUGASSIGN;
  }

  private unpack(n: number, star: number): void {
    if (star < 0) this.opArg(Op.UNPACK_SEQUENCE, n, n - 1);
    else this.opArg(Op.UNPACK_EX, star | ((n - star - 1) << 8), n - 1);
  }

  // Parses a single target up to its final part and emits the code that computes the object it
  // stores into. Returns what is left to do: [kind, arg]: 0 name (arg: name), 1 attribute
  // (arg: const), 2 subscript (key on the stack), 3 done (a nested tuple or list target).
  // With aug, also emits the load of the current value.
  targetPrefix(aug: boolean): any[] {
    const lx = this.lx;
    const t = (lx.tok as number);
    if ((t === Tok.LPAR || t === Tok.LSQB) && !aug) {
      // a parenthesized target list, unless the brackets are followed by a trailer
      const m = this.mark();
      this.skip++;
      this.atom();
      const trailer = (lx.tok as number) === Tok.DOT || (lx.tok as number) === Tok.LSQB || (lx.tok as number) === Tok.LPAR;
      this.skip--;
      this.reset(m);
      if (!trailer) {
        const close = t === Tok.LPAR ? Tok.RPAR : Tok.RSQB;
        lx.next();
        if ((lx.tok as number) === close) {
          lx.next();
          this.unpack(0, -1);
          return [3, 0];
        }
        const r = this.targetItems(close);
        this.expect(close);
        return r || [3, 0];
      }
    }
    if (t === Tok.NAME && !this.isTrailer(1)) {
      const name = lx.str;
      lx.next();
      if ((lx.tok as number) === Tok.DOT || (lx.tok as number) === Tok.LSQB || (lx.tok as number) === Tok.LPAR) {
        // not reached: isTrailer checked
      }
      if (aug) this.load(name);
      return [0, name];
    }
    // atom with trailers; the last trailer is the target
    this.atom();
    for (;;) {
      if ((lx.tok as number) === Tok.DOT) {
        lx.next();
        if ((lx.tok as number) !== Tok.NAME) this.err();
        const name = lx.str;
        lx.next();
        if (this.trailerNext()) {
          this.opArg(Op.LOAD_ATTR, this.qconst(name), 0);
          continue;
        }
        const k = this.skip ? 0 : this.qconst(name);
        if (aug) {
          this.op(Op.DUP_TOP, 1);
          this.opArg(Op.LOAD_ATTR, k, 0);
        }
        return [1, k];
      }
      if ((lx.tok as number) === Tok.LSQB) {
        lx.next();
        this.subscript();
        this.expect(Tok.RSQB);
        if (this.trailerNext()) {
          this.op(Op.LOAD_SUBSCR, -1);
          continue;
        }
        if (aug) {
          this.op(Op.DUP_TOP_TWO, 2);
          this.op(Op.LOAD_SUBSCR, -1);
        }
        return [2, 0];
      }
      if ((lx.tok as number) === Tok.LPAR) {
        lx.next();
        this.callArgs(0);
        if (!this.trailerNext()) this.err("can't assign to function call");
        continue;
      }
      this.err("can't assign to expression");
    }
  }

  private trailerNext(): boolean {
    const t = (this.lx.tok as number);
    return t === Tok.DOT || t === Tok.LSQB || t === Tok.LPAR;
  }

  // whether the token after the current one starts a trailer (only for NAME)
  private isTrailer(_n: number): boolean {
    const l = this.lx as any;
    const src: string = l.src;
    let p: number = l.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32 || c === 9) p++;
      else if (c === 92 && (src.charCodeAt(p + 1) === 10 || src.charCodeAt(p + 1) === 13)) p += 2;
      else if ((c === 10 || c === 13) && l.depth > 0) p++;
      else if (c === 35 && l.depth > 0) {
        while (p < src.length && src.charCodeAt(p) !== 10) p++;
      } else return c === 46 ? src.charCodeAt(p + 1) !== 46 : c === 91 || c === 40;
    }
  }

  targetStore(t: any[]): void {
    switch (t[0]) {
      case 0:
        this.store(t[1]);
        return;
      case 1:
        this.opArg(Op.STORE_ATTR, t[1], -2);
        return;
      case 2:
        this.op(Op.STORE_SUBSCR, -3);
        return;
    }
  }

  // after INPLACE_OP: the stack holds the prefix's objects under the new value
  targetStoreAug(t: any[]): void {
    switch (t[0]) {
      case 0:
        this.store(t[1]);
        return;
      case 1:
        this.op(Op.ROT_TWO, 0);
        this.opArg(Op.STORE_ATTR, t[1], -2);
        return;
      case 2:
        this.op(Op.ROT_THREE, 0);
        this.op(Op.STORE_SUBSCR, -3);
        return;
      default:
        this.err("illegal expression for augmented assignment");
    }
  }

  delTargets(): void {
    const lx = this.lx;
    for (;;) {
      this.delTarget();
      if ((lx.tok as number) !== Tok.COMMA) break;
      lx.next();
      if (this.atTargetEnd()) break;
    }
  }
  private delTarget(): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.LPAR || (lx.tok as number) === Tok.LSQB) {
      const m = this.mark();
      this.skip++;
      this.atom();
      const trailer = this.trailerNext();
      this.skip--;
      this.reset(m);
      if (!trailer) {
        const close = (lx.tok as number) === Tok.LPAR ? Tok.RPAR : Tok.RSQB;
        lx.next();
        while ((lx.tok as number) !== close) {
          this.delTarget();
          if (!this.accept(Tok.COMMA)) break;
        }
        this.expect(close);
        return;
      }
    }
    const t = this.targetPrefix(false);
    if (t[0] === 0) this.nameOp(Op.VAR_DELETE, t[1], 0);
    else if (t[0] === 1) this.opArg(Op.DELETE_ATTR, t[1], -1);
    else if (t[0] === 2) this.op(Op.DELETE_SUBSCR, -2);
  }

  ifStmt(): void {
    const lx = this.lx;
    lx.next();
    this.test();
    this.expect(Tok.COLON);
    let jf = this.opJump(Op.POP_JUMP_IF_FALSE, -1);
    this.block();
    const ends: number[] = [];
    for (;;) {
      if ((lx.tok as number) === Tok.KW_ELIF) {
        ends.push(this.opJump(Op.JUMP, 0));
        this.patchHere(jf);
        lx.next();
        this.test();
        this.expect(Tok.COLON);
        jf = this.opJump(Op.POP_JUMP_IF_FALSE, -1);
        this.block();
        continue;
      }
      if ((lx.tok as number) === Tok.KW_ELSE) {
        ends.push(this.opJump(Op.JUMP, 0));
        this.patchHere(jf);
        jf = -1;
        lx.next();
        this.expect(Tok.COLON);
        this.block();
      }
      break;
    }
    if (jf >= 0) this.patchHere(jf);
    for (let k = 0; k < ends.length; k++) this.patchHere(ends[k]);
  }

  whileStmt(): void {
    const lx = this.lx;
    lx.next();
    const start = this.here();
    this.test();
    this.expect(Tok.COLON);
    const jf = this.opJump(Op.POP_JUMP_IF_FALSE, -1);
    const loop: Loop = { start: start, breaks: [], blocks: this.sc.blocks, isFor: false };
    this.sc.loops.push(loop);
    this.block();
    this.opJumpTo(Op.JUMP, start, 0);
    this.sc.loops.pop();
    this.patchHere(jf);
    if ((lx.tok as number) === Tok.KW_ELSE) {
      lx.next();
      this.expect(Tok.COLON);
      this.block();
    }
    for (let k = 0; k < loop.breaks.length; k++) this.patchHere(loop.breaks[k]);
  }

  forStmt(isAsync: boolean): void {
    const lx = this.lx;
    if (isAsync) return this.asyncForStmt();
    lx.next();
    const tm = this.mark();
    this.skip++;
    this.assignTarget();
    this.skip--;
    this.expect(Tok.KW_IN);
    this.exprList(false);
    this.expect(Tok.COLON);
    this.op(Op.GET_ITER, 0);
    const start = this.here();
    const jend = this.opJump(Op.FOR_ITER, 1);
    const body = this.mark();
    this.reset(tm);
    this.assignTarget();
    this.reset(body);
    const loop: Loop = { start: start, breaks: [], blocks: this.sc.blocks, isFor: true };
    this.sc.loops.push(loop);
    this.block();
    this.opJumpTo(Op.JUMP, start, 0);
    this.sc.loops.pop();
    this.patchHere(jend);
    this.adj(-1);
    let jskip = -1;
    if ((lx.tok as number) === Tok.KW_ELSE) {
      lx.next();
      this.expect(Tok.COLON);
      this.block();
    }
    if (loop.breaks.length > 0) {
      jskip = this.opJump(Op.JUMP, 0);
      for (let k = 0; k < loop.breaks.length; k++) this.patchHere(loop.breaks[k]);
      this.op(Op.POP_TOP, 0);
      this.patchHere(jskip);
    }
  }

  // async for: each step awaits __anext__(); StopAsyncIteration ends the loop
  private asyncForStmt(): void {
    const lx = this.lx;
    const s = this.sc;
    lx.next();
    this.markGenerator();
    const tm = this.mark();
    this.skip++;
    this.assignTarget();
    this.skip--;
    this.expect(Tok.KW_IN);
    this.exprList(false);
    this.expect(Tok.COLON);
    this.op(Op.GET_AITER, 0);
    const start = this.here();
    const jh = this.opJump(Op.SETUP_EXCEPT, 0);
    this.blockPush();
    this.op(Op.GET_ANEXT, 1);
    this.op(Op.LOAD_NONE, 1);
    this.op(Op.YIELD_FROM, -1);
    this.op(Op.POP_BLOCK, 0);
    s.blocks--;
    const body = this.mark();
    this.reset(tm);
    this.assignTarget();
    this.reset(body);
    const loop: Loop = { start: start, breaks: [], blocks: s.blocks, isFor: true };
    s.loops.push(loop);
    this.block();
    this.opJumpTo(Op.JUMP, start, 0);
    s.loops.pop();
    // the handler: StopAsyncIteration ends the loop, anything else propagates
    this.patchHere(jh);
    this.adj(1);
    this.loadConst({ t: "v", v: tv(T.StopAsyncIteration) }, "vStopAsyncIteration");
    this.op(Op.EXC_MATCH, 0);
    const jr = this.opJump(Op.POP_JUMP_IF_FALSE, -1);
    this.op(Op.POP_EXCEPT, -1);
    this.op(Op.POP_TOP, -1);
    if ((lx.tok as number) === Tok.KW_ELSE) {
      lx.next();
      this.expect(Tok.COLON);
      this.block();
    }
    const jend = this.opJump(Op.JUMP, 0);
    this.patchHere(jr);
    this.opArg(Op.RAISE, 0, 0);
    if (loop.breaks.length > 0) {
      for (let k = 0; k < loop.breaks.length; k++) this.patchHere(loop.breaks[k]);
      this.op(Op.POP_TOP, 0);
    }
    this.patchHere(jend);
  }

  breakStmt(): void {
    const s = this.sc;
    const loop = s.loops[s.loops.length - 1];
    if (!loop) this.err("'break' outside loop");
    if (this.skip) return;
    const n = s.blocks - loop.blocks;
    if (n === 0) loop.breaks.push(this.opJump(Op.JUMP, 0));
    else {
      loop.breaks.push(this.opJump(Op.UNWIND_JUMP, 0));
      this.byte(n);
    }
  }

  continueStmt(): void {
    const s = this.sc;
    const loop = s.loops[s.loops.length - 1];
    if (!loop) this.err("'continue' not properly in loop");
    if (this.skip) return;
    const n = s.blocks - loop.blocks;
    if (n === 0) this.opJumpTo(Op.JUMP, loop.start, 0);
    else {
      this.opJumpTo(Op.UNWIND_JUMP, loop.start, 0);
      this.byte(n);
    }
  }

  returnStmt(): void {
    const lx = this.lx;
    if (this.sc.kind !== S_FUNC) this.err("'return' outside function");
    lx.next();
    if ((lx.tok as number) === Tok.NEWLINE || (lx.tok as number) === Tok.SEMI || (lx.tok as number) === Tok.EOF) this.op(Op.LOAD_NONE, 1);
    else this.exprList(false);
    this.op(Op.RETURN_VALUE, -1);
  }

  raiseStmt(): void {
    const lx = this.lx;
    lx.next();
    if ((lx.tok as number) === Tok.NEWLINE || (lx.tok as number) === Tok.SEMI || (lx.tok as number) === Tok.EOF) {
      this.opArg(Op.RAISE, 0, 0);
      return;
    }
    this.test();
    if (this.accept(Tok.KW_FROM)) {
      this.test();
      this.opArg(Op.RAISE, 2, -2);
    } else this.opArg(Op.RAISE, 1, -1);
  }

  globalStmt(): void {
    const lx = this.lx;
    const isGlobal = (lx.tok as number) === Tok.KW_GLOBAL;
    lx.next();
    for (;;) {
      if ((lx.tok as number) !== Tok.NAME) this.err();
      if (!this.skip && this.sc.kind !== S_MODULE) {
        const s = this.sc;
        const k = s.slot(lx.str);
        if (s.kind === S_FUNC && s.flags[k] & F_PARAM) this.err("name '" + lx.str + "' is parameter and " + (isGlobal ? "global" : "nonlocal"));
        s.flags[k] |= isGlobal ? F_GLOBAL : F_NONLOCAL;
      } else if (!isGlobal && this.sc.kind === S_MODULE) this.err("nonlocal declaration not allowed at module level");
      lx.next();
      if (!this.accept(Tok.COMMA)) break;
    }
  }

  assertStmt(): void {
    const lx = this.lx;
    const drop = optLevel > 0;
    lx.next();
    if (drop) this.skip++;
    this.test();
    const j = this.opJump(Op.POP_JUMP_IF_TRUE, -1);
    this.loadConst({ t: "v", v: tv(T.AssertionError) }, "vAssertionError");
    if (this.accept(Tok.COMMA)) {
      this.test();
      this.opArg(Op.CALL_FUNCTION, 1, -1);
    }
    this.opArg(Op.RAISE, 1, -1);
    this.patchHere(j);
    if (drop) this.skip--;
  }

  private dottedName(): string {
    const lx = this.lx;
    if ((lx.tok as number) !== Tok.NAME) this.err();
    let name = lx.str;
    lx.next();
    while ((lx.tok as number) === Tok.DOT) {
      lx.next();
      if ((lx.tok as number) !== Tok.NAME) this.err();
      name += "." + lx.str;
      lx.next();
    }
    return name;
  }

  importStmt(): void {
    const lx = this.lx;
    lx.next();
    for (;;) {
      const name = this.dottedName();
      this.loadInt(0);
      this.op(Op.LOAD_NONE, 1);
      this.opArg(Op.IMPORT_NAME, this.qconst(name), -1);
      if (this.accept(Tok.KW_AS)) {
        if ((lx.tok as number) !== Tok.NAME) this.err();
        const parts = name.split(".");
        for (let k = 1; k < parts.length; k++) this.opArg(Op.LOAD_ATTR, this.qconst(parts[k]), 0);
        this.store(lx.str);
        lx.next();
      } else this.store(name.split(".")[0]);
      if (!this.accept(Tok.COMMA)) break;
    }
  }

  fromStmt(): void {
    const lx = this.lx;
    lx.next();
    let level = 0;
    while ((lx.tok as number) === Tok.DOT || (lx.tok as number) === Tok.ELLIPSIS) {
      level += (lx.tok as number) === Tok.DOT ? 1 : 3;
      lx.next();
    }
    const name = (lx.tok as number) === Tok.NAME ? this.dottedName() : "";
    if (level === 0 && name === "") this.err();
    this.expect(Tok.KW_IMPORT);
    this.loadInt(level);
    if ((lx.tok as number) === Tok.STAR) {
      lx.next();
      this.loadConst({ t: "qt", items: ["*"] }, null);
      this.opArg(Op.IMPORT_NAME, this.qconst(name), -1);
      this.op(Op.IMPORT_STAR, -1);
      return;
    }
    const paren = this.accept(Tok.LPAR);
    const names: string[] = [];
    const asNames: string[] = [];
    for (;;) {
      if ((lx.tok as number) !== Tok.NAME) this.err();
      names.push(lx.str);
      lx.next();
      if (this.accept(Tok.KW_AS)) {
        if ((lx.tok as number) !== Tok.NAME) this.err();
        asNames.push(lx.str);
        lx.next();
      } else asNames.push(names[names.length - 1]);
      if (!this.accept(Tok.COMMA)) break;
      if (paren && (lx.tok as number) === Tok.RPAR) break;
    }
    if (paren) this.expect(Tok.RPAR);
    this.loadConst({ t: "qt", items: names }, null);
    this.opArg(Op.IMPORT_NAME, this.qconst(name), -1);
    for (let k = 0; k < names.length; k++) {
      this.opArg(Op.IMPORT_FROM, this.qconst(names[k]), 1);
      this.store(asNames[k]);
    }
    this.op(Op.POP_TOP, -1);
  }

  tryStmt(): void {
    const lx = this.lx;
    lx.next();
    this.expect(Tok.COLON);
    // look ahead: is there a finally clause? compile try/except inside try/finally
    const s = this.sc;
    const m = this.mark();
    this.skip++;
    this.block();
    let hasExcept = false;
    while ((lx.tok as number) === Tok.KW_EXCEPT) {
      hasExcept = true;
      lx.next();
      while ((lx.tok as number) !== Tok.COLON) {
        if ((lx.tok as number) === Tok.NEWLINE || (lx.tok as number) === Tok.EOF) this.err();
        this.test();
        if ((lx.tok as number) === Tok.KW_AS || (lx.tok as number) === Tok.COMMA) lx.next();
      }
      lx.next();
      this.block();
    }
    if ((lx.tok as number) === Tok.KW_ELSE) {
      if (!hasExcept) this.err();
      lx.next();
      lx.next();
      this.block();
    }
    const hasFinally = (lx.tok as number) === Tok.KW_FINALLY;
    if (!hasExcept && !hasFinally) this.err();
    this.skip--;
    this.reset(m);
    // the lexer's indentation stack moved on while skipping: it is restored by re-reading, since
    // block() pops exactly what it pushed
    let jfin = -1;
    if (hasFinally) {
      jfin = this.opJump(Op.SETUP_FINALLY, 0);
      this.blockPush();
    }
    if (hasExcept) this.tryExcept();
    else this.block();
    if (hasFinally) {
      if ((lx.tok as number) !== Tok.KW_FINALLY) this.err();
      lx.next();
      this.expect(Tok.COLON);
      this.op(Op.POP_BLOCK, 0);
      s.blocks--;
      this.op(Op.LOAD_NONE, 1);
      this.loadInt(Why.NONE);
      this.patchHere(jfin);
      this.block();
      this.op(Op.END_FINALLY, -2);
    }
  }

  private tryExcept(): void {
    const lx = this.lx;
    const s = this.sc;
    const jh = this.opJump(Op.SETUP_EXCEPT, 0);
    this.blockPush();
    this.block();
    this.op(Op.POP_BLOCK, 0);
    s.blocks--;
    const jelse = this.opJump(Op.JUMP, 0);
    this.patchHere(jh);
    // handler: the exception is on the stack, inside a HANDLER block
    this.adj(1);
    this.blockPush();
    const ends: number[] = [];
    let bare = 0; // the line of a bare except
    while ((lx.tok as number) === Tok.KW_EXCEPT) {
      const line = lx.tokLine;
      // the error names the line of the bare except, as CPython and MicroPython do
      if (bare) throw new PySyntaxError("default 'except:' must be last", bare, false);
      lx.next();
      let jnext = -1;
      let asName: string | null = null;
      if ((lx.tok as number) !== Tok.COLON) {
        this.test();
        this.op(Op.EXC_MATCH, 0);
        jnext = this.opJump(Op.POP_JUMP_IF_FALSE, -1);
        if (this.accept(Tok.KW_AS)) {
          if ((lx.tok as number) !== Tok.NAME) this.err();
          asName = lx.str;
          lx.next();
        }
      } else bare = line;
      this.expect(Tok.COLON);
      if (asName !== null) {
        this.op(Op.DUP_TOP, 1);
        this.store(asName);
        // the name is deleted when the handler ends, as in Python 3
        const jt = this.opJump(Op.SETUP_FINALLY, 0);
        this.blockPush();
        this.block();
        this.op(Op.POP_BLOCK, 0);
        s.blocks--;
        this.op(Op.LOAD_NONE, 1);
        this.loadInt(Why.NONE);
        this.patchHere(jt);
        this.op(Op.LOAD_NONE, 1);
        this.store(asName);
        this.nameOp(Op.VAR_DELETE, asName, 0);
        this.op(Op.END_FINALLY, -2);
      } else this.block();
      this.op(Op.POP_EXCEPT, 0);
      ends.push(this.opJump(Op.JUMP, 0));
      if (jnext >= 0) this.patchHere(jnext);
    }
    if (!bare) this.opArg(Op.RAISE, 0, 0);
    s.blocks--;
    this.adj(-1);
    this.patchHere(jelse);
    if ((lx.tok as number) === Tok.KW_ELSE) {
      lx.next();
      this.expect(Tok.COLON);
      this.block();
    }
    for (let k = 0; k < ends.length; k++) this.patchHere(ends[k]);
  }

  withStmt(isAsync: boolean): void {
    const lx = this.lx;
    lx.next();
    if (isAsync) this.markGenerator();
    this.withItems(isAsync);
  }
  private withItems(isAsync: boolean): void {
    const lx = this.lx;
    const s = this.sc;
    this.test();
    if (isAsync) {
      this.op(Op.ASYNC_WITH_ENTER, 1);
      this.op(Op.LOAD_NONE, 1);
      this.op(Op.YIELD_FROM, -1);
      if (this.accept(Tok.KW_AS)) this.targetStore(this.targetPrefix(false));
      else this.op(Op.POP_TOP, -1);
      const ja = this.opJump(Op.SETUP_FINALLY, 0);
      this.blockPush();
      if (this.accept(Tok.COMMA)) this.withItems(true);
      else {
        this.expect(Tok.COLON);
        this.block();
      }
      this.op(Op.POP_BLOCK, 0);
      s.blocks--;
      this.op(Op.LOAD_NONE, 1);
      this.loadInt(Why.NONE);
      this.patchHere(ja);
      this.op(Op.ASYNC_WITH_EXIT, 0);
      this.op(Op.LOAD_NONE, 1);
      this.op(Op.YIELD_FROM, -1);
      this.op(Op.ASYNC_WITH_DONE, -1);
      this.op(Op.END_FINALLY, -2);
      return;
    }
    const j = this.opJump(Op.SETUP_WITH, 1);
    this.blockPush();
    if (this.accept(Tok.KW_AS)) this.targetStore(this.targetPrefix(false));
    else this.op(Op.POP_TOP, -1);
    if (this.accept(Tok.COMMA)) this.withItems(false);
    else {
      this.expect(Tok.COLON);
      this.block();
    }
    this.op(Op.POP_BLOCK, 0);
    s.blocks--;
    this.op(Op.LOAD_NONE, 1);
    this.loadInt(Why.NONE);
    this.patchHere(j);
    this.op(Op.WITH_CLEANUP, -1);
    this.op(Op.END_FINALLY, -2);
  }

  decorated(): void {
    const lx = this.lx;
    let n = 0;
    while ((lx.tok as number) === Tok.AT) {
      lx.next();
      this.test();
      if ((lx.tok as number) !== Tok.NEWLINE) this.err();
      lx.next();
      n++;
    }
    if ((lx.tok as number) === Tok.KW_DEF) this.defStmt(n, false);
    else if ((lx.tok as number) === Tok.KW_CLASS) this.classStmt(n);
    else if ((lx.tok as number) === Tok.KW_ASYNC) {
      lx.next();
      this.defStmt(n, true);
    } else this.err();
  }

  defStmt(decorators: number, isAsync: boolean): void {
    const lx = this.lx;
    lx.next();
    if ((lx.tok as number) !== Tok.NAME) this.err();
    const name = lx.str;
    const line = lx.tokLine;
    lx.next();
    this.expect(Tok.LPAR);
    this.functionBody(name, line, Tok.RPAR, isAsync);
    for (let k = 0; k < decorators; k++) this.opArg(Op.CALL_FUNCTION, 1, -1);
    this.store(name);
  }

  // Parses parameters up to `close`, then the body (a block after ':' for def, an expression
  // for lambda), and emits MAKE_FUNCTION in the enclosing scope.
  functionBody(name: string, line: number, close: number, isAsync: boolean): void {
    const lx = this.lx;
    const outer = this.sc;
    const fs = new Scope(S_FUNC, outer, name, line);
    if (isAsync) fs.coflags |= CF.COROUTINE | CF.GENERATOR;
    const params: string[] = [];
    let ndefaults = 0,
      nkwdefaults = 0,
      sawStar = false;
    let varargs: string | null = null,
      varkw: string | null = null;
    while ((lx.tok as number) !== close) {
      if ((lx.tok as number) === Tok.STAR) {
        lx.next();
        if (sawStar) this.err();
        sawStar = true;
        if (ndefaults > 0) {
          this.opArg(Op.BUILD_TUPLE, ndefaults, 1 - ndefaults);
          ndefaults = -ndefaults; // built
        }
        if ((lx.tok as number) === Tok.NAME) {
          varargs = lx.str;
          lx.next();
          if (close === Tok.RPAR && this.accept(Tok.COLON)) this.skipAnnotation();
        }
      } else if ((lx.tok as number) === Tok.DSTAR) {
        lx.next();
        if ((lx.tok as number) !== Tok.NAME) this.err();
        varkw = lx.str;
        lx.next();
        if (close === Tok.RPAR && this.accept(Tok.COLON)) this.skipAnnotation();
      } else {
        if ((lx.tok as number) !== Tok.NAME || varkw !== null) this.err();
        const p = lx.str;
        for (let k = 0; k < params.length; k++) if (params[k] === p) this.err("duplicate argument '" + p + "' in function definition");
        params.push(p);
        lx.next();
        if (close === Tok.RPAR && this.accept(Tok.COLON)) this.skipAnnotation();
        if (this.accept(Tok.ASSIGN)) {
          if (sawStar) {
            this.loadStr(p);
            this.test();
            nkwdefaults++;
          } else {
            this.test();
            ndefaults++;
          }
        } else if (!sawStar && ndefaults > 0) this.err("non-default argument follows default argument");
        if (sawStar) fs.kwonly++;
        else fs.argcount++;
      }
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(close);
    if (ndefaults > 0) {
      this.opArg(Op.BUILD_TUPLE, ndefaults, 1 - ndefaults);
      ndefaults = -ndefaults;
    }
    let mflags = ndefaults < 0 ? 1 : 0;
    if (nkwdefaults > 0) {
      this.opArg(Op.BUILD_MAP, nkwdefaults, 1 - 2 * nkwdefaults);
      mflags |= 2;
    }
    for (let k = 0; k < params.length; k++) fs.flags[fs.slot(params[k])] |= F_PARAM | F_ASSIGN;
    if (varargs !== null) {
      fs.coflags |= CF.VARARGS;
      fs.flags[fs.slot(varargs)] |= F_PARAM | F_ASSIGN;
    }
    if (varkw !== null) {
      fs.coflags |= CF.VARKW;
      fs.flags[fs.slot(varkw)] |= F_PARAM | F_ASSIGN;
    }
    // kwonly params must follow the positional ones and *args in slot order
    if (fs.kwonly > 0 && varargs !== null) {
      // slots were assigned positional, kwonly, then varargs: reorder so varargs precedes kwonly
      this.reorderVarargs(fs, params, varargs);
    }
    this.sc = fs;
    this.fnest++;
    if (close === Tok.RPAR) {
      if (this.accept(Tok.ARROW)) this.skipAnnotation();
      this.expect(Tok.COLON);
      this.block();
      this.op(Op.LOAD_NONE, 1);
      this.op(Op.RETURN_VALUE, -1);
    } else {
      fs.coflags |= CF.LAMBDA;
      this.test();
      this.op(Op.RETURN_VALUE, -1);
    }
    this.fnest--;
    this.sc = outer;
    this.finishChild(fs, mflags);
  }

  private reorderVarargs(fs: Scope, params: string[], varargs: string): void {
    // rebuild the name table: positional params, *args, keyword-only params, **kwargs
    const np = fs.argcount;
    const order = params.slice(0, np).concat([varargs], params.slice(np));
    const rest = fs.names.filter(function (n) {
      return order.indexOf(n) < 0;
    });
    const all = order.concat(rest);
    const flags: number[] = [];
    const idx: { [k: string]: number } = {};
    for (let k = 0; k < all.length; k++) {
      flags.push(fs.flags[fs.nameIdx["$" + all[k]]]);
      idx["$" + all[k]] = k;
    }
    fs.names = all;
    fs.flags = flags;
    fs.nameIdx = idx;
  }

  private skipAnnotation(): void {
    this.skip++;
    this.test();
    this.skip--;
  }

  // A child scope is complete: emit MAKE_FUNCTION for it in the current scope.
  finishChild(fs: Scope, mflags: number): void {
    if (this.skip) return;
    (fs as any).madeAt = this.sc.len;
    this.sc.children.push(fs);
    const k = this.constIdx({ t: "code", f: fs }, null);
    this.opArg(Op.MAKE_FUNCTION, k, 1 - ((mflags & 1) + ((mflags >> 1) & 1)));
    this.byte(mflags);
  }

  classStmt(decorators: number): void {
    const lx = this.lx;
    lx.next();
    if ((lx.tok as number) !== Tok.NAME) this.err();
    const name = lx.str;
    const line = lx.tokLine;
    lx.next();
    const outer = this.sc;
    const cs = new Scope(S_CLASS, outer, name, line);
    cs.coflags = CF.CLASSBODY;
    // the body is compiled first in source order, but BUILD_CLASS wants the function, then the
    // name and bases: the bases are compiled after the body by coming back to them
    let basesMark: Mark | null = null;
    if ((lx.tok as number) === Tok.LPAR) {
      basesMark = this.mark();
      this.skip++;
      lx.next();
      this.callArgs(0);
      this.skip--;
    }
    this.expect(Tok.COLON);
    this.sc = cs;
    this.load("__name__");
    this.store("__module__");
    this.loadStr(name);
    this.store("__qualname__");
    this.block();
    this.op(Op.LOAD_NONE, 1);
    this.op(Op.RETURN_VALUE, -1);
    this.sc = outer;
    const end = this.mark();
    this.finishChild(cs, 0);
    this.loadStr(name);
    if (basesMark !== null) {
      this.reset(basesMark);
      lx.next();
      this.classArgs();
    } else {
      this.opArg(Op.BUILD_TUPLE, 0, 1);
      this.op(Op.LOAD_NULL, 1);
    }
    this.op(Op.BUILD_CLASS, -3);
    this.reset(end);
    for (let k = 0; k < decorators; k++) this.opArg(Op.CALL_FUNCTION, 1, -1);
    this.store(name);
  }

  // bases and keywords of a class statement: a bases tuple and a kwargs dict (or NULL)
  private classArgs(): void {
    const lx = this.lx;
    let n = 0,
      nkw = 0;
    const kwm: Mark[] = [];
    while ((lx.tok as number) !== Tok.RPAR) {
      if ((lx.tok as number) === Tok.NAME && this.peekAssign()) {
        kwm.push(this.mark());
        this.skip++;
        lx.next();
        lx.next();
        this.test();
        this.skip--;
        nkw++;
      } else {
        this.test();
        n++;
      }
      if (!this.accept(Tok.COMMA)) break;
    }
    const end = this.mark();
    this.opArg(Op.BUILD_TUPLE, n, 1 - n);
    if (nkw === 0) this.op(Op.LOAD_NULL, 1);
    else {
      for (let k = 0; k < kwm.length; k++) {
        this.reset(kwm[k]);
        this.loadStr(lx.str);
        lx.next();
        lx.next();
        this.test();
      }
      this.opArg(Op.BUILD_MAP, nkw, 1 - 2 * nkw);
    }
    this.reset(end);
    this.expect(Tok.RPAR);
  }

  // whether NAME is followed by '=' (a keyword argument)
  private peekAssign(): boolean {
    const l = this.lx as any;
    const src: string = l.src;
    let p: number = l.pos;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else if (c === 92) p++;
      else return c === 61 && src.charCodeAt(p + 1) !== 61;
    }
  }

  // ---- expressions ----

  // expression list: a tuple when there is a comma (or a starred item)
  exprList(allowStar: boolean): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.STAR && allowStar) {
      this.starredTuple(Tok.EOF, 0);
      return;
    }
    this.namedTest();
    if ((lx.tok as number) !== Tok.COMMA) return;
    let n = 1;
    while ((lx.tok as number) === Tok.COMMA) {
      lx.next();
      if (this.exprEnd()) break;
      if ((lx.tok as number) === Tok.STAR) {
        this.starredTuple(Tok.EOF, n);
        return;
      }
      this.namedTest();
      n++;
    }
    this.opArg(Op.BUILD_TUPLE, n, 1 - n);
  }

  private exprEnd(): boolean {
    const t = (this.lx.tok as number);
    return t === Tok.NEWLINE || t === Tok.EOF || t === Tok.SEMI || t === Tok.ASSIGN || t === Tok.RPAR || t === Tok.RSQB || t === Tok.RBRACE || t === Tok.COLON || t === Tok.KW_IN || t === Tok.AUGASSIGN;
  }

  // the rest of a display with starred items, as a list built up then converted:
  // n items are already on the stack
  private starredTuple(close: number, n: number): void {
    const lx = this.lx;
    this.opArg(Op.BUILD_LIST, n, 1 - n);
    // `*a` alone is a tuple only with a comma after it (and always inside a list display)
    const lone = n === 0 && close !== Tok.RSQB;
    for (;;) {
      if ((lx.tok as number) === Tok.STAR) {
        lx.next();
        this.expr();
        this.opArg(Op.LIST_EXTEND, 1, -1);
      } else {
        this.namedTest();
        this.opArg(Op.LIST_APPEND, 1, -1);
      }
      if ((lx.tok as number) !== Tok.COMMA) {
        if (lone && n === 0) this.err("can't use starred expression here");
        break;
      }
      n++;
      lx.next();
      if ((lx.tok as number) === close || this.exprEnd()) break;
    }
    if (close !== Tok.RSQB) this.op(Op.LIST_TO_TUPLE, 0);
  }

  namedTest(): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.NAME && this.peekWalrus()) {
      const name = lx.str;
      lx.next();
      lx.next();
      this.test();
      this.op(Op.DUP_TOP, 1);
      // in a comprehension, := binds in the enclosing function (or module)
      if (!this.skip && this.sc.isComp) {
        let e = this.sc;
        while (e.isComp && e.parent) {
          e.flags[e.slot(name)] |= F_NONLOCAL;
          e = e.parent;
        }
        if (e.kind === S_MODULE) {
          let c = this.sc;
          while (c.isComp) {
            const k = c.slot(name);
            c.flags[k] = (c.flags[k] & ~F_NONLOCAL) | F_GLOBAL;
            c = c.parent as Scope;
          }
        } else e.flags[e.slot(name)] |= F_ASSIGN;
      }
      this.store(name);
      return;
    }
    this.test();
  }
  private peekWalrus(): boolean {
    const l = this.lx as any;
    const src: string = l.src;
    let p: number = l.pos;
    while (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9) p++;
    return src.charCodeAt(p) === 58 && src.charCodeAt(p + 1) === 61;
  }

  test(): void {
    const lx = this.lx;
    // a if c else b: c is compiled first, then a, then b; a's code, compiled before the 'if'
    // was seen, is dropped and compiled again in its place. A chain of them (b is another one)
    // is compiled in this loop, not by recursion.
    const ends: number[] = [];
    for (;;) {
      if ((lx.tok as number) === Tok.KW_LAMBDA) {
        const line = lx.tokLine;
        lx.next();
        this.deeper();
        this.functionBody("<lambda>", line, Tok.COLON, false);
        this.nest--;
        break;
      }
      const m = this.mark();
      const pos0 = this.here();
      const d0 = this.sc.depth;
      this.orTest();
      if ((lx.tok as number) !== Tok.KW_IF) break;
      this.truncate(pos0, d0);
      lx.next();
      this.orTest();
      const jf = this.opJump(Op.POP_JUMP_IF_FALSE, -1);
      const elseMark = this.mark();
      this.reset(m);
      this.orTest();
      this.reset(elseMark);
      this.expect(Tok.KW_ELSE);
      ends.push(this.opJump(Op.JUMP, 0));
      this.adj(-1);
      this.patchHere(jf);
    }
    for (let k = 0; k < ends.length; k++) this.patchHere(ends[k]);
  }

  orTest(): void {
    this.boolChain(Tok.KW_OR);
  }

  andTest(): void {
    this.boolChain(Tok.KW_AND);
  }

  // a or b or ...; a and b and ...: each operand jumps to the end when it decides the result
  private boolChain(kw: number): void {
    const isOr = kw === Tok.KW_OR;
    if (isOr) this.andTest();
    else this.notTest();
    if ((this.lx.tok as number) !== kw) return;
    const js: number[] = [];
    while ((this.lx.tok as number) === kw) {
      this.lx.next();
      js.push(this.opJump(isOr ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP, -1));
      if (isOr) this.andTest();
      else this.notTest();
    }
    for (let k = 0; k < js.length; k++) this.patchHere(js[k]);
  }

  notTest(): void {
    if ((this.lx.tok as number) === Tok.KW_NOT) {
      this.lx.next();
      this.deeper();
      this.notTest();
      this.nest--;
      this.opArg(Op.UNARY_OP, UnOp.NOT, 0);
      return;
    }
    this.comparison();
  }

  private cmpOp(): number {
    const lx = this.lx;
    switch ((lx.tok as number)) {
      case Tok.LT:
        return CmpOp.LT;
      case Tok.LE:
        return CmpOp.LE;
      case Tok.GT:
        return CmpOp.GT;
      case Tok.GE:
        return CmpOp.GE;
      case Tok.EQ:
        return CmpOp.EQ;
      case Tok.NE:
        return CmpOp.NE;
      case Tok.KW_IN:
        return CmpOp.IN;
      case Tok.KW_NOT:
        return CmpOp.NOT_IN;
      case Tok.KW_IS:
        return CmpOp.IS;
    }
    return -1;
  }

  comparison(): void {
    const lx = this.lx;
    this.expr();
    let op = this.cmpOp();
    if (op < 0) return;
    const cleanups: number[] = [];
    for (;;) {
      lx.next();
      if (op === CmpOp.NOT_IN) this.expect(Tok.KW_IN);
      else if (op === CmpOp.IS && this.accept(Tok.KW_NOT)) op = CmpOp.IS_NOT;
      this.expr();
      const next = this.cmpOp();
      if (next >= 0) {
        this.op(Op.DUP_TOP, 1);
        this.op(Op.ROT_THREE, 0);
        this.opArg(Op.COMPARE_OP, op, -1);
        cleanups.push(this.opJump(Op.JUMP_IF_FALSE_OR_POP, -1));
        op = next;
        continue;
      }
      this.opArg(Op.COMPARE_OP, op, -1);
      break;
    }
    if (cleanups.length > 0) {
      const jend = this.opJump(Op.JUMP, 0);
      for (let k = 0; k < cleanups.length; k++) this.patchHere(cleanups[k]);
      this.op(Op.ROT_TWO, 0);
      this.op(Op.POP_TOP, -1);
      this.patchHere(jend);
    }
  }

  expr(): void {
    this.binary(1);
  }

  private binary(minPrec: number): void {
    const lx = this.lx;
    this.unary();
    for (;;) {
      const p = BINOP_PREC[(lx.tok as number)];
      if (p === undefined || p < minPrec) return;
      const op = BINOP_CODE[(lx.tok as number)];
      lx.next();
      this.binary(p + 1);
      this.opArg(Op.BINARY_OP, op, -1);
    }
  }

  private unary(): void {
    const lx = this.lx;
    const t = (lx.tok as number);
    if (t === Tok.MINUS || t === Tok.PLUS || t === Tok.TILDE) {
      lx.next();
      // fold -<int literal> so that the most negative small ints stay constants
      if (t === Tok.MINUS && ((lx.tok as number) === Tok.INT || (lx.tok as number) === Tok.FLOAT) && !this.powerFollows()) {
        this.number(true);
        this.trailers();
        return;
      }
      this.deeper();
      this.unary();
      this.nest--;
      this.opArg(Op.UNARY_OP, t === Tok.MINUS ? UnOp.NEG : t === Tok.PLUS ? UnOp.POS : UnOp.INVERT, 0);
      return;
    }
    this.power();
  }

  // after a number token: is it followed by ** (then -2**2 is -(2**2))
  private powerFollows(): boolean {
    const l = this.lx as any;
    const src: string = l.src;
    let p: number = l.pos;
    while (src.charCodeAt(p) === 32) p++;
    const c = src.charCodeAt(p);
    return (c === 42 && src.charCodeAt(p + 1) === 42) || c === 46 || c === 91 || c === 40;
  }

  private power(): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.KW_AWAIT) {
      lx.next();
      this.deeper();
      this.power();
      this.nest--;
      this.op(Op.GET_AWAITABLE, 0);
      this.op(Op.LOAD_NONE, 1);
      this.op(Op.YIELD_FROM, -1);
      this.markGenerator();
      return;
    }
    // brackets, calls, subscripts and ** nest through here
    this.deeper();
    this.atom();
    this.trailers();
    if ((lx.tok as number) === Tok.DSTAR) {
      lx.next();
      this.unary();
      this.opArg(Op.BINARY_OP, BinOp.POW, -1);
    }
    this.nest--;
  }

  private trailers(): void {
    const lx = this.lx;
    for (;;) {
      const t = (lx.tok as number);
      if (t === Tok.DOT) {
        lx.next();
        if ((lx.tok as number) !== Tok.NAME) this.err();
        const name = lx.str;
        lx.next();
        if ((lx.tok as number) === Tok.LPAR) {
          lx.next();
          if (this.callHasStar()) {
            this.opArg(Op.LOAD_ATTR, this.skip ? 0 : this.qconst(name), 0);
            this.callArgs(0);
          } else {
            this.opArg(Op.LOAD_METHOD, this.skip ? 0 : this.qconst(name), 1);
            this.callArgs(1);
          }
        } else this.opArg(Op.LOAD_ATTR, this.skip ? 0 : this.qconst(name), 0);
      } else if (t === Tok.LPAR) {
        lx.next();
        this.callArgs(0);
      } else if (t === Tok.LSQB) {
        lx.next();
        this.subscript();
        this.expect(Tok.RSQB);
        this.op(Op.LOAD_SUBSCR, -1);
      } else return;
    }
  }

  // subscript: expression, slice, or tuple of them
  private subscript(): void {
    const lx = this.lx;
    let n = 0;
    for (;;) {
      this.sliceItem();
      n++;
      if ((lx.tok as number) !== Tok.COMMA) break;
      lx.next();
      if ((lx.tok as number) === Tok.RSQB) break;
    }
    if (n > 1 || (n === 1 && (this.lx as any).src.charCodeAt((this.lx as any).pos - 2) === 44 && false)) this.opArg(Op.BUILD_TUPLE, n, 1 - n);
  }
  private sliceItem(): void {
    const lx = this.lx;
    if ((lx.tok as number) !== Tok.COLON) {
      if ((lx.tok as number) === Tok.STAR) {
        lx.next();
      }
      this.namedTest();
      if ((lx.tok as number) !== Tok.COLON) return;
    } else this.op(Op.LOAD_NONE, 1);
    lx.next();
    if ((lx.tok as number) === Tok.COLON || (lx.tok as number) === Tok.RSQB || (lx.tok as number) === Tok.COMMA) this.op(Op.LOAD_NONE, 1);
    else this.test();
    if ((lx.tok as number) === Tok.COLON) {
      lx.next();
      if ((lx.tok as number) === Tok.RSQB || (lx.tok as number) === Tok.COMMA) this.op(Op.LOAD_NONE, 1);
      else this.test();
      this.opArg(Op.BUILD_SLICE, 3, -2);
    } else this.opArg(Op.BUILD_SLICE, 2, -1);
  }

  // Arguments of a call, after '('; `self` is 1 for a method call (LOAD_METHOD pushed two).
  callArgs(self: number): void {
    const lx = this.lx;
    let npos = 0,
      nkw = 0;
    let ex = false; // uses * or **: build a tuple and a dict instead
    ex = this.callHasStar();
    if (ex) {
      this.callArgsEx(self);
      return;
    }
    while ((lx.tok as number) !== Tok.RPAR) {
      if ((lx.tok as number) === Tok.NAME && this.peekAssign()) {
        this.loadStr(lx.str);
        lx.next();
        lx.next();
        this.test();
        nkw++;
      } else {
        if (nkw > 0) this.err("positional argument follows keyword argument");
        const m = this.mark();
        const pos0 = this.here();
        const d0 = this.sc.depth;
        this.namedTest();
        if ((lx.tok as number) === Tok.KW_FOR) {
          // a generator expression as the sole argument: compile the element again, inside it
          if (npos > 0 || nkw > 0) this.err("Generator expression must be parenthesized");
          this.truncate(pos0, d0);
          this.reset(m);
          this.comprehension(3, Tok.RPAR, false);
          if ((lx.tok as number) !== Tok.RPAR) this.err("Generator expression must be parenthesized");
        }
        npos++;
      }
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RPAR);
    if (npos > 255 || nkw > 255) this.err("too many arguments");
    this.opArg(self ? Op.CALL_METHOD : Op.CALL_FUNCTION, npos | (nkw << 8), -(npos + 2 * nkw + self));
  }

  // whether the call arguments ahead (after '(') contain a * or ** argument
  private callHasStar(): boolean {
    const lx = this.lx;
    const m = this.mark();
    let depth = 0;
    let ex = false;
    let argStart = true;
    for (;;) {
      const t = lx.tok as number;
      if (t === Tok.EOF) break;
      if (depth === 0 && argStart && (t === Tok.STAR || t === Tok.DSTAR)) {
        ex = true;
        break;
      }
      argStart = depth === 0 && t === Tok.COMMA;
      if (t === Tok.LPAR || t === Tok.LSQB || t === Tok.LBRACE) depth++;
      else if (t === Tok.RPAR || t === Tok.RSQB || t === Tok.RBRACE) {
        if (depth === 0) break;
        depth--;
      }
      lx.next();
    }
    this.reset(m);
    return ex;
  }

  private callArgsEx(self: number): void {
    const lx = this.lx;
    // positional arguments into a list, keywords into a dict
    if (self) this.err("internal: method call with *args");
    this.opArg(Op.BUILD_LIST, 0, 1);
    let haveDict = false,
      dstar = false;
    while ((lx.tok as number) !== Tok.RPAR) {
      if ((lx.tok as number) === Tok.STAR) {
        if (dstar) this.err("iterable argument unpacking follows keyword argument unpacking");
        lx.next();
        this.test();
        // the list is under the keywords' dict once there is one
        this.opArg(Op.LIST_EXTEND, haveDict ? 2 : 1, -1);
      } else if ((lx.tok as number) === Tok.DSTAR) {
        lx.next();
        dstar = true;
        if (!haveDict) {
          this.opArg(Op.BUILD_MAP, 0, 1);
          haveDict = true;
        }
        this.test();
        this.opArg(Op.DICT_UPDATE, 1, -1);
      } else if ((lx.tok as number) === Tok.NAME && this.peekAssign()) {
        if (!haveDict) {
          this.opArg(Op.BUILD_MAP, 0, 1);
          haveDict = true;
        }
        this.loadStr(lx.str);
        lx.next();
        lx.next();
        this.test();
        this.opArg(Op.MAP_ADD, 1, -2);
      } else {
        if (haveDict) this.err(dstar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        this.test();
        this.opArg(Op.LIST_APPEND, 1, -1);
      }
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RPAR);
    if (!haveDict) this.op(Op.LOAD_NULL, 1);
    this.op(Op.CALL_FUNCTION_EX, -2);
  }

  yieldExpr(): void {
    const lx = this.lx;
    lx.next();
    this.markGenerator();
    if (this.accept(Tok.KW_FROM)) {
      this.test();
      this.op(Op.GET_ITER, 0);
      this.op(Op.LOAD_NONE, 1);
      this.op(Op.YIELD_FROM, -1);
      return;
    }
    if (this.exprEnd()) this.op(Op.LOAD_NONE, 1);
    else this.exprList(false);
    this.op(Op.YIELD_VALUE, 0);
  }

  private markGenerator(): void {
    const s = this.sc;
    if (this.skip) return;
    if (s.kind !== S_FUNC) this.err("'yield' outside function");
    s.coflags |= CF.GENERATOR;
  }

  atom(): void {
    const lx = this.lx;
    const t = (lx.tok as number);
    switch (t) {
      case Tok.NAME:
        this.load(lx.str);
        lx.next();
        return;
      case Tok.INT:
      case Tok.FLOAT:
      case Tok.IMAG:
        this.number(false);
        return;
      case Tok.STR:
      case Tok.FSTR:
      case Tok.BYTES:
        this.strings();
        return;
      case Tok.KW_NONE:
        lx.next();
        this.op(Op.LOAD_NONE, 1);
        return;
      case Tok.KW_TRUE:
        lx.next();
        this.op(Op.LOAD_TRUE, 1);
        return;
      case Tok.KW_FALSE:
        lx.next();
        this.op(Op.LOAD_FALSE, 1);
        return;
      case Tok.ELLIPSIS:
        lx.next();
        this.loadConst({ t: "v", v: 28 }, "vEllipsis");
        return;
      case Tok.LPAR:
        lx.next();
        if ((lx.tok as number) === Tok.RPAR) {
          lx.next();
          this.opArg(Op.BUILD_TUPLE, 0, 1);
          return;
        }
        if ((lx.tok as number) === Tok.KW_YIELD) {
          this.yieldExpr();
          this.expect(Tok.RPAR);
          return;
        }
        this.parenContents();
        return;
      case Tok.LSQB:
        lx.next();
        this.listDisplay();
        return;
      case Tok.LBRACE:
        lx.next();
        this.dictDisplay();
        return;
    }
    this.err();
  }

  private parenContents(): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.STAR) {
      this.starredTuple(Tok.RPAR, 0);
      this.expect(Tok.RPAR);
      return;
    }
    const m = this.mark();
    const pos0 = this.here();
    const d0 = this.sc.depth;
    this.namedTest();
    if ((lx.tok as number) === Tok.KW_FOR) {
      this.truncate(pos0, d0);
      this.reset(m);
      this.comprehension(3, Tok.RPAR, true);
      return;
    }
    if ((lx.tok as number) === Tok.RPAR) {
      lx.next();
      return;
    }
    let n = 1;
    while (this.accept(Tok.COMMA)) {
      if ((lx.tok as number) === Tok.RPAR) break;
      if ((lx.tok as number) === Tok.STAR) {
        this.starredTuple(Tok.RPAR, n);
        this.expect(Tok.RPAR);
        return;
      }
      this.namedTest();
      n++;
    }
    this.expect(Tok.RPAR);
    this.opArg(Op.BUILD_TUPLE, n, 1 - n);
  }

  private dropPatches(pos: number): void {
    const s = this.sc;
    while (s.patches.length > 0 && s.patches[s.patches.length - 1] >= pos) s.patches.pop();
    while (s.lines.length > 0 && s.lines[s.lines.length - 2] >= pos) {
      s.lines.length -= 2;
      s.lastLine = -1;
    }
    while (s.children.length > 0) {
      const c = s.children[s.children.length - 1];
      // children made by the dropped code: their MAKE_FUNCTION was at or after pos
      if ((c as any).madeAt >= pos) s.children.pop();
      else break;
    }
  }

  private listDisplay(): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.RSQB) {
      lx.next();
      this.opArg(Op.BUILD_LIST, 0, 1);
      return;
    }
    let n = 0;
    while ((lx.tok as number) !== Tok.RSQB) {
      if ((lx.tok as number) === Tok.STAR) {
        this.starredTuple(Tok.RSQB, n);
        this.expect(Tok.RSQB);
        return;
      }
      // the first item is compiled once; only a comprehension, seen after it, compiles it again
      const m = this.mark();
      const pos0 = this.here();
      const d0 = this.sc.depth;
      this.namedTest();
      if (n === 0 && (lx.tok as number) === Tok.KW_FOR) {
        this.truncate(pos0, d0);
        this.reset(m);
        this.comprehension(0, Tok.RSQB, true);
        return;
      }
      n++;
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RSQB);
    this.opArg(Op.BUILD_LIST, n, 1 - n);
  }

  // {...}: a dict or a set, told by what follows the first item, which is compiled once: the
  // BUILD_MAP made first becomes BUILD_SET for a set, and only a comprehension (seen after its
  // element) compiles the element again
  private dictDisplay(): void {
    const lx = this.lx;
    const m = this.mark();
    const pos0 = this.here();
    const d0 = this.sc.depth;
    this.opArg(Op.BUILD_MAP, 0, 1);
    let isDict = (lx.tok as number) === Tok.RBRACE || (lx.tok as number) === Tok.DSTAR;
    let first = !isDict && (lx.tok as number) !== Tok.STAR;
    // the code byte at pos0 becomes BUILD_SET once the display is known to be a set
    if (!isDict && !first && !this.skip) this.sc.code[pos0] = Op.BUILD_SET;
    while ((lx.tok as number) !== Tok.RBRACE) {
      if (this.accept(Tok.DSTAR)) {
        if (!isDict) this.err();
        this.expr();
        this.opArg(Op.DICT_UPDATE, 1, -1);
      } else if (this.accept(Tok.STAR)) {
        if (isDict) this.err();
        this.expr();
        this.opArg(Op.SET_UPDATE, 1, -1);
      } else {
        this.namedTest();
        const colon = (lx.tok as number) === Tok.COLON;
        if (first) {
          isDict = colon;
          if (colon) {
            lx.next();
            this.test();
          }
          if ((lx.tok as number) === Tok.KW_FOR) {
            this.truncate(pos0, d0);
            this.reset(m);
            this.comprehension(isDict ? 2 : 1, Tok.RBRACE, true);
            return;
          }
          if (!isDict && !this.skip) this.sc.code[pos0] = Op.BUILD_SET;
        } else if (isDict) {
          this.expect(Tok.COLON);
          this.test();
        } else if (colon) this.err();
        this.opArg(isDict ? Op.MAP_ADD : Op.SET_ADD, 1, isDict ? -2 : -1);
      }
      first = false;
      if (!this.accept(Tok.COMMA)) break;
    }
    this.expect(Tok.RBRACE);
  }

  // drops the code emitted since pos (compiled before knowing what it was)
  private truncate(pos: number, depth: number): void {
    if (this.skip) return;
    this.sc.len = pos;
    this.sc.depth = depth;
    this.dropPatches(pos);
  }

  // kind: 0 list, 1 set, 2 dict, 3 generator. The lexer is at the element.
  comprehension(kind: number, close: number, consume: boolean): void {
    const lx = this.lx;
    if (this.skip > 0) {
      // only finding its end: one pass, or the passes below would double at each level of nesting
      this.namedTest();
      if (kind === 2) {
        this.expect(Tok.COLON);
        this.test();
      }
      if ((lx.tok as number) !== Tok.KW_FOR) this.err();
      for (;;) {
        if (this.accept(Tok.KW_FOR)) {
          this.assignTarget();
          this.expect(Tok.KW_IN);
          this.orTest();
        } else if (this.accept(Tok.KW_IF)) this.orTestNoCond();
        else break;
      }
      if ((lx.tok as number) !== close) this.err();
      if (consume) lx.next();
      return;
    }
    const elt = this.mark();
    this.skip++;
    this.namedTest();
    if (kind === 2) {
      this.expect(Tok.COLON);
      this.test();
    }
    this.skip--;
    // first for clause: its iterable is evaluated in the enclosing scope
    this.expect(Tok.KW_FOR);
    const tgt = this.mark();
    this.skip++;
    this.assignTarget();
    this.skip--;
    this.expect(Tok.KW_IN);
    const line = lx.tokLine;
    const outer = this.sc;
    const names = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"];
    const cs = new Scope(S_FUNC, outer, names[kind], line);
    cs.coflags = CF.LAMBDA | (kind === 3 ? CF.GENERATOR : 0);
    cs.isComp = true;
    cs.argcount = 1;
    cs.flags[cs.slot(".0")] |= F_PARAM | F_ASSIGN;
    // the iterable, compiled in the enclosing scope, is the function's argument; compile it after
    // MAKE_FUNCTION so the stack order is function, iterator
    const iterMark = this.mark();
    this.skip++;
    this.orTest();
    this.skip--;
    const afterIter = this.mark();
    // body of the comprehension function
    this.sc = cs;
    if (kind < 3) this.opArg(kind === 0 ? Op.BUILD_LIST : kind === 1 ? Op.BUILD_SET : Op.BUILD_MAP, 0, 1);
    this.load(".0");
    const loops: number[][] = [];
    let start = this.here();
    let jend = this.opJump(Op.FOR_ITER, 1);
    loops.push([start, jend]);
    this.reset(tgt);
    this.assignTarget();
    this.reset(afterIter);
    let depth = 2; // list, iterator
    const conds: number[] = [];
    for (;;) {
      if ((lx.tok as number) === Tok.KW_FOR) {
        lx.next();
        const t2 = this.mark();
        this.skip++;
        this.assignTarget();
        this.skip--;
        this.expect(Tok.KW_IN);
        this.orTest();
        this.op(Op.GET_ITER, 0);
        start = this.here();
        jend = this.opJump(Op.FOR_ITER, 1);
        loops.push([start, jend]);
        const after = this.mark();
        this.reset(t2);
        this.assignTarget();
        this.reset(after);
        depth++;
      } else if ((lx.tok as number) === Tok.KW_IF) {
        lx.next();
        this.orTestNoCond();
        conds.push(this.opJump(Op.POP_JUMP_IF_FALSE, -1));
        // a failed condition continues the innermost loop
        (conds as any)["loop" + (conds.length - 1)] = loops.length - 1;
      } else break;
    }
    if ((lx.tok as number) !== close) this.err();
    const end = this.mark();
    this.reset(elt);
    if (kind === 2) {
      this.test();
      this.expect(Tok.COLON);
      this.test();
      this.opArg(Op.MAP_ADD, depth, -2);
    } else {
      this.namedTest();
      if (kind === 3) {
        this.op(Op.YIELD_VALUE, 0);
        this.op(Op.POP_TOP, -1);
      } else this.opArg(kind === 0 ? Op.LIST_APPEND : Op.SET_ADD, depth, -1);
    }
    // close loops innermost first; conditions jump to their loop's continue point
    for (let k = loops.length - 1; k >= 0; k--) {
      for (let c = 0; c < conds.length; c++) {
        if ((conds as any)["loop" + c] === k) this.patchTo(conds[c], loops[k][0]);
      }
      this.opJumpTo(Op.JUMP, loops[k][0], 0);
      this.patchHere(loops[k][1]);
      this.adj(-1);
    }
    if (kind === 3) this.op(Op.LOAD_NONE, 1);
    this.op(Op.RETURN_VALUE, -1);
    this.sc = outer;
    this.finishChild(cs, 0);
    this.reset(iterMark);
    this.orTest();
    this.op(Op.GET_ITER, 0);
    this.opArg(Op.CALL_FUNCTION, 1, -1);
    this.reset(end);
    if (consume) lx.next();
  }

  private orTestNoCond(): void {
    this.orTest();
  }

  number(neg: boolean): void {
    const lx = this.lx;
    const t = (lx.tok as number);
    if (t === Tok.INT) {
      const base = lx.num;
      let s = lx.str;
      let v = parseInt(s, base);
      if (v <= 0x3fffffff && s.length < 11) {
        if (neg) v = -v;
        this.loadInt(v);
      } else {
        if (neg) s = "-" + s;
        this.loadConst({ t: "i", s: s, base: base }, "i" + base + s);
      }
    } else if (t === Tok.FLOAT) {
      this.loadConst({ t: "f", n: neg ? -lx.num : lx.num }, null);
    } else {
      this.loadConst({ t: "j", n: lx.num }, null);
      if (neg) this.opArg(Op.UNARY_OP, UnOp.NEG, 0);
    }
    lx.next();
  }

  // adjacent string literals, including f-strings
  strings(): void {
    const lx = this.lx;
    if ((lx.tok as number) === Tok.BYTES) {
      let s = "";
      while ((lx.tok as number) === Tok.BYTES) {
        s += lx.str;
        lx.next();
      }
      if ((lx.tok as number) === Tok.STR || (lx.tok as number) === Tok.FSTR) this.err("cannot mix bytes and nonbytes literals");
      this.loadConst({ t: "b", s: s }, "b" + s);
      return;
    }
    let lit = "";
    let parts = 0;
    while ((lx.tok as number) === Tok.STR || (lx.tok as number) === Tok.FSTR) {
      if ((lx.tok as number) === Tok.STR) {
        lit += lx.str;
        lx.next();
        continue;
      }
      const fp = lx.fparts as string[];
      const line = lx.tokLine;
      lx.next();
      const after = this.mark();
      for (let k = 0; k < fp.length; k++) {
        if (k % 2 === 0) {
          lit += fp[k];
          continue;
        }
        if (lit !== "") {
          this.loadStr(lit);
          parts++;
          lit = "";
        }
        this.fexpr(fp[k], line);
        parts++;
      }
      this.reset(after);
      if ((lx.tok as number) === Tok.BYTES) this.err("cannot mix bytes and nonbytes literals");
    }
    if (lit !== "" || parts === 0) {
      this.loadStr(lit);
      parts++;
    }
    if (parts > 1) this.opArg(Op.BUILD_STRING, parts, 1 - parts);
  }

  // an f-string replacement field: expr[=][!r|!s][:spec]
  private fexpr(field: string, line: number): void {
    // split off conversion and format spec at the top level
    let depth = 0,
      end = field.length,
      conv = 0,
      spec: string | null = null;
    for (let k = 0; k < field.length; k++) {
      const c = field.charAt(k);
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") depth--;
      else if (c === "'" || c === '"') {
        const e = field.indexOf(c, k + 1);
        k = e < 0 ? field.length : e;
      } else if (depth === 0 && c === "!" && field.charAt(k + 1) !== "=") {
        end = k;
        const cv = field.charAt(k + 1);
        conv = cv === "r" ? 2 : cv === "s" ? 1 : cv === "a" ? 2 : -1;
        if (conv < 0) this.err("f-string: invalid conversion character");
        // the conversion character ends the field or comes before its format spec
        if (k + 2 < field.length) {
          if (field.charAt(k + 2) !== ":") this.err("f-string: expecting '}'");
          spec = field.substring(k + 3);
        }
        break;
      } else if (depth === 0 && c === ":") {
        end = k;
        spec = field.substring(k + 1);
        break;
      }
    }
    let src = field.substring(0, end);
    // self-documenting expression: f"{x=}"
    const trimmed = src.replace(/\s+$/, "");
    if (trimmed.charAt(trimmed.length - 1) === "=" && !/[=!<>]=$/.test(trimmed)) {
      this.loadStr(src);
      src = trimmed.substring(0, trimmed.length - 1);
      if (conv === 0 && spec === null) conv = 2;
      this.fexprValue(src, line, conv, spec);
      this.opArg(Op.BUILD_STRING, 2, -1);
      return;
    }
    if (/^\s*$/.test(src)) this.err("f-string: empty expression not allowed");
    this.fexprValue(src, line, conv, spec);
  }

  private fexprValue(src: string, line: number, conv: number, spec: string | null): void {
    const saveLx = this.lx;
    const sub = new Lexer("(" + src + ")", line);
    this.lx = sub;
    this.exprList(false);
    if (sub.tok !== Tok.NEWLINE && sub.tok !== Tok.EOF) this.err("f-string: invalid syntax");
    this.lx = saveLx;
    let flags = conv;
    if (spec !== null) {
      flags |= 4;
      if (spec.indexOf("{") >= 0) {
        // nested fields in the spec: compile the spec as an f-string
        const specLx = new Lexer("f" + JSON.stringify(spec), line);
        this.lx = specLx;
        this.strings();
        this.lx = saveLx;
      } else this.loadStr(spec);
    }
    this.opArg(Op.FORMAT_VALUE, flags, flags & 4 ? -1 : 0);
  }

  // ---- scope resolution ----

  // Decides every name's scope in s and its descendants, given the enclosing function scopes.
  resolve(s: Scope, chain: Scope[]): void {
    this.markFree(s, chain);
    this.patchAll(s);
  }

  // chain: the enclosing scopes below the module, outermost first (class scopes included: they
  // pass cells on to the functions inside them, though their own names are not visible there)
  private markFree(s: Scope, chain: Scope[]): void {
    if (s.kind !== S_MODULE) {
      for (let k = 0; k < s.names.length; k++) {
        const f = s.flags[k];
        if (f & (F_GLOBAL | F_PASS)) continue;
        const local = s.kind === S_FUNC && f & (F_ASSIGN | F_PARAM) && !(f & F_NONLOCAL);
        if (local) continue;
        if (s.kind === S_CLASS && f & F_ASSIGN && !(f & F_NONLOCAL)) continue;
        // free candidate: search the enclosing functions, innermost first
        const name = s.names[k];
        let found = -1;
        for (let j = chain.length - 1; j >= 0; j--) {
          const e = chain[j];
          if (e.kind !== S_FUNC) continue;
          const ek = e.has(name);
          if (ek >= 0) {
            const ef = e.flags[ek];
            if (ef & F_GLOBAL) break;
            if (ef & (F_ASSIGN | F_PARAM) && !(ef & F_NONLOCAL)) {
              found = j;
              break;
            }
          }
        }
        if (found < 0) {
          if (f & F_NONLOCAL) throw new PySyntaxError("no binding for nonlocal '" + name + "' found", s.firstLine, false);
          continue; // global (or a class body's name)
        }
        const owner = chain[found];
        owner.flags[owner.has(name)] |= F_CELL;
        for (let j = found + 1; j < chain.length; j++) {
          const mid = chain[j];
          const mk = mid.slot(name);
          mid.flags[mk] |= mid.flags[mk] & F_USED && mid.kind === S_FUNC ? F_FREE : F_PASS;
        }
        s.flags[k] |= F_FREE;
      }
    }
    const inner = s.kind !== S_MODULE ? chain.concat([s]) : chain;
    for (let k = 0; k < s.children.length; k++) this.markFree(s.children[k], inner);
  }

  private patchAll(s: Scope): void {
    const code = s.code;
    for (let k = 0; k < s.patches.length; k++) {
      const p = s.patches[k];
      const o = code[p];
      let slot = code[p + 1];
      if (slot & 0x80) slot = ((slot & 0x7f) << 8) | code[p + 2];
      const f = s.flags[slot];
      let base: number;
      if (f & F_GLOBAL) base = Op.LOAD_GLOBAL;
      else if (f & (F_CELL | F_FREE)) base = Op.LOAD_DEREF;
      else if (s.kind === S_CLASS) base = Op.LOAD_NAME;
      else if (f & (F_ASSIGN | F_PARAM)) base = Op.LOAD_FAST;
      else base = Op.LOAD_GLOBAL;
      code[p] = base + (o - Op.VAR_LOAD);
    }
    // cells: slots that are cells in this scope; free: slots filled from the closure
    s.cellSlots = [];
    s.freemap = [];
    for (let k = 0; k < s.names.length; k++) {
      const f = s.flags[k];
      if (f & (F_FREE | F_PASS) && !(f & F_GLOBAL)) {
        // the cell comes from the same name's slot in the scope whose code makes this function
        const e = s.parent;
        if (e && e.kind !== S_MODULE) s.freemap.push(k, e.slot(s.names[k]));
      } else if (f & F_CELL) s.cellSlots.push(k);
    }
    for (let k = 0; k < s.children.length; k++) this.patchAll(s.children[k]);
  }
}
