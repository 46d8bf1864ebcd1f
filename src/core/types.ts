// Value tags, the constant objects (None, True, builtin types, ...) and the layouts of heap objects.
//
// value & 1 === 1      small int, (n << 1) | 1, n in [-2^30, 2^30)
// value & 3 === 2      interned string, (qstr << 2) | 2
// value & 7 === 4      constant object k, (k << 3) | 4: singletons, builtin types, builtin
//                      functions and modules; they live in the bundle, not in the heap
// value & 15 === 0     pointer to a heap object (0 is NULL); its first word is its type

export const enum C {
  None = 4, // const 0
  False = 12, // const 1
  True = 20, // const 2
  Ellipsis = 28, // const 3
  NotImplemented = 36, // const 4
  MemErr = 44, // const 5: the MemoryError instance raised when the heap is full
  // not a value (tag 8 is free): a builtin iterator's step that ended without an item
  // (runtime.ts iterNext)
  Skip = 8,
}

// Builtin types are constant objects with these indices. Their value is (T.x << 3) | 4.
export const enum T {
  object = 8,
  type,
  NoneType,
  bool,
  int,
  float,
  complex,
  str,
  bytes,
  bytearray,
  tuple,
  list,
  dict,
  set,
  frozenset,
  range,
  slice,
  function,
  boundmeth,
  builtin, // builtin_function_or_method
  module,
  cell,
  generator,
  code,
  frame,
  property,
  staticmethod,
  classmethod,
  super_,
  memoryview,
  ellipsis,
  NotImplementedType,
  iterator, // builtin iterators: [hdr, kind(si), obj, state...]
  dict_keys,
  dict_values,
  dict_items,
  valarr, // internal: array of values
  rawbuf, // internal: bytes without references (bytecode, line tables)
  // exceptions, in hierarchy order (see exc.ts)
  BaseException,
  SystemExit,
  KeyboardInterrupt,
  GeneratorExit,
  Exception,
  StopIteration,
  StopAsyncIteration,
  ArithmeticError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  EOFError,
  ImportError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  OSError,
  RuntimeError,
  NotImplementedError,
  SyntaxError,
  IndentationError,
  TypeError,
  ValueError,
  UnicodeError,
  NCORE, // first index free for types and functions defined at load time
}

export const enum TV {
  object = (T.object << 3) | 4,
  type = (T.type << 3) | 4,
  NoneType = (T.NoneType << 3) | 4,
  bool = (T.bool << 3) | 4,
  int = (T.int << 3) | 4,
  float = (T.float << 3) | 4,
  complex = (T.complex << 3) | 4,
  str = (T.str << 3) | 4,
  bytes = (T.bytes << 3) | 4,
  bytearray = (T.bytearray << 3) | 4,
  tuple = (T.tuple << 3) | 4,
  list = (T.list << 3) | 4,
  dict = (T.dict << 3) | 4,
  set = (T.set << 3) | 4,
  frozenset = (T.frozenset << 3) | 4,
  range = (T.range << 3) | 4,
  slice = (T.slice << 3) | 4,
  function = (T.function << 3) | 4,
  boundmeth = (T.boundmeth << 3) | 4,
  builtin = (T.builtin << 3) | 4,
  module = (T.module << 3) | 4,
  cell = (T.cell << 3) | 4,
  generator = (T.generator << 3) | 4,
  code = (T.code << 3) | 4,
  frame = (T.frame << 3) | 4,
  property = (T.property << 3) | 4,
  staticmethod = (T.staticmethod << 3) | 4,
  classmethod = (T.classmethod << 3) | 4,
  super_ = (T.super_ << 3) | 4,
  memoryview = (T.memoryview << 3) | 4,
  iterator = (T.iterator << 3) | 4,
  dict_keys = (T.dict_keys << 3) | 4,
  dict_values = (T.dict_values << 3) | 4,
  dict_items = (T.dict_items << 3) | 4,
  valarr = (T.valarr << 3) | 4,
  rawbuf = (T.rawbuf << 3) | 4,
  BaseException = (T.BaseException << 3) | 4,
  Exception = (T.Exception << 3) | 4,
  StopIteration = (T.StopIteration << 3) | 4,
}

export function tv(t: number): number {
  return (t << 3) | 4;
}

// ---- layouts: word offsets from the object's first word ----

// str and bytes: [type, hash, byte length, char length (-1 unknown)] then the bytes
export const STR_HDR = 16;
// float: [type, unused, f64]
export const FLOAT_VAL = 8;
// int (big): [type, sign(0/1), ndigits, unused] then 16-bit digits
export const BIG_HDR = 16;
// tuple: [type, length(si), items...]; valarr the same
// list: [type, length(si), items valarr]
// dict, set: [type, used(si), fill(si), table]; table: valarr [type, mask(si), index..., k, v, ...]
// function: [type, code, globals, defaults tuple|0, kwdefaults dict|0, closure tuple|0, name(q)]
export const enum FN {
  code = 1,
  globals,
  defaults,
  kwdefaults,
  closure,
  name,
  SIZE,
}
// bound method: [type, self, func]
// cell: [type, value]
// class (user type): [type=T.type, name(q), dict, bases tuple, mro tuple, native base type, flags(si)]
export const enum CLS {
  name = 1,
  dict,
  bases,
  mro,
  native,
  flags,
  SIZE,
}
// instance of a user class: [class, dict, native sub-object|0]
export const enum INST {
  dict = 1,
  sub,
  SIZE,
}
// native exception: [type, args tuple, traceback valarr|0, cause|0]
export const enum EXC {
  args = 1,
  tb,
  cause,
  SIZE,
}
// module: [type, name(q), globals dict]
// code: see code.ts
