// Checks src/core/mpz.ts against fixtures computed by CPython
// (tools/gen-number-fixtures.py > tests/unit/fixtures/numbers.json).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'fs';
import * as M from '../../src/core/mpz';

const FIX = JSON.parse(readFileSync(new URL('./fixtures/numbers.json', import.meta.url), 'utf8'));
const I = FIX.int;

function parse(s: string): M.Mpz {
  const neg = s[0] === '-';
  const r = M.fromString(neg ? s.slice(1) : s, 10);
  if (!r) throw new Error('bad fixture int ' + s);
  return neg ? M.neg(r) : r;
}
const str = (a: M.Mpz) => M.toString(a, 10);

function bitsOf(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}
function fromBits(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}
function hex(b: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}
function unhex(h: string): number[] {
  const r: number[] = [];
  for (let i = 0; i < h.length; i += 2) r.push(parseInt(h.slice(i, i + 2), 16));
  return r;
}
// Every result must be normalized.
function ok(a: M.Mpz): M.Mpz {
  expect(a.d.length === 0 || a.d[a.d.length - 1] !== 0).toBe(true);
  if (a.d.length === 0) expect(a.neg).toBe(false);
  for (const x of a.d) expect(x >= 0 && x < 65536 && Math.floor(x) === x).toBe(true);
  return a;
}
function each(name: string, f: (c: any[]) => void) {
  it(`${name} (${I[name].length} cases)`, () => {
    for (const c of I[name]) f(c);
  });
}

describe('mpz vs CPython', () => {
  for (const [name, fn] of [['add', M.add], ['sub', M.sub], ['mul', M.mul], ['and', M.and], ['or', M.or], ['xor', M.xor]] as const) {
    each(name, ([a, b, r]) => expect(str(ok(fn(parse(a), parse(b)))), `${a} ${name} ${b}`).toBe(r));
  }
  each('cmp', ([a, b, r]) => expect(M.cmp(parse(a), parse(b))).toBe(r));
  each('divmod', ([a, b, q, r]) => {
    const [Q, R] = M.divmod(parse(a), parse(b));
    expect([str(ok(Q)), str(ok(R))], `divmod(${a}, ${b})`).toEqual([q, r]);
  });
  each('pow', ([a, n, r]) => expect(str(ok(M.pow(parse(a), n)))).toBe(r));
  each('powmod', ([a, n, m, r]) => expect(str(ok(M.powmod(parse(a), parse(n), parse(m)))), `pow(${a},${n},${m})`).toBe(r));
  each('not', ([a, r]) => expect(str(ok(M.not(parse(a))))).toBe(r));
  each('shift', ([a, n, l, r]) => {
    expect(str(ok(M.shl(parse(a), n)))).toBe(l);
    expect(str(ok(M.shr(parse(a), n))), `${a} >> ${n}`).toBe(r);
  });
  each('bitlen', ([a, n]) => expect(M.bitLength(parse(a))).toBe(n));
  each('tonum', ([a, b]) => {
    const x = M.toNumber(parse(a));
    expect(b === 'inf' ? x === Infinity : b === '-inf' ? x === -Infinity : bitsOf(x) === b, `float(${a})`).toBe(true);
  });
  each('fromnum', ([b, a]) => expect(str(ok(M.fromNumber(fromBits(b))))).toBe(a));
  each('str', ([a, base, s]) => {
    expect(M.toString(parse(a), base)).toBe(s);
    const neg = s[0] === '-';
    const v = M.fromString(neg ? s.slice(1) : s, base)!;
    expect(str(ok(neg ? M.neg(v) : v))).toBe(a);
    expect(str(M.fromString((neg ? s.slice(1) : s).toUpperCase(), base)!)).toBe(a.replace('-', ''));
  });
  each('badstr', ([s, base]) => expect(M.fromString(s, base)).toBe(null));
  each('truediv', ([a, b, r]) => {
    const x = M.trueDiv(parse(a), parse(b));
    expect(r === 'inf' ? x === Infinity : r === '-inf' ? x === -Infinity : bitsOf(x) === r, `${a} / ${b}`).toBe(true);
  });
  each('frombytes', ([h, be, sg, v]) => {
    expect(str(ok(M.fromBytes(unhex(h), be, sg)))).toBe(v);
    expect(str(M.fromBytes(new Uint8Array(unhex(h)), be, sg))).toBe(v);
  });
  each('tobytes', ([a, n, be, sg, h]) => {
    const r = M.toBytes(parse(a), n, be, sg);
    expect(r === null ? null : hex(r), `${a}.to_bytes(${n}, ${be}, ${sg})`).toBe(h);
  });
  it('small ints', () => {
    const lim = 1 << 30;
    for (const v of [0, 1, -1, lim - 1, -lim, lim, -lim - 1, 65535, 65536, -65536, 123456789]) {
      const a = M.fromNumber(v);
      expect(M.isSmall(a)).toBe(v >= -lim && v < lim);
      expect(M.toSmall(a)).toBe(v);
      expect(M.isZero(a)).toBe(v === 0);
    }
  });
});
