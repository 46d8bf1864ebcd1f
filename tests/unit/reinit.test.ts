// A new interpreter in the same process (a soft reset, mpjs.init again, a test) reuses the
// constants (natives, types) its init makes: many of them do not run out of constants, and the
// ones made later (an error type made once, a module's table) keep working in each.
import { it, expect } from "vitest";
import { create } from "../../src/embed";

it("twenty interpreters one after the other", () => {
  for (let i = 0; i < 20; i++) {
    let out = "";
    const vm = create({ write: (s) => (out += s), writeErr: (s) => (out += s), now: () => 0 }, { heapSize: 65536 });
    vm.exec("import re, struct\ntry:\n  re.compile('(')\nexcept re.error:\n  print('re.error')\ntry:\n  struct.pack('q')\nexcept struct.error:\n  print('struct.error')\nprint(1.5.is_integer(), 'ab'.title())", () => {});
    expect(out).toBe("re.error\nstruct.error\nFalse Ab\n");
  }
});

// Natives made after boot (a module's at its first import, the builtins that wait for their
// first use) are made once: each later interpreter finds them, and no constants run out.
it("modules and builtins made at first use, in interpreter after interpreter", () => {
  for (let i = 0; i < 40; i++) {
    let out = "";
    const vm = create({ write: (s) => (out += s), writeErr: (s) => (out += s), now: () => 0 }, { heapSize: 65536 });
    const src = i % 2 ? "import math, time, gc, micropython, sys\nprint(math.floor(2.5), divmod(7, 2), hex(255), callable(len), sys.maxsize)" : "print(divmod(9, 4))\nimport utime, math\nprint(math.sqrt(4.0), utime.ticks_diff(3, 1))";
    vm.exec(src, () => {});
    expect(out).toBe(i % 2 ? "2 (3, 1) 0xff True 2147483647\n" : "(2, 1)\n2.0 2\n");
  }
});
