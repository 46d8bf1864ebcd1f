// The static qstrs (src/core/qstr.ts): the lists gen-qstr.mjs writes front-coded are unpacked as
// the bundle loads, with an offset and a hash for each name. Every static name must read back as
// its text, hash as its bytes do and be found again by its text (findStatic halves each list's
// range), and a text that is no static name must not be taken for one: a guard for any change to
// how the names are kept.
import { describe, it, expect } from "vitest";
import { create } from "../../src/embed";
import { Q } from "../../src/core/qstrdefs";
import { qstrStr, qstrHash, qstrFromStrObj, hashBytes } from "../../src/core/qstr";
import { newStr } from "../../src/core/obj";
import { STR_HDR } from "../../src/core/types";
import { i32 } from "../../src/gc/heap";

describe("static qstrs", () => {
  create({ write: () => {}, writeErr: () => {}, now: () => Date.now() }, { heapSize: 256 * 1024 });

  it("every name reads back, hashes as its bytes and is found by its text", () => {
    const texts: string[] = [];
    for (let k = 1; k < Q.NSTATIC; k++) {
      const text = qstrStr(k);
      texts.push(text);
      const s = newStr(text);
      expect(qstrHash(k)).toBe(hashBytes(s + STR_HDR, i32[(s >> 2) + 2]));
      expect(qstrFromStrObj(s)).toBe(k);
    }
    // names are unique, and these are some of them
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain("__init__");
    expect(qstrStr(Q.append)).toBe("append");
    expect(qstrStr(Q.$builtins)).toBe("<builtins>");
  });

  it("a text that is no static name is not taken for one", () => {
    for (const text of ["", "__", "__init", "__init___", "appendx", "zzzz", "Aq", "~"]) {
      const k = qstrFromStrObj(newStr(text));
      if (text === "") expect(k).toBe(Q.empty);
      else expect(k).toBeGreaterThanOrEqual(Q.NSTATIC);
    }
  });
});
