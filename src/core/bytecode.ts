// The bytecode: one-byte opcodes; operands are one byte below 0x80, else two bytes (15 bits,
// high byte first, top bit set). Jump targets are two bytes, absolute, low byte first.
// The VM's dispatch table (vm.ts) is indexed by these numbers.

export const enum Op {
  NOP,
  POP_TOP,
  DUP_TOP,
  DUP_TOP_TWO,
  ROT_TWO,
  ROT_THREE,
  LOAD_CONST, // k
  LOAD_NONE,
  LOAD_TRUE,
  LOAD_FALSE,
  LOAD_INT, // zigzag-encoded small int
  LOAD_NULL,
  // variables: the compiler emits VAR_* and rewrites them when the name's scope is known
  VAR_LOAD, // k
  VAR_STORE,
  VAR_DELETE,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_ATTR, // k: const index of the qstr
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  LOAD_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE, // n (2 or 3)
  BINARY_OP, // BinOp
  INPLACE_OP, // BinOp
  UNARY_OP, // UnOp
  COMPARE_OP, // CmpOp
  JUMP, // target
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  FOR_ITER, // target when exhausted (iterator popped)
  BUILD_TUPLE, // n
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP, // n pairs
  LIST_APPEND, // depth of the list below the value
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND, // depth
  SET_UPDATE,
  DICT_UPDATE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE, // n
  UNPACK_EX, // before | after << 8
  BUILD_STRING, // n
  FORMAT_VALUE, // flags: 1 str, 2 repr, 4 has spec
  CALL_FUNCTION, // npos | nkw << 8 (keywords pushed as name, value pairs)
  CALL_METHOD, // same, with [method, self|NULL] below the arguments
  CALL_FUNCTION_EX, // stack: func, args tuple, kwargs dict|NULL
  MAKE_FUNCTION, // k: code const; flags follow: 1 defaults, 2 kwdefaults
  RETURN_VALUE,
  SETUP_EXCEPT, // target
  SETUP_FINALLY, // target
  SETUP_WITH, // target
  POP_BLOCK,
  POP_EXCEPT,
  END_FINALLY,
  WITH_CLEANUP,
  RAISE, // 0 re-raise, 1 exc, 2 exc from cause
  UNWIND_JUMP, // target, then the number of blocks to leave
  YIELD_VALUE,
  YIELD_FROM,
  GET_AWAITABLE,
  IMPORT_NAME, // k: name; stack: level, fromlist
  IMPORT_FROM, // k
  IMPORT_STAR,
  BUILD_CLASS, // stack: function, name, bases tuple, kwargs dict|NULL
  EXC_MATCH, // pops a type, peeks the exception, pushes the match
  LOAD_EXC, // the exception being handled (for bare raise)
  PRINT_EXPR,
  SETUP_ANNOTATIONS,
  GET_AITER,
  GET_ANEXT, // pushes the awaitable iterator of TOS.__anext__()
  ASYNC_WITH_ENTER, // mgr -> __aexit__, the awaitable iterator of __aenter__()
  ASYNC_WITH_EXIT, // __aexit__, payload, why -> payload, why, the awaitable iterator of its call
  ASYNC_WITH_DONE, // payload, why, result -> payload, why (cleared when the exception is swallowed)
  NOPS,
}

export const enum BinOp {
  ADD,
  SUB,
  MUL,
  TRUEDIV,
  FLOORDIV,
  MOD,
  POW,
  LSHIFT,
  RSHIFT,
  AND,
  OR,
  XOR,
  MATMUL,
  N,
}

export const enum CmpOp {
  LT,
  LE,
  EQ,
  NE,
  GT,
  GE,
  IN,
  NOT_IN,
  IS,
  IS_NOT,
}

export const enum UnOp {
  NEG,
  POS,
  INVERT,
  NOT,
}

// Block kinds in a frame's block stack; handler ip << 2 | kind
export const enum Blk {
  EXCEPT,
  FINALLY,
  HANDLER, // inside an except clause: the exception being handled sits at the block's depth
}

// Why a finally clause is running: the top of stack is this (small int) over its payload.
export const enum Why {
  NONE,
  EXC,
  RETURN,
  JUMP,
}

// code object: [type, bytecode, consts, names, name(q), filename(q), argcount, kwonly, flags,
//               nslots, stacksize, nblocks, lines, firstline, freemap, cells]
export const enum CO {
  bytecode = 1,
  consts,
  names,
  name,
  file,
  argcount,
  kwonly,
  flags,
  nslots,
  stacksize,
  nblocks,
  lines,
  firstline,
  freemap, // tuple: inner slot, outer slot, ... (small ints)
  cells, // tuple of slot numbers that hold cells
  SIZE,
}

export const enum CF {
  VARARGS = 1,
  VARKW = 2,
  GENERATOR = 4,
  COROUTINE = 8,
  CLASSBODY = 16,
  MODULE = 32,
  LAMBDA = 64,
}

// frame: fixed words, then slots, then the block stack, then the value stack
export const enum FR {
  back = 1,
  code,
  globals,
  ip, // small int
  sp, // small int: word index of the top, relative to the frame
  bp, // small int: block stack top, relative to the frame
  mode, // small int: what the caller does with the result (RetMode)
  locals, // dict of a class body or module, or 0
  func, // function object being run (0 for module code)
  gen, // generator owning this frame, or 0
  line, // small int: line of the instruction that raised, for tracebacks
  SLOTS,
}

export const enum RetMode {
  PUSH, // push the result on the caller's stack
  NEXT, // __next__ for a FOR_ITER: as PUSH, and StopIteration ends the loop
  INIT, // __init__: result must be None; the caller's stack already holds the instance
  DROP, // the result is dropped (a setter, __setitem__; a module's code run by an import, whose caller runs its IMPORT_NAME again)
  SCHED, // a callback of micropython.schedule, entered between two instructions: its result is dropped, its end told to the scheduler
  ENTER, // __enter__ of a with: the with's block is pushed, then the result (vm.ts withEntered)
  EXIT_WITH, // __exit__ of a with: the result says whether the exception is swallowed (vm.ts withExited)
  OPERATOR, // a user instance's method for BINARY_OP, INPLACE_OP or COMPARE_OP: its operands stay below, for NotImplemented (vm.ts operatorReturned)
  EXIT, // returned to JS (a nested run)
  GEN, // a generator resumed from the VM: see the generator's mode
}
