// Checks src/core/floatfmt.ts against fixtures computed by CPython
// (tools/gen-number-fixtures.py > tests/unit/fixtures/numbers.json).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'fs';
import { reprFloat, formatFloat, parseFloat as pyFloat, groupDigits } from '../../src/core/floatfmt';

const FIX = JSON.parse(readFileSync(new URL('./fixtures/numbers.json', import.meta.url), 'utf8'));
const F = FIX.float;

function bitsOf(x: number): string {
  if (x !== x) return 'nan';
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}
function fromBits(h: string): number {
  if (h === 'nan') return NaN;
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt('0x' + h));
  return dv.getFloat64(0);
}

describe('floatfmt vs CPython', () => {
  it(`repr (${F.repr.length} cases)`, () => {
    for (const [b, s] of F.repr) expect(reprFloat(fromBits(b)), b).toBe(s);
  });
  it(`format (${F.fmt.length} cases)`, () => {
    for (const [b, t, p, alt, s] of F.fmt) {
      expect(formatFloat(fromBits(b), t, p, alt), `format(${s}, '${alt ? '#' : ''}${p >= 0 ? '.' + p : ''}${t}')`).toBe(s);
    }
  });
  it(`parse (${F.parse.length} cases)`, () => {
    for (const [s, b] of F.parse) {
      const x = pyFloat(s);
      expect(x === null ? null : bitsOf(x), JSON.stringify(s)).toBe(b);
    }
  });
  it('repr round-trips through parse', () => {
    for (const [b] of F.repr) {
      const x = fromBits(b);
      expect(bitsOf(pyFloat(reprFloat(x))!)).toBe(bitsOf(x));
    }
  });
  it('groupDigits', () => {
    expect(groupDigits('1234567', ',', 3)).toBe('1,234,567');
    expect(groupDigits('123', ',', 3)).toBe('123');
    expect(groupDigits('1234', '_', 4)).toBe('1234');
    expect(groupDigits('12345', '_', 4)).toBe('1_2345');
    expect(groupDigits('', ',', 3)).toBe('');
  });
});
