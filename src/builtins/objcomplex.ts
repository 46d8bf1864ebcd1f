// complex: [type, unused, f64 real, f64 imag], arithmetic as CPython's complexobject.c.

import { i32, f64, alloc } from "../gc/heap";
import { T, TV, tv, FLOAT_VAL } from "../core/types";
import { Q } from "../core/qstrdefs";
import { defType, defNative, romMap, raise, typeError, valueError, newFloat, isStr, toJs, bool } from "../core/obj";
import { BinOp, UnOp } from "../core/bytecode";
import { qv, nativeSelf } from "../core/runtime";
import { setComplexHook } from "../core/code";
import { formatFloat, parseFloat as parseFloatText } from "../core/floatfmt";
import { toDouble, setComplexPowHook, floatHash } from "./objfloat";
import { setAbsHook } from "./modbuiltins";
import { named } from "./modutil";
import { norm } from "./modmath";

export function newComplex(re: number, im: number): number {
  const p = alloc(TV.complex, 24);
  f64[(p + FLOAT_VAL) >> 3] = re;
  f64[(p + FLOAT_VAL + 8) >> 3] = im;
  return p;
}

export function isComplex(v: number): boolean {
  return (v & 15) === 0 && v !== 0 && i32[v >> 2] === TV.complex;
}

// [re, im] of a number (int, bool, float, complex), or null
function parts(v: number): number[] | null {
  if (isComplex(v)) return [f64[(v + FLOAT_VAL) >> 3], f64[(v + FLOAT_VAL + 8) >> 3]];
  const d = toDouble(v);
  return d === null ? null : [d, 0];
}

// |x + yj|, correctly rounded as CPython's hypot() (sqrt(x*x + y*y) is off by an ulp at times)
function hypot(x: number, y: number): number {
  return norm([x, y]);
}

export function complexAbs(v: number): number {
  const p = parts(v) as number[];
  const r = hypot(p[0], p[1]);
  if (r === Infinity && p[0] === p[0] && p[1] === p[1] && p[0] !== Infinity && p[0] !== -Infinity && p[1] !== Infinity && p[1] !== -Infinity)
    raise(tv(T.OverflowError), "absolute value too large");
  return newFloat(r);
}

function mul(a: number[], b: number[]): number[] {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

function quot(a: number[], b: number[]): number[] {
  const abr = Math.abs(b[0]),
    abi = Math.abs(b[1]);
  let ratio: number, den: number;
  if (abr >= abi) {
    if (abr === 0) raise(tv(T.ZeroDivisionError), "complex divide by zero");
    ratio = b[1] / b[0];
    den = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / den, (a[1] - a[0] * ratio) / den];
  }
  if (abi >= abr) {
    ratio = b[0] / b[1];
    den = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / den, (a[1] * ratio - a[0]) / den];
  }
  return [NaN, NaN];
}

function cpow(a: number[], b: number[]): number[] {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) raise(tv(T.ZeroDivisionError), "0.0 to a complex power");
    return [0, 0];
  }
  // integral exponents by repeated multiplication, as CPython
  const n = b[0];
  if (b[1] === 0 && n === Math.floor(n) && n <= 100 && n >= -100) {
    let r = [1, 0],
      p = a,
      k = n < 0 ? -n : n;
    while (k > 0) {
      if (k & 1) r = mul(r, p);
      p = mul(p, p);
      k >>= 1;
    }
    return n < 0 ? quot([1, 0], r) : r;
  }
  const vabs = hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function complexBinop(op: number, a: number, b: number): number {
  let x = parts(a),
    y = parts(b);
  if (x === null || y === null) return 0;
  if (op >= BinOp.N) {
    op -= BinOp.N;
    const t = x;
    x = y;
    y = t;
  }
  let r: number[];
  switch (op) {
    case BinOp.ADD:
      r = [x[0] + y[0], x[1] + y[1]];
      break;
    case BinOp.SUB:
      r = [x[0] - y[0], x[1] - y[1]];
      break;
    case BinOp.MUL:
      r = mul(x, y);
      break;
    case BinOp.TRUEDIV:
      r = quot(x, y);
      break;
    case BinOp.POW:
      r = cpow(x, y);
      break;
    case BinOp.FLOORDIV:
    case BinOp.MOD:
      typeError("can't truncate-divide a complex number");
    default:
      return 0;
  }
  return newComplex(r[0], r[1]);
}

function fmt(x: number): string {
  return formatFloat(x, "r", -1, false);
}

function complexRepr(v: number): string {
  const p = parts(v) as number[];
  const im = fmt(p[1]) + "j";
  if (p[0] === 0 && 1 / p[0] > 0) return im;
  return "(" + fmt(p[0]) + (im.charAt(0) === "-" ? "" : "+") + im + ")";
}

// complex("1+2j") and friends
function parseComplex(s: string): number[] {
  let t = s.replace(/^\s+|\s+$/g, "");
  if (t.charAt(0) === "(" && t.charAt(t.length - 1) === ")") t = t.substring(1, t.length - 1).replace(/^\s+|\s+$/g, "");
  let re = 0,
    im = 0,
    ok = t.length > 0 && !/\s/.test(t);
  const last = t.charAt(t.length - 1);
  if (last === "j" || last === "J") {
    const body = t.substring(0, t.length - 1);
    let k = body.length - 1;
    while (k > 0 && !((body.charAt(k) === "+" || body.charAt(k) === "-") && !/[eE]/.test(body.charAt(k - 1)))) k--;
    const rs = body.substring(0, k > 0 ? k : 0),
      is = body.substring(k > 0 ? k : 0);
    if (rs !== "") {
      const r = parseFloatText(rs);
      if (r === null) ok = false;
      else re = r;
    }
    const i = is === "" || is === "+" ? 1 : is === "-" ? -1 : parseFloatText(is);
    if (i === null) ok = false;
    else im = i;
  } else {
    const r = parseFloatText(t);
    if (r === null) ok = false;
    else re = r;
  }
  if (!ok) valueError("invalid syntax for number");
  return [re, im];
}

function complexMake(a: number, n: number, kw: number, nkw: number): number {
  let x = n > 0 ? i32[a] : 0,
    y = n > 1 ? i32[a + 1] : 0;
  for (let k = 0; k < nkw; k++) {
    const name = i32[kw + 2 * k];
    if (name === qv(Q.real)) x = i32[kw + 2 * k + 1];
    else if (name === qv(Q.imag)) y = i32[kw + 2 * k + 1];
    else typeError("complex() got an unexpected keyword argument");
  }
  if (x !== 0 && isStr(x)) {
    if (y !== 0) typeError("complex() can't take second arg if first is a string");
    const r = parseComplex(toJs(x));
    return newComplex(r[0], r[1]);
  }
  const p = x === 0 ? [0, 0] : parts(nativeSelf(x));
  const q = y === 0 ? [0, 0] : parts(nativeSelf(y));
  if (p === null || q === null) typeError("complex() argument must be a string or a number");
  if (isComplex(x) && y === 0) return x;
  // x + y*j, where only a complex y has an imaginary part to move: complex(1.0, -0.0) keeps its -0.0
  return newComplex(y !== 0 && isComplex(nativeSelf(y)) ? p[0] - q[1] : p[0], x !== 0 && isComplex(nativeSelf(x)) ? p[1] + q[0] : q[0]);
}

// complex is in the full profile only (issue 4); without it the type exists but makes nothing
export function initComplex(): void {
  // until init.ts calls it
  if (!MPJS_FULL) {
    defType(T.complex, Q.complex, TV.object, {});
    return;
  }
  defType(T.complex, Q.complex, TV.object, {
    raw: true,
    make: complexMake,
    repr: complexRepr,
    binop: complexBinop,
    unop: function (op, v) {
      const p = parts(v) as number[];
      if (op === UnOp.NEG) return newComplex(-p[0], -p[1]);
      if (op === UnOp.POS) return v;
      return 0;
    },
    eq: function (a, b) {
      const x = parts(a),
        y = parts(b);
      if (y === null || x === null) return 0;
      return bool(x[0] === y[0] && x[1] === y[1]);
    },
    hash: function (v) {
      const p = parts(v) as number[];
      const hr = floatHash(p[0]),
        hi = floatHash(p[1]);
      return hi === 0 ? hr : (hr + 1000003 * hi) % 1073741823;
    },
    truth: function (v) {
      const p = parts(v) as number[];
      return p[0] !== 0 || p[1] !== 0;
    },
    attr: function (v, name) {
      const p = parts(v) as number[];
      if (name === qv(Q.real)) return newFloat(p[0]);
      if (name === qv(Q.imag)) return newFloat(p[1]);
      return 0;
    },
    locals: romMap(named([defNative(Q.conjugate, 1, 1, function (a) {
        const p = parts(i32[a]) as number[];
        return newComplex(p[0], -p[1]);
      })])),
  });
  setAbsHook(function (v) {
    return isComplex(v) ? complexAbs(v) : 0;
  });
  setComplexHook(newComplex);
  setComplexPowHook(function (x, y) {
    const r = cpow([x, 0], [y, 0]);
    return newComplex(r[0], r[1]);
  });
}

