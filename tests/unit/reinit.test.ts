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
