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

import { Tok, err, lexStart, next, tok, str, num, fparts, tokLine, src as lxSrc, pos as lxPos, depth as lxDepth, mark, restore } from "./lexer";
import { Op, BinOp, CmpOp, UnOp, CF, Why } from "./bytecode";
import { T, tv } from "./types";
import { PySyntaxError } from "./obj";

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
  nameFlags: number[] = []; // F_* of each name
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
  // set by resolve (a scope whose code was dropped and compiled again is never resolved, though
  // its constant remains)
  freemap: number[] = [];
  cellSlots: number[] = [];
  isComp?: boolean;
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
      this.nameFlags.push(0);
      this.nameIdx["$" + name] = k;
    }
    return k;
  }
}

// The code object maker: turns a complete scope (and its children) into a heap code object.
// Set by code.ts, which knows the heap; the compiler itself only produces Scopes.
export interface CodeSink {
  make(s: Scope, file: string): number;
}

// Saved lexer state, to come back to a construct later (lexer.ts mark).
type Mark = any[];

// Nesting the compiler allows (see nest): 500 brackets or blocks deep, above
// CPython's 200 and below what Duktape's call stack of 10,000 frames holds (about 800 brackets).
const MAX_NEST = 500;

// The precedence of each binary operator token from PLUS to CARET (as a character code above
// "0"; DSTAR, "0", is not read here: power() compiles it); the lexer gives its BinOp in num.
const BINOP_PREC = "5560666644312";
// the tokens that end an expression or target list (atEnd), as bits
const END_TOKENS =
  (1 << Tok.NEWLINE) | (1 << Tok.EOF) | (1 << Tok.SEMI) | (1 << Tok.ASSIGN) | (1 << Tok.AUGASSIGN) | (1 << Tok.RPAR) | (1 << Tok.RSQB) | (1 << Tok.COLON);
// the CmpOp of each comparison token from LT to NE
const CMP_OPS = "041523";

// The compiler's state: module-level rather than an object's, so that the code reads `sc`, not
// `this.sc` (shorter in the bundle). One compilation runs at a time: compiling runs no Python
// code, and compileModule sets all of it up first.
let sc: Scope;
let file: string;
let skip = 0; // > 0: read tokens, emit nothing
let single: boolean; // REPL: print expression statements
// micropython.opt_level() (code.ts): from 1 on, assert statements are read and not compiled
let optLevel = 0;
// Characters lexed again after a reset (constructs compiled twice); nesting such constructs
// doubles the work per level, so past a budget the source counts as too deeply nested.
export let relexed = 0;
let relexBudget = 0;
// How deep the constructs being compiled nest (blocks, operands, brackets): the compiler
// recurses on nesting, so past MAX_NEST it stops with RuntimeError rather than let the host's
// stack overflow (which some engines cannot catch).
let nest = 0;

// Compiles a module's source; returns what sink.make gives for its scope. single: one
// interactive statement (the REPL prints expression statements); isEval: the source is one
// expression list (eval, the full profile's), whose value the code returns; opt: the opt_level.
export function compileModule(src: string, fileName: string, sink: CodeSink, isSingle: boolean, isEval: boolean, opt: number): number {
  relexBudget = 1000 * src.length + 1000000;
  relexed = 0;
  file = fileName;
  single = isSingle;
  optLevel = opt;
  skip = nest = 0;
  const m = (sc = new Scope(S_MODULE, null, "<module>", 1));
  m.coflags = CF.MODULE;
  lexStart(src);
  if (MPJS_FULL && isEval) {
    // eval ignores the indentation before the expression and blank lines around it
    while ((tok as number) === Tok.NEWLINE || (tok as number) === Tok.INDENT) next();
    exprList(true);
    while ((tok as number) === Tok.NEWLINE || (tok as number) === Tok.DEDENT) next();
    if ((tok as number) !== Tok.EOF) err();
    op(Op.RETURN_VALUE, -1);
  }
  // the module's statements are one level less deep than a block's
  nest = -1;
  block(true);
  op(Op.LOAD_NONE, 1);
  op(Op.RETURN_VALUE, -1);
  // every name's scope, now that all the functions are known
  resolve(m, []);
  resolve(m, null);
  return sink.make(m, file);
}

// ---- errors ----
function expect(t: number, what?: string): void {
  if ((tok as number) !== t) err(what);
  next();
}
// the name at the lexer, read
function nameTok(): string {
  if ((tok as number) !== Tok.NAME) err();
  const name = str;
  next();
  return name;
}
function accept(t: number): boolean {
  if ((tok as number) === t) {
    next();
    return true;
  }
  return false;
}

// ---- lexer marks ----
function reset(m: Mark): void {
  // a RangeError ends as RuntimeError, as a host stack overflow does (compileSource)
  if (lxPos > m[0] && (relexed += lxPos - m[0]) > relexBudget) throw new RangeError();
  restore(m);
}
// Reads over what f compiles without emitting it; returns the mark to come back to it.
function skipped(f: () => void): Mark {
  const m = mark();
  skip++;
  f();
  skip--;
  return m;
}
// Compiles the target list saved at m (skipped before), and comes back.
function targetAt(m: Mark): void {
  const end = mark();
  reset(m);
  assignTarget();
  reset(end);
}

// ---- emitting ----
function byte(b: number): void {
  const s = sc;
  if (s.len >= s.code.length) {
    const n = new Uint8Array(s.code.length * 2);
    n.set(s.code);
    s.code = n;
  }
  s.code[s.len++] = b;
}
// one level deeper (undone by nest--); a RangeError ends as RuntimeError (compileSource)
function deeper(): void {
  if (++nest > MAX_NEST) throw new RangeError();
}

function adj(n: number): void {
  const s = sc;
  s.depth += n;
  if (s.depth > s.maxDepth) s.maxDepth = s.depth;
}
// An instruction (operands follow with byte); its line is recorded when it changes.
function op(o: number, stack: number): void {
  if (skip) return;
  const s = sc;
  if (tokLine !== s.lastLine) {
    s.lines.push(s.len, tokLine);
    s.lastLine = tokLine;
  }
  byte(o);
  adj(stack);
}
function opArg(o: number, k: number, stack: number): void {
  if (skip) return;
  op(o, stack);
  if (k < 0x80) byte(k);
  else {
    if (k > 0x7fff) err("too many names or constants");
    byte(0x80 | (k >> 8));
    byte(k & 255);
  }
}
// BUILD_* of the n items on the stack
function build(o: number, n: number): void {
  opArg(o, n, 1 - n);
}
// a jump to a target not known yet; returns the position to patch
function opJump(o: number, stack: number): number {
  if (skip) return -1;
  op(o, stack);
  byte(0);
  byte(0);
  return sc.len - 2;
}
function opJumpTo(o: number, target: number, stack: number): void {
  if (skip) return;
  const p = opJump(o, stack);
  patchTo(p, target);
}
function patchTo(p: number, target: number): void {
  if (p < 0 || skip) return;
  if (target > 0xffff) err("code too large");
  sc.code[p] = target & 255;
  sc.code[p + 1] = target >> 8;
}
function patchHere(p: number): void {
  patchTo(p, sc.len);
}
function patchList(js: number[]): void {
  for (let k = 0; k < js.length; k++) patchHere(js[k]);
}
// Enters a block of the VM's block stack (SETUP_*: o, which jumps to its handler; 0 when the
// block is already there, as an except clause's); returns the jump to patch.
function pushBlock(o: number, stack: number): number {
  const s = sc;
  if (++s.blocks > s.maxBlocks) s.maxBlocks = s.blocks;
  return o ? opJump(o, stack) : -1;
}
// Leaves the block entered by pushBlock; for a finally block (at: its SETUP's jump), also
// pushes the "no exception" state and lands the jump on the finally code.
function popBlock(at?: number): void {
  op(Op.POP_BLOCK, 0);
  sc.blocks--;
  if (at !== undefined) {
    op(Op.LOAD_NONE, 1);
    loadInt(Why.NONE);
    patchHere(at);
  }
}
function yieldFrom(): void {
  op(Op.LOAD_NONE, 1);
  op(Op.YIELD_FROM, -1);
}
function colonBlock(): void {
  expect(Tok.COLON);
  block();
}
function elseClause(): void {
  if (accept(Tok.KW_ELSE)) colonBlock();
}
// The body of a loop that starts at start, and the jump back; returns its breaks to patch.
function loopBody(start: number): number[] {
  const s = sc;
  const loop: Loop = { start: start, breaks: [], blocks: s.blocks };
  s.loops.push(loop);
  block();
  opJumpTo(Op.JUMP, start, 0);
  s.loops.pop();
  return loop.breaks;
}

function constIdx(c: Const, key: string | null): number {
  const s = sc;
  if (key !== null) {
    const k = s.constKeys[key];
    if (k !== undefined) return k;
    s.constKeys[key] = s.consts.length;
  }
  s.consts.push(c);
  return s.consts.length - 1;
}
// a value word that needs no heap object (a builtin type, Ellipsis)
function loadValue(v: number): void {
  loadConst({ t: "v", v: v }, "v" + v);
}
function qconst(name: string): number {
  return constIdx({ t: "q", s: name }, "q" + name);
}
function loadConst(c: Const, key: string | null): void {
  if (skip) return;
  opArg(Op.LOAD_CONST, constIdx(c, key), 1);
}
function loadStr(s: string): void {
  if (skip) return;
  if (s.length <= 40) loadConst({ t: "q", s: s }, "q" + s);
  else loadConst({ t: "s", s: s }, "s" + s);
}
function loadInt(n: number): void {
  if (skip) return;
  if (n > 16000 || n < -16000) loadConst({ t: "i", s: "" + n, base: 10 }, "i10" + n);
  else opArg(Op.LOAD_INT, n >= 0 ? n * 2 : -n * 2 - 1, 1);
}

// name operations, patched when the scope is resolved
function nameOp(o: number, name: string, stack: number): void {
  if (skip) return;
  const s = sc;
  const k = s.slot(name);
  s.nameFlags[k] |= F_USED;
  if (o !== Op.VAR_LOAD) s.nameFlags[k] |= F_ASSIGN;
  if (s.kind === S_MODULE) {
    opArg(Op.LOAD_GLOBAL + o - Op.VAR_LOAD, k, stack);
    return;
  }
  s.patches.push(s.len);
  opArg(o, k, stack);
}
function store(name: string): void {
  nameOp(Op.VAR_STORE, name, -1);
}

// ---- statements ----

// After ':' : either a simple statement list on the same line, or NEWLINE INDENT stmts DEDENT;
// or (module) the statements of the module up to EOF.
function block(module?: boolean): void {
  if (!module) {
    if ((tok as number) !== Tok.NEWLINE) {
      simpleStatements();
      return;
    }
    next();
    while ((tok as number) === Tok.NEWLINE) next();
    if ((tok as number) !== Tok.INDENT) err("expected an indented block", true);
    next();
  }
  while ((tok as number) !== Tok.DEDENT && (tok as number) !== Tok.EOF) {
    if ((tok as number) === Tok.NEWLINE) {
      next();
      continue;
    }
    if ((tok as number) === Tok.INDENT) err("unexpected indent", true);
    deeper();
    statement();
    nest--;
  }
  next();
}

function statement(): void {
  // decorators, then a def or a class
  let n = 0;
  while (accept(Tok.AT)) {
    test();
    if ((tok as number) !== Tok.NEWLINE) err();
    next();
    n++;
  }
  let t = tok as number;
  const isAsync = t === Tok.KW_ASYNC;
  if (isAsync) {
    next();
    t = tok as number;
    if (t !== Tok.KW_DEF && t !== Tok.KW_FOR && t !== Tok.KW_WITH) err();
  }
  if (n && t !== Tok.KW_DEF && (t !== Tok.KW_CLASS || isAsync)) err();
  switch (t) {
    case Tok.KW_IF: {
      // if, then each elif: a failed test jumps to the next clause, a body to the end
      const ends: number[] = [];
      let jf: number;
      do {
        next();
        test();
        expect(Tok.COLON);
        jf = opJump(Op.POP_JUMP_IF_FALSE, -1);
        block();
        if ((tok as number) !== Tok.KW_ELIF && (tok as number) !== Tok.KW_ELSE) break;
        ends.push(opJump(Op.JUMP, 0));
        patchHere(jf);
        jf = -1;
      } while ((tok as number) === Tok.KW_ELIF);
      patchHere(jf);
      elseClause();
      patchList(ends);
      return;
    }
    case Tok.KW_WHILE: {
      next();
      const start = sc.len;
      test();
      expect(Tok.COLON);
      const jf = opJump(Op.POP_JUMP_IF_FALSE, -1);
      const breaks = loopBody(start);
      patchHere(jf);
      elseClause();
      patchList(breaks);
      return;
    }
    case Tok.KW_FOR: {
      // for, or async for (each step awaits __anext__(); StopAsyncIteration ends the loop)
      const s = sc;
      next();
      if (isAsync) markGenerator();
      const tm = skipped(assignTarget);
      expect(Tok.KW_IN);
      exprList(false);
      expect(Tok.COLON);
      op(isAsync ? Op.GET_AITER : Op.GET_ITER, 0);
      const start = s.len;
      let jh: number;
      if (isAsync) {
        jh = pushBlock(Op.SETUP_EXCEPT, 0);
        op(Op.GET_ANEXT, 1);
        yieldFrom();
        popBlock();
      } else jh = opJump(Op.FOR_ITER, 1);
      targetAt(tm);
      const breaks = loopBody(start);
      patchHere(jh);
      let jr = -1;
      if (isAsync) {
        // the handler: StopAsyncIteration ends the loop, anything else propagates
        adj(1);
        loadValue(tv(T.StopAsyncIteration));
        op(Op.EXC_MATCH, 0);
        jr = opJump(Op.POP_JUMP_IF_FALSE, -1);
        op(Op.POP_EXCEPT, -1);
        op(Op.POP_TOP, -1);
      } else adj(-1);
      elseClause();
      // a break leaves the iterator on the stack
      const jend = isAsync || breaks.length > 0 ? opJump(Op.JUMP, 0) : -1;
      if (isAsync) {
        patchHere(jr);
        opArg(Op.RAISE, 0, 0);
      }
      if (breaks.length > 0) {
        patchList(breaks);
        op(Op.POP_TOP, 0);
      }
      patchHere(jend);
      return;
    }
    case Tok.KW_TRY: {
      next();
      expect(Tok.COLON);
      // look ahead: is there a finally clause? compile try/except inside try/finally
      const m = mark();
      skip++;
      block();
      let hasExcept = false;
      while ((tok as number) === Tok.KW_EXCEPT) {
        hasExcept = true;
        next();
        while ((tok as number) !== Tok.COLON) {
          if ((tok as number) <= Tok.NEWLINE) err();
          test();
          if ((tok as number) === Tok.KW_AS || (tok as number) === Tok.COMMA) next();
        }
        next();
        block();
      }
      if ((tok as number) === Tok.KW_ELSE) {
        if (!hasExcept) err();
        next();
        next();
        block();
      }
      const hasFinally = (tok as number) === Tok.KW_FINALLY;
      if (!hasExcept && !hasFinally) err();
      skip--;
      reset(m);
      // the lexer's indentation stack moved on while skipping: it is restored by re-reading, since
      // block() pops exactly what it pushed
      let jfin = -1;
      if (hasFinally) {
        jfin = pushBlock(Op.SETUP_FINALLY, 0);
      }
      if (!hasExcept) block();
      else {
        const s = sc;
        const jh = pushBlock(Op.SETUP_EXCEPT, 0);
        block();
        popBlock();
        const jelse = opJump(Op.JUMP, 0);
        patchHere(jh);
        // handler: the exception is on the stack, inside a HANDLER block
        adj(1);
        pushBlock(0, 0);
        const ends: number[] = [];
        let bare = 0; // the line of a bare except
        while ((tok as number) === Tok.KW_EXCEPT) {
          const line = tokLine;
          // the error names the line of the bare except, as CPython and MicroPython do
          if (bare) throw new PySyntaxError("default 'except:' must be last", bare, false);
          next();
          let jnext = -1;
          let asName: string | null = null;
          if ((tok as number) !== Tok.COLON) {
            test();
            op(Op.EXC_MATCH, 0);
            jnext = opJump(Op.POP_JUMP_IF_FALSE, -1);
            if (accept(Tok.KW_AS)) {
              asName = nameTok();
            }
          } else bare = line;
          expect(Tok.COLON);
          if (asName !== null) {
            op(Op.DUP_TOP, 1);
            store(asName);
            // the name is deleted when the handler ends, as in Python 3
            const jt = pushBlock(Op.SETUP_FINALLY, 0);
            block();
            popBlock(jt);
            op(Op.LOAD_NONE, 1);
            store(asName);
            nameOp(Op.VAR_DELETE, asName, 0);
            op(Op.END_FINALLY, -2);
          } else block();
          op(Op.POP_EXCEPT, 0);
          ends.push(opJump(Op.JUMP, 0));
          patchHere(jnext);
        }
        if (!bare) opArg(Op.RAISE, 0, 0);
        s.blocks--;
        adj(-1);
        patchHere(jelse);
        elseClause();
        patchList(ends);
      }
      if (hasFinally) {
        expect(Tok.KW_FINALLY);
        expect(Tok.COLON);
        popBlock(jfin);
        block();
        op(Op.END_FINALLY, -2);
      }
      return;
    }
    case Tok.KW_WITH:
      return withItems(isAsync);
    case Tok.KW_DEF:
      return functionDef(n, isAsync);
    case Tok.KW_CLASS: {
      next();
      const line = tokLine;
      const name = nameTok();
      const outer = sc;
      const cs = new Scope(S_CLASS, outer, name, line);
      cs.coflags = CF.CLASSBODY;
      // the body is compiled first in source order, but BUILD_CLASS wants the function, then the
      // name and bases: the bases are compiled after the body by coming back to them
      let basesMark: Mark | null = null;
      if ((tok as number) === Tok.LPAR) {
        basesMark = mark();
        skip++;
        next();
        callArgs(null);
        skip--;
      }
      expect(Tok.COLON);
      sc = cs;
      nameOp(Op.VAR_LOAD, "__name__", 1);
      store("__module__");
      loadStr(name);
      store("__qualname__");
      block();
      op(Op.LOAD_NONE, 1);
      op(Op.RETURN_VALUE, -1);
      sc = outer;
      const end = mark();
      finishChild(cs, 0);
      loadStr(name);
      // the bases tuple and the keywords' dict (or NULL); the keywords are compiled after the bases
      let nb = 0;
      const kwm: Mark[] = [];
      if (basesMark !== null) {
        reset(basesMark);
        next();
        while ((tok as number) !== Tok.RPAR) {
          if (atKeyword()) kwm.push(skipped(kwArg));
          else {
            test();
            nb++;
          }
          if (!accept(Tok.COMMA)) break;
        }
      }
      const afterBases = mark();
      build(Op.BUILD_TUPLE, nb);
      const nkw = kwm.length;
      if (nkw === 0) op(Op.LOAD_NULL, 1);
      else {
        for (let k = 0; k < nkw; k++) {
          reset(kwm[k]);
          kwArg();
        }
        opArg(Op.BUILD_MAP, nkw, 1 - 2 * nkw);
      }
      reset(afterBases);
      if (basesMark !== null) expect(Tok.RPAR);
      op(Op.BUILD_CLASS, -3);
      reset(end);
      for (let k = 0; k < n; k++) opArg(Op.CALL_FUNCTION, 1, -1);
      store(name);
      return;
    }
  }
  simpleStatements();
}

// small statements separated by ';' up to the line's end (tok <= NEWLINE: NEWLINE or EOF)
function simpleStatements(): void {
  do smallStatement();
  while (accept(Tok.SEMI) && (tok as number) > Tok.NEWLINE);
  if ((tok as number) > Tok.NEWLINE) err();
  accept(Tok.NEWLINE);
}

function smallStatement(): void {
  switch ((tok as number)) {
    case Tok.KW_PASS:
      next();
      return;
    case Tok.KW_BREAK:
      next();
      return loopJump(true);
    case Tok.KW_CONTINUE:
      next();
      return loopJump(false);
    case Tok.KW_RETURN:
      return returnStmt();
    case Tok.KW_RAISE:
      return raiseStmt();
    case Tok.KW_GLOBAL:
    case Tok.KW_NONLOCAL: {
      const isGlobal = (tok as number) === Tok.KW_GLOBAL;
      next();
      for (;;) {
        if ((tok as number) !== Tok.NAME) err();
        if (!skip && sc.kind !== S_MODULE) {
          const s = sc;
          const k = s.slot(str);
          if (s.kind === S_FUNC && s.nameFlags[k] & F_PARAM) err("name '" + str + "' is parameter and " + (isGlobal ? "global" : "nonlocal"));
          s.nameFlags[k] |= isGlobal ? F_GLOBAL : F_NONLOCAL;
        } else if (!isGlobal && sc.kind === S_MODULE) err("nonlocal declaration not allowed at module level");
        next();
        if (!accept(Tok.COMMA)) break;
      }
      return;
    }
    case Tok.KW_DEL:
      next();
      delTargets(0);
      return;
    case Tok.KW_ASSERT: {
      const drop = optLevel > 0;
      next();
      if (drop) skip++;
      test();
      const j = opJump(Op.POP_JUMP_IF_TRUE, -1);
      loadValue(tv(T.AssertionError));
      if (accept(Tok.COMMA)) {
        test();
        opArg(Op.CALL_FUNCTION, 1, -1);
      }
      opArg(Op.RAISE, 1, -1);
      patchHere(j);
      if (drop) skip--;
      return;
    }
    case Tok.KW_IMPORT: {
      next();
      for (;;) {
        const name = dottedName();
        loadInt(0);
        op(Op.LOAD_NONE, 1);
        opArg(Op.IMPORT_NAME, qconst(name), -1);
        const parts = name.split(".");
        if (accept(Tok.KW_AS)) {
          const asName = nameTok();
          for (let k = 1; k < parts.length; k++) opArg(Op.LOAD_ATTR, qconst(parts[k]), 0);
          store(asName);
        } else store(parts[0]);
        if (!accept(Tok.COMMA)) break;
      }
      return;
    }
    case Tok.KW_FROM: {
      next();
      let level = 0;
      while ((tok as number) === Tok.DOT || (tok as number) === Tok.ELLIPSIS) {
        level += (tok as number) === Tok.DOT ? 1 : 3;
        next();
      }
      const name = (tok as number) === Tok.NAME ? dottedName() : "";
      if (level === 0 && name === "") err();
      expect(Tok.KW_IMPORT);
      loadInt(level);
      const star = accept(Tok.STAR);
      const names: string[] = [];
      const asNames: string[] = [];
      if (star) names.push("*");
      else {
        const paren = accept(Tok.LPAR);
        for (;;) {
          const n = nameTok();
          names.push(n);
          asNames.push(accept(Tok.KW_AS) ? nameTok() : n);
          if (!accept(Tok.COMMA)) break;
          if (paren && (tok as number) === Tok.RPAR) break;
        }
        if (paren) expect(Tok.RPAR);
      }
      loadConst({ t: "qt", items: names }, null);
      opArg(Op.IMPORT_NAME, qconst(name), -1);
      if (star) {
        op(Op.IMPORT_STAR, -1);
        return;
      }
      for (let k = 0; k < names.length; k++) {
        opArg(Op.IMPORT_FROM, qconst(names[k]), 1);
        store(asNames[k]);
      }
      op(Op.POP_TOP, -1);
      return;
    }
  }
  {
    // a top-level '=', augmented assignment or annotation ahead?
    let kind: number = Tok.EOF;
    {
      const m = mark();
      let depth = 0;
      const first = (tok as number) as number;
      let n = 0;
      for (;;) {
        const t = (tok as number) as number;
        if (t <= Tok.NEWLINE || (t === Tok.SEMI && depth === 0)) break;
        const b = bracket(t);
        if (b) depth += b;
        else if (depth === 0) {
          if (t === Tok.ASSIGN || t === Tok.AUGASSIGN) {
            kind = t;
            break;
          }
          if (t === Tok.COLON && first !== Tok.KW_LAMBDA && n > 0) {
            kind = Tok.COLON;
            break;
          }
          if (t === Tok.KW_LAMBDA) break;
        }
        next();
        n++;
      }
      reset(m);
    }
    if (kind === Tok.EOF) {
      // a plain expression
      valueList(true);
      op(single && sc.kind === S_MODULE ? Op.PRINT_EXPR : Op.POP_TOP, -1);
      return;
    }
    if (kind === Tok.AUGASSIGN) {
      const t = targetPrefix(true);
      if ((tok as number) !== Tok.AUGASSIGN) err();
      const binop = num;
      next();
      valueList(false);
      opArg(Op.INPLACE_OP, binop, -1);
      targetStore(t, true);
      return;
    }
    if (kind === Tok.COLON) {
      // annotated assignment: target: annotation [= value]; the annotation is not evaluated
      const tm = skipped(targetPrefix);
      expect(Tok.COLON);
      skipped(test);
      if (accept(Tok.ASSIGN)) {
        valueList(false);
        targetAt(tm);
      }
      return;
    }
    // target = [target = ...] value
    const targets: Mark[] = [];
    for (;;) {
      const m = mark();
      skip++;
      valueList(true);
      skip--;
      if ((tok as number) === Tok.ASSIGN) {
        targets.push(m);
        next();
        continue;
      }
      // m is the value
      reset(m);
      valueList(true);
      break;
    }
    const end = mark();
    for (let k = 0; k < targets.length; k++) {
      if (k < targets.length - 1) op(Op.DUP_TOP, 1);
      reset(targets[k]);
      assignTarget();
    }
    reset(end);
  }
}

// the value of an assignment or expression statement: a yield expression or an expression list
function valueList(allowStar: boolean): void {
  if ((tok as number) === Tok.KW_YIELD) yieldExpr();
  else exprList(allowStar);
}

// Compiles a target list (possibly a tuple without parentheses) as stores of the value on
// the stack; the lexer is at the target.
function assignTarget(): void {
  const r = targetItems(0);
  if (r !== null) targetStore(r);
}

// Compiles the items of a target list, the lexer at the first: `close` is the bracket that
// ends the list, or 0 when the list ends the statement's target (`a, *b = x`). Returns the one
// target left to store when there is no list, or null once the value is unpacked into the items.
function targetItems(close: number): any[] | null {
  const m = mark();
  const inSkip = skip > 0;
  skip++;
  let n = 0,
    star = -1,
    comma = false;
  for (;;) {
    if ((tok as number) === Tok.STAR) {
      if (star >= 0) err("multiple starred expressions in assignment");
      star = n;
      next();
    }
    targetPrefix(false);
    n++;
    if ((tok as number) !== Tok.COMMA) break;
    comma = true;
    next();
    if (close ? (tok as number) === close : atEnd(false)) break;
  }
  skip--;
  if (close ? (tok as number) !== close : !atEnd(false)) err(close ? undefined : "can't assign to expression");
  const single = !comma && close !== Tok.RSQB;
  if (single && star >= 0) err("starred assignment target must be in a list or tuple");
  // inside a skipped target the pass above was the only one needed: a second pass at every
  // level of nesting would double the work with each level
  if (inSkip) return single ? [3, 0] : null;
  reset(m);
  if (single) return targetPrefix(false);
  if (star < 0) opArg(Op.UNPACK_SEQUENCE, n, n - 1);
  else opArg(Op.UNPACK_EX, star | ((n - star - 1) << 8), n - 1);
  for (let k = 0; k < n; k++) {
    if ((tok as number) === Tok.STAR) next();
    targetStore(targetPrefix(false));
    if ((tok as number) === Tok.COMMA) next();
  }
  return null;
}

// Parses a single target up to its final part and emits the code that computes the object it
// stores into. Returns what is left to do: [kind, arg]: 0 name (arg: name), 1 attribute
// (arg: const), 2 subscript (key on the stack), 3 done (a nested tuple or list target).
// With aug, also emits the load of the current value.
function targetPrefix(aug?: boolean): any[] {
  const t = (tok as number);
  if (!aug && targetList()) {
    // the closing bracket is the token after the opening one
    const close = t + 1;
    next();
    if ((tok as number) === close) {
      next();
      opArg(Op.UNPACK_SEQUENCE, 0, -1);
      return [3, 0];
    }
    const r = targetItems(close);
    expect(close);
    return r || [3, 0];
  }
  // a name alone, unless a trailer follows it
  const two = peek2();
  const c = two.charAt(0);
  if (t === Tok.NAME && !(c === "[" || c === "(" || (c === "." && two !== ".."))) {
    const name = str;
    next();
    if (aug) nameOp(Op.VAR_LOAD, name, 1);
    return [0, name];
  }
  // atom with trailers; the last trailer is the target
  atom();
  for (;;) {
    if ((tok as number) === Tok.DOT) {
      next();
      const name = nameTok();
      if (trailerNext()) {
        opArg(Op.LOAD_ATTR, qconst(name), 0);
        continue;
      }
      const k = skip ? 0 : qconst(name);
      if (aug) {
        op(Op.DUP_TOP, 1);
        opArg(Op.LOAD_ATTR, k, 0);
      }
      return [1, k];
    }
    if ((tok as number) === Tok.LSQB) {
      next();
      subscript();
      expect(Tok.RSQB);
      if (trailerNext()) {
        op(Op.LOAD_SUBSCR, -1);
        continue;
      }
      if (aug) {
        op(Op.DUP_TOP_TWO, 2);
        op(Op.LOAD_SUBSCR, -1);
      }
      return [2, 0];
    }
    if ((tok as number) === Tok.LPAR) {
      next();
      callArgs(null);
      if (!trailerNext()) err("can't assign to function call");
      continue;
    }
    err("can't assign to expression");
  }
}

function trailerNext(): boolean {
  const t = (tok as number);
  return t === Tok.DOT || t === Tok.LSQB || t === Tok.LPAR;
}

// whether the lexer is at a list of targets in brackets: brackets that no trailer follows
// (`(a, b) = x`, but not `(a).b = x`)
function targetList(): boolean {
  const t = tok as number;
  if (t !== Tok.LPAR && t !== Tok.LSQB) return false;
  const m = skipped(atom);
  const r = !trailerNext();
  reset(m);
  return r;
}


// Stores the value on the stack into what targetPrefix left (aug: after INPLACE_OP, the new value
// is above the prefix's objects), or deletes it (del: the value is not there).
function targetStore(t: any[], aug?: boolean, del?: boolean): void {
  const d = del ? 1 : 0;
  if (t[0] === 0) nameOp(Op.VAR_STORE + d, t[1], d - 1);
  else if (t[0] === 1) {
    if (aug) op(Op.ROT_TWO, 0);
    opArg(Op.STORE_ATTR + d, t[1], d - 2);
  } else if (t[0] === 2) {
    if (aug) op(Op.ROT_THREE, 0);
    op(Op.STORE_SUBSCR + d, d - 3);
  } else if (aug) err("illegal expression for augmented assignment");
}

// del's targets, up to the bracket close (0: up to the end of the statement)
function delTargets(close: number): void {
  for (;;) {
    const t = tok as number;
    if (close && t === close) break;
    if (targetList()) {
      next();
      delTargets(t + 1);
      expect(t + 1);
    } else targetStore(targetPrefix(), false, true);
    if ((tok as number) !== Tok.COMMA) break;
    next();
    if (!close && atEnd(false)) break;
  }
}

// break (isBreak) or continue: a jump out of the blocks entered since the loop
function loopJump(isBreak: boolean): void {
  const s = sc;
  const loop = s.loops[s.loops.length - 1];
  if (!loop) err(isBreak ? "'break' outside loop" : "'continue' not properly in loop");
  if (skip) return;
  const n = s.blocks - loop.blocks;
  const j = opJump(n ? Op.UNWIND_JUMP : Op.JUMP, 0);
  if (isBreak) loop.breaks.push(j);
  else patchTo(j, loop.start);
  if (n) byte(n);
}

function returnStmt(): void {
  if (sc.kind !== S_FUNC) err("'return' outside function");
  next();
  if ((tok as number) <= Tok.NEWLINE || (tok as number) === Tok.SEMI) op(Op.LOAD_NONE, 1);
  else exprList(false);
  op(Op.RETURN_VALUE, -1);
}

function raiseStmt(): void {
  next();
  if ((tok as number) <= Tok.NEWLINE || (tok as number) === Tok.SEMI) {
    opArg(Op.RAISE, 0, 0);
    return;
  }
  test();
  if (accept(Tok.KW_FROM)) {
    test();
    opArg(Op.RAISE, 2, -2);
  } else opArg(Op.RAISE, 1, -1);
}

function dottedName(): string {
  let name = nameTok();
  while ((tok as number) === Tok.DOT) {
    next();
    name += "." + nameTok();
  }
  return name;
}

// with items: each one (after 'with' or ',') nests the next in its block
function withItems(isAsync: boolean): void {
  next();
  test();
  let j = -1;
  if (isAsync) {
    markGenerator();
    op(Op.ASYNC_WITH_ENTER, 1);
    yieldFrom();
  } else j = pushBlock(Op.SETUP_WITH, 1);
  if (accept(Tok.KW_AS)) targetStore(targetPrefix(false));
  else op(Op.POP_TOP, -1);
  if (isAsync) j = pushBlock(Op.SETUP_FINALLY, 0);
  if ((tok as number) === Tok.COMMA) withItems(isAsync);
  else colonBlock();
  popBlock(j);
  if (isAsync) {
    op(Op.ASYNC_WITH_EXIT, 0);
    yieldFrom();
    op(Op.ASYNC_WITH_DONE, -1);
  } else op(Op.WITH_CLEANUP, -1);
  op(Op.END_FINALLY, -2);
}

// def (decorators: how many were compiled before it) or lambda, at its keyword: parses the
// parameters, then the body (a block after ':' for def, an expression for lambda), and emits
// MAKE_FUNCTION in the enclosing scope (then the decorators' calls and the store, for def).
function functionDef(decorators: number, isAsync: boolean, isLambda?: boolean): void {
  let line = tokLine;
  next();
  let name = "<lambda>";
  if (!isLambda) {
    line = tokLine;
    name = nameTok();
    expect(Tok.LPAR);
  }
  const close = isLambda ? Tok.COLON : Tok.RPAR;
  const outer = sc;
  const fs = new Scope(S_FUNC, outer, name, line);
  if (isAsync) fs.coflags |= CF.COROUTINE | CF.GENERATOR;
  const params: string[] = [];
  let ndefaults = 0,
    nkwdefaults = 0,
    sawStar = false;
  let varargs: string | null = null,
    varkw: string | null = null;
  while ((tok as number) !== close) {
    if ((tok as number) === Tok.STAR) {
      next();
      if (sawStar) err();
      sawStar = true;
      if (ndefaults > 0) {
        build(Op.BUILD_TUPLE, ndefaults);
        ndefaults = -ndefaults; // built
      }
      if ((tok as number) === Tok.NAME) {
        varargs = str;
        next();
        annotation(!isLambda);
      }
    } else if ((tok as number) === Tok.DSTAR) {
      next();
      varkw = nameTok();
      annotation(!isLambda);
    } else {
      if ((tok as number) !== Tok.NAME || varkw !== null) err();
      const p = str;
      params.push(p);
      next();
      annotation(!isLambda);
      if (accept(Tok.ASSIGN)) {
        if (sawStar) {
          loadStr(p);
          test();
          nkwdefaults++;
        } else {
          test();
          ndefaults++;
        }
      } else if (!sawStar && ndefaults > 0) err("non-default argument follows default argument");
      if (sawStar) fs.kwonly++;
      else fs.argcount++;
    }
    if (!accept(Tok.COMMA)) break;
  }
  expect(close);
  // each name once, *args and **kwargs included (checked after the list, as CPython's symtable does)
  const names = params.concat(varargs === null ? [] : [varargs], varkw === null ? [] : [varkw]);
  for (let k = 1; k < names.length; k++) if (names.indexOf(names[k]) < k) err("duplicate argument '" + names[k] + "' in function definition");
  if (ndefaults > 0) {
    build(Op.BUILD_TUPLE, ndefaults);
    ndefaults = -ndefaults;
  }
  let mflags = ndefaults < 0 ? 1 : 0;
  if (nkwdefaults > 0) {
    opArg(Op.BUILD_MAP, nkwdefaults, 1 - 2 * nkwdefaults);
    mflags |= 2;
  }
  for (let k = 0; k < params.length; k++) param(fs, params[k]);
  if (varargs !== null) {
    fs.coflags |= CF.VARARGS;
    param(fs, varargs);
  }
  if (varkw !== null) {
    fs.coflags |= CF.VARKW;
    param(fs, varkw);
  }
  // kwonly params must follow the positional ones and *args in slot order
  if (fs.kwonly > 0 && varargs !== null) {
    // slots were assigned positional, kwonly, then varargs: reorder so varargs precedes kwonly
    reorderVarargs(fs, params, varargs);
  }
  sc = fs;
  if (close === Tok.RPAR) {
    if (accept(Tok.ARROW)) skipped(test);
    colonBlock();
    op(Op.LOAD_NONE, 1);
    op(Op.RETURN_VALUE, -1);
  } else {
    fs.coflags |= CF.LAMBDA;
    test();
    op(Op.RETURN_VALUE, -1);
  }
  sc = outer;
  finishChild(fs, mflags);
  if (!isLambda) {
    for (let k = 0; k < decorators; k++) opArg(Op.CALL_FUNCTION, 1, -1);
    store(name);
  }
}

function reorderVarargs(fs: Scope, params: string[], varargs: string): void {
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
    flags.push(fs.nameFlags[fs.nameIdx["$" + all[k]]]);
    idx["$" + all[k]] = k;
  }
  fs.names = all;
  fs.nameFlags = flags;
  fs.nameIdx = idx;
}

// a def's parameter may have an annotation (not a lambda's: its ':' ends the parameters), which
// is read and not compiled
function annotation(def: boolean): void {
  if (def && accept(Tok.COLON)) skipped(test);
}

function param(s: Scope, name: string): void {
  s.nameFlags[s.slot(name)] |= F_PARAM | F_ASSIGN;
}

// A child scope is complete: emit MAKE_FUNCTION for it in the current scope.
function finishChild(fs: Scope, mflags: number): void {
  if (skip) return;
  (fs as any).madeAt = sc.len;
  sc.children.push(fs);
  const k = constIdx({ t: "code", f: fs }, null);
  // one value popped per flag bit (0..3): the defaults tuple, the keyword defaults dict
  opArg(Op.MAKE_FUNCTION, k, 1 - ((mflags + 1) >> 1));
  byte(mflags);
}

// whether the lexer is at a keyword argument: NAME followed by '='
function atKeyword(): boolean {
  if ((tok as number) !== Tok.NAME) return false;
  const two = peek2();
  return two.charAt(0) === "=" && two !== "==";
}
// a keyword argument: its name, then its value
function kwArg(): void {
  loadStr(str);
  next();
  next();
  test();
}

// The two characters after the current token and the blanks after it (inside brackets, line
// ends and comments are blank too): a look one token ahead without lexing it.
function peek2(): string {
  let p = lxPos;
  for (;;) {
    const c = lxSrc.charCodeAt(p);
    const d = lxSrc.charCodeAt(p + 1);
    if (c === 32 || c === 9 || c === 12) p++;
    else if (c === 92 && (d === 10 || d === 13)) p += d === 13 && lxSrc.charCodeAt(p + 2) === 10 ? 3 : 2;
    else if ((c === 10 || c === 13) && lxDepth > 0) p++;
    else if (c === 35 && lxDepth > 0) {
      while (p < lxSrc.length && lxSrc.charCodeAt(p) !== 10) p++;
    } else return lxSrc.substring(p, p + 2);
  }
}

// ---- expressions ----

// expression list: a tuple when there is a comma (or a starred item)
function exprList(allowStar: boolean): void {
  if ((tok as number) === Tok.STAR && allowStar) {
    starredTuple(Tok.EOF, 0);
    return;
  }
  namedTest();
  if ((tok as number) !== Tok.COMMA) return;
  let n = 1;
  while ((tok as number) === Tok.COMMA) {
    next();
    if (atEnd(true)) break;
    if ((tok as number) === Tok.STAR) {
      starredTuple(Tok.EOF, n);
      return;
    }
    namedTest();
    n++;
  }
  build(Op.BUILD_TUPLE, n);
}

// whether the token ends an expression list (brace) or a target list (where a '}' is an error
// found later)
function atEnd(brace: boolean): boolean {
  const t = tok as number;
  return t === Tok.KW_IN || (t === Tok.RBRACE ? brace : t < 32 && ((END_TOKENS >> t) & 1) === 1);
}

// the rest of a display with starred items, as a list built up then converted:
// n items are already on the stack
function starredTuple(close: number, n: number): void {
  build(Op.BUILD_LIST, n);
  // `*a` alone is a tuple only with a comma after it (and always inside a list display)
  const lone = n === 0 && close !== Tok.RSQB;
  for (;;) {
    if ((tok as number) === Tok.STAR) {
      next();
      binary(1);
      opArg(Op.LIST_EXTEND, 1, -1);
    } else {
      namedTest();
      opArg(Op.LIST_APPEND, 1, -1);
    }
    if ((tok as number) !== Tok.COMMA) {
      if (lone && n === 0) err("can't use starred expression here");
      break;
    }
    n++;
    next();
    if ((tok as number) === close || atEnd(true)) break;
  }
  if (close !== Tok.RSQB) op(Op.LIST_TO_TUPLE, 0);
}

function namedTest(): void {
  if ((tok as number) === Tok.NAME && peek2() === ":=") {
    const name = str;
    next();
    next();
    test();
    op(Op.DUP_TOP, 1);
    // in a comprehension, := binds in the enclosing function (or module)
    if (!skip && sc.isComp) {
      let e = sc;
      while (e.isComp && e.parent) {
        e.nameFlags[e.slot(name)] |= F_NONLOCAL;
        e = e.parent;
      }
      if (e.kind === S_MODULE) {
        let c = sc;
        while (c.isComp) {
          const k = c.slot(name);
          c.nameFlags[k] = (c.nameFlags[k] & ~F_NONLOCAL) | F_GLOBAL;
          c = c.parent as Scope;
        }
      } else e.nameFlags[e.slot(name)] |= F_ASSIGN;
    }
    store(name);
    return;
  }
  test();
}

function test(): void {
  // a if c else b: c is compiled first, then a, then b; a's code, compiled before the 'if'
  // was seen, is dropped and compiled again in its place. A chain of them (b is another one)
  // is compiled in this loop, not by recursion.
  const ends: number[] = [];
  for (;;) {
    if ((tok as number) === Tok.KW_LAMBDA) {
      deeper();
      functionDef(0, false, true);
      nest--;
      break;
    }
    const m = mark();
    const pos0 = sc.len;
    const d0 = sc.depth;
    orTest();
    if ((tok as number) !== Tok.KW_IF) break;
    truncate(pos0, d0);
    next();
    orTest();
    const jf = opJump(Op.POP_JUMP_IF_FALSE, -1);
    const elseMark = mark();
    reset(m);
    orTest();
    reset(elseMark);
    expect(Tok.KW_ELSE);
    ends.push(opJump(Op.JUMP, 0));
    adj(-1);
    patchHere(jf);
  }
  patchList(ends);
}

// An or-test a or b or ..., or (and) an and-test a and b and ...: each operand jumps to the end
// when it decides the result.
function orTest(and?: boolean): void {
  const kw = and ? Tok.KW_AND : Tok.KW_OR;
  const js: number[] = [];
  for (;;) {
    if (and) notTest();
    else orTest(true);
    if ((tok as number) !== kw) break;
    next();
    js.push(opJump(and ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, -1));
  }
  patchList(js);
}

function notTest(): void {
  if ((tok as number) === Tok.KW_NOT) {
    next();
    deeper();
    notTest();
    nest--;
    opArg(Op.UNARY_OP, UnOp.NOT, 0);
    return;
  }
  {
    binary(1);
    let cmp = cmpOp();
    if (cmp < 0) return;
    const cleanups: number[] = [];
    for (;;) {
      next();
      if (cmp === CmpOp.NOT_IN) expect(Tok.KW_IN);
      else if (cmp === CmpOp.IS && accept(Tok.KW_NOT)) cmp = CmpOp.IS_NOT;
      binary(1);
      const nextCmp = cmpOp();
      if (nextCmp >= 0) {
        op(Op.DUP_TOP, 1);
        op(Op.ROT_THREE, 0);
        opArg(Op.COMPARE_OP, cmp, -1);
        cleanups.push(opJump(Op.JUMP_IF_FALSE_OR_POP, -1));
        cmp = nextCmp;
        continue;
      }
      opArg(Op.COMPARE_OP, cmp, -1);
      break;
    }
    if (cleanups.length > 0) {
      const jend = opJump(Op.JUMP, 0);
      patchList(cleanups);
      op(Op.ROT_TWO, 0);
      op(Op.POP_TOP, -1);
      patchHere(jend);
    }
  }
}

function cmpOp(): number {
  const t = tok as number;
  return t >= Tok.LT && t <= Tok.NE ? CMP_OPS.charCodeAt(t - Tok.LT) - 48 : t === Tok.KW_IN ? CmpOp.IN : t === Tok.KW_NOT ? CmpOp.NOT_IN : t === Tok.KW_IS ? CmpOp.IS : -1;
}

function binary(minPrec: number): void {
  unary();
  for (;;) {
    const p = BINOP_PREC.charCodeAt((tok as number) - Tok.PLUS) - 48;
    // not an operator: NaN
    if (!(p >= minPrec)) return;
    const o = num;
    next();
    binary(p + 1);
    opArg(Op.BINARY_OP, o, -1);
  }
}

function unary(): void {
  const t = (tok as number);
  // TILDE, PLUS, MINUS: the reverse order of UnOp's INVERT, POS, NEG
  if (t >= Tok.TILDE && t <= Tok.MINUS) {
    next();
    // fold -<int literal> so that the most negative small ints stay constants
    if (t === Tok.MINUS && ((tok as number) === Tok.INT || (tok as number) === Tok.FLOAT)) {
      // unless ** or a trailer follows: -2**2 is -(2**2)
      const two = peek2();
      const c = two.charAt(0);
      if (!(two === "**" || c === "." || c === "[" || c === "(")) {
        number(true);
        return;
      }
    }
    deeper();
    unary();
    nest--;
    opArg(Op.UNARY_OP, Tok.MINUS - t, 0);
    return;
  }
  power();
}


function power(): void {
  if ((tok as number) === Tok.KW_AWAIT) {
    next();
    deeper();
    power();
    nest--;
    op(Op.GET_AWAITABLE, 0);
    yieldFrom();
    markGenerator();
    return;
  }
  // brackets, calls, subscripts and ** nest through here
  deeper();
  atom();
  trailers();
  if ((tok as number) === Tok.DSTAR) {
    next();
    unary();
    opArg(Op.BINARY_OP, BinOp.POW, -1);
  }
  nest--;
}

function trailers(): void {
  for (;;) {
    const t = (tok as number);
    if (t === Tok.DOT) {
      next();
      const name = nameTok();
      if (accept(Tok.LPAR)) callArgs(name);
      else opArg(Op.LOAD_ATTR, skip ? 0 : qconst(name), 0);
    } else if (t === Tok.LPAR) {
      next();
      callArgs(null);
    } else if (t === Tok.LSQB) {
      next();
      subscript();
      expect(Tok.RSQB);
      op(Op.LOAD_SUBSCR, -1);
    } else return;
  }
}

// subscript: expression, slice, or tuple of them
function subscript(): void {
  let n = 0;
  for (;;) {
    // an expression, or a slice a:b:c with any part left out
    if ((tok as number) !== Tok.COLON) {
      accept(Tok.STAR);
      namedTest();
    } else op(Op.LOAD_NONE, 1);
    if (accept(Tok.COLON)) {
      if ((tok as number) === Tok.COLON || (tok as number) === Tok.RSQB || (tok as number) === Tok.COMMA) op(Op.LOAD_NONE, 1);
      else test();
      if (accept(Tok.COLON)) {
        if ((tok as number) === Tok.RSQB || (tok as number) === Tok.COMMA) op(Op.LOAD_NONE, 1);
        else test();
        opArg(Op.BUILD_SLICE, 3, -2);
      } else opArg(Op.BUILD_SLICE, 2, -1);
    }
    n++;
    if ((tok as number) !== Tok.COMMA) break;
    next();
    if ((tok as number) === Tok.RSQB) break;
  }
  if (n > 1) build(Op.BUILD_TUPLE, n);
}

// Arguments of a call, after '('. method: the name of the method called on the object on the
// stack (obj.name(...)), else null (the callable is on the stack).
function callArgs(method: string | null): void {
  let npos = 0,
    nkw = 0;
  // with * or ** arguments: a list and a dict, and the method as an attribute
  const ex = callHasStar();
  const self = method !== null && !ex ? 1 : 0;
  if (method !== null) opArg(self ? Op.LOAD_METHOD : Op.LOAD_ATTR, skip ? 0 : qconst(method), self);
  const posAfterKw = "positional argument follows keyword argument";
  if (ex) {
    // positional arguments into a list, keywords into a dict
    build(Op.BUILD_LIST, 0);
    let haveDict = false,
      dstar = false;
    while ((tok as number) !== Tok.RPAR) {
      if ((tok as number) === Tok.STAR) {
        if (dstar) err("iterable argument unpacking follows keyword argument unpacking");
        next();
        test();
        // the list is under the keywords' dict once there is one
        opArg(Op.LIST_EXTEND, haveDict ? 2 : 1, -1);
      } else if ((tok as number) === Tok.DSTAR) {
        next();
        dstar = true;
        if (!haveDict) {
          build(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        test();
        opArg(Op.DICT_UPDATE, 1, -1);
      } else if (atKeyword()) {
        if (!haveDict) {
          build(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        kwArg();
        opArg(Op.MAP_ADD, 1, -2);
      } else {
        if (haveDict) err(posAfterKw + (dstar ? " unpacking" : ""));
        test();
        opArg(Op.LIST_APPEND, 1, -1);
      }
      if (!accept(Tok.COMMA)) break;
    }
    expect(Tok.RPAR);
    if (!haveDict) op(Op.LOAD_NULL, 1);
    op(Op.CALL_FUNCTION_EX, -2);
    return;
  }
  while ((tok as number) !== Tok.RPAR) {
    if (atKeyword()) {
      kwArg();
      nkw++;
    } else {
      if (nkw > 0) err(posAfterKw);
      // a generator expression must be the sole argument
      if (itemOrComp(3, Tok.RPAR, false) && (npos > 0 || (tok as number) !== Tok.RPAR)) err("Generator expression must be parenthesized");
      npos++;
    }
    if (!accept(Tok.COMMA)) break;
  }
  expect(Tok.RPAR);
  if (npos > 255 || nkw > 255) err("too many arguments");
  opArg(self ? Op.CALL_METHOD : Op.CALL_FUNCTION, npos | (nkw << 8), -(npos + 2 * nkw + self));
}

// 1 for an opening bracket token, -1 for a closing one (the odd ones from LPAR to RBRACE), else 0
function bracket(t: number): number {
  return t >= Tok.LPAR && t <= Tok.RBRACE ? 1 - 2 * ((t - Tok.LPAR) & 1) : 0;
}

// whether the call arguments ahead (after '(') contain a * or ** argument
function callHasStar(): boolean {
  const m = mark();
  let depth = 0;
  let ex = false;
  let argStart = true;
  for (;;) {
    const t = (tok as number) as number;
    if (t === Tok.EOF) break;
    if (depth === 0 && argStart && (t === Tok.STAR || t === Tok.DSTAR)) {
      ex = true;
      break;
    }
    argStart = depth === 0 && t === Tok.COMMA;
    const b = bracket(t);
    if (b < 0 && depth === 0) break;
    depth += b;
    next();
  }
  reset(m);
  return ex;
}

function yieldExpr(): void {
  next();
  markGenerator();
  if (accept(Tok.KW_FROM)) {
    test();
    op(Op.GET_ITER, 0);
    yieldFrom();
    return;
  }
  if (atEnd(true)) op(Op.LOAD_NONE, 1);
  else exprList(false);
  op(Op.YIELD_VALUE, 0);
}

function markGenerator(): void {
  const s = sc;
  if (skip) return;
  if (s.kind !== S_FUNC) err("'yield' outside function");
  s.coflags |= CF.GENERATOR;
}

function atom(): void {
  const t = (tok as number);
  switch (t) {
    case Tok.NAME:
      nameOp(Op.VAR_LOAD, str, 1);
      next();
      return;
    case Tok.INT:
    case Tok.FLOAT:
    case Tok.IMAG:
      number(false);
      return;
    case Tok.STR:
    case Tok.FSTR:
    case Tok.BYTES:
      strings();
      return;
    case Tok.KW_NONE:
    case Tok.KW_TRUE:
    case Tok.KW_FALSE:
      // (the tokens are in the order of the ops)
      next();
      op(Op.LOAD_NONE + t - Tok.KW_NONE, 1);
      return;
    case Tok.ELLIPSIS:
      next();
      loadValue(28); // Ellipsis
      return;
    case Tok.LPAR:
      next();
      if ((tok as number) === Tok.RPAR) {
        next();
        build(Op.BUILD_TUPLE, 0);
        return;
      }
      if ((tok as number) === Tok.KW_YIELD) {
        yieldExpr();
        expect(Tok.RPAR);
        return;
      }
      {
        if ((tok as number) === Tok.STAR) {
          starredTuple(Tok.RPAR, 0);
          expect(Tok.RPAR);
          return;
        }
        if (itemOrComp(3, Tok.RPAR, true)) return;
        if ((tok as number) === Tok.RPAR) {
          next();
          return;
        }
        let n = 1;
        while (accept(Tok.COMMA)) {
          if ((tok as number) === Tok.RPAR) break;
          if ((tok as number) === Tok.STAR) {
            starredTuple(Tok.RPAR, n);
            expect(Tok.RPAR);
            return;
          }
          namedTest();
          n++;
        }
        expect(Tok.RPAR);
        build(Op.BUILD_TUPLE, n);
        return;
      }
    case Tok.LSQB:
      next();
      {
        if ((tok as number) === Tok.RSQB) {
          next();
          build(Op.BUILD_LIST, 0);
          return;
        }
        let n = 0;
        while ((tok as number) !== Tok.RSQB) {
          if ((tok as number) === Tok.STAR) {
            starredTuple(Tok.RSQB, n);
            expect(Tok.RSQB);
            return;
          }
          if (n > 0) namedTest();
          else if (itemOrComp(0, Tok.RSQB, true)) return;
          n++;
          if (!accept(Tok.COMMA)) break;
        }
        expect(Tok.RSQB);
        build(Op.BUILD_LIST, n);
        return;
      }
    case Tok.LBRACE:
      next();
      {
        // {...}: a dict or a set, told by what follows the first item, which is compiled once: the
        // BUILD_MAP made first becomes BUILD_SET for a set, and only a comprehension (seen after its
        // element) compiles the element again
        const m = mark();
        const pos0 = sc.len;
        const d0 = sc.depth;
        build(Op.BUILD_MAP, 0);
        let isDict = (tok as number) === Tok.RBRACE || (tok as number) === Tok.DSTAR;
        let first = !isDict && (tok as number) !== Tok.STAR;
        // the code byte at pos0 becomes BUILD_SET once the display is known to be a set
        if (!isDict && !first && !skip) sc.code[pos0] = Op.BUILD_SET;
        while ((tok as number) !== Tok.RBRACE) {
          if (accept(Tok.DSTAR)) {
            if (!isDict) err();
            binary(1);
            opArg(Op.DICT_UPDATE, 1, -1);
          } else if (accept(Tok.STAR)) {
            if (isDict) err();
            binary(1);
            opArg(Op.SET_UPDATE, 1, -1);
          } else {
            namedTest();
            const colon = (tok as number) === Tok.COLON;
            if (first) {
              isDict = colon;
              if (colon) {
                next();
                test();
              }
              if ((tok as number) === Tok.KW_FOR) {
                truncate(pos0, d0);
                reset(m);
                comprehension(isDict ? 2 : 1, Tok.RBRACE, true);
                return;
              }
              if (!isDict && !skip) sc.code[pos0] = Op.BUILD_SET;
            } else if (isDict) {
              expect(Tok.COLON);
              test();
            } else if (colon) err();
            opArg(isDict ? Op.MAP_ADD : Op.SET_ADD, 1, isDict ? -2 : -1);
          }
          first = false;
          if (!accept(Tok.COMMA)) break;
        }
        expect(Tok.RBRACE);
        return;
      }
  }
  err();
}

// drops the code emitted since pos (compiled before knowing what it was)
function truncate(pos: number, depth: number): void {
  if (skip) return;
  const s = sc;
  s.len = pos;
  s.depth = depth;
  // (past the start of an empty list: undefined, which is not >= pos)
  while (s.patches[s.patches.length - 1] >= pos) s.patches.pop();
  while (s.lines[s.lines.length - 2] >= pos) {
    s.lines.length -= 2;
    s.lastLine = -1;
  }
  // children made by the dropped code: their MAKE_FUNCTION was at or after pos
  while (s.children.length > 0 && (s.children[s.children.length - 1] as any).madeAt >= pos) s.children.pop();
}

// An item of a display or call (namedTest), or the element of a comprehension (kind, close and
// consume as comprehension's) when `for` follows it: the element's code is dropped, and compiled
// again inside the comprehension. Returns whether it was a comprehension.
function itemOrComp(kind: number, close: number, consume: boolean): boolean {
  const m = mark();
  const pos0 = sc.len;
  const d0 = sc.depth;
  namedTest();
  if ((tok as number) !== Tok.KW_FOR) return false;
  truncate(pos0, d0);
  reset(m);
  comprehension(kind, close, consume);
  return true;
}

// kind: 0 list, 1 set, 2 dict, 3 generator. The lexer is at the element.
function comprehension(kind: number, close: number, consume: boolean): void {
  const inSkip = skip > 0;
  const elt = mark();
  skip++;
  namedTest();
  if (kind === 2) {
    expect(Tok.COLON);
    test();
  }
  skip--;
  if (inSkip) {
    // only finding its end: one pass, or the passes below would double at each level of nesting
    if ((tok as number) !== Tok.KW_FOR) err();
    for (;;) {
      if (accept(Tok.KW_FOR)) {
        assignTarget();
        expect(Tok.KW_IN);
        orTest();
      } else if (accept(Tok.KW_IF)) orTest();
      else break;
    }
    if ((tok as number) !== close) err();
    if (consume) next();
    return;
  }
  // first for clause: its iterable is evaluated in the enclosing scope
  expect(Tok.KW_FOR);
  const tgt = skipped(assignTarget);
  expect(Tok.KW_IN);
  const line = tokLine;
  const outer = sc;
  const names = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"];
  const cs = new Scope(S_FUNC, outer, names[kind], line);
  cs.coflags = CF.LAMBDA | (kind === 3 ? CF.GENERATOR : 0);
  cs.isComp = true;
  cs.argcount = 1;
  param(cs, ".0");
  // the iterable, compiled in the enclosing scope, is the function's argument; compile it after
  // MAKE_FUNCTION so the stack order is function, iterator
  const iterMark = skipped(orTest);
  // body of the comprehension function
  sc = cs;
  // kind 0..2 is also the offset of its op from BUILD_LIST and from LIST_APPEND
  if (kind < 3) build(Op.BUILD_LIST + kind, 0);
  nameOp(Op.VAR_LOAD, ".0", 1);
  // each loop's start and FOR_ITER jump
  const loops: number[] = [];
  let start = sc.len;
  loops.push(start, opJump(Op.FOR_ITER, 1));
  targetAt(tgt);
  let depth = 2; // list, iterator
  for (;;) {
    if ((tok as number) === Tok.KW_FOR) {
      next();
      const t2 = skipped(assignTarget);
      expect(Tok.KW_IN);
      orTest();
      op(Op.GET_ITER, 0);
      start = sc.len;
      loops.push(start, opJump(Op.FOR_ITER, 1));
      targetAt(t2);
      depth++;
    } else if ((tok as number) === Tok.KW_IF) {
      next();
      orTest();
      // a failed condition continues the innermost loop
      opJumpTo(Op.POP_JUMP_IF_FALSE, start, -1);
    } else break;
  }
  if ((tok as number) !== close) err();
  const end = mark();
  reset(elt);
  if (kind === 2) {
    test();
    expect(Tok.COLON);
    test();
  } else namedTest();
  if (kind === 3) {
    op(Op.YIELD_VALUE, 0);
    op(Op.POP_TOP, -1);
  } else opArg(Op.LIST_APPEND + kind, depth, kind === 2 ? -2 : -1);
  // close loops innermost first
  for (let k = loops.length - 2; k >= 0; k -= 2) {
    opJumpTo(Op.JUMP, loops[k], 0);
    patchHere(loops[k + 1]);
    adj(-1);
  }
  if (kind === 3) op(Op.LOAD_NONE, 1);
  op(Op.RETURN_VALUE, -1);
  sc = outer;
  finishChild(cs, 0);
  reset(iterMark);
  orTest();
  op(Op.GET_ITER, 0);
  opArg(Op.CALL_FUNCTION, 1, -1);
  reset(end);
  if (consume) next();
}

function number(neg: boolean): void {
  const t = (tok as number);
  if (t === Tok.INT) {
    const base = num;
    let s = str;
    let v = parseInt(s, base);
    if (v <= 0x3fffffff && s.length < 11) {
      if (neg) v = -v;
      loadInt(v);
    } else {
      if (neg) s = "-" + s;
      loadConst({ t: "i", s: s, base: base }, "i" + base + s);
    }
  } else if (t === Tok.FLOAT) {
    loadConst({ t: "f", n: neg ? -num : num }, null);
  } else {
    loadConst({ t: "j", n: num }, null);
    if (neg) opArg(Op.UNARY_OP, UnOp.NEG, 0);
  }
  next();
}

// adjacent string literals, including f-strings
function strings(): void {
  const isBytes = (tok as number) === Tok.BYTES;
  let lit = "";
  let parts = 0;
  while (isBytes ? (tok as number) === Tok.BYTES : (tok as number) === Tok.STR || (tok as number) === Tok.FSTR) {
    if ((tok as number) !== Tok.FSTR) {
      lit += str;
      next();
      continue;
    }
    const fp = fparts as string[];
    const line = tokLine;
    next();
    const after = mark();
    for (let k = 0; k < fp.length; k++) {
      if (k % 2 === 0) {
        lit += fp[k];
        continue;
      }
      if (lit !== "") {
        loadStr(lit);
        parts++;
        lit = "";
      }
      fexpr(fp[k], line);
      parts++;
    }
    reset(after);
  }
  // a literal of the other kind follows
  if ((tok as number) >= Tok.STR && (tok as number) <= Tok.FSTR) err("cannot mix bytes and nonbytes literals");
  if (isBytes) loadConst({ t: "b", s: lit }, "b" + lit);
  else {
    if (lit !== "" || parts === 0) {
      loadStr(lit);
      parts++;
    }
    if (parts > 1) build(Op.BUILD_STRING, parts);
  }
}

// an f-string replacement field: expr[=][!r|!s][:spec]
function fexpr(field: string, line: number): void {
  // split off conversion and format spec at the top level
  let depth = 0,
    end = field.length,
    conv = 0,
    spec: string | null = null;
  for (let k = 0; k < field.length; k++) {
    const c = field.charAt(k);
    if ("([{".indexOf(c) >= 0) depth++;
    else if (")]}".indexOf(c) >= 0) depth--;
    else if (c === "'" || c === '"') {
      const e = field.indexOf(c, k + 1);
      k = e < 0 ? field.length : e;
    } else if (depth === 0 && c === "!" && field.charAt(k + 1) !== "=") {
      end = k;
      const cv = field.charAt(k + 1);
      conv = cv === "s" ? 1 : cv === "r" || cv === "a" ? 2 : -1;
      if (conv < 0) err("f-string: invalid conversion character");
      // the conversion character ends the field or comes before its format spec
      if (k + 2 < field.length) {
        if (field.charAt(k + 2) !== ":") err("f-string: expecting '}'");
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
  const selfDoc = trimmed.charAt(trimmed.length - 1) === "=" && !/[=!<>]=$/.test(trimmed);
  if (selfDoc) {
    loadStr(src);
    src = trimmed.substring(0, trimmed.length - 1);
    if (conv === 0 && spec === null) conv = 2;
  } else if (/^\s*$/.test(src)) err("f-string: empty expression not allowed");
  const saved = mark();
  lexStart("(" + src + ")", line);
  exprList(false);
  if ((tok as number) > Tok.NEWLINE) err("f-string: invalid syntax");
  restore(saved);
  let flags = conv;
  if (spec !== null) {
    flags |= 4;
    if (spec.indexOf("{") >= 0) {
      // nested fields in the spec: compile the spec as an f-string
      lexStart("f" + JSON.stringify(spec), line);
      strings();
      restore(saved);
    } else loadStr(spec);
  }
  opArg(Op.FORMAT_VALUE, flags, flags & 4 ? -1 : 0);
  if (selfDoc) build(Op.BUILD_STRING, 2);
}

// ---- scope resolution ----

// Decides every name's scope in s and its descendants, in two passes over the tree. First
// (chain: the enclosing scopes below the module, outermost first, class scopes included: they
// pass cells on to the functions inside them, though their own names are not visible there) it
// marks the free names and the cells; then (chain null) it rewrites the VAR_* operations and
// lists the cell and free slots.
function resolve(s: Scope, chain: Scope[] | null): void {
  if (chain === null) {
    const code = s.code;
    for (let k = 0; k < s.patches.length; k++) {
      const p = s.patches[k];
      const o = code[p];
      let slot = code[p + 1];
      if (slot & 0x80) slot = ((slot & 0x7f) << 8) | code[p + 2];
      const f = s.nameFlags[slot];
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
      const f = s.nameFlags[k];
      if (f & (F_FREE | F_PASS) && !(f & F_GLOBAL)) {
        // the cell comes from the same name's slot in the scope whose code makes this function
        const e = s.parent;
        if (e && e.kind !== S_MODULE) s.freemap.push(k, e.slot(s.names[k]));
      } else if (f & F_CELL) s.cellSlots.push(k);
    }
  } else if (s.kind !== S_MODULE) {
    for (let k = 0; k < s.names.length; k++) {
      const f = s.nameFlags[k];
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
        const ek = e.nameIdx["$" + name];
        if (ek !== undefined) {
          const ef = e.nameFlags[ek];
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
      owner.nameFlags[owner.slot(name)] |= F_CELL;
      for (let j = found + 1; j < chain.length; j++) {
        const mid = chain[j];
        const mk = mid.slot(name);
        mid.nameFlags[mk] |= mid.nameFlags[mk] & F_USED && mid.kind === S_FUNC ? F_FREE : F_PASS;
      }
      s.nameFlags[k] |= F_FREE;
    }
  }
  const inner = chain && s.kind !== S_MODULE ? chain.concat([s]) : chain;
  for (let k = 0; k < s.children.length; k++) resolve(s.children[k], inner);
}
